import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPlainServer } from '../support/plainServer';
import { control, expect, resultCell, test, untilStatus } from './fixtures';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Replaces what the host serves, as a deploy does: the old build's files are gone. */
function deploy(from: string, site: string): void {
  mkdirSync(site, { recursive: true });
  for (const entry of readdirSync(site)) rmSync(path.join(site, entry), { recursive: true, force: true });
  cpSync(from, site, { recursive: true });
}

test('a page open on build A keeps working after build B is deployed, and offers the new version', async ({ page }) => {
  test.setTimeout(120_000);
  const work = mkdtempSync(path.join(tmpdir(), 'pq-update-'));
  const buildB = path.join(work, 'b');
  const site = path.join(work, 'site');
  // Build B: the same app with every file renamed, so none of build A's files exist after the deploy.
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', buildB],
    {
      cwd: ROOT,
      env: { ...process.env, PQ_ASSET_PREFIX: 'b-' },
    },
  );
  deploy(path.join(ROOT, 'dist'), site);
  const server = await startPlainServer(site);
  try {
    await page.goto(`${server.url}?n=8&workers=1`);
    // On a host with no headers the service worker isolates the page, after one reload.
    await page.waitForFunction(() => crossOriginIsolated && navigator.serviceWorker.controller !== null);
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();

    deploy(buildB, site);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    await expect(page.getByRole('alert', { name: 'New version' })).toContainText('A new version of this page is ready');

    // The old page starts a worker it has not started yet: its script is build A's, kept in the cache.
    await control(page, 'Workers').fill('2');
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await untilStatus(page, 'Done: N=8, 2 workers');
    await expect(resultCell(page, 'Solutions')).toHaveText('92');
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
});
