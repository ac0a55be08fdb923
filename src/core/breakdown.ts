/**
 * Where a parallel run's time went. P workers for W ms hold P·W of worker time; one worker needed T₁
 * for the same search. The difference is lost, and a run's own record (each task's worker, start, end
 * and nodes) tells how:
 * - waiting: a worker not in any task (before its first, between two, after its last);
 * - slower: time in tasks beyond what the same nodes took one lone worker (cores shared with other
 *   workers or programs, slower cores, lower clocks when every core runs).
 */

/**
 * What a point's timed runs say about each worker, summed over every run (so one noisy run does not
 * decide the story). Times in ms.
 */
export interface RunActivity {
  workers: number;
  /** Wall time of the runs, summed. */
  wallMs: number;
  busyMs: number[];
  nodes: number[];
  /** Waiting before each worker's first task and after its last (a worker that ran none: all of it after). */
  beforeMs: number[];
  afterMs: number[];
}

/** The per-task record a run leaves: owner, start and end (ms on one clock), nodes. */
export interface TaskRecord {
  owner: ArrayLike<number>;
  startMs: ArrayLike<number>;
  endMs: ArrayLike<number>;
  nodes: ArrayLike<number>;
}

/** One run's activity from its task record; `originMs` is the run's start on the record's clock. */
export function runActivity(record: TaskRecord, workers: number, wallMs: number, originMs = 0): RunActivity {
  const busyMs = new Array<number>(workers).fill(0);
  const nodes = new Array<number>(workers).fill(0);
  const first = new Array<number>(workers).fill(Number.POSITIVE_INFINITY);
  const last = new Array<number>(workers).fill(0);
  for (let task = 0; task < record.owner.length; task++) {
    const worker = record.owner[task];
    if (worker < 0 || worker >= workers) continue;
    const start = record.startMs[task] - originMs;
    const end = record.endMs[task] - originMs;
    busyMs[worker] += Math.max(0, end - start);
    nodes[worker] += record.nodes[task];
    first[worker] = Math.min(first[worker], start);
    last[worker] = Math.max(last[worker], end);
  }
  // A task's end, stamped on a worker's clock, can land a hair past the page's end of the run.
  const wall = Math.max(wallMs, ...last);
  return {
    workers,
    wallMs: wall,
    busyMs,
    nodes,
    beforeMs: first.map((start) => (Number.isFinite(start) ? Math.max(0, start) : 0)),
    afterMs: last.map((end, worker) => (busyMs[worker] > 0 ? wall - end : wall)),
  };
}

/** Two records of the same worker count, summed: the activity of both runs together. */
export function addActivity(a: RunActivity | undefined, b: RunActivity): RunActivity {
  if (!a || a.workers !== b.workers) return b;
  const sum = (x: number[], y: number[]) => x.map((value, i) => value + y[i]);
  return {
    workers: a.workers,
    wallMs: a.wallMs + b.wallMs,
    busyMs: sum(a.busyMs, b.busyMs),
    nodes: sum(a.nodes, b.nodes),
    beforeMs: sum(a.beforeMs, b.beforeMs),
    afterMs: sum(a.afterMs, b.afterMs),
  };
}

/** Nodes a lone worker searched per ms of its busy time: the rate every other point is judged by. */
export function loneRate(activity: RunActivity): number {
  const busy = activity.busyMs.reduce((a, b) => a + b, 0);
  const nodes = activity.nodes.reduce((a, b) => a + b, 0);
  return busy > 0 ? nodes / busy : Number.NaN;
}

export interface Breakdown {
  workers: number;
  /** Shares of P·W that add up to 1: useful is the efficiency itself. */
  useful: number;
  waiting: number;
  slower: number;
  /** Waiting as measured in the run, by where it fell (shares of P·W). */
  waitingAt: { start: number; between: number; end: number };
  /** Per worker: share of the run in tasks. */
  busy: number[];
  /** Per worker: its speed in tasks against a lone worker's (1 = as fast; 0.5 = half). */
  speed: number[];
  /** Per worker: nodes per microsecond of busy time. */
  nodesPerUs: number[];
}

/**
 * The loss of a point (1 − efficiency) split between waiting and slower in the proportions its runs
 * measured. Efficiency comes from medians, the records from every timed run: the split is theirs, the
 * total the medians'. Neither part is ever negative; a point at or above 100% lost nothing.
 */
