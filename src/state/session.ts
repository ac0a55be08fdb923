import { describeError, isNamed, RUN_CANCELLED, WORKERS_UNAVAILABLE } from '../engine/errors';
import { usesWorkers, WITHOUT_WORKERS } from '../engine/modes';
import type { ProtocolOutcome } from '../engine/protocol';
import type { RunResult } from '../engine/runResult';
import type { AppOptions, AppState, Phase } from './appTypes';
import { confirmationQuestion, type PlannedRuns } from './confirm';
import { learnRate } from './estimate';
import { createHistory } from './history';
import { initialState } from './initialState';
import type { MeasuringContext } from './measure';
import type { ResultSet } from './results';
import { settingsQuery } from './settings';
import { createStore } from './store';
import { createVisibilityWatch } from './visibility';

/**
 * What every action shares: the store, the engine, and the rules for starting, superseding and
 * cancelling work. A start or cancel bumps the generation; work whose ticket is stale writes nothing.
 */
export function createSession({
  engine,
  environment,
  settings,
  notices,
  writeQuery,
  confirm = () => true,
  history = createHistory(undefined),
  quiet = () => Promise.resolve(),
  nGiven = false,
}: AppOptions) {
  const store = createStore<AppState>(initialState(settings, notices, environment, engine.canShareMemory, nGiven));
  const cores = environment.cores ?? 4;
  const visibility = createVisibilityWatch();
  engine.subscribe((live) => store.setState({ live }));

  let generation = 0;
  const isCurrent = (ticket: number) => ticket === generation;

  /**
   * What the table showed before a sweep or comparison cleared it: a cancelled one puts it back rather
   * than leave a partial set in place of a finished run.
   */
  let resultsBefore: ResultSet | null = null;

  async function warmPool(): Promise<void> {
    if (!usesWorkers(store.getState().settings.mode)) return;
    const startup = await engine.prepare(store.getState().settings.workers);
    if (startup.started > 0) store.setState({ pool: { workers: engine.poolSize, startupMs: startup.ms } });
  }

  /** Workers cannot start here: say why once, and move to a mode that runs without them. */
  function noteWorkerProblem(error: unknown): void {
    const problem = describeError(error);
    store.setState((state) => ({
      workerProblem: problem,
      settings: usesWorkers(state.settings.mode) ? { ...state.settings, mode: WITHOUT_WORKERS } : state.settings,
    }));
    writeQuery?.(settingsQuery(store.getState().settings));
  }

  function record(result: RunResult): void {
    store.setState((state) => ({ lastRun: result, rate: learnRate(state.rate, result, cores) }));
  }

  const session = {
    store,
    engine,
    environment,
    history,
    writeQuery,
    quiet,
    isCurrent,
    warmPool,
    noteWorkerProblem,
    measuring: { engine, store, quiet, visibility, isCurrent, record } satisfies MeasuringContext,
    visibility,
    record,

    /**
     * True when nothing needs asking, or the user said yes; false while another run is going on or a
     * field holds something that is not a value (the run would not be what the page shows).
     */
    /** May this start? Idle, every field valid, and a yes to the question long or freezing work needs (unless `confirmed`). */
    agreed(plan: PlannedRuns[], confirmed = false): boolean {
      if (store.getState().phase !== 'idle') return false;
      const problems = Object.values(store.getState().fieldProblems);
      if (problems.length > 0) {
        store.setState({ status: `Nothing started: ${problems.join('; ')}` });
        return false;
      }
      const { n, symmetry } = store.getState().settings;
      const question = confirmationQuestion(plan, { n, symmetry }, store.getState().rate, cores);
      return question === null || confirmed || confirm(question);
    },

    /** Runs `body` as the one piece of work under way, in `phase`; any failure is said, by name. */
    async guarded(phase: Phase, body: (ticket: number) => Promise<void>): Promise<void> {
      if (store.getState().phase !== 'idle') return;
      const ticket = ++generation;
      store.setState({ phase, error: null, status: 'Starting workers…' });
      try {
        await engine.whenIdle();
        await warmPool();
        if (isCurrent(ticket)) await body(ticket);
      } catch (error) {
        if (isNamed(error, WORKERS_UNAVAILABLE)) noteWorkerProblem(error);
        if (isCurrent(ticket) && !isNamed(error, RUN_CANCELLED)) {
          store.setState({ error: describeError(error), status: 'The run failed' });
        }
      } finally {
        if (isCurrent(ticket)) store.setState({ phase: 'idle', activeMode: null, progress: null });
      }
    },

    /** A sweep, comparison or experiment starts on an empty table, remembering what it replaced. */
    clearForMeasuring(): void {
      resultsBefore = store.getState().results;
      store.setState({ results: null });
    },

    /** Puts a finished measurement's drift and fixed cost on its results, with the status that says it is done. */
    keepOutcome(outcome: ProtocolOutcome, status: string): void {
      store.setState((state) => ({
        results: state.results && {
          ...state.results,
          drift: outcome.drift,
          fixedCostMs: outcome.fixedCostMs,
          known: outcome.known,
        },
        status,
      }));
    },

    /** Stops whatever is under way: its ticket goes stale, and a cleared table gets its results back. */
    cancel(): void {
      const { phase } = store.getState();
      if (phase === 'idle') return;
      generation++;
      engine.cancel();
      // Only the measurements that cleared the table put back what it showed.
      const cleared = phase === 'sweeping' || phase === 'comparing' || phase === 'experimenting';
      store.setState({
        phase: 'idle',
        status: cleared && resultsBefore ? 'Cancelled: showing the results from before it' : 'Cancelled',
        activeMode: null,
        progress: null,
        ...(cleared ? { results: resultsBefore } : {}),
      });
    },
  };
  return session;
}

export type Session = ReturnType<typeof createSession>;
