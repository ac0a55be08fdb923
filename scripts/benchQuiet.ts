import type { Browser, Page } from '@playwright/test';
import { median, medianInterval, type Interval } from '../src/core/stats';
import { readResults, SWEEP_DONE, sweepAgain, waitForStatus, type PageRow } from './benchPage';
import { efficiencyOf, referenceEfficiency, settle } from './benchSections';

export interface TraceEvent {
  ph: string;
  name: string;
  cat?: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** CPU time of the event on its thread's clock (µs): less than `dur` when the thread waited for a core. */
  tdur?: number;
  id2?: { local?: string };
  args?: { name?: string };
}

/** The timed windows' User Timing measure (engine/runClock.ts); older builds marked start and end instead. */
const TIMED_RUN = 'timed run';
const OLD_MARKS = 'parallel-queens-run-';
const SECOND_SWEEP = 'bench: second sweep';

/** What the main thread was doing, by the trace events' names (Chromium 156). */
const KINDS: Record<string, string[]> = {
  script: ['FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'v8.callFunction'],
  messages: ['MessagePort::Accept', 'HandlePostMessage'],
  'parse/compile a chunk': ['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'ParseHTML'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout', 'UpdateLayout'],
  paint: ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit'],
  GC: [
    'MajorGC',
    'MinorGC',
    'V8.GCScavenger',
    'V8.GCFinalizeMC',
    'BlinkGC.AtomicPhase',
    'ThreadState::performIdleLazySweep',
  ],
};
const TRACE_CATEGORIES = [
  'toplevel',
  '__metadata',
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
];

type Span = [number, number];

/** Merges overlapping spans (µs), sorted by start. */
function merged(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** µs of `spans` (merged) inside `windows` (merged, disjoint). */
function insideUs(spans: Span[], windows: Span[]): number {
  let sum = 0;
  for (const [from, to] of merged(spans)) {
    for (const [a, b] of windows) sum += Math.max(0, Math.min(to, b) - Math.max(from, a));
  }
  return sum;
}

/** The events of a list that are not nested in an earlier one of the list, by start. */
function outermost(list: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const e of [...list].sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue;
    out.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return out;
}

/**
 * µs of thread CPU time of `list` inside `windows`: each outermost event's CPU time (`tdur`) spread
 * evenly over its wall span. A task's wall span also counts the time its thread waited for a core,
 * which on 2 cores with 2 workers computing can be a scheduler slice of 3-4 ms for 20 µs of work.
 */
function cpuInsideUs(list: TraceEvent[], windows: Span[]): number {
  let sum = 0;
  for (const e of outermost(list)) {
    const dur = e.dur ?? 0;
    if (dur <= 0) continue;
    let overlap = 0;
    for (const [a, b] of windows) overlap += Math.max(0, Math.min(e.ts + dur, b) - Math.max(e.ts, a));
    sum += ((e.tdur ?? dur) * overlap) / dur;
  }
  return sum;
}

/** The timed windows in a trace: `timed run` measures (async b/e pairs), else the old start/end marks. */
export function timedWindows(events: TraceEvent[]): Span[] {
  const measures = events.filter((e) => e.name === TIMED_RUN && (e.ph === 'b' || e.ph === 'e'));
  const windows: Span[] = [];
  if (measures.length > 0) {
    const open: number[] = [];
    for (const e of measures.sort((a, b) => a.ts - b.ts)) {
      if (e.ph === 'b') open.push(e.ts);
      else if (open.length > 0) windows.push([open.shift()!, e.ts]);
    }
    return windows;
  }
  const marks = events.filter((e) => e.name.startsWith(OLD_MARKS)).sort((a, b) => a.ts - b.ts);
  marks.forEach((mark, i) => {
    if (mark.name.endsWith('start') && marks[i + 1]?.name.endsWith('end')) windows.push([mark.ts, marks[i + 1].ts]);
  });
  return windows;
}

export interface QuietReport {
  windows: number;
  timedMs: number;
  /** The page's main thread's CPU time inside the timed windows, as a share of them. */
  mainBusy: number;
  /** The wall time its tasks spanned inside the windows (CPU plus waiting for a core), as a share. */
  mainWall: number;
  /** Per kind of work, its CPU time as a share of the timed windows. */
  kinds: Record<string, number>;
  /** The workers' wait before their first task, median and max over the windows, in ms. */
  waitMs: { median: number; max: number } | null;
  /** The longest stretch of main-thread work inside one window, ms. */
  longestMs: number;
  /** The service worker's thread's CPU time inside the timed windows (install, precache fetches), as a share. */
  serviceWorkerBusy: number;
  /** The trace events that took most of the windows (nested ones counted in their parents too), as shares. */
  top: [string, number][];
  /** The wait before the first task by worker count: median, ms. */
  waitByWorkers: Record<number, number>;
  efficiency: number;
}

/** Per window, the latest of the workers' first task starts after its start (µs), from the workers' threads. */
function workerWaits(events: TraceEvent[], windows: Span[], threadNames: Map<string, string>): number[] {
  const workerThreads = [...threadNames].filter(([, name]) => /DedicatedWorker/.test(name)).map(([key]) => key);
  return windows.map(([from, to]) => {
    const firsts = workerThreads
      .map((key) =>
        events
          .filter((e) => e.ph === 'X' && `${e.pid}/${e.tid}` === key && e.ts >= from && e.ts < to)
          .reduce((first, e) => Math.min(first, e.ts), Number.POSITIVE_INFINITY),
      )
      .filter(Number.isFinite);
    return firsts.length > 0 ? (Math.max(...firsts) - from) / 1000 : Number.NaN;
  });
}

function analyse(
  events: TraceEvent[],
  windows: Span[],
  rows: PageRow[],
  workers: number,
  waits: { workers: number; ms: number }[],
): QuietReport {
  const threadOf = (e: TraceEvent) => `${e.pid}/${e.tid}`;
  const names = new Map(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [threadOf(e), e.args?.name ?? '?']),
  );
  // The page's renderer: the one whose main thread recorded the timed windows.
  const pid = events.find((e) => e.name === TIMED_RUN || e.name.startsWith(OLD_MARKS))?.pid;
  const main = [...names].find(([key, name]) => name === 'CrRendererMain' && key.startsWith(`${pid}/`))?.[0];
  const onMain = events.filter((e) => e.ph === 'X' && threadOf(e) === main);
  const span = (e: TraceEvent): Span => [e.ts, e.ts + (e.dur ?? 0)];
  const disjoint = merged(windows);
  const timedUs = disjoint.reduce((sum, [a, b]) => sum + b - a, 0);
  const taskEvents = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  const tasks = taskEvents.map(span);
  const kinds: Record<string, number> = {};
  for (const [kind, list] of Object.entries(KINDS)) {
    kinds[kind] =
      cpuInsideUs(
        onMain.filter((e) => list.includes(e.name)),
        disjoint,
      ) / timedUs;
  }
  let longestMs = 0;
  for (const [a, b] of disjoint) {
    for (const [from, to] of merged(tasks))
      longestMs = Math.max(longestMs, (Math.min(to, b) - Math.max(from, a)) / 1000);
  }
  const serviceWorkers = [...names].filter(([, name]) => /ServiceWorker/i.test(name)).map(([key]) => key);
  const serviceWorkerTasks = events
    .filter((e) => e.ph === 'X' && serviceWorkers.includes(threadOf(e)))
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  const byName = new Map<string, TraceEvent[]>();
  for (const e of onMain)
    if (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask') {
      byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
    }
  const top = [...byName]
    .map(([name, list]): [string, number] => [name, cpuInsideUs(list, disjoint) / timedUs])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  const measuredWaits = waits.length > 0 ? waits.map((w) => w.ms) : workerWaits(events, windows, names);
  const waitByWorkers: Record<number, number> = {};
  for (const count of new Set(waits.map((w) => w.workers))) {
    waitByWorkers[count] = median(waits.filter((w) => w.workers === count).map((w) => w.ms));
  }
  const finite = measuredWaits.filter(Number.isFinite);
  return {
    windows: windows.length,
    timedMs: timedUs / 1000,
    mainBusy: cpuInsideUs(taskEvents, disjoint) / timedUs,
    mainWall: insideUs(tasks, disjoint) / timedUs,
    kinds,
    waitMs: finite.length > 0 ? { median: median(finite), max: Math.max(...finite) } : null,
    longestMs,
    serviceWorkerBusy: cpuInsideUs(serviceWorkerTasks, disjoint) / timedUs,
    top,
    waitByWorkers,
    efficiency: efficiencyOf(rows, workers),
  };
}

/** Each `timed run` measure's wait before the workers' first task, where the page records it (ms). */
function recordedWaits(page: Page): Promise<{ workers: number; ms: number }[]> {
  return page.evaluate((name) => {
    const entries = performance.getEntriesByName(name, 'measure') as PerformanceMeasure[];
    return entries.flatMap((entry) => {
      const detail = entry.detail as { firstTaskWaitMs?: number; workers: number } | null;
      return typeof detail?.firstTaskWaitMs === 'number'
        ? [{ workers: detail.workers, ms: detail.firstTaskWaitMs }]
        : [];
    });
  }, TIMED_RUN);
}

/**
 * A fresh load of the sweep bookmark at N (its first sweep), then Sweep pressed again, all under one
 * Chrome trace started before the page loads: the main thread's work inside each sweep's timed windows.
 */
export async function quietSweeps(browser: Browser, url: string, workers: number) {
  const page = await browser.newPage();
  try {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(url);
    await waitForStatus(page, SWEEP_DONE);
    const firstRows = await readResults(page);
    const firstWaits = await recordedWaits(page);
    await page.evaluate((name) => performance.mark(name), SECOND_SWEEP);
    const secondRows = await sweepAgain(page);
    const secondWaits = await recordedWaits(page);
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    const split = events.find((e) => e.name === SECOND_SWEEP)?.ts ?? Number.POSITIVE_INFINITY;
    const windows = timedWindows(events);
    return {
      first: analyse(
        events,
        windows.filter(([from]) => from < split),
        firstRows,
        workers,
        firstWaits,
      ),
      second: analyse(
        events,
        windows.filter(([from]) => from >= split),
        secondRows,
        workers,
        secondWaits,
      ),
    };
  } finally {
    await settle(page);
  }
}

export interface PairedComparison {
  pairs: { reference: number; page: number }[];
  difference: number;
  interval: Interval;
}

/**
 * The bare reference page and a fresh load of the page's bookmark (its first sweep), alternated
 * `pairs` times at N: the median of the per-pair differences of 2-worker efficiency (page − reference)
 * with its 95% interval. Paired, so a machine that drifts over the run moves both sides of a pair alike.
 */
export async function pairedWithReference(
  browser: Browser,
  referenceOrigin: string,
  bookmark: string,
  n: number,
  workers: number,
  reps: number,
  pairs: number,
  log: (line: string) => void,
): Promise<PairedComparison> {
  const measured: { reference: number; page: number }[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    const reference = (await referenceEfficiency(browser, referenceOrigin, n, workers, 2 * reps + 1)).efficiency;
    const page = await browser.newPage();
    await page.goto(bookmark);
    await waitForStatus(page, SWEEP_DONE);
    const rows = await readResults(page);
    await settle(page);
    if (rows.some((row) => !row.correct)) throw new Error(`the page miscounted: ${bookmark}`);
    measured.push({ reference, page: efficiencyOf(rows, workers) });
    log(
      `  pair ${pair + 1}: reference ${reference.toFixed(3)}, page's first sweep ${measured.at(-1)!.page.toFixed(3)}`,
    );
  }
  const differences = measured.map((p) => p.page - p.reference);
  return { pairs: measured, difference: median(differences), interval: medianInterval(differences) };
}
