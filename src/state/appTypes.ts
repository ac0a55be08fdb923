import type { CostState } from './costAction';
import type { Engine, LiveRun } from '../engine/engine';
import type { Mode } from '../engine/modes';
import type { RunResult } from '../engine/runResult';
import type { EnvironmentInfo } from './environment';
import type { RateMemory } from './estimate';
import type { SweepHistory } from './history';
import type { ResultSet } from './results';
import type { Progress } from './progress';
import type { RaceState } from './raceFindings';
import type { Prediction } from './interchange/sweep';
import type { IntegerKey, Settings } from './settings';
import type { Store } from './store';

export type Phase = 'idle' | 'running' | 'sweeping' | 'comparing' | 'experimenting' | 'racing' | 'costing';

export interface AppState {
  settings: Settings;
  notices: string[];
  phase: Phase;
  /** One line on what is happening now; announced to screen readers. */
  status: string;
  results: ResultSet | null;
  error: string | null;
  pool: { workers: number; startupMs: number | null };
  environment: EnvironmentInfo;
  /** Whether this page's workers can share memory: the engine's answer, the one every view reads. */
  canShareMemory: boolean;
  /** The run in flight, drawn live by the worker lanes; its arrays fill in as tasks finish. */
  live: LiveRun | null;
  /** The last finished run, whose timeline stays on screen. */
  lastRun: RunResult | null;
  /** Single-core speed measured here, for time estimates before big runs. */
  rate: RateMemory;
  /** The mode of the run being started or timed, null when idle: the heartbeat shows a frozen page by it. */
  activeMode: Mode | null;
  /** Why Web Workers cannot run here, when they cannot: only the main-thread modes are offered. */
  workerProblem: string | null;
  /**
   * Number fields whose text is not a valid value, with why. While any is listed nothing starts: a run
   * must use what the fields show.
   */
  fieldProblems: Partial<Record<IntegerKey, string>>;
  /** How far the run or measurement under way has got, for its progress bar; null when idle. */
  progress: Progress | null;
  /** The thread-safety experiment's counts and times, filled in as it runs; null until it has run. */
  races: RaceState | null;
  /** The COST experiment: one symmetric worker against the plain solver on 1 to the cores. */
  cost: CostState | null;
  /** The talk sizes N to each step on this device (true unless the address gave `n=` when it opened). */
  talkSizesN: boolean;
}

/** How a measurement is started: by the page's controls, or by a talk step (which is itself the consent). */
export interface StartOptions {
  /** Asked already: no question before work that freezes the page or takes long. */
  confirmed?: boolean;
  /** Rounds past the repeats until the efficiency is known (a sweep's default); off for a bounded time. */
  refine?: boolean;
  /** A lesson's prediction for this sweep, kept and sent with its result. */
  prediction?: Prediction;
  /** Timed runs of each way of the thread-safety experiment (RACE_RUNS unless given: the talk sizes it). */
  runs?: number;
}

export interface AppActions {
  run(options?: StartOptions): Promise<void>;
  sweep(options?: StartOptions): Promise<void>;
  compare(): Promise<void>;
  /** The article's experiment: 1, 2, 4, 8 workers with the GIL's twin and with shared memory. */
  article(): Promise<void>;
  /** The thread-safety experiment: one shared total kept in several ways, races included. */
  races(options?: StartOptions): Promise<void>;
  /** COST: how many plain workers match one worker with all eight symmetries. */
  cost(options?: StartOptions): Promise<void>;
  closeCost(): void;
  cancel(): void;
  updateSettings(patch: Partial<Settings>): void;
  /** Adds a notice under the status line (a link that could not be opened, a result that arrived). */
  notify(text: string): void;
  dismissNotices(): void;
  /** Puts the thread-safety experiment's results away. */
  closeRaces(): void;
  /** A number field's text is invalid (with why), or valid again (null). */
  reportField(key: IntegerKey, problem: string | null): void;
  /** Starts the workers the current settings need, so the first Run is not slowed by spawning. */
  warmPool(): Promise<void>;
}

export interface App {
  store: Store<AppState>;
  actions: AppActions;
  /** Finished sweeps, kept in this browser for overlays. */
  history: SweepHistory;
}

export interface AppOptions {
  engine: Engine;
  environment: EnvironmentInfo;
  settings: Settings;
  notices: string[];
  /** Where the settings are mirrored for bookmarks; absent in tests. */
  writeQuery?: (query: string) => void;
  /** Asks before work that freezes the page or takes long; window.confirm in the browser. */
  confirm?: (question: string) => boolean;
  history?: SweepHistory;
  /** The address gave `n=`: a talk opened with it keeps that N instead of sizing each step. */
  nGiven?: boolean;
  /** Resolves once the page is idle (chunks loaded, charts drawn): nothing is timed before it. */
  quiet?: () => Promise<void>;
}
