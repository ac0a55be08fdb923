import { costPoints } from '../core/cost';
import type { Symmetry } from '../core/symmetry';
import type { Schedule } from '../core/tasks';
import { runnableMode } from '../engine/modes';
import { measureInRounds, type Configuration } from '../engine/protocol';
import { MAX_WORKERS } from '../core/runBuffer';
import type { AppActions } from './appTypes';
import { expectedNodes } from './progress';
import { plannedRuns } from './requests';
import type { Session } from './session';

/** One measured point of the COST experiment: a search on some workers, its per-run times. */
export interface CostPoint {
  symmetry: Symmetry;
  workers: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** What its last timed run counted: every solution, and the distinct ones (all eight symmetries only). */
  solutions: number;
  distinct: number | null;
}

export interface CostState {
  n: number;
  /** Plain workers measured: 1 to the device's cores. */
  widest: number;
  /** The device's cores as the browser reports them (null: not reported). */
  cores: number | null;
  points: CostPoint[];
  /** The plain run's task costs (nodes) at the widest point and its schedule: to project past it. */
  taskCosts: Float64Array | null;
  schedule: Schedule;
  done: boolean;
}

/**
 * The COST experiment as an action: one worker with all eight symmetries against the plain solver on 1 to
 * the device's cores, at the page's N, interleaved round by round as a sweep is (engine/protocol.ts), so
 * a machine changing speed lands on every point alike.
 */
export function costAction(session: Session): Pick<AppActions, 'cost'> {
  const { store, engine, agreed, guarded, isCurrent, environment } = session;
  return {
    cost({ confirmed } = {}) {
      const settings = store.getState().settings;
      const { n, split, schedule, reps } = settings;
      const widest = Math.min(MAX_WORKERS, Math.max(1, environment.cores ?? settings.workers));
      // By message where there is no shared memory: the comparison of the searches holds either way.
      const mode = runnableMode('shared', engine.canShareMemory);
      const base = { n, split, schedule, mode };
      // The symmetric worker's split is sized for itself; the plain points share one split, sized for the widest.
      const configurations: Configuration[] = costPoints(widest).map((point) => ({
        ...base,
        ...point,
        splitFor: point.symmetry === 'all' ? 1 : widest,
      }));
      if (!agreed(plannedRuns(configurations, reps), confirmed)) return Promise.resolve();
      return guarded('costing', async (ticket) => {
        store.setState({
          cost: { n, widest, cores: environment.cores, points: [], taskCosts: null, schedule, done: false },
        });
        const label = `COST, N=${n}: one worker with all eight symmetries against 1 to ${widest} plain`;
        await measureInRounds(engine, configurations, reps, {
          shouldStop: () => !isCurrent(ticket),
          quiet: session.quiet,
          onRound: (round, rounds) => {
            if (!isCurrent(ticket)) return;
            store.setState({
              status: `${label}: ${round === 0 ? 'warm-up' : `round ${round} of ${rounds}`}…`,
              progress: {
                kind: 'measure',
                startedAt: performance.now(),
                expectedNodes: expectedNodes(n, 'none'),
                passes: reps + 1,
                pass: round,
                steps: configurations.length,
                step: 0,
              },
            });
          },
          beforeRun: (configuration, index) =>
            store.setState((state) => ({
              activeMode: configuration.mode ?? mode,
              // The fixed-cost run (-1) is none of the points: the bar stays where it is.
              progress:
                state.progress?.kind === 'measure' && index >= 0 ? { ...state.progress, step: index } : state.progress,
            })),
          onPoints: (measured) => {
            if (!isCurrent(ticket)) return;
            session.record(measured[measured.length - 1].last);
            const widestPlain = measured.find(
              (point) => point.configuration.symmetry === 'none' && point.configuration.workers === widest,
            );
            const points = measured.map(({ configuration, medianMs, minMs, maxMs, last }) => ({
              symmetry: configuration.symmetry ?? 'none',
              workers: configuration.workers,
              medianMs,
              minMs,
              maxMs,
              solutions: last.solutions,
              distinct: last.distinct,
            }));
            store.setState((state) => ({
              cost: state.cost && {
                ...state.cost,
                points,
                taskCosts: widestPlain ? widestPlain.last.timeline.nodes : state.cost.taskCosts,
              },
            }));
          },
        });
        if (!isCurrent(ticket)) return;
        store.setState((state) => ({ cost: state.cost && { ...state.cost, done: true }, status: `${label}: done` }));
      });
    },
  };
}
