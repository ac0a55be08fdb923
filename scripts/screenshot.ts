import { chromium } from '@playwright/test';
import { findChromium } from '../tests/e2e/findChromium';

/**
 * Screenshots for looking at the layout: `npx tsx scripts/screenshot.ts [url] [outDir]` against a
 * running `vite preview`. Runs a sweep first so the charts and table are filled.
 */
const url = process.argv[2] ?? 'http://127.0.0.1:4173/?n=12&workers=2';
const outDir = process.argv[3] ?? 'test-results';
const found = findChromium();
if ('problem' in found) {
  console.error(found.problem);
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath: found.path,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const [name, width, height] of [['projector', 1280, 720], ['phone', 390, 844], ['wide', 1920, 1080]] as const) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(url);
  await page.getByRole('button', { name: 'Sweep', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Sweep done' }).waitFor({ timeout: 60_000 });
  await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: name === 'phone' });
  await page.close();
}
await browser.close();
