import { launchChromium } from './browserSession';

/**
 * Screenshots for looking at the layout: `npx tsx scripts/screenshot.ts [url] [outDir]` against a
 * running `vite preview`. Runs a sweep first so the charts and table are filled.
 */
const url = process.argv[2] ?? 'http://127.0.0.1:4173/?n=12&workers=2';
const outDir = process.argv[3] ?? 'test-results';
const browser = await launchChromium();
const shots = [
  ['laptop', 1280, 720, 'dark', ''],
  ['presenter', 1280, 720, 'dark', '&present=1'],
  ['projector', 1024, 768, 'dark', ''],
  ['projector-presenter', 1024, 768, 'dark', '&present=1'],
  ['phone-presenter', 390, 844, 'dark', '&present=1'],
  ['projector-light', 1280, 720, 'light', ''],
  ['phone', 390, 844, 'dark', ''],
  ['wide', 1920, 1080, 'dark', ''],
] as const;
for (const [name, width, height, colorScheme, extra] of shots) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme });
  await page.goto(url + extra);
  await page.getByRole('button', { name: 'Sweep', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Sweep done' }).waitFor({ state: 'attached', timeout: 60_000 });
  await page.screenshot({ path: `${outDir}/${name}.png` });
  if (name === 'phone')
    await page.screenshot({
      path: `${outDir}/phone-full.png`,
      fullPage: true,
      clip: { x: 0, y: 0, width, height: 2 * height },
    });
  await page.close();
}
await browser.close();