export function breakdown(efficiencyValue: number, activity: RunActivity, lonePerMs: number): Breakdown {
  const { workers, wallMs } = activity;
  const total = Math.max(1e-9, workers * wallMs);
  let start = 0;
  let between = 0;
  let end = 0;
  let expectedBusy = 0;
  const busy: number[] = [];
  const speed: number[] = [];
  const nodesPerUs: number[] = [];
  for (let worker = 0; worker < workers; worker++) {
    const busyMs = activity.busyMs[worker];
    const before = Math.min(wallMs, activity.beforeMs[worker]);
    const after = Math.min(wallMs - before, activity.afterMs[worker]);
    start += before;
    end += after;
    between += Math.max(0, wallMs - busyMs - before - after);
    expectedBusy += activity.nodes[worker] / lonePerMs;
    busy.push(Math.min(1, busyMs / Math.max(1e-9, wallMs)));
    const rate = busyMs > 0 ? activity.nodes[worker] / busyMs : Number.NaN;
    speed.push(rate / lonePerMs);
    nodesPerUs.push(rate / 1000);
  }
  const busyTotal = activity.busyMs.reduce((a, b) => a + b, 0);
  const waitingMeasured = Math.max(0, (total - busyTotal) / total);
  const slowerMeasured = Math.max(0, (busyTotal - expectedBusy) / total);
  const useful = Math.min(1, Math.max(0, efficiencyValue));
  const lost = 1 - useful;
  const measured = waitingMeasured + slowerMeasured;
  const waiting = measured > 1e-9 ? (lost * waitingMeasured) / measured : lost;
  return {
    workers,
    useful,
    waiting,
    slower: lost - waiting,
    waitingAt: { start: start / total, between: between / total, end: end / total },
    busy,
    speed,
    nodesPerUs,
  };
}

/** Workers that did enough work for their speed to mean something. */
function measurable(b: Breakdown): number[] {
  return b.speed.filter((s, worker) => Number.isFinite(s) && b.busy[worker] >= 0.2);
}

/**
 * Speeds further apart than this (fastest over slowest) are beyond what run-to-run noise moves one
 * worker's speed here (a few percent): the workers really ran at different speeds.
 */
export const SPEED_SPREAD = 1.2;

export function speedSpread(b: Breakdown): number {
  const speeds = measurable(b);
  return speeds.length < 2 ? 1 : Math.max(...speeds) / Math.min(...speeds);
}

/** A loss smaller than this is not worth a reason: the run is as good as this machine gives. */
const NEGLIGIBLE_LOSS = 0.05;

/** Workers past the core count that still ran this fast (against a lone worker) were not sharing cores. */
const UNSHARED_SPEED = 0.85;

export type LossCause =
  | { kind: 'none' }
  | { kind: 'oversubscribed'; cores: number; speed: number }
  /** More workers than the browser reports cores, yet none slowed down: the count is too low. */
  | { kind: 'more-cores'; cores: number }
  | { kind: 'uneven'; slowest: number; fastest: number }
  | { kind: 'slower'; speed: number; busyLow: number; busyHigh: number }
  | { kind: 'waiting'; where: 'start' | 'between' | 'end'; share: number };

/**
 * The main reason a point lost time, judged from its breakdown and the core count the browser reports
 * (null: unknown). More workers than cores comes first: then slower is the sharing itself.
 */
export function lossCause(b: Breakdown, cores: number | null): LossCause {
  const speeds = measurable(b);
  const meanSpeed = speeds.length > 0 ? speeds.reduce((a, s) => a + s, 0) / speeds.length : 1;
  if (cores !== null && b.workers > cores) {
    // More than `cores` workers computing at once on average, each at a lone worker's speed: only more
    // cores than reported can do that. Workers that merely took turns prove nothing either way.
    const atOnce = b.busy.reduce((sum, share) => sum + share, 0);
    const unshared = speeds.length >= 2 && meanSpeed >= UNSHARED_SPEED && atOnce > cores * 1.1;
    return unshared ? { kind: 'more-cores', cores } : { kind: 'oversubscribed', cores, speed: meanSpeed };
  }
  if (b.waiting + b.slower < NEGLIGIBLE_LOSS) return { kind: 'none' };
  if (b.slower >= b.waiting) {
    if (speedSpread(b) > SPEED_SPREAD)
      return { kind: 'uneven', slowest: Math.min(...speeds), fastest: Math.max(...speeds) };
    return { kind: 'slower', speed: meanSpeed, busyLow: Math.min(...b.busy), busyHigh: Math.max(...b.busy) };
  }
  const { start, between, end } = b.waitingAt;
  const where = end >= between && end >= start ? 'end' : between >= start ? 'between' : 'start';
  return { kind: 'waiting', where, share: b.waiting };
}

/**
 * Amdahl's law and Karp–Flatt model serial work on equal, unshared cores: a point fits them only when
 * its workers had a core each and what it lost was waiting, not slower workers.
 */
export function lawsApply(b: Breakdown, cores: number | null): boolean {
  if (cores !== null && b.workers > cores) return false;
  return b.slower <= b.waiting || b.waiting + b.slower < NEGLIGIBLE_LOSS;
}
