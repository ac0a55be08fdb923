import type { Symmetry } from '../core/symmetry';
import { autoSplitDepth, COOPERATIVE_SLICE_NODES, sliceSplitDepth } from '../core/plan';
import type { WorkerBehaviour } from '../core/runOrder';
import { startCooperative, startMessage, startOnMainThread, startSharedRun, type StartRun } from './dispatch';

/** The concurrency models the page can run: one declaration each, in MODE_SPECS below. */
export type Mode = 'main' | 'cooperative' | 'gil' | 'message' | 'shared';

/** About half a millisecond of search at KERNEL_NODES_PER_MS (core/plan.ts). */
const GIL_TASK_NODES = 100_000;

export interface ModeSpec {
  /** What the page calls it. */
  label: string;
  /** The Python model of the article it stands for, if any. */
  analogue: string;
  /** Does it compute on several cores at once? */
  parallel: boolean;
  /** The answer to "runs in parallel?", in a few words. */
  parallelism: string;
  /** Where the tasks and results live, in a few words. */
  data: string;
  usesWorkers: boolean;
  /** Tasks and results in one SharedArrayBuffer every thread sees. */
  sharesMemory: boolean;
  /** Runs on the page's own thread without yielding: nothing repaints or responds until it ends. */
  freezesPage: boolean;
  /** Each task and result crosses between threads as a copied message. */
  copiesTasks: boolean;
  /** Rows an 'auto' split cuts off for this mode (`workers`: what the split is sized for). */
  autoSplit: (n: number, workers: number, symmetry: Symmetry) => number;
  /** Starts a run's tasks. */
  start: StartRun;
  /** The worker behaviour this mode always runs (core/runOrder.ts); otherwise the request's, or 'free'. */
  behaviour?: WorkerBehaviour;
  /** What runs instead on a page without SharedArrayBuffer (not cross-origin isolated). */
  withoutSharedMemory?: Mode;
}

export const MODE_SPECS = {
  main: {
    label: 'Main thread',
    analogue: '',
    parallel: false,
    parallelism: 'No: the page itself computes, frozen until it ends',
    data: "the page's own memory, one thread",
    usesWorkers: false,
    sharesMemory: false,
    freezesPage: true,
    copiesTasks: false,
    autoSplit: autoSplitDepth,
    start: startOnMainThread,
  },
  cooperative: {
    label: 'One thread, cooperative',
    analogue: 'asyncio',
    parallel: false,
    parallelism: 'No: one core, takes turns at await points',
    data: 'shared, one thread',
    usesWorkers: false,
    sharesMemory: false,
    freezesPage: false,
    copiesTasks: false,
    // Tasks short enough for one ~8 ms turn of the event loop.
    autoSplit: (n, _workers, symmetry) => sliceSplitDepth(n, symmetry, COOPERATIVE_SLICE_NODES),
    start: startCooperative,
  },
  gil: {
    label: 'Workers behind one lock (like threads under the GIL)',
    analogue: 'threading with the GIL',
    parallel: false,
    parallelism: 'No: one holds the lock and computes, the others wait',
    data: 'shared, behind one lock',
    usesWorkers: true,
    sharesMemory: true,
    freezesPage: false,
    copiesTasks: false,
    // Tasks well under the 5 ms switch interval (~0.5 ms), so a turn ends close to it.
    autoSplit: (n, _workers, symmetry) => sliceSplitDepth(n, symmetry, GIL_TASK_NODES),
    start: startSharedRun,
    // Every worker computes only while it holds the run's one lock (core/gil.ts), handed over every 5 ms.
    behaviour: 'behind-lock',
    // One core taking turns needs no shared memory.
    withoutSharedMemory: 'cooperative',
  },
  message: {
    label: 'Workers, message passing',
    analogue: 'multiprocessing',
    parallel: true,
    parallelism: 'Yes',
    data: 'copied (pickled / structured clone)',
    usesWorkers: true,
    sharesMemory: false,
    freezesPage: false,
    copiesTasks: true,
    autoSplit: autoSplitDepth,
    start: startMessage,
  },
  shared: {
    label: 'Workers, shared memory',
    analogue: 'free-threaded threading (3.14t)',
    parallel: true,
    parallelism: 'Yes',
    data: 'shared (SharedArrayBuffer + Atomics)',
    usesWorkers: true,
    sharesMemory: true,
    freezesPage: false,
    copiesTasks: false,
    autoSplit: autoSplitDepth,
    start: startSharedRun,
    withoutSharedMemory: 'message',
  },
} as const satisfies Record<Mode, ModeSpec>;

export const MODES = Object.keys(MODE_SPECS) as Mode[];
export const DEFAULT_MODE: Mode = 'shared';
/** What a comparison of models measures every model against: one thread doing the whole job. */
export const COMPARISON_BASELINE: Mode = 'main';
/** Where the page goes when Web Workers cannot start: responsive, if on one core. */
export const WITHOUT_WORKERS: Mode = 'cooperative';

export function modeSpec(mode: Mode): ModeSpec {
  return MODE_SPECS[mode];
}

export const MODE_LABELS: Record<Mode, string> = Object.fromEntries(
  MODES.map((mode) => [mode, MODE_SPECS[mode].label]),
) as Record<Mode, string>;

export function usesWorkers(mode: Mode): boolean {
  return MODE_SPECS[mode].usesWorkers;
}

/** The mode a run falls back to when the page has no shared memory: the same workers, by message. */
export function withoutSharedMemory(mode: Mode): Mode {
  const spec: ModeSpec = MODE_SPECS[mode];
  return spec.withoutSharedMemory ?? mode;
}

/** The mode that really runs when `mode` is asked for: itself, or its fallback on a page without shared memory. */
export function runnableMode(mode: Mode, canShareMemory: boolean): Mode {
  return canShareMemory ? mode : withoutSharedMemory(mode);
}

/** The threads a mode really uses for a request of `workers`: a single-thread mode uses one. */
export function threadsFor(mode: Mode, workers: number): number {
  return usesWorkers(mode) ? workers : 1;
}

/** "four models", "five models": the count comes from the registry, never from a sentence. */
export const MODEL_COUNT_WORD =
  ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'][MODES.length] ?? String(MODES.length);

/** The modes that can run as themselves here: without shared memory, those that need it cannot. */
export function availableModes(canShareMemory: boolean): Mode[] {
  return MODES.filter((mode) => canShareMemory || withoutSharedMemory(mode) === mode);
}
