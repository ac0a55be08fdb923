import { afterEach, describe, expect, it } from 'vitest';
import { createRunBuffer, HEADER, type RunBuffer } from '../../src/core/runBuffer';
import type { RunOrder } from '../../src/core/runOrder';
import { splitTasks } from '../../src/core/split';
import { WARM_UP_MS } from '../../src/core/warmUp';
import type { WorkerHandle } from '../../src/engine/workerHandle';
import { inProcessWorkerFactory } from '../support/inProcessWorkers';

/** The order the engine would send worker `workerIndex` of a one-worker free run. */
const orderFor = (run: RunBuffer, workerIndex = 0, behaviour: RunOrder['behaviour'] = 'free'): RunOrder => ({
  buffer: run.buffer as SharedArrayBuffer,
  workerIndex,
  workers: 1,
  schedule: 'dynamic',
  behaviour,
});

describe('worker API over a MessageChannel (Comlink)', () => {
  let worker: WorkerHandle;
  afterEach(() => worker.terminate());

  it('warms up and counts a whole board', async () => {
    worker = inProcessWorkerFactory();
    // It warms for its whole budget, on the worker's thread, before it answers.
    expect(await worker.api.warm()).toBeGreaterThanOrEqual(WARM_UP_MS);
    expect(await worker.api.countSolutions(8)).toBe(92);
  });

  it('an error thrown in the solver arrives with its name, message and the stack where it was thrown', async () => {
    worker = inProcessWorkerFactory();
    const error = (await worker.api.countSolutions(25).catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ name: 'SolverInputError', message: 'N must be an integer from 1 to 20, got 25' });
    expect(error.stack).toMatch(/assertBoardSize/);
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
    const report = await worker.api.runShared(orderFor(run, 3));
    expect(report).toEqual({ tasksRun: run.taskCount, cancelled: false });
    expect(run.solutions.reduce((a, b) => a + b, 0)).toBe(352);
    expect(Array.from(run.owner).every((owner) => owner === 3)).toBe(true);
  });

  it('stops claiming when the shared cancel flag is up', async () => {
    worker = inProcessWorkerFactory();
    const run = createRunBuffer(splitTasks(9, 2), true);
    Atomics.store(run.header, HEADER.cancel, 1);
    expect(await worker.api.runShared(orderFor(run))).toEqual({
      tasksRun: 0,
      cancelled: true,
    });
  });

  it('a run order the worker refuses comes back over the run lane as an error with its name', async () => {
    worker = inProcessWorkerFactory();
    const run = createRunBuffer(splitTasks(9, 2), true);
    run.header[HEADER.n] = 99;
    const error = await worker.api.runShared(orderFor(run)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'SolverInputError' });
    expect((error as Error).message).toMatch(/1 to 20/);
    expect((error as Error).stack).toMatch(/assertBoardSize/);
  });

  it('a run order naming no behaviour the worker knows is refused, by name, before any task is claimed', async () => {
    worker = inProcessWorkerFactory();
    const run = createRunBuffer(splitTasks(9, 2), true);
    const unknown = { ...orderFor(run), behaviour: 'toString' } as unknown as RunOrder;
    const error = await worker.api.runShared(unknown).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TypeError', message: 'No worker behaviour called "toString"' });
    expect(Atomics.load(run.header, HEADER.cursor)).toBe(0);
  });

  it('the behind-lock behaviour counts the whole board one turn at a time', async () => {
    worker = inProcessWorkerFactory();
    const run = createRunBuffer(splitTasks(9, 2), true);
    expect(await worker.api.runShared(orderFor(run, 0, 'behind-lock'))).toEqual({
      tasksRun: run.taskCount,
      cancelled: false,
    });
    expect(run.solutions.reduce((a, b) => a + b, 0)).toBe(352);
    expect(Atomics.load(run.header, HEADER.lock)).toBe(0);
  });
});
