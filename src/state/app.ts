import type { Engine } from '../engine/engine';
import { describeError, isNamed, RUN_CANCELLED } from '../engine/errors';
import type { Transport } from '../engine/runResult';
import { runSweep } from '../engine/sweep';
import type { EnvironmentInfo } from './environment';
import { rowFromPoint, rowFromRun, withRow, type ResultSet } from './results';
import { settingsQuery, type Settings } from './settings';
import { createStore, type Store } from './store';

export type Phase = 'idle' | 'running' | 'sweeping';

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
  transport: Transport;
}

export interface AppActions {
  run(): Promise<void>;
  sweep(): Promise<void>;
  cancel(): void;
  updateSettings(patch: Partial<Settings>): void;
  dismissNotices(): void;
  /** Starts the workers the current settings need, so the first Run is not slowed by spawning. */
  warmPool(): Promise<void>;
}

export interface App {
  store: Store<AppState>;
  actions: AppActions;
}

export interface AppOptions {
  engine: Engine;
  environment: EnvironmentInfo;
  settings: Settings;
  notices: string[];
  /** Where the settings are mirrored for bookmarks; absent in tests. */
  writeQuery?: (query: string) => void;
}

export function createApp({ engine, environment, settings, notices, writeQuery }: AppOptions): App {
  const store = createStore<AppState>({
    settings,
    notices,
    phase: 'idle',
    status: 'Ready',
    results: null,
    error: null,
    pool: { workers: 0, startupMs: null },
    environment,
    transport: engine.transport,
  });

  /** Bumped by every start and cancel: a run whose ticket is stale writes nothing. */
  let generation = 0;
  const isCurrent = (ticket: number) => ticket === generation;

  async function warmPool(): Promise<void> {
    const wanted = store.getState().settings.workers;
    const startup = await engine.prepare(wanted);
    if (startup.started > 0) store.setState({ pool: { workers: engine.poolSize, startupMs: startup.ms } });
  }

  async function guarded(phase: Phase, body: (ticket: number) => Promise<void>): Promise<void> {
    if (store.getState().phase !== 'idle') return;
    const ticket = ++generation;
    store.setState({ phase, error: null, status: 'Starting workers…' });
    try {
      await engine.whenIdle();
      await warmPool();
      if (isCurrent(ticket)) await body(ticket);
    } catch (error) {
      if (isCurrent(ticket) && !isNamed(error, RUN_CANCELLED)) {
        store.setState({ error: describeError(error), status: 'The run failed' });
      }
    } finally {
      if (isCurrent(ticket)) store.setState({ phase: 'idle' });
    }
  }

  const actions: AppActions = {
    warmPool,

    run: () =>
      guarded('running', async (ticket) => {
        const { n, workers, symmetry } = store.getState().settings;
        store.setState({ status: `Running N=${n} on ${workers} worker${workers === 1 ? '' : 's'}…` });
        const result = await engine.run({ n, workers, split: 'auto', symmetry });
        if (!isCurrent(ticket)) return;
        store.setState((state) => ({
          results: withRow(state.results, result, rowFromRun(result)),
          status: `Done: N=${n}, ${workers} worker${workers === 1 ? '' : 's'}, ${result.ms.toFixed(1)} ms`,
        }));
      }),

    sweep: () =>
      guarded('sweeping', async (ticket) => {
        const { n, workers, reps, symmetry } = store.getState().settings;
        store.setState({ results: null });
        await runSweep(
          engine,
          { n, maxWorkers: workers, reps, split: 'auto', symmetry },
          {
            onProgress: ({ workers: count, rep, warmUp }) => {
              if (!isCurrent(ticket)) return;
              const step = warmUp ? 'warm-up run' : `run ${rep} of ${reps}`;
              store.setState({ status: `Sweep N=${n}: ${count} worker${count === 1 ? '' : 's'}, ${step}…` });
            },
            onPoint: (point) => {
              if (!isCurrent(ticket)) return;
              store.setState((state) => ({ results: withRow(state.results, point.last, rowFromPoint(point)) }));
            },
          },
        );
        if (isCurrent(ticket)) store.setState({ status: `Sweep done: N=${n}, 1 to ${workers} workers` });
      }),

    cancel() {
      if (store.getState().phase === 'idle') return;
      generation++;
      engine.cancel();
      store.setState({ phase: 'idle', status: 'Cancelled' });
    },

    updateSettings(patch) {
      const next = { ...store.getState().settings, ...patch };
      store.setState({ settings: next });
      writeQuery?.(settingsQuery(next));
    },

    dismissNotices() {
      store.setState({ notices: [] });
    },
  };

  return { store, actions };
}
