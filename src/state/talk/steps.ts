import { MAX_WORKERS } from '../../core/runBuffer';
import type { Settings } from '../settingsSchema';

/** What a step starts when it is shown: one of the page's own measurements, or nothing. */
export type StepAction = 'run' | 'sweep' | 'races' | 'cost' | 'none';

/** The one view a step puts on the screen. */
export type StepView = 'board' | 'heartbeat' | 'time' | 'speedup' | 'efficiency' | 'races' | 'cost' | 'room';

/**
 * A question the class answers before the step runs (lesson mode): how many times faster on `atWorkers`
 * than on one (its answer travels with the sweep), or whether the plain total will be right.
 */
export type StepQuestion =
  { prompt: string; kind: 'times'; atWorkers: (cores: number) => number } | { prompt: string; kind: 'yes-no' };

/** What the speaker's laptop shows for a step (the speaker view). */
export interface StepNotes {
  say: string;
  point: string;
  /** What to do when this device has few cores (2 or fewer). */
  fewCores: string;
  /** What to do without shared memory (Safari without isolation, an old browser). */
  noSharedMemory: string;
}

export interface TalkStep {
  id: string;
  /** The claim the step makes, as its title. */
  title: string;
  action: StepAction;
  /**
   * The settings its experiment runs with, over the page's (valid under the settings schema; a unit test
   * checks every step on 1 to 64 cores). N is not here: it is sized to the device (sizing.ts).
   */
  request: (cores: number) => Partial<Settings>;
  view: StepView;
  /** Shared memory is what the step shows: without it the step says why instead of running. */
  needsSharedMemory: boolean;
  /** Runs at the N of that step (sized as that step is), so the two can be set side by side. */
  sameNAs?: string;
  notes: StepNotes;
  question?: StepQuestion;
}

/** Two workers at least (a race, a speedup need two), never more than the page can run. */
const atLeastTwo = (cores: number) => Math.min(MAX_WORKERS, Math.max(2, cores));

