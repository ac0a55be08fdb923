import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRunBuffer, HEADER, type RunBuffer } from '../../src/core/runBuffer';
import type { RunOrder } from '../../src/core/runOrder';
import { splitTasks } from '../../src/core/split';
import { wallClock } from '../../src/core/clock';
import { firstTaskWaitMs, resetStartLine, sampleStartedAt } from '../../src/core/startLine';
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
  repeat: 1,
  sample: 1,
});

/** A fresh start line, then the order, as the engine sends it. */
function runSample(worker: WorkerHandle, run: RunBuffer, order: RunOrder) {
  resetStartLine(run);
  return worker.api.runShared(order);
}

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
    const report = await runSample(worker, run, orderFor(run, 3));
    expect(report).toMatchObject({ tasksRun: run.taskCount, cancelled: false });
    expect(run.solutions.reduce((a, b) => a + b, 0)).toBe(352);
    expect(Array.from(run.owner).every((owner) => owner === 3)).toBe(true);
  });

  it('stops claiming when the shared cancel flag is up', async () => {
    worker = inProcessWorkerFactory();
    const run = createRunBuffer(splitTasks(9, 2), true);
    Atomics.store(run.header, HEADER.cancel, 1);
    expect(await runSample(worker, run, orderFor(run))).toEqual({ tasksRun: 0, cancelled: true, activity: null });
  });

  it('a run order the worker refuses comes back over the run lane as an error with its name', async () => {
    worker = inProcessWorkerFactory();
    const run = createRunBuffer(splitTasks(9, 2), true);
    run.header[HEADER.n] = 99;
    const error = await runSample(worker, run, orderFor(run)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'SolverInputError' });
    expect((error as Error).message).toMatch(/1 to 20/);
    expect((error as Error).stack).toMatch(/assertBoardSize/);
  });

  it('a run order naming no behaviour the worker knows is refused, by name, before any task is claimed', async () => {
    worker = inProcessWorkerFactory();
    const run = createRunBuffer(splitTasks(9, 2), true);
    const unknown = { ...orderFor(run), behaviour: 'toString' } as unknown as RunOrder;
    const error = await runSample(worker, run, unknown).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TypeError', message: 'No worker behaviour called "toString"' });
    expect(Atomics.load(run.header, HEADER.cursor)).toBe(0);
  });

  it('the behind-lock behaviour counts the whole board one turn at a time', async () => {
    worker = inProcessWorkerFactory();
    const run = createRunBuffer(splitTasks(9, 2), true);
    expect(await runSample(worker, run, orderFor(run, 0, 'behind-lock'))).toMatchObject({
      tasksRun: run.taskCount,
      cancelled: false,
    });
    expect(run.solutions.reduce((a, b) => a + b, 0)).toBe(352);
    expect(Atomics.load(run.header, HEADER.lock)).toBe(0);
  });

  it('a worker waits at the start line, claiming nothing, until the last worker of its order arrives', async () => {
    const workers = [inProcessWorkerFactory(), inProcessWorkerFactory()];
    worker = { ...workers[0], terminate: () => workers.forEach((w) => w.terminate()) };
    const run = createRunBuffer(splitTasks(9, 2), true);
    resetStartLine(run);
    const first = workers[0].api.runShared({ ...orderFor(run, 0), workers: 2 });
    await vi.waitFor(() => expect(Atomics.load(run.header, HEADER.armed)).toBe(1));
    // Parked at the line: this thread runs meanwhile, nothing is claimed and no clock has started.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(Atomics.load(run.header, HEADER.cursor)).toBe(0);
    expect(sampleStartedAt(run)).toBe(0);
    const lastOrderAt = wallClock();
    const second = workers[1].api.runShared({ ...orderFor(run, 1), workers: 2 });
    const reports = await Promise.all([first, second]);
    expect(reports.reduce((sum, r) => sum + r.tasksRun, 0)).toBe(run.taskCount);
    // The clock started when the last worker arrived, not when the first did.
    expect(sampleStartedAt(run)).toBeGreaterThanOrEqual(lastOrderAt);
    expect(firstTaskWaitMs(run)).toBeLessThan(wallClock() - lastOrderAt);
  });

  it("two workers run a sample's runs back to back, each run whole, and their reports add up to every run", async () => {
    const workers = [inProcessWorkerFactory(), inProcessWorkerFactory()];
    worker = { ...workers[0], terminate: () => workers.forEach((w) => w.terminate()) };
    const run = createRunBuffer(splitTasks(9, 2), true);
    resetStartLine(run);
    const repeat = 3;
    const reports = await Promise.all(
      workers.map((w, workerIndex) => w.api.runShared({ ...orderFor(run, workerIndex), workers: 2, repeat })),
    );
    expect(reports.reduce((sum, r) => sum + r.tasksRun, 0)).toBe(repeat * run.taskCount);
    // The last run's record is whole: every task once, the board's count.
    expect(run.solutions.reduce((a, b) => a + b, 0)).toBe(352);
    expect(Array.from(run.owner).every((owner) => owner === 0 || owner === 1)).toBe(true);
    // Each run was closed once, by whichever worker finished it last: three runs' nodes in all.
    const closed = reports.flatMap((r) => (r.activity ? [r.activity] : []));
    const nodes = closed.reduce((sum, a) => sum + a.nodes.reduce((x, y) => x + y, 0), 0);
    expect(nodes).toBe(repeat * run.nodes.reduce((a, b) => a + b, 0));
  });

  it('a sample of no runs, or of a fraction of one, is refused by name before the start line', async () => {
    worker = inProcessWorkerFactory();
    const run = createRunBuffer(splitTasks(9, 2), true);
    for (const repeat of [0, 1.5]) {
      const error = await runSample(worker, run, { ...orderFor(run), repeat }).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'RangeError' });
      expect(Atomics.load(run.header, HEADER.armed)).toBe(0);
    }
  });
});
