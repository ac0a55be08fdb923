import { afterEach, describe, expect, it } from 'vitest';
import { knownSolutions } from '../../src/core/known';
import { cancelRun, createRunBuffer } from '../../src/core/runBuffer';
import type { RunOrder } from '../../src/core/runOrder';
import { splitTasks } from '../../src/core/split';
import { resetStartLine } from '../../src/core/startLine';
import { Engine } from '../../src/engine/engine';
import { isNamed, RUN_CANCELLED } from '../../src/engine/errors';
import type { WorkerHandle } from '../../src/engine/workerHandle';
import { trafficLine } from '../../src/state/insights';
import { inProcessWorkerFactory } from '../support/inProcessWorkers';

describe("a sample's start line and barriers, through the engine", () => {
  let engine: Engine;
  afterEach(() => engine.dispose());

  it.each([
    ['shared', 'dynamic'],
    ['shared', 'static'],
    ['gil', 'dynamic'],
  ] as const)('%s mode, %s schedule: a sample of 3 runs counts right and reports each run', async (mode, schedule) => {
    engine = new Engine(inProcessWorkerFactory, true);
    const result = await engine.run({ n: 10, workers: 2, split: 2, mode, schedule, repeat: 3 });
    expect(result.solutions).toBe(knownSolutions(10));
    expect(result.repeat).toBe(3);
    // Three runs' work in the activity, one run's in the record kept.
    const nodes = result.activity.nodes.reduce((a, b) => a + b, 0);
    expect(nodes).toBe(3 * result.nodes);
  });

  it('a sample cancelled between its runs leaves nothing behind: the next, at once, counts right', async () => {
    engine = new Engine(inProcessWorkerFactory, true);
    await engine.prepare(2);
    const first = engine.run({ n: 10, workers: 2, split: 2, repeat: 2000 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    engine.cancel();
    await expect(first).rejects.toSatisfy((e) => isNamed(e, RUN_CANCELLED));
    const next = await engine.run({ n: 9, workers: 2, split: 2, repeat: 3 });
    expect(next.solutions).toBe(knownSolutions(9));
  });
});

describe('the run lane', () => {
  let worker: WorkerHandle;
  afterEach(() => worker.terminate());

  it("a late answer to a cancelled sample does not settle the next sample's order", async () => {
    worker = inProcessWorkerFactory();
    const order = (buffer: SharedArrayBuffer, workers: number, sample: number): RunOrder => ({
      buffer,
      workerIndex: 0,
      workers,
      schedule: 'dynamic',
      behaviour: 'free',
      repeat: 1,
      sample,
    });
    // Sample 1 waits at its start line for a second worker that never comes; it is cancelled.
    const waiting = createRunBuffer(splitTasks(9, 2), true);
    resetStartLine(waiting);
    void worker.api.runShared(order(waiting.buffer as SharedArrayBuffer, 2, 1));
    cancelRun(waiting);
    // Sample 2 goes out before sample 1's "cancelled" answer is back: its own report settles it.
    const next = createRunBuffer(splitTasks(9, 2), true);
    resetStartLine(next);
    const report = await worker.api.runShared(order(next.buffer as SharedArrayBuffer, 1, 2));
    expect(report).toMatchObject({ tasksRun: next.taskCount, cancelled: false });
  });
});

describe('the traffic line', () => {
  it("says a batched shared-memory sample's messages are the whole sample's", async () => {
    const engine = new Engine(inProcessWorkerFactory, true);
    try {
      const batched = await engine.run({ n: 8, workers: 2, split: 2, repeat: 3 });
      expect(trafficLine(batched)).toBe(
        'Last sample (3 runs back to back): 4 messages, no task data copied: tasks and results stay in shared memory.',
      );
      const single = await engine.run({ n: 8, workers: 2, split: 2 });
      expect(trafficLine(single)).toMatch(/^Last run: 4 messages/);
    } finally {
      engine.dispose();
    }
  });
});
