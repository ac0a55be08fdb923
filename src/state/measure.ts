import { DEFAULT_MODE } from '../engine/modes';
import {
  measureInRounds,
  type Configuration,
  type MeasuredPoint,
  type MeasuringEngine,
  type Precision,
} from '../engine/protocol';
import type { RunResult } from '../engine/runResult';
import type { AppState } from './appTypes';
import { expectedNodes } from './progress';
import { rowFromSamples, showsScaling, withRow, type ResultSet } from './results';
import type { Settings } from './settings';
import type { Store } from './store';
import type { VisibilityWatch } from './visibility';

/** How well a sweep pins its headline efficiency down, and the most extra time it may spend on that. */
export const PRECISION_HALF_WIDTH = 0.02;
export const PRECISION_BUDGET_MS = 10_000;

/** Sampling until configuration `target`'s efficiency against `baseline` is known; none for a one-point sweep. */
export function precisionBetween(baseline: number, target: number): Precision | undefined {
  return baseline === target || baseline < 0 || target < 0
    ? undefined
    : { baseline, target, halfWidth: PRECISION_HALF_WIDTH, budgetMs: PRECISION_BUDGET_MS };
}

/** What a sweep or a comparison needs from the app to measure into its store. */
export interface MeasuringContext {
  engine: MeasuringEngine;
  store: Store<AppState>;
  quiet: () => Promise<void>;
  visibility: VisibilityWatch;
  /** False once the measurement was cancelled or superseded: it then writes nothing. */
  isCurrent: (ticket: number) => boolean;
  record: (result: RunResult) => void;
}

/** The protocol's points as table rows: each point's median, spread and samples. */
function showPoints(context: MeasuringContext, points: MeasuredPoint[], split: Settings['split']): void {
  const { store, visibility } = context;
  const results = points.reduce<ResultSet | null>((set, point) => {
    const row = rowFromSamples(
      point.last,
      point.samplesMs,
      visibility.wasHidden(),
      point.runsPerSample,
      point.activity,
    );
    return withRow(set, point.last, row, split);
  }, null);
  store.setState({ results });
}

/** Times the configurations in interleaved rounds (engine/protocol.ts), showing points as they come. */
export async function measureInto(
  context: MeasuringContext,
  ticket: number,
  label: string,
  configurations: Configuration[],
  settings: Settings,
  precision?: Precision,
) {
  const { engine, store, quiet, visibility, isCurrent, record } = context;
  visibility.begin();
  const passes = settings.reps + 1;
  const steps = configurations.length;
  const nodes = expectedNodes(settings.n, settings.symmetry);
  store.setState({
    progress: {
      kind: 'measure',
      startedAt: performance.now(),
      expectedNodes: nodes,
      passes,
      pass: 0,
      steps,
      step: 0,
    },
  });
  const moveTo = (place: { pass?: number; step?: number }) =>
    store.setState((state) =>
      state.progress?.kind === 'measure' ? { progress: { ...state.progress, ...place } } : {},
    );
  const outcome = await measureInRounds(engine, configurations, settings.reps, {
    shouldStop: () => !isCurrent(ticket),
    quiet,
    precision,
    // A board too small to show scaling stays too small however long it is sampled.
    worthRefining: (fixedCostMs, points) => {
      const target = points.find((point) => point.configuration === configurations[precision!.target]);
      return target !== undefined && showsScaling(fixedCostMs, target.medianMs);
    },
    onRound: (round, rounds) => {
      if (!isCurrent(ticket)) return;
      if (rounds === 0 && precision) {
        const workers = configurations[precision.target].workers;
        store.setState({
          status: `${label}: round ${round}, until the ${workers}-worker efficiency is known within ±${precision.halfWidth * 100} points (at most ${precision.budgetMs / 1000} s more)…`,
        });
        store.setState((state) =>
          state.progress?.kind === 'measure'
            ? { progress: { ...state.progress, passes: round + 1, pass: round, step: 0 } }
            : {},
        );
        return;
      }
      const step = round === 0 ? 'warm-up' : `round ${round} of ${rounds}`;
      store.setState({ status: `${label}: ${step}…` });
      moveTo({ pass: round, step: 0 });
    },
    beforeRun: (configuration, step) => {
      store.setState({ activeMode: configuration.mode ?? DEFAULT_MODE });
      // The fixed-cost run (-1) is not one of the configurations: it moves nothing.
      if (step >= 0) moveTo({ step });
    },
    onPoints: (points) => {
      if (!isCurrent(ticket)) return;
      const last = points[points.length - 1];
      record(last.last);
      showPoints(context, points, settings.split);
    },
  });
  return outcome;
}
