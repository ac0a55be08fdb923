import { chartSeries, expect, resultCell, resultRows, test, untilStatus } from './fixtures';

test("the article's experiment in one click: 1, 2, 4, 8 workers with the GIL's twin and free-threaded, on one chart", async ({
  page,
}) => {
  await page.goto('/?n=10&reps=1&autorun=article');
  await untilStatus(page, "The article's experiment, N=10: done", 60_000);
  await expect(resultRows(page)).toHaveCount(8);
  const modes = new Set<string>();
  for (let row = 0; row < 8; row++) {
    await expect(resultCell(page, 'Solutions', row)).toHaveText('724');
    modes.add((await resultCell(page, 'Mode', row).textContent()) ?? '');
  }
  expect([...modes].sort()).toEqual(['Workers behind one lock (like threads under the GIL)', 'Workers, shared memory']);
  // Free-threaded measured, the GIL beside it, and the ideal line.
  await expect(chartSeries(page, 'speedup', 'series-measured')).toHaveCount(1);
  await expect(chartSeries(page, 'speedup', 'series-overlay')).toHaveCount(1);
  const chart = page.getByRole('figure', { name: 'Speedup versus workers' });
  await expect(chart).toContainText('free-threaded');
  await expect(chart).toContainText('with the GIL');
  const words = page.getByRole('region', { name: 'What was measured' });
  await expect(words).toContainText(/Here: free-threaded [\d.]+× on 8 workers; with the GIL [\d.]+× on 8 workers/);
  await expect(words).toContainText('about 8× on 8 threads free-threaded');
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  if (cores < 8)
    await expect(words).toContainText(`8 workers on this device's ${cores} cores: past ${cores} they share cores`);
});
