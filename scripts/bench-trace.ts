import { parseArgs } from 'node:util';
import { build, launchChromium, startPreview } from './browserSession';
import { readResults, waitForStatus } from './benchPage';
import { median } from '../src/core/stats';
import { timedWindows, type TraceEvent } from './benchQuiet';

/**
 * `npm run bench:trace -- [--n 14] [--workers 2] [--reps 5] [--query '&live=0'] [--no-build]`: records a
 * Chromium trace of one sweep and prints how busy the page's own threads (main, compositor, display
 * compositor) were inside the timed windows (the engine's `timed run` measures): the CPU
 * the page takes from the workers it is timing.
 */
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '14' },
    workers: { type: 'string', default: '2' },
    reps: { type: 'string', default: '5' },
    query: { type: 'string', default: '' },
    port: { type: 'string', default: '4176' },
    'no-build': { type: 'boolean', default: false },
  },
});

if (!values['no-build']) build();
const server = await startPreview(Number(values.port));
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(
    `http://127.0.0.1:${values.port}/?n=${values.n}&workers=${values.workers}&reps=${values.reps}${values.query}`,
  );
  await page.getByText(/started in/).waitFor();
  await page.waitForTimeout(2000);
  await browser.startTracing(page, { categories: ['toplevel', '__metadata', 'blink.user_timing'] });
  await page.getByRole('button', { name: 'Sweep', exact: true }).click();
  await page.waitForTimeout(200);
  await waitForStatus(page, /Sweep done|failed/);
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const rows = await readResults(page);
  console.log(rows.map((row) => `${row.workers} worker(s): median ${median(row.samplesMs).toFixed(2)} ms`).join(', '));

  const threadOf = (e: TraceEvent) => `${e.pid}/${e.tid}`;
  const names = new Map(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [threadOf(e), e.args?.name ?? '?']),
  );
  const windows = timedWindows(events);
  const timedMs = windows.reduce((sum, [from, to]) => sum + (to - from) / 1000, 0);
  const overlapMs = (e: TraceEvent) =>
    windows.reduce(
      (sum, [from, to]) => sum + Math.max(0, Math.min(to, e.ts + (e.dur ?? 0)) - Math.max(from, e.ts)),
      0,
    ) / 1000;
  let pageMs = 0;
  for (const thread of ['CrRendererMain', 'Compositor', 'VizCompositorThread']) {
    const key = [...names].find(([, name]) => name === thread)?.[0];
    // Top-level tasks only: nested ones are inside them.
    const tasks = events
      .filter((e) => e.ph === 'X' && threadOf(e) === key && e.name === 'ThreadControllerImpl::RunTask')
      .sort((a, b) => a.ts - b.ts);
    let end = 0;
    let busy = 0;
    for (const task of tasks) {
      if (task.ts < end) continue;
      busy += overlapMs(task);
      end = task.ts + (task.dur ?? 0);
    }
    pageMs += busy;
    console.log(
      `${thread.padEnd(20)} busy ${busy.toFixed(1).padStart(6)} ms inside ${windows.length} timed windows (${timedMs.toFixed(0)} ms)`,
    );
  }
  console.log(
    `The page's threads: ${pageMs.toFixed(1)} ms, ${((100 * pageMs) / timedMs).toFixed(1)}% of one core while the workers were timed`,
  );
} finally {
  await browser.close();
  server.kill();
}
