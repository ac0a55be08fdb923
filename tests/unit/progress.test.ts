import { describe, expect, it } from 'vitest';
import { createRunBuffer } from '../../src/core/runBuffer';
import { splitTasks } from '../../src/core/split';
import { solveTask } from '../../src/core/tasks';
import type { LiveRun } from '../../src/engine/engine';
import { expectedNodes, readProgress } from '../../src/state/progress';

function liveRunOf(n: number, solved: number): LiveRun {
  const run = createRunBuffer(splitTasks(n, 2), false);
  for (let task = 0; task < solved; task++) solveTask(run, task, 0, run.cancelFlag);
  return { run, workers: 1, mode: 'shared', splitDepth: 2, announcedAt: 0 };
}

describe('readProgress', () => {
  it("a run's progress is its finished tasks' nodes over the nodes the board takes, all of them at the end", () => {
    const n = 10;
    const all = liveRunOf(n, splitTasks(n, 2).count);
    const run = { kind: 'run', startedAt: 0, expectedNodes: expectedNodes(n, 'none') } as const;
    expect(readProgress(run, all, 1000).fraction).toBeCloseTo(0.999, 3);
    const none = readProgress(run, liveRunOf(n, 0), 1000);
    expect(none).toEqual({ fraction: 0, msLeft: null });
  });

  it('time left follows the pace so far', () => {
    const n = 10;
    const tasks = splitTasks(n, 2).count;
    const half = liveRunOf(n, Math.floor(tasks / 2));
    const run = { kind: 'run', startedAt: 0, expectedNodes: expectedNodes(n, 'none') } as const;
    const { fraction, msLeft } = readProgress(run, half, 2000);
    expect(fraction).toBeGreaterThan(0.1);
    expect(fraction).toBeLessThan(0.9);
    expect(msLeft).toBeCloseTo((2000 * (1 - fraction)) / fraction, 6);
  });

  it('a measurement counts its passes and runs: the third run of the second pass of two is 5/6 of the way with it done', () => {
    const measure = {
      kind: 'measure',
      startedAt: 0,
      expectedNodes: expectedNodes(8, 'none'),
      passes: 2,
      pass: 1,
      steps: 3,
      step: 2,
    } as const;
    expect(readProgress(measure, null, 100).fraction).toBeCloseTo(5 / 6, 6);
  });
});
