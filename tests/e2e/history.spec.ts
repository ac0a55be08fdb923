import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { button, chartSeries, expect, test, untilSweepDone } from './fixtures';

async function sweep(page: Page): Promise<void> {
  await button(page, 'Sweep').click();
  await untilSweepDone(page);
}

async function download(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

test('a sweep is saved to history, overlaid on the speedup chart, survives a reload, and can be deleted', async ({
  page,
}) => {
  await page.goto('/?n=9&workers=2&reps=1');
  await sweep(page);
  const history = page.getByRole('region', { name: 'History' });
  const overlay = history.getByRole('checkbox', { name: /Overlay on chart: N=9/ });
  await expect(overlay).toHaveCount(1);
  await overlay.check();

  await page.reload();
  await expect(history.getByRole('checkbox', { name: /Overlay on chart: N=9/ })).toBeChecked();
  await expect(page.locator('[data-chart="speedup"] figcaption')).toContainText('N=9');
  // Ideal and the overlaid sweep, before any new result.
  await expect(chartSeries(page, 'speedup')).toHaveCount(2);

  await sweep(page);
  await expect(history.getByRole('checkbox')).toHaveCount(2);
  // Ideal, overlay and measured (two points: no Amdahl fit).
  await expect(chartSeries(page, 'speedup')).toHaveCount(3);

  await history
    .getByRole('button', { name: /Delete sweep N=9/ })
    .first()
    .click();
  await expect(history.getByRole('checkbox')).toHaveCount(1);
  await page.reload();
  await expect(history.getByRole('checkbox')).toHaveCount(1);
});

test('exports CSV, JSON and chart PNGs with the measured contents, and copies the link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?n=10&workers=2&reps=2');
  await sweep(page);

  const csv = await download(page, 'Export CSV');
  expect(csv.name).toBe('parallel-queens-N10.csv');
  const lines = csv.body.toString('utf8').trim().split(/\r?\n/);
  expect(lines[0]).toBe(
    'mode,workers,median_ms,min_ms,max_ms,samples_ms,speedup,efficiency,karp_flatt,solutions,expected,correct',
  );
  expect(lines).toHaveLength(3);
  for (const [index, workers] of [1, 2].entries()) {
    const cells = lines[index + 1].split(',');
    expect(cells[0]).toBe('shared');
    expect(cells[1]).toBe(String(workers));
    expect(cells[9]).toBe('724');
    expect(cells[11]).toBe('true');
  }

  const json = JSON.parse((await download(page, 'Export JSON')).body.toString('utf8'));
  expect(json.n).toBe(10);
  expect(json.rows.map((row: { workers: number; solutions: number }) => [row.workers, row.solutions])).toEqual([
    [1, 724],
    [2, 724],
  ]);
  expect(json.settings).toContain('n=10');

  const [first] = await Promise.all([page.waitForEvent('download'), button(page, 'Chart PNGs').click()]);
  expect(first.suggestedFilename()).toMatch(/^parallel-queens-N10-\w+\.png$/);
  const png = await readFile((await first.path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  await button(page, 'Copy link').click();
  // The clipboard needs a focused document, which a loaded machine does not always give a headless page:
  // then the page shows the link to copy by hand. Either way the visitor gets this link.
  const copied = page.getByText('Link copied');
  const byHand = page.getByRole('region', { name: 'Export' }).getByRole('textbox');
  await expect(copied.or(byHand)).toBeVisible();
  const link = (await copied.isVisible())
    ? await page.evaluate(() => navigator.clipboard.readText())
    : await byHand.inputValue();
  expect(link).toMatch(/\?n=10&workers=2&reps=2$/);
});
