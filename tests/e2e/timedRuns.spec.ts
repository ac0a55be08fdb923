import { expect, resultCell, resultRows, test, untilSweepDone } from './fixtures';

interface Window {
  startTime: number;
  duration: number;
  detail: { purpose: string; workers: number; repeat: number; firstTaskWaitMs: number };
}

test('a sweep leaves one `timed run` measure per timed sample, each as long as the sample it reports', async ({
  page,
}) => {
  await page.goto('/?n=11&workers=2&reps=3&autorun=sweep');
  await untilSweepDone(page);
  const windows = await page.evaluate(() =>
    performance.getEntriesByName('timed run', 'measure').map((entry) => ({
      startTime: entry.startTime,
      duration: entry.duration,
      detail: (entry as PerformanceMeasure).detail as Window['detail'],
    })),
  );
  const samples = windows.filter((window) => window.detail.purpose === 'sample');
  // The plan: every point of the table, each with the samples its Time cell lists.
  const rows = await resultRows(page).count();
  let planned = 0;
  for (let row = 0; row < rows; row++) {
    const workers = Number(await resultCell(page, 'Workers', row).textContent());
    const time = resultCell(page, 'Time (ms)', row);
    const samplesMs = JSON.parse((await time.getAttribute('data-samples-ms')) ?? '[]') as number[];
    const perSample = Number((await time.getAttribute('data-runs-per-sample')) ?? '1');
    planned += samplesMs.length;
    const mine = samples.filter((window) => window.detail.workers === workers);
    expect(mine.map((window) => window.detail.repeat)).toEqual(samplesMs.map(() => perSample));
    expect(mine.map((window) => window.duration / window.detail.repeat)).toEqual(
      samplesMs.map((ms) => expect.closeTo(ms, 6)),
    );
  }
  expect(rows).toBeGreaterThanOrEqual(2);
  expect(samples).toHaveLength(planned);
  // Warm-up and the fixed-cost run are timed too, and say so; windows never overlap.
  expect(windows.some((window) => window.detail.purpose === 'warm-up')).toBe(true);
  expect(windows.filter((window) => window.detail.purpose === 'fixed cost')).toHaveLength(1);
  const sorted = [...windows].sort((a, b) => a.startTime - b.startTime);
  sorted.slice(1).forEach((window, i) => {
    expect(window.startTime).toBeGreaterThanOrEqual(sorted[i].startTime + sorted[i].duration);
  });
});
