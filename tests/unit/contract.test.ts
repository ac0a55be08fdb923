import { afterEach, describe, expect, it } from 'vitest';
import { createRunBuffer, HEADER } from '../../src/core/runBuffer';
import { splitTasks } from '../../src/core/split';
import type { WorkerHandle } from '../../src/engine/workerHandle';
import { inProcessWorkerFactory } from '../support/inProcessWorkers';

describe('worker API over a MessageChannel (Comlink)', () => {
  let worker: WorkerHandle;
  afterEach(() => worker.terminate());

  it('warms up and counts a whole board', async () => {
    worker = inProcessWorkerFactory();
    expect(await worker.api.warm()).toBeGreaterThanOrEqual(0);
    expect(await worker.api.countSolutions(8)).toBe(92);
  });

  it('an error thrown in the solver arrives with its name and message', async () => {
    worker = inProcessWorkerFactory();
    await expect(worker.api.countSolutions(25)).rejects.toMatchObject({
      name: 'SolverInputError',
      message: 'N must be an integer from 1 to 20, got 25',
    });
  });

  it('runs a copied chunk of tasks and returns their copied results in order', async () => {
    worker = inProcessWorkerFactory();
    const tasks = splitTasks(8, 1);
    const outcomes = await worker.api.runTasks(8, tasks.data);
    expect(outcomes).toHaveLength(8);
    expect(outcomes!.reduce((sum, outcome) => sum + outcome.solutions, 0)).toBe(92);
    // Column 0 of the first row holds 4 of the 92 solutions, column 1 holds 8.
    expect(outcomes!.slice(0, 2).map((outcome) => outcome.solutions)).toEqual([4, 8]);
    for (const outcome of outcomes!) expect(outcome.endedAt).toBeGreaterThanOrEqual(outcome.startedAt);
  });

  it('claims every task of a shared buffer and writes the results in place', async () => {
    worker = inProcessWorkerFactory();
    const run = createRunBuffer(splitTasks(9, 2), true);
    const report = await worker.api.runShared(run.buffer as SharedArrayBuffer, 3, 1, 'dynamic');
    expect(report).toEqual({ tasksRun: run.taskCount, cancelled: false });
    expect(run.solutions.reduce((a, b) => a + b, 0)).toBe(352);
    expect(Array.from(run.owner).every((owner) => owner === 3)).toBe(true);
  });

  it('stops claiming when the shared cancel flag is up', async () => {
    worker = inProcessWorkerFactory();
    const run = createRunBuffer(splitTasks(9, 2), true);
    Atomics.store(run.header, HEADER.cancel, 1);
    expect(await worker.api.runShared(run.buffer as SharedArrayBuffer, 0, 1, 'dynamic')).toEqual({
      tasksRun: 0,
      cancelled: true,
    });
  });

  it('a run order the worker refuses comes back over the run lane as an error with its name', async () => {
    worker = inProcessWorkerFactory();
    const run = createRunBuffer(splitTasks(9, 2), true);
    run.header[HEADER.n] = 99;
    const error = await worker.api.runShared(run.buffer as SharedArrayBuffer, 0, 1, 'dynamic').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'SolverInputError' });
    expect((error as Error).message).toMatch(/1 to 20/);
  });
});
