import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { knownSolutions } from '../../src/core/known';
import { Engine } from '../../src/engine/engine';
import { MODES } from '../../src/engine/modes';
import { measureInRounds } from '../../src/engine/protocol';
import { forgetTimedRuns, TIMED_RUN, type TimedRunDetail } from '../../src/engine/runClock';
import { inProcessWorkerFactory } from '../support/inProcessWorkers';

const measures = () =>
  (performance.getEntriesByName(TIMED_RUN, 'measure') as PerformanceMeasure[]).map((entry) => ({
    duration: entry.duration,
    detail: entry.detail as TimedRunDetail,
  }));

describe('every timed window is a `timed run` measure', () => {
  let engine: Engine;
  beforeEach(() => {
    forgetTimedRuns();
    engine = new Engine(inProcessWorkerFactory, true);
  });
  afterEach(() => engine.dispose());

  it.each(MODES)('%s: one measure per sample, as long as the time it reports', async (mode) => {
    const repeat = 3;
    const result = await engine.run({ n: 9, workers: 2, split: 2, mode, repeat });
    expect(result.solutions).toBe(knownSolutions(9));
    const [window, ...more] = measures();
    expect(more).toHaveLength(0);
    expect(window.detail).toMatchObject({ purpose: 'sample', mode: result.mode, n: 9, repeat });
    expect(window.detail.workers).toBe(result.workers);
    // The result's time per run is the window divided by its runs: the clock and the measure are one.
    expect(window.duration / repeat).toBeCloseTo(result.ms, 6);
    expect(window.detail.firstTaskWaitMs).toBeLessThan(window.duration);
  });

  it("a measurement's samples are measures named as samples, its sizing runs named as such, and no earlier ones kept", async () => {
    await engine.run({ n: 8, workers: 1, split: 2 });
    const reps = 3;
    const configurations = [1, 2].map((workers) => ({ n: 9, workers, split: 2 as const }));
    const outcome = await measureInRounds(engine, configurations, reps);
    const byPurpose = (purpose: string) => measures().filter((m) => m.detail.purpose === purpose);
    const samples = byPurpose('sample');
    expect(samples).toHaveLength(outcome.points.reduce((sum, point) => sum + point.samplesMs.length, 0));
    for (const point of outcome.points) {
      const mine = samples.filter((m) => m.detail.workers === point.configuration.workers);
      expect(mine.map((m) => m.duration / m.detail.repeat)).toEqual(
        point.samplesMs.map((ms) => expect.closeTo(ms, 6) as unknown as number),
      );
      expect(mine.every((m) => m.detail.repeat === point.runsPerSample)).toBe(true);
    }
    expect(byPurpose('warm-up').length).toBeGreaterThanOrEqual(configurations.length);
    expect(byPurpose('fixed cost')).toHaveLength(1);
    expect(measures()).toHaveLength(samples.length + byPurpose('warm-up').length + 1);
  });
});
