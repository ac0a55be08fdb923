import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, exportedSweep, test } from './fixtures';

/** The board's column of `header`, top to bottom, as shown. */
async function column(page: Page, header: string): Promise<string[]> {
  const board = page.getByRole('dialog', { name: /^Board/ });
  const headers = await board.getByRole('columnheader').allTextContents();
  const index = headers.findIndex((text) => text.replace(/[▼↕]/g, '').trim() === header);
  expect(index, `column ${header} in ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
  const rows = board.getByRole('row').filter({ has: page.getByRole('cell') });
  return rows.evaluateAll((elements, at) => elements.map((row) => row.children[at].textContent ?? ''), index);
}

test('three imported files make a board of three rows sorted by speedup, one chart grouped by cores, CSV and PNG', async ({
  page,
  browser,
}) => {
  const measured = JSON.parse(readFileSync(await exportedSweep(page), 'utf8'));

  // Two more devices, made from the real export: other browsers, other cores, other speedups.
  type Point = { workers: number; ms: number; minMs: number; maxMs: number };
  const device = (browserName: string, cores: number, scale: number, savedAt: string) => {
    // Other speedups by other times (a file's speedups are recomputed from its times on import):
    // every point past one worker `scale` times as fast.
    const faster = <P extends Point>(point: P) =>
      point.workers === 1
        ? point
        : { ...point, ms: point.ms / scale, minMs: point.minMs / scale, maxMs: point.maxMs / scale };
    const machine = { browser: browserName, cores };
    return {
      name: `${browserName}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          ...measured,
          exportedAt: savedAt,
          machine: { ...measured.machine, ...machine },
          rows: measured.rows.map(faster),
          // Version 2: the sweep that a reader keeps, as the measuring device kept it.
          sweep: {
            ...measured.sweep,
            savedAt,
            machine: { ...measured.sweep.machine, ...machine },
            points: measured.sweep.points.map(faster),
          },
        }),
      ),
    };
  };
  const files = [
    // Its cores said outright, so the order below holds on a runner that reports more than 2.
    device('Chrome 156', 2, 1, measured.sweep.savedAt),
    device('Firefox 153', 8, 0.5, '2026-12-01T09:00:00.000Z'),
    device('Safari 26', 4, 1.5, '2026-12-01T10:00:00.000Z'),
  ];

  const teacher = await (await browser.newContext()).newPage();
  await teacher.goto('/?n=8');
  const importer = teacher.getByRole('region', { name: 'Import from other devices' });
  await importer.getByLabel(/Exported JSON files/).setInputFiles(files);
  await expect(importer.getByRole('listitem')).toHaveCount(3);
  await teacher.keyboard.press('b');

  const board = teacher.getByRole('dialog', { name: /^Board/ });
  await expect(board.getByRole('heading')).toContainText('3 sweeps');
  expect(await column(teacher, 'Browser')).toEqual(['Safari 26', 'Chrome 156', 'Firefox 153']);
  const speedups = (await column(teacher, 'Best speedup')).map((text) => Number.parseFloat(text));
  expect(speedups).toEqual([...speedups].sort((a, b) => b - a));
  expect(speedups[0]).toBeGreaterThan(speedups[1]);
  expect(await column(teacher, 'Device')).toEqual(['From a file', 'From a file', 'From a file']);
  await expect(board.getByRole('columnheader', { name: /Best speedup/ })).toHaveAttribute('aria-sort', 'descending');

  await board.getByRole('button', { name: /Reported cores/ }).click();
  expect(await column(teacher, 'Reported cores')).toEqual(['8 cores', '4 cores', '2 cores']);

  // One chart, every curve, one legend line per core count (and the ideal).
  const chart = board.getByRole('img', { name: /Speedup against workers for every device/ });
  await expect(chart.locator('.board-curve')).toHaveCount(3);
  await expect(chart).toContainText('8 cores: 1 device');
  await expect(chart).toContainText('2 cores: 1 device');

  const csvDownload = teacher.waitForEvent('download');
  await board.getByRole('button', { name: 'Board CSV' }).click();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe(
    'device,browser,reported_cores,n,best_speedup,at_workers,efficiency,when,predicted_speedup,predicted_at_workers,measured_there',
  );
  expect(csv.slice(1).map((line) => line.split(',')[2])).toEqual(['8', '4', '2']);

  const pngDownload = teacher.waitForEvent('download');
  await board.getByRole('button', { name: 'Board PNG' }).click();
  const png = readFileSync(await (await pngDownload).path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');

  for (const colorScheme of ['dark', 'light'] as const) {
    await teacher.emulateMedia({ colorScheme });
    expect(await seriousViolations(teacher), colorScheme).toEqual([]);
  }

  await teacher.keyboard.press('Escape');
  await expect(board).toHaveCount(0);
  await teacher.context().close();
});

test('a full storage says so when a file is imported, and loses nothing it already kept', async ({ page }) => {
  const file = (browserName: string) => ({
    name: `${browserName}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        app: 'parallel-queens',
        exportedAt: '2026-12-01T09:00:00.000Z',
        machine: { browser: browserName, cores: 4, isolated: true },
        n: 10,
        splitDepth: 2,
        symmetry: true,
        schedule: 'dynamic',
        rows: [
          { mode: 'shared', workers: 1, ms: 20, minMs: 19, maxMs: 21, speedup: 1 },
          { mode: 'shared', workers: 4, ms: 6, minMs: 5.5, maxMs: 6.5, speedup: 3.3 },
        ],
      }),
    ),
  });
  await page.goto('/?n=8');
  const importer = page.getByRole('region', { name: 'Import from other devices' });
  const input = importer.getByLabel(/Exported JSON files/);
  await input.setInputFiles([file('Firefox 153')]);
  // A file from before files had versions (no `version`, no `sweep`) still opens, read from its rows.
  const label = (browserName: string) =>
    `N=10 · Workers, shared memory · ${browserName} · 4 cores · from a file · \\d+ Dec \\d\\d:\\d\\d`;
  await expect(importer).toContainText(new RegExp(`Firefox 153\\.json: ${label('Firefox 153')}, overlaid`));

  // Fill this origin's storage to the brim with another key, as a long-used browser might be.
  await page.evaluate(() => {
    // Ever smaller pieces, until not one more character fits.
    for (let size = 64 * 1024, i = 0; size >= 1; i++) {
      try {
        localStorage.setItem(`filler${i}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
  await input.setInputFiles([file('Safari 26')]);
  await expect(importer).toContainText(
    new RegExp(`Safari 26\\.json: ${label('Safari 26')}, overlaid, on this page only: .*storage .* is full`),
  );
  const offer = page.getByRole('region', { name: 'Results not kept' });
  await expect(offer.getByRole('alert')).toContainText("Not kept: this browser's storage for this site is full");
  await expect(offer).toContainText(new RegExp(`${label('Safari 26')}, overlaid, on this page only\\.`));

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Overlay on chart: .*Firefox 153/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Overlay on chart: .*Safari 26/ })).toHaveCount(0);
});
