import { sweepWorkerCounts } from '../core/stats';
import { describeError, isNamed, RUN_CANCELLED, WORKERS_UNAVAILABLE } from '../engine/errors';
import { availableModes, MODEL_COUNT_WORD, MODES, MODE_LABELS, usesWorkers, WITHOUT_WORKERS } from '../engine/modes';
import type { RunResult } from '../engine/runResult';
import { confirmationQuestion, threadsFor, type PlannedRuns } from './confirm';
import type { App, AppActions, AppOptions, AppState, Phase } from './appTypes';
import { learnRate } from './estimate';
import { initialState } from './initialState';
import { createHistory, newSweepId, sweepFromResults } from './history';
import { rowFromSamples, withRow, type ResultSet } from './results';
import { settingsQuery } from './settings';
import { createStore } from './store';
import { createVisibilityWatch } from './visibility';
import { expectedNodes } from './progress';
import type { ProtocolOutcome } from '../engine/protocol';
import { articleConfigurations } from './article';
import { measureInto, precisionBetween, type MeasuringContext } from './measure';
import { doneStatus, plural, whereItRuns } from './words';

export type { App, AppActions, AppOptions, AppState, Phase } from './appTypes';

export function createApp({
  engine,
  environment,
  settings,
  notices,
  writeQuery,
  confirm = () => true,
  history = createHistory(undefined),
  quiet = () => Promise.resolve(),
}: AppOptions): App {
  const store = createStore<AppState>(initialState(settings, notices, environment, engine.canShareMemory));
  const cores = environment.cores ?? 4;
  const visibility = createVisibilityWatch();
  engine.subscribe((live) => store.setState({ live }));

  /**
   * What the table showed before a sweep or comparison cleared it: a cancelled one puts it back rather
   * than leave a partial set in place of a finished run.
   */
  let resultsBefore: ResultSet | null = null;

  /** A sweep, comparison or experiment starts on an empty table, remembering what it replaced. */
  function clearForMeasuring(): void {
    resultsBefore = store.getState().results;
    store.setState({ results: null });
  }

  /** Puts a finished measurement's drift and fixed cost on its results, with the status that says it is done. */
  function keepOutcome(outcome: ProtocolOutcome, status: string): void {
    store.setState((state) => ({
      results: state.results && {
        ...state.results,
        drift: outcome.drift,
        fixedCostMs: outcome.fixedCostMs,
        known: outcome.known,
      },
      status,
    }));
  }

  /** Bumped by every start and cancel: a run whose ticket is stale writes nothing. */
  let generation = 0;
  const isCurrent = (ticket: number) => ticket === generation;

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

  /**
   * True when nothing needs asking, or the user said yes; false while another run is going on or a
   * field holds something that is not a value (the run would not be what the page shows).
   */
  function agreed(plan: PlannedRuns[]): boolean {
    if (store.getState().phase !== 'idle') return false;
    const problems = Object.values(store.getState().fieldProblems);
    if (problems.length > 0) {
      store.setState({ status: `Nothing started: ${problems.join('; ')}` });
      return false;
    }
    const { n, symmetry } = store.getState().settings;
    const question = confirmationQuestion(plan, { n, symmetry }, store.getState().rate, cores);
    return question === null || confirm(question);
  }

  function record(result: RunResult): void {
    store.setState((state) => ({ lastRun: result, rate: learnRate(state.rate, result, cores) }));
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
      if (isNamed(error, WORKERS_UNAVAILABLE)) noteWorkerProblem(error);
      if (isCurrent(ticket) && !isNamed(error, RUN_CANCELLED)) {
        store.setState({ error: describeError(error), status: 'The run failed' });
      }
    } finally {
      if (isCurrent(ticket)) store.setState({ phase: 'idle', activeMode: null, progress: null });
    }
  }

  const measuring: MeasuringContext = { engine, store, quiet, visibility, isCurrent, record };

  const actions: AppActions = {
    async warmPool() {
      try {
        await warmPool();
        await engine.warmMainThread();
      } catch (error) {
        if (isNamed(error, WORKERS_UNAVAILABLE)) noteWorkerProblem(error);
        else store.setState({ error: describeError(error) });
      }
    },

    run() {
      const { mode, workers, n } = store.getState().settings;
      if (!agreed([{ mode, workers, runs: 1 }])) return Promise.resolve();
      return guarded('running', async (ticket) => {
        const { split, symmetry, schedule } = store.getState().settings;
        store.setState({
          status: `${MODE_LABELS[mode]}: running N=${n} ${whereItRuns(mode, workers)}…`,
          activeMode: mode,
          progress: { kind: 'run', startedAt: performance.now(), expectedNodes: expectedNodes(n, symmetry) },
        });
        await quiet();
        if (!isCurrent(ticket)) return;
        visibility.begin();
        const result = await engine.run({ n, workers, split, symmetry, mode, schedule });
        if (!isCurrent(ticket)) return;
        record(result);
        const row = rowFromSamples(result, [result.ms], visibility.wasHidden(), 1);
        store.setState((state) => ({
          results: withRow(state.results, result, row, split),
          status: doneStatus(result),
        }));
      });
    },

    sweep() {
      const { mode, reps } = store.getState().settings;
      // A single-thread mode has one point to sweep: its one thread.
      const workers = threadsFor(mode, store.getState().settings.workers);
      const points = sweepWorkerCounts(workers);
      const plan = points.map((count) => ({ mode, workers: count, runs: reps + 1 }));
      if (!agreed([...plan, { mode, workers: 1, runs: 1 }])) return Promise.resolve();
      return guarded('sweeping', async (ticket) => {
        const { n, split, symmetry, schedule } = store.getState().settings;
        clearForMeasuring();
        const configurations = sweepWorkerCounts(workers).map((count) => ({
          n,
          workers: count,
          split,
          splitFor: workers,
          symmetry,
          mode,
          schedule,
        }));
        const settings = store.getState().settings;
        const outcome = await measureInto(
          measuring,
          ticket,
          `Sweep N=${n}, 1 to ${plural(workers, 'worker')}`,
          configurations,
          settings,
          precisionBetween(0, configurations.length - 1),
        );
        if (!isCurrent(ticket)) return;
        keepOutcome(outcome, `Sweep done: N=${n}, 1 to ${plural(workers, 'worker')}`);
        const finished = store.getState().results;
        const now = new Date();
        const saved =
          finished && sweepFromResults(finished, environment, now, newSweepId(now), globalThis.navigator?.userAgent);
        if (saved) history.save(saved);
      });
    },

    compare() {
      const settings = store.getState().settings;
      const { workers, reps } = settings;
      // Without shared memory the models that need it cannot run as themselves: they are left out, and said.
      const modes = availableModes(engine.canShareMemory);
      if (!agreed(modes.map((mode) => ({ mode, workers: threadsFor(mode, workers), runs: reps + 1 })))) {
        return Promise.resolve();
      }
      return guarded('comparing', async (ticket) => {
        clearForMeasuring();
        const { n, split, symmetry, schedule } = settings;
        const configurations = modes.map((mode) => ({
          n,
          workers: threadsFor(mode, workers),
          split,
          splitFor: workers,
          symmetry,
          mode,
          schedule,
        }));
        await measureInto(measuring, ticket, `Comparing models, N=${n}`, configurations, settings);
        if (!isCurrent(ticket)) return;
        const count = modes.length === MODES.length ? MODEL_COUNT_WORD : String(modes.length);
        const left = modes.length === MODES.length ? '' : ' (the shared-memory models need SharedArrayBuffer)';
        store.setState({ status: `Comparison done: N=${n}, ${count} models${left}, ${plural(workers, 'worker')}` });
      });
    },

    article() {
      const settings = store.getState().settings;
      const configurations = articleConfigurations(settings);
      const plan = configurations.map(({ mode, workers }) => ({ mode: mode!, workers, runs: settings.reps + 1 }));
      if (!agreed(plan)) return Promise.resolve();
      return guarded('experimenting', async (ticket) => {
        clearForMeasuring();
        const label = `The article's experiment, N=${settings.n}`;
        const shared = (workers: number) =>
          configurations.findIndex((c) => c.mode === 'shared' && c.workers === workers);
        const precision = precisionBetween(shared(1), shared(2));
        const outcome = await measureInto(measuring, ticket, label, configurations, settings, precision);
        if (!isCurrent(ticket)) return;
        keepOutcome(outcome, `${label}: done`);
      });
    },

    cancel() {
      const { phase } = store.getState();
      if (phase === 'idle') return;
      generation++;
      engine.cancel();
      const measuring = phase !== 'running';
      store.setState({
        phase: 'idle',
        status: measuring && resultsBefore ? 'Cancelled: showing the results from before it' : 'Cancelled',
        activeMode: null,
        progress: null,
        ...(measuring ? { results: resultsBefore } : {}),
      });
    },

    updateSettings(patch) {
      const next = { ...store.getState().settings, ...patch };
      store.setState({ settings: next });
      writeQuery?.(settingsQuery(next));
    },

    dismissNotices() {
      store.setState({ notices: [] });
    },

    reportField(key, problem) {
      store.setState((state) => {
        if (problem === null && !(key in state.fieldProblems)) return {};
        const others = Object.fromEntries(Object.entries(state.fieldProblems).filter(([field]) => field !== key));
        return { fieldProblems: problem === null ? others : { ...others, [key]: problem } };
      });
    },
  };

  return { store, actions, history };
}
