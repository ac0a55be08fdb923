import { describe, expect, it, vi } from 'vitest';
import {
  FIXED_COST_N,
  MAX_ROUNDS,
  measureInRounds,
  MIN_POINT_MS,
  MIN_SAMPLE_MS,
  runsPerSample,
  type Precision,
} from '../../src/engine/protocol';
import { fakeEngine } from '../support/fakeEngine';

const sweep = (counts: number[], n = 14) =>
  counts.map((workers) => ({ n, workers, split: 'auto' as const, splitFor: Math.max(...counts) }));

describe('runsPerSample (the batching rule)', () => {
  it('is 1 when one run already fills a sample and the point gets enough timed work', () => {
    expect(runsPerSample(150, 3)).toBe(1);
    expect(runsPerSample(MIN_POINT_MS, 1)).toBe(1);
  });

  it('makes each sample last MIN_SAMPLE_MS and each point MIN_POINT_MS', () => {
    for (const [runMs, reps] of [
      [0.3, 3],
      [2.4, 5],
      [15, 3],
      [0.05, 20],
    ] as const) {
      const k = runsPerSample(runMs, reps);
      expect(k * runMs, `${runMs} ms × ${k}`).toBeGreaterThanOrEqual(MIN_SAMPLE_MS);
      expect(k * runMs * reps).toBeGreaterThanOrEqual(MIN_POINT_MS);
      // No bigger than needed: one run fewer would miss one of the two floors.
      const fewer = k - 1;
      expect(fewer * runMs < MIN_SAMPLE_MS || fewer * runMs * reps < MIN_POINT_MS).toBe(true);
    }
    expect(runsPerSample(0.5, 5)).toBe(80);
  });
});

describe('measureInRounds (the sweep protocol)', () => {
  it('prepares the pool, warms each point untimed, measures the fixed cost, then times the points in rounds', async () => {
    const engine = fakeEngine((r) => (r.n === FIXED_COST_N ? 0.05 : 300 / r.workers));
    const { points } = await measureInRounds(engine, sweep([1, 2, 4]), 3);
    const runs = engine.calls.filter((c) => c.kind === 'run').map((c) => `${c.request!.n}:${c.request!.workers}`);
    expect(engine.calls[0]).toEqual({ kind: 'prepare', workers: 4 });
    expect(engine.calls.some((c) => c.kind === 'warmMainThread')).toBe(false);
    // Warm-up pass (1, 2, 4, the shorter ones again until each has had WARM_UP_WORK_MS of work), the
    // fixed-cost run, then three rounds visiting 1, 2, 4 in turn.
    expect(runs).toEqual([
      '14:1',
      '14:2',
      '14:2',
      '14:4',
      '14:4',
      '4:4',
      ...Array(3).fill(['14:1', '14:2', '14:4']).flat(),
    ]);
    const warmUp = engine.calls.filter((c) => c.kind === 'run').slice(0, 5);
    expect(warmUp.map((c) => c.request!.repeat)).toEqual([1, 1, 1, 1, 3]);
    expect(points.map((p) => p.samplesMs)).toEqual([
      [300, 300, 300],
      [150, 150, 150],
      [75, 75, 75],
    ]);
    expect(points.every((p) => p.runsPerSample === 1)).toBe(true);
  });

  it('warms the page thread for a main-thread mode, and only then', async () => {
    const engine = fakeEngine(() => 100);
    await measureInRounds(engine, [{ n: 14, workers: 1, split: 'auto', mode: 'main' }], 1);
    expect(engine.calls.map((c) => c.kind).slice(0, 2)).toEqual(['warmMainThread', 'run']);
    expect(engine.calls.some((c) => c.kind === 'prepare')).toBe(false);
  });

  it('batches a short run into samples of several runs, and re-sizes from the batch', async () => {
    // The first run is slow (cold); batched runs are 0.5 ms on 1 worker, 0.25 ms on 2.
    let first = true;
    const engine = fakeEngine((r) => {
      if (r.n === FIXED_COST_N) return 0.05;
      const slow = first;
      first = false;
      return slow ? 5 : 0.5 / r.workers;
    });
    const { points } = await measureInRounds(engine, sweep([1, 2], 11), 5);
    expect(points.map((p) => p.runsPerSample)).toEqual([runsPerSample(0.5, 5), runsPerSample(0.25, 5)]);
    const timed = engine.calls.filter((c) => c.kind === 'run').slice(-2);
    expect(timed.map((c) => c.request!.repeat)).toEqual(points.map((p) => p.runsPerSample));
    for (const point of points) expect(point.last.repeat).toBe(point.runsPerSample);
  });

  it('times nothing until the page is quiet, and waits again before every sample', async () => {
    const engine = fakeEngine(() => 100);
    const order: string[] = [];
    let release: () => void = () => undefined;
    const firstQuiet = new Promise<void>((resolve) => (release = resolve));
    let quiets = 0;
    const running = measureInRounds(engine, sweep([1, 2]), 2, {
      quiet: () => {
        order.push(`quiet ${engine.calls.filter((c) => c.kind === 'run').length}`);
        return quiets++ === 0 ? firstQuiet : Promise.resolve();
      },
    });
    await vi.waitFor(() => expect(order).toEqual(['quiet 0']));
    expect(engine.calls.filter((c) => c.kind === 'run')).toHaveLength(0);
    release();
    await running;
    // Before the warm-up pass (no run yet), then before every timed sample of the two rounds.
    expect(order).toEqual(['quiet 0', 'quiet 5', 'quiet 6', 'quiet 7', 'quiet 8']);
  });

  it('reports a drift between the first and last round of the first point', async () => {
    let oneWorkerRuns = 0;
    const engine = fakeEngine((r) => (r.workers === 1 && r.n !== FIXED_COST_N ? 100 + 10 * oneWorkerRuns++ : 50));
    const { drift } = await measureInRounds(engine, sweep([1, 2]), 3);
    // Timed samples 120, 130, 140 (the warm-up runs were 100 and 110): (140 - 120) / 130.
    expect(drift).toBeCloseTo(20 / 130, 10);
  });

  it('stops between runs once its owner says so', async () => {
    const engine = fakeEngine(() => 100);
    let runs = 0;
    const stopped = measureInRounds(engine, sweep([1, 2]), 3, { shouldStop: () => ++runs > 4 });
    await expect(stopped).rejects.toMatchObject({ name: 'RunCancelled' });
    expect(engine.calls.filter((c) => c.kind === 'run')).toHaveLength(4);
  });
});

