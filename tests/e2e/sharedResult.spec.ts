import { readFileSync } from 'node:fs';
import { button, chartSeries, expect, exportedSweep, test, untilSweepDone } from './fixtures';
import { decodeQr } from './qr';

test('a shared result opens on another device as a labelled overlay; a damaged link changes nothing', async ({
  page,
  browser,
}) => {
  await page.goto('/?n=10&workers=2&reps=1&autorun=sweep');
  await untilSweepDone(page);
  await button(page, 'Share result').click();
  const link = await page
    .getByRole('region', { name: 'Export' })
    .getByRole('textbox', { name: /result link/i })
    .inputValue();
  // Compressed (CompressionStream): version 2.
  expect(link).toMatch(/#result=2\.[\w-]+$/);
  expect(await decodeQr(page, 'QR code of the result link')).toBe(link);

  // Another device: a fresh context, nothing in its history.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(link);
  const notice = second.getByRole('alert', { name: 'Settings notice' });
  const label =
    /N=10 · Workers, shared memory · Chrome [\d.]+( \(headless\))? · 2 cores · from a link · \d+ \w+ \d\d:\d\d/;
  await expect(notice).toContainText(new RegExp(`Opened a shared result: ${label.source}`));
  await expect(second.getByRole('checkbox', { name: /^Overlay on chart: .*Chrome/ })).toBeChecked();
  // Drawn on the speedup chart of a device that has measured nothing itself.
  await expect(chartSeries(second, 'speedup', 'series-overlay')).toHaveCount(1);
  expect(new URL(second.url()).hash).toBe('');
  // Offered, not kept unasked: gone after a reload unless kept.
  const offer = second.getByRole('region', { name: 'Results not kept' });
  await expect(offer).toContainText(new RegExp(`${label.source}, overlaid, on this page only`));
  await second.reload();
  await expect(second.getByRole('checkbox', { name: /^Overlay on chart/ })).toHaveCount(0);
  // The same link in a new tab (a fragment change alone does not load the page), kept this time.
  const again = await other.newPage();
  await again.goto(link);
  await again
    .getByRole('region', { name: 'Results not kept' })
    .getByRole('button', { name: new RegExp(`^Keep in History: ${label.source}`) })
    .click();
  await expect(again.getByRole('region', { name: 'Results not kept' })).toHaveCount(0);
  await second.reload();
  await expect(second.getByRole('checkbox', { name: /^Overlay on chart: .*Chrome/ })).toBeChecked();

  // A damaged link: a message that says what was wrong, and nothing kept.
  const third = await (await browser.newContext()).newPage();
  await third.goto(`${link.slice(0, link.indexOf('#'))}#result=1.e30`);
  await expect(third.getByRole('alert', { name: 'Settings notice' })).toContainText(
    "This link's result could not be opened: its data is not a complete sweep",
  );
  await expect(third.getByRole('checkbox', { name: /^Overlay on chart/ })).toHaveCount(0);
  await other.close();
});

test('an exported JSON imported on another device becomes a labelled overlay; a bad file changes nothing', async ({
  page,
  browser,
}) => {
  const file = await exportedSweep(page);

  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto('/?n=8');
  const importer = second.getByRole('region', { name: 'Import from other devices' });
  await importer.getByLabel(/Exported JSON files/).setInputFiles([
    { name: 'parallel-queens-N10.json', mimeType: 'application/json', buffer: readFileSync(file) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"parallel-queens"') },
  ]);
  await expect(importer).toContainText(
    /: N=10 · Workers, shared memory · Chrome [\d.]+( \(headless\))? · 2 cores · from a file · [^,]+, overlaid/,
  );
  await expect(importer).toContainText('broken.json: not imported: it is not JSON');
  await expect(second.getByRole('checkbox', { name: /^Overlay on chart/ })).toHaveCount(1);
  await expect(chartSeries(second, 'speedup', 'series-overlay')).toHaveCount(1);
  await other.close();
});
