import { measureRaces, RACE_MAX_N, RACE_RUNS, raceConfigurations } from '../engine/races';
import type { AppActions } from './appTypes';
import { expectedNodes } from './progress';
import type { RaceState } from './raceFindings';
import type { Session } from './session';
import { plural } from './words';

/** The experiment needs at least two workers to race; by default it has the device's cores. */
export const RACE_MIN_WORKERS = 2;

/** The thread-safety experiment as an action: refused where it cannot run, measured into the store. */
export function raceAction(session: Session): Pick<AppActions, 'races'> {
  const { store, engine, agreed, guarded, isCurrent } = session;
  return {
    races({ confirmed, runs = RACE_RUNS } = {}) {
      const settings = store.getState().settings;
      if (store.getState().phase !== 'idle') return Promise.resolve();
      if (!engine.canShareMemory) {
        store.setState({
          status:
            'Nothing started: the thread-safety experiment races workers over shared memory, which this page does not have',
        });
        return Promise.resolve();
      }
      if (settings.n > RACE_MAX_N) {
        store.setState({
          status: `Nothing started: the thread-safety experiment runs N up to ${RACE_MAX_N} (every solution takes a lock in one of its ways)`,
        });
        return Promise.resolve();
      }
      const { n, split } = settings;
      const workers = Math.max(RACE_MIN_WORKERS, settings.workers);
      const configurations = raceConfigurations(workers);
      const plan = configurations.map((c) => ({ mode: 'shared' as const, workers: c.workers, runs: runs + 1 }));
      if (!agreed(plan, confirmed)) return Promise.resolve();
      return guarded('racing', async (ticket) => {
        const label = `Thread safety, N=${n} on ${plural(workers, 'worker')}`;
        const show = (patch: Partial<RaceState>) =>
          store.setState((state) => ({ races: state.races && { ...state.races, ...patch } }));
        store.setState({ races: { n, workers, runs, rows: [], done: false } });
        await session.quiet();
        if (!isCurrent(ticket)) return;
        const steps = configurations.length;
        await measureRaces(
          engine,
          { n, workers, split, runs },
          {
            shouldStop: () => !isCurrent(ticket),
            quiet: session.quiet,
            beforeRun: (configuration, round) => {
              const step = configurations.indexOf(configuration);
              store.setState({
                activeMode: 'shared',
                status: `${label}: ${round === 0 ? 'warm-up' : `run ${round} of ${runs}`}…`,
                progress: {
                  kind: 'measure',
                  startedAt: performance.now(),
                  expectedNodes: expectedNodes(n, 'none'),
                  passes: runs + 1,
                  pass: round,
                  steps,
                  step,
                },
              });
            },
            onRun: (rows, result) => {
              if (!isCurrent(ticket)) return;
              session.record(result);
              show({ rows: rows.map((row) => ({ ...row, runs: [...row.runs] })) });
            },
          },
        );
        if (!isCurrent(ticket)) return;
        show({ done: true });
        store.setState({ status: `${label}: done` });
      });
    },
  };
}