describe('sampling until the efficiency is known', () => {
  const precision: Precision = { baseline: 0, target: 1, halfWidth: 0.02, budgetMs: 60_000 };
  const timed = (engine: ReturnType<typeof fakeEngine>, workers: number) =>
    engine.calls.filter((c) => c.kind === 'run' && c.request!.workers === workers && c.request!.n === 14).length;

  it('a steady machine: stops as soon as six paired rounds pin it within ±0.02', async () => {
    const engine = fakeEngine((r) => (r.n === FIXED_COST_N ? 0.05 : r.workers === 1 ? 300 : 150 / 0.96));
    const { known, points } = await measureInRounds(engine, sweep([1, 2]), 3, { precision });
    expect(known).toMatchObject({ workers: 2, rounds: 6, precise: true, stoppedBy: 'precise', confidence: 0.95 });
    expect(known!.interval.low).toBeCloseTo(0.96, 10);
    expect(known!.interval.high).toBeCloseTo(0.96, 10);
    expect(points[1].samplesMs).toHaveLength(6);
  });

  it('a noisy machine: keeps sampling up to the round limit, and says it is not precise', async () => {
    let call = 0;
    // Samples that move ±20% in no pattern (a fixed pseudo-random sequence).
    const engine = fakeEngine((r) =>
      r.n === FIXED_COST_N ? 0.05 : (300 / r.workers) * (1 + 0.2 * Math.sin(1.7 * call++)),
    );
    const { known } = await measureInRounds(engine, sweep([1, 2]), 3, { precision });
    expect(known!.rounds).toBe(MAX_ROUNDS);
    expect(known!.precise).toBe(false);
    expect(known!.stoppedBy).toBe('rounds');
    expect(timed(engine, 2)).toBeGreaterThanOrEqual(MAX_ROUNDS);
  });

  it('out of time: no extra round starts that would end past the budget, and it says so', async () => {
    let call = 0;
    const engine = fakeEngine((r) =>
      r.n === FIXED_COST_N ? 0.05 : (300 / r.workers) * (1 + 0.2 * Math.sin(1.7 * call++)),
    );
    const { known } = await measureInRounds(engine, sweep([1, 2]), 3, { precision: { ...precision, budgetMs: 0 } });
    expect(known).toMatchObject({ rounds: 3, stoppedBy: 'budget', precise: false });
  });

  it('a board too small to show scaling gets exactly the rounds asked for', async () => {
    const engine = fakeEngine((r) => (r.n === FIXED_COST_N ? 0.05 : 300 / r.workers));
    const { known } = await measureInRounds(engine, sweep([1, 2]), 3, { precision, worthRefining: () => false });
    expect(known).toMatchObject({ rounds: 3, stoppedBy: 'not-refined', confidence: null });
  });
});
