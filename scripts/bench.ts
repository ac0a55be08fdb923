import { parseArgs } from 'node:util';
import { build, launchChromium, startPreview } from './browserSession';
import {
  bundleSize,
  LONG_TASK_RECORDER,
  longTasksDuringRun,
  medianOf,
  memoryAcrossRuns,
  poolStartup,
  runOnce,
  spread,
} from './benchProbes';

/**
 * `npm run bench -- [--n 15] [--workers 2] [--reps 5] [--no-build] [--json] [--sweep-only]`: a sweep in
 * headless Chromium against the production build, read back from the page itself, then the overhead
 * probes (small-run wall time, pool start-up, long tasks, memory over many runs) and the bundle size.
 */
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '15' },
    workers: { type: 'string', default: '2' },
    reps: { type: 'string', default: '5' },
    port: { type: 'string', default: '4174' },
    'no-build': { type: 'boolean', default: false },
    'sweep-only': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const log = (line = '') => {
  if (!values.json) console.log(line);
};
const fixed = (x: number, digits = 1) => x.toFixed(digits);

if (!values['no-build']) build();
const origin = `http://127.0.0.1:${values.port}`;
const server = await startPreview(Number(values.port));
const browser = await launchChromium();
const report: Record<string, unknown> = { bench: 'browser', n: Number(values.n), reps: Number(values.reps) };
try {
  const page = await browser.newPage();
  const query = new URLSearchParams({ n: values.n, workers: values.workers, reps: values.reps, autorun: 'sweep' });
  await page.goto(`${origin}/?${query.toString()}`);
  // Polled twice a second: Playwright's default waiting polls every animation frame, which would put
  // the harness's own work on the page's thread during every timed run.
  await page.waitForFunction(
    () => /Sweep done|failed/.test(document.querySelector('[role="status"]')?.textContent ?? ''),
    undefined,
    { polling: 500, timeout: 30 * 60_000 },
  );
  const raw = await page.locator('section[aria-label="Results"] table tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = Array.from(row.querySelectorAll('td'));
      return {
        workers: Number(cells[0].textContent),
        samplesMs: JSON.parse(cells[1].getAttribute('data-samples-ms') ?? '[]') as number[],
        solutions: Number(cells[5].textContent),
        correct: cells[6].textContent?.includes('✓') ?? false,
      };
    }),
  );
  const baseline = medianOf(raw[0].samplesMs);
  const rows = raw.map((row) => {
    const ms = spread(row.samplesMs);
    return { ...row, ...ms, speedup: baseline / ms.median, efficiency: baseline / ms.median / row.workers };
  });
  const projection = await page.locator('section[aria-label="Projected speedup"] li').allInnerTexts();
  const environment = (await page.locator('section[aria-label="Environment"] dl').innerText()).replace(/\n/g, ' ');
  Object.assign(report, { rows, projection: projection.map((p) => p.replace(/\n/g, ' ')), environment });

  log(`Sweep N=${values.n}: median of ${values.reps} timed runs after one warm-up per point`);
  log('workers  median ms     min ms     max ms  speedup  efficiency  solutions  check');
  for (const r of rows) {
    log(
      `${String(r.workers).padStart(7)} ${fixed(r.median).padStart(10)} ${fixed(r.min).padStart(10)} ${fixed(r.max).padStart(10)}` +
        ` ${r.speedup.toFixed(3).padStart(8)} ${r.efficiency.toFixed(3).padStart(11)} ${String(r.solutions).padStart(10)}  ${r.correct ? 'ok' : 'WRONG'}`,
    );
  }
  log(`Projected speedup from the last run's task costs: ${projection.map((p) => p.replace(/\n/g, ' ')).join(' | ')}`);
  log(environment);
  await page.close();

  if (!values['sweep-only']) {
    const probe = await browser.newPage();
    await probe.addInitScript(LONG_TASK_RECORDER);
    await probe.goto(`${origin}/?n=8&workers=2`);
    await probe.getByText(/2 started in/).waitFor();
    for (let i = 0; i < 10; i++) await runOnce(probe, 2);
    const small: number[] = [];
    for (let i = 0; i < 50; i++) small.push(await runOnce(probe, 2));
    report.smallRunMs = spread(small);
    log(`\nN=8 on 2 warm workers, 50 runs: median ${fixed(medianOf(small), 2)} ms (min ${fixed(Math.min(...small), 2)}, max ${fixed(Math.max(...small), 2)})`);

    await probe.getByLabel('N', { exact: true }).fill(values.n);
    await runOnce(probe, 2);
    const longTasks = await longTasksDuringRun(probe, 2);
    report.longTasks = longTasks;
    log(`Long tasks (> 50 ms) on the main thread during an N=${values.n} run of ${fixed(longTasks.runMs)} ms: ${longTasks.longTasks}`);

    await probe.getByLabel('N', { exact: true }).fill('10');
    await runOnce(probe, 2);
    const memory = await memoryAcrossRuns(probe, 2, 50);
    report.memory = memory;
    log(
      `50 runs of N=10: JS heap ${fixed(memory.before.heapMb, 2)} -> ${fixed(memory.after.heapMb, 2)} MB, ` +
        `workers ${memory.before.workers} -> ${memory.after.workers}`,
    );
    await probe.close();

    const startup = await poolStartup(browser, `${origin}/?n=8&workers=2`);
    report.poolStartupMs = startup;
    log(`Pool of 2 workers start-up (create, load, warm), ${startup.samples} page loads: median ${fixed(startup.median)} ms (min ${fixed(startup.min)}, max ${fixed(startup.max)})`);

    const size = bundleSize();
    report.bundle = size;
    log(`Built JS+CSS+HTML, gzipped: ${fixed(size.totalGzipKb)} kB`);
  }
  console.log(JSON.stringify(report));
} finally {
  await browser.close();
  server.kill();
}