/** The article's argument, one claim a screen, in the order that tells it. */
export const TALK_STEPS: readonly TalkStep[] = [
  {
    id: 'puzzle',
    title: 'One worker counts every way to place N queens',
    action: 'run',
    request: () => ({ mode: 'shared', workers: 1, symmetry: 'none' }),
    view: 'board',
    needsSharedMemory: false,
    notes: {
      say: 'N queens on an N×N board, none attacking another. The count is checked against the known one (OEIS A000170).',
      point: 'The board with its first solution, and the time one worker took.',
      fewCores: 'Nothing changes: one worker.',
      noSharedMemory: 'It runs on one worker by messages instead; the count is the same.',
    },
  },
  {
    id: 'freeze',
    title: "Computing on the page's own thread freezes the page",
    action: 'run',
    request: () => ({ mode: 'main', workers: 1, symmetry: 'none' }),
    view: 'heartbeat',
    needsSharedMemory: false,
    notes: {
      say: 'The page itself computes: nothing else can happen until it ends. This is one thread and no workers.',
      point: 'The heartbeat: it stops while the page computes, and the page says for how long.',
      fewCores: 'Nothing changes: one thread.',
      noSharedMemory: 'Nothing changes: no workers.',
    },
  },
  {
    id: 'gil',
    title: 'Threads behind one lock take turns: about the same time on 1, 2 or 4',
    action: 'sweep',
    request: () => ({ mode: 'gil', workers: 4, symmetry: 'none' }),
    view: 'time',
    needsSharedMemory: true,
    notes: {
      say: "Python's GIL: many threads, one lock; only the holder computes. More threads, no more speed.",
      point: 'The time chart: flat from 1 to 4 workers.',
      fewCores: 'Same picture: the lock, not the cores, keeps it flat.',
      noSharedMemory: 'The lock lives in shared memory: skip to the processes step.',
    },
    question: { prompt: 'How many times faster will 4 workers be than 1?', kind: 'times', atWorkers: () => 4 },
  },
  {
    id: 'processes',
    title: 'Processes scale by copying: every task travels as a message',
    action: 'sweep',
    request: (cores) => ({ mode: 'message', workers: atLeastTwo(cores), symmetry: 'none' }),
    view: 'speedup',
    needsSharedMemory: false,
    notes: {
      say: 'Like multiprocessing: no shared state, the work and the answers are copied between workers.',
      point: 'The speedup rising, and the bytes copied under the chart.',
      fewCores: 'On 2 cores the curve stops at 2: that is the device, not the model.',
      noSharedMemory: 'This is the model that works everywhere: it needs no shared memory.',
    },
  },
  {
    id: 'free-threaded',
    title: 'Free-threaded: shared memory, as fast as the cores allow',
    action: 'sweep',
    request: (cores) => ({ mode: 'shared', workers: Math.min(MAX_WORKERS, 2 * atLeastTwo(cores)), symmetry: 'none' }),
    view: 'speedup',
    needsSharedMemory: true,
    notes: {
      say: "Python 3.14's free-threaded build: threads that share memory run on every core at once.",
      point: 'The speedup up to the cores, then flat past them: the ideal is capped at the cores.',
      fewCores: 'Past 2 workers there are no more cores: the flat part is the device, and the page says so.',
      noSharedMemory:
        'Without SharedArrayBuffer the page cannot share memory: say so, and show the processes step again.',
    },
    question: {
      prompt: 'How many times faster will all the cores be than one?',
      kind: 'times',
      atWorkers: (cores) => atLeastTwo(cores),
    },
  },
  {
    id: 'lost',
    title: 'Where the rest of the speedup went, on this device',
    action: 'sweep',
    request: (cores) => ({ mode: 'shared', workers: atLeastTwo(cores), symmetry: 'none' }),
    view: 'efficiency',
    needsSharedMemory: true,
    notes: {
      say: 'Each worker’s time split into searching, waiting for work, and running slower than alone.',
      point: 'The efficiency chart and its breakdown.',
      fewCores: 'On 2 cores, the page and the system share them with the workers: that shows as “slower”.',
      noSharedMemory: 'The breakdown needs the shared-memory run: skip.',
    },
  },
  {
    id: 'races',
    title: 'The price of sharing: a plain total loses updates',
    action: 'races',
    request: (cores) => ({ workers: atLeastTwo(cores), symmetry: 'none' }),
    view: 'races',
    needsSharedMemory: true,
    notes: {
      say: 'Several workers add to one total. Without atomics some additions are lost; atomics, a lock or a local count are right, each at its price.',
      point: 'The wrong counts of the plain total, and the times of the safe ways.',
      fewCores: 'Races need two workers at the same moment: rarer on 2 cores, and the page says when none showed.',
      noSharedMemory: 'No shared memory, no shared total: skip.',
    },
    question: { prompt: 'Will the plain total, with no atomics, be right?', kind: 'yes-no' },
  },
  {
    id: 'algorithm',
    title: 'Before buying cores: one worker with a better algorithm against all of them',
    action: 'cost',
    request: () => ({ mode: 'shared', symmetry: 'none' }),
    view: 'cost',
    needsSharedMemory: false,
    sameNAs: 'free-threaded',
    notes: {
      say: 'The board has eight symmetries: search each family of solutions once and count it 2, 4 or 8 times. Scalability, but at what COST (McSherry et al., 2015): how many cores does the plain solver need to catch one thread of the better one?',
      point: 'The green line (one symmetric worker) and where the plain speedup curve would cross it.',
      fewCores:
        'On 2 cores the plain curve never reaches the line: the crossing is projected from its task costs, and the page says so.',
      noSharedMemory: 'Runs by messages instead; the comparison of the two searches is the same.',
    },
  },
  {
    id: 'room',
    title: 'The room: every device, side by side',
    action: 'none',
    request: () => ({}),
    view: 'room',
    needsSharedMemory: false,
    notes: {
      say: 'Open the page on your phone, press Sweep, then Share result: the board gathers every device.',
      point: 'The QR code; then the board (key B outside the talk).',
      fewCores: 'Phones have 4 to 8 cores: the room will show more than this laptop.',
      noSharedMemory: 'Phones without shared memory still sweep by messages.',
    },
  },
];

/** Steps are numbered from 1, in the URL (`talk=3`) and on screen; 0 is "no talk". */
export const stepAt = (number: number): TalkStep | undefined => TALK_STEPS[number - 1];

export const stepById = (id: string): TalkStep | undefined => TALK_STEPS.find((step) => step.id === id);
