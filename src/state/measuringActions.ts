import { MODEL_COUNT_WORD, MODES, MODE_LABELS } from '../engine/modes';
import type { AppActions } from './appTypes';
import { newSweepId, sweepFromResults } from './interchange/build';
import { measureInto, precisionBetween } from './measure';
import { expectedNodes } from './progress';
import {
  articleConfigurations,
  compareConfigurations,
  plannedRuns,
  runConfiguration,
  sweepConfigurations,
} from './requests';
import { rowFromSamples, withRow } from './results';
import type { Session } from './session';
import { doneStatus, plural, whereItRuns } from './words';

/** The four ways to measure: one run, a sweep of worker counts, a comparison of models, the article's experiment. */
export function measuringActions(session: Session): Pick<AppActions, 'run' | 'sweep' | 'compare' | 'article'> {
  const { store, engine, agreed, guarded, isCurrent, measuring } = session;

  return {
    run({ confirmed } = {}) {
      const settings = store.getState().settings;
      const configuration = runConfiguration(settings);
      const { mode, n } = settings;
      if (!agreed(plannedRuns([configuration], 0), confirmed)) return Promise.resolve();
      return guarded('running', async (ticket) => {
        store.setState({
          status: `${MODE_LABELS[mode]}: running N=${n} ${whereItRuns(mode, settings.workers)}…`,
          activeMode: mode,
          progress: { kind: 'run', startedAt: performance.now(), expectedNodes: expectedNodes(n, settings.symmetry) },
        });
        await session.quiet();
        if (!isCurrent(ticket)) return;
        session.visibility.begin();
        const result = await engine.run(configuration);
        if (!isCurrent(ticket)) return;
        session.record(result);
        const row = rowFromSamples(result, [result.ms], session.visibility.wasHidden(), 1);
        store.setState((state) => ({
          results: withRow(state.results, result, row, settings.split),
          status: doneStatus(result),
        }));
      });
    },

    sweep({ confirmed, refine = true, prediction } = {}) {
      const settings = store.getState().settings;
      const configurations = sweepConfigurations(settings);
      // One more run than the points: the fixed cost is measured once, on one worker.
      const plan = [...plannedRuns(configurations, settings.reps), { mode: settings.mode, workers: 1, runs: 1 }];
      if (!agreed(plan, confirmed)) return Promise.resolve();
      return guarded('sweeping', async (ticket) => {
        session.clearForMeasuring();
        const { n } = settings;
        const widest = plural(configurations[configurations.length - 1].workers, 'worker');
        const outcome = await measureInto(
          measuring,
          ticket,
          `Sweep N=${n}, 1 to ${widest}`,
          configurations,
          settings,
          refine ? precisionBetween(0, configurations.length - 1) : undefined,
        );
        if (!isCurrent(ticket)) return;
        session.keepOutcome(outcome, `Sweep done: N=${n}, 1 to ${widest}`);
        if (prediction) store.setState((state) => ({ results: state.results && { ...state.results, prediction } }));
        const finished = store.getState().results;
        const now = new Date();
        const { environment } = session;
        const saved = finished && sweepFromResults(finished, environment, now, newSweepId(now), environment.userAgent);
        if (saved) session.history.save(saved);
      });
    },

    compare() {
      const settings = store.getState().settings;
      // Without shared memory the models that need it cannot run as themselves: they are left out, and said.
      const configurations = compareConfigurations(settings, engine.canShareMemory);
      if (!agreed(plannedRuns(configurations, settings.reps))) return Promise.resolve();
      return guarded('comparing', async (ticket) => {
        session.clearForMeasuring();
        const { n, workers } = settings;
        await measureInto(measuring, ticket, `Comparing models, N=${n}`, configurations, settings);
        if (!isCurrent(ticket)) return;
        const all = configurations.length === MODES.length;
        const count = all ? MODEL_COUNT_WORD : String(configurations.length);
        const left = all ? '' : ' (the shared-memory models need SharedArrayBuffer)';
        store.setState({ status: `Comparison done: N=${n}, ${count} models${left}, ${plural(workers, 'worker')}` });
      });
    },

    article() {
      const settings = store.getState().settings;
      const configurations = articleConfigurations(settings);
      if (!agreed(plannedRuns(configurations, settings.reps))) return Promise.resolve();
      return guarded('experimenting', async (ticket) => {
        session.clearForMeasuring();
        const label = `The article's experiment, N=${settings.n}`;
        const shared = (workers: number) =>
          configurations.findIndex((c) => c.mode === 'shared' && c.workers === workers);
        const precision = precisionBetween(shared(1), shared(2));
        const outcome = await measureInto(measuring, ticket, label, configurations, settings, precision);
        if (!isCurrent(ticket)) return;
        session.keepOutcome(outcome, `${label}: done`);
      });
    },
  };
}
