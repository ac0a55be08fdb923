import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine';
import { isNamed, WORKER_FAILED, WORKER_TIMEOUT, WORKERS_UNAVAILABLE } from '../../src/engine/errors';
import { faultyWorkers } from '../support/faultyWorkers';

describe('worker faults', () => {
  it.each(['shared', 'message'] as const)(
    'a worker crash mid-run (%s) fails the run by name, the pool is rebuilt, and the next run is correct',
    async (mode) => {
      const workers = faultyWorkers();
      const engine = new Engine(workers.factory, true);
      await engine.prepare(2);
      // The crash comes as the run is about to start its clock: the run must still fail by name.
      const stopWatching = engine.subscribe((live) => {
        if (live) workers.crash('a worker crashed: Uncaught Error: boom');
      });
      const run = engine.run({ n: 12, workers: 2, split: 2, mode });
      const error = await run.catch((e: unknown) => e);
      expect(isNamed(error, WORKER_FAILED)).toBe(true);
      expect((error as Error).message).toContain('boom');
      expect(engine.poolSize).toBe(0);
      stopWatching();
      expect((await engine.run({ n: 10, workers: 2, split: 2, mode })).solutions).toBe(724);
      expect(workers.created()).toBe(4);
      engine.dispose();
    },
  );

  it('a worker script that fails to load is tried again before workers are given up on', async () => {
    const flaky = faultyWorkers({ failToLoad: 2 });
    const engine = new Engine(flaky.factory, true);
    expect((await engine.run({ n: 10, workers: 2, split: 2, mode: 'shared' })).solutions).toBe(724);
    expect(flaky.created()).toBe(4);
    engine.dispose();

    const broken = faultyWorkers({ failToLoad: 100 });
    const error = await new Engine(broken.factory, true).prepare(1).catch((e: unknown) => e);
    expect(isNamed(error, WORKERS_UNAVAILABLE)).toBe(true);
    expect((error as Error).message).toContain('failed to load or run, 3 times: a worker could not start or crashed');
  });

  it('a worker that never answers is timed out at start-up', async () => {
    const engine = new Engine(faultyWorkers({ silent: true }).factory, true, { startTimeoutMs: 50 });
    const error = await engine.run({ n: 8, workers: 2, split: 2 }).catch((e: unknown) => e);
    expect(isNamed(error, WORKER_TIMEOUT)).toBe(true);
    expect(engine.busy).toBe(false);
    expect(engine.poolSize).toBe(0);
  });

  it.each(['shared', 'message'] as const)(
    'a worker that stops answering mid-run (%s) is timed out and the pool rebuilt',
    async (mode) => {
      const engine = new Engine(faultyWorkers({ hangOnRun: true }).factory, true, { stallMs: 100 });
      const error = await engine.run({ n: 10, workers: 2, split: 2, mode }).catch((e: unknown) => e);
      expect(isNamed(error, WORKER_TIMEOUT)).toBe(true);
      expect((error as Error).message).toMatch(/worker \d stopped responding/);
      expect(engine.poolSize).toBe(0);
      expect(engine.busy).toBe(false);
    },
  );

  it('when workers cannot be created the worker modes say why and the main-thread modes still count', async () => {
    const engine = new Engine(faultyWorkers({ refuse: 'Worker is not defined' }).factory, true);
    const error = await engine.run({ n: 8, workers: 2, split: 2, mode: 'shared' }).catch((e: unknown) => e);
    expect(isNamed(error, WORKERS_UNAVAILABLE)).toBe(true);
    expect((error as Error).message).toContain('Worker is not defined');
    expect((await engine.run({ n: 8, workers: 2, split: 2, mode: 'main' })).solutions).toBe(92);
    expect((await engine.run({ n: 8, workers: 2, split: 2, mode: 'cooperative' })).solutions).toBe(92);
  });
});
