import { spawn, type ChildProcess } from 'node:child_process';
import { button, chartSeries, expect, resultCell, resultRows, test, untilSweepDone } from './fixtures';

/** The page's words about the last measurement. */
const insights = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'What was measured' });

test('a sweep to twice the cores says the workers shared the cores, the ideal stays flat past them, and no serial fraction is claimed', async ({
  page,
}) => {
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  test.skip(cores > 32, 'twice the cores would be more workers than the page allows');
  const workers = 2 * cores;
  await page.goto(`/?n=13&workers=${workers}&reps=1`);
  await button(page, 'Sweep').click();
  await untilSweepDone(page, 60_000);
  const words = insights(page);
  const last = (await resultRows(page).count()) - 1;
  await expect(words).toContainText(
    new RegExp(`faster on ${workers} workers \\(\\d+% efficient; \\d+% of what ${cores} cores allow\\)`),
  );
  await expect(words).toContainText(`The ${workers} workers shared this device's ${cores} cores`);
  await expect(words).not.toContainText(/serial fraction of|of the work is serial/);
  await expect(words).toContainText(
    new RegExp(`No serial fraction is claimed .*past ${cores} workers the workers share this device's ${cores} cores`),
  );
  await expect(resultCell(page, 'Karp-Flatt', last)).toHaveText('n/a');
  await expect(resultCell(page, 'Efficiency', last)).toContainText(`of ${cores} cores`);

  // The ideal speedup rises to the core count and stays there: every point from there on at one height.
  await expect(page.getByRole('figure', { name: 'Speedup versus workers' })).toContainText(
    `ideal (this device: ${cores} cores)`,
  );
  const ideal = await chartSeries(page, 'speedup', 'series-ideal').locator('path').first().getAttribute('d');
  const ys = [...(ideal ?? '').matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((match) => Number(match[2]));
  expect(ys).toHaveLength(workers);
  expect(ys[cores - 1]).toBeLessThan(ys[0]);
  for (const y of ys.slice(cores)) expect(y).toBeCloseTo(ys[cores - 1], 3);
  // Where the time went, per worker count: useful, waiting and slower bars; past the cores, some slower.
  for (const part of ['series-useful', 'series-waiting', 'series-slower']) {
    await expect(chartSeries(page, 'efficiency', part).first()).toBeAttached();
  }
  const described = (await page.locator('#efficiency-chart-text').textContent()) ?? '';
  const parts = new RegExp(`${workers} workers: (\\d+)% useful \\(waiting (\\d+)%, slower (\\d+)%\\)`).exec(described);
  expect(parts, described).not.toBeNull();
  const [useful, waiting, slower] = parts!.slice(1).map(Number);
  expect(Math.abs(useful + waiting + slower - 100)).toBeLessThanOrEqual(2);
  expect(slower).toBeGreaterThan(0);
});

test('with another program keeping one core busy, a 2-worker sweep says the workers ran slower than alone, and why', async ({
  page,
}) => {
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  test.skip(cores !== 2, `this test is about a 2-core machine (this one reports ${cores})`);
  test.setTimeout(120_000);
  await page.goto('/?n=14&workers=2&reps=3');
  // Warm the pool before the other program starts, then keep core 1 busy for the whole sweep.
  await expect(page.getByText(/started in/)).toBeVisible();
  let busy: ChildProcess | null = null;
  try {
    busy = spawn('taskset', ['-c', '1', 'sh', '-c', 'while :; do :; done'], { stdio: 'ignore' });
    await button(page, 'Sweep').click();
    await untilSweepDone(page, 90_000);
  } finally {
    busy?.kill('SIGKILL');
  }
  const words = insights(page);
  await expect(words).toContainText(/a lone worker's/);
  await expect(words).toContainText(/another program is using a core|other programs share some of them/);
  await expect(words).not.toContainText(/serial fraction of|of the work is serial/);
  await expect(resultCell(page, 'Karp-Flatt', 1)).toHaveText('n/a');
  await expect(page.locator('#lanes-text')).toHaveText(/Worker 1: \d+% busy, [\d.]+ nodes per µs, Worker 2/);
});
