import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { startPlainServer } from '../support/plainServer';
import { expect, resultCell, test } from './fixtures';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const RUN_N8 = '?n=8&workers=2&mode=shared&autorun=run';

async function expectN8Counted(page: Page): Promise<void> {
  await expect(resultCell(page, 'Solutions')).toHaveText('92');
}

test.describe('on a host that sends no isolation headers (GitHub Pages)', () => {
  let subPathBuild = '';

  test.beforeAll(() => {
    // A project site lives under /<repo>/: build once more with that base (about a second).
    subPathBuild = mkdtempSync(path.join(tmpdir(), 'pq-base-'));
    const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
    execFileSync(
      process.execPath,
      [vite, 'build', '--base=/pq/', '--outDir', subPathBuild, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: ROOT },
    );
  });

  test.afterAll(() => rmSync(subPathBuild, { recursive: true, force: true }));

  for (const base of ['/', '/pq/']) {
    test(`served at ${base}, the service worker isolates the page after exactly one reload`, async ({ page }) => {
      const server = await startPlainServer(base === '/' ? DIST : subPathBuild, base);
      try {
        let loads = 0;
        page.on('load', () => loads++);
        await page.goto(`${server.url}${RUN_N8}`);
        const environment = page.getByRole('region', { name: 'Environment' });
        await expect(environment).toContainText(/Isolation from\s*service worker \(this host sends no COOP\/COEP\)/);
        expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
        expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe('function');
        expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(server.url);
        // The reload kept the link's autorun, and this run shared memory (the first, unisolated one could not).
        await expectN8Counted(page);
        await expect(page.getByText('Last run: 4 messages, no task data copied')).toBeVisible();
        expect(loads).toBe(2);
      } finally {
        await server.close();
      }
    });
  }
});

test('when reloads keep bypassing the service worker, the page reloads once, not in a loop', async ({
  page,
  context,
}) => {
  // What DevTools' "Bypass for network" does: the worker installs, but no page load ever goes through it.
  const devtools = await context.newCDPSession(page);
  await devtools.send('Network.enable');
  await devtools.send('Network.setBypassServiceWorker', { bypass: true });
  const server = await startPlainServer(DIST);
  try {
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(server.url);
    await expect.poll(() => loads).toBe(2);
    // Past the point where the reloaded page sees the worker active and decides whether to reload
    // (state/serviceWorker.ts: in the same turn as `ready` resolves), and one task more.
    await page.evaluate(() =>
      navigator.serviceWorker.ready.then(() => new Promise((resolve) => setTimeout(resolve, 0))),
    );
    expect(loads).toBe(2);
    await expect(page.getByRole('region', { name: 'Environment' })).toContainText(/Isolation from\s*none/);
  } finally {
    await server.close();
  }
});

test('after one visit the demo loads and counts offline, the talk too', async ({ page, context }) => {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cached = await page.evaluate(async () => {
    const [name] = await caches.keys();
    const requests = await (await caches.open(name)).keys();
    return requests.map((request) => new URL(request.url).pathname).sort();
  });
  // Every file of the build, lazy chunks and the worker chunk included: all but the worker itself and _headers.
  const built = (readdirSync(DIST, { recursive: true }) as string[])
    .filter((file) => statSync(path.join(DIST, file)).isFile() && !['sw.js', '_headers'].includes(file))
    .map((file) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
  expect(cached).toEqual(built);

  // What the service worker itself failed to fetch: proof that it was offline too and answered from its cache.
  const failedInWorker: string[] = [];
  context.on('requestfailed', (request) => {
    if (request.serviceWorker()) failedInWorker.push(request.failure()?.errorText ?? '');
  });
  await context.setOffline(true);
  await page.goto(`/${RUN_N8}`);
  expect(failedInWorker).toContain('net::ERR_INTERNET_DISCONNECTED');
  await expectN8Counted(page);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expect(page.getByRole('region', { name: 'Environment' })).toContainText(/Isolation from\s*response headers/);

  // The talk, still offline: its chunk came from the cache, and its first step counts.
  await page.goto('/?talk=1&n=10&workers=2');
  await expect(page.getByRole('region', { name: 'Talk, step 1 of 9' })).toContainText('as OEIS A000170 has it');
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('region', { name: 'Talk, step 2 of 9' })).toContainText('as OEIS A000170 has it');
});
