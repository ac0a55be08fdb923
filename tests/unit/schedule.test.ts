import { describe, expect, it } from 'vitest';
import { autoSplitDepth, MIN_AVERAGE_TASK_NODES, planTasks, TASKS_PER_WORKER } from '../../src/core/plan';
import { estimatedNodes } from '../../src/core/known';
import {
  largestFirst,
  loadBalanceEfficiency,
  projectedSpeedup,
  simulateMakespan,
  simulateSchedule,
} from '../../src/core/schedule';
import { splitTasks, TASK_STRIDE } from '../../src/core/split';

describe('schedule simulator on hand-made task costs', () => {
  const costs = [8, 1, 1, 1, 1, 4];

  it('static round-robin deals task i to worker i mod P', () => {
    // worker 0: 8 + 1 + 1 = 10, worker 1: 1 + 1 + 4 = 6
    expect(simulateMakespan(costs, 2, 'static')).toBe(10);
  });

  it('dynamic gives each task to the first worker that is free', () => {
    // w0 takes 8; w1 takes 1,1,1,1 (t=4) then 4 (t=8): makespan 8
    expect(simulateMakespan(costs, 2, 'dynamic')).toBe(8);
  });

  it('largest-first avoids a big task at the end', () => {
    const late = [1, 1, 1, 1, 4];
    expect(simulateMakespan(late, 2, 'dynamic')).toBe(6);
    expect(simulateMakespan(late, 2, 'dynamic', 'largest-first')).toBe(4);
    expect(largestFirst(late)).toEqual([4, 0, 1, 2, 3]);
  });

  it('efficiency is total work over P x makespan; projected speedup is efficiency x P', () => {
    expect(loadBalanceEfficiency(costs, 2, 'dynamic')).toBe(16 / (2 * 8));
    expect(loadBalanceEfficiency([5, 5, 5, 5], 4, 'static')).toBe(1);
    expect(loadBalanceEfficiency([10, 1, 1], 3, 'dynamic')).toBeCloseTo(12 / 30);
    expect(projectedSpeedup([10, 1, 1], 3, 'dynamic')).toBeCloseTo(1.2);
    expect(loadBalanceEfficiency([], 4, 'dynamic')).toBe(1);
  });

  it('more workers than tasks leaves workers idle', () => {
    expect(loadBalanceEfficiency([3, 3], 8, 'dynamic', 'largest-first')).toBe(6 / (8 * 3));
  });
});

describe('autoSplitDepth', () => {
  it('picks the shallowest split with at least 32 tasks per worker, unless its tasks would be too small', () => {
    for (const n of [8, 10, 12, 14, 16]) {
      for (const workers of [1, 2, 8, 64]) {
        const depth = autoSplitDepth(n, workers);
        const tasks = splitTasks(n, depth).count;
        const enough = tasks >= TASKS_PER_WORKER * workers;
        const shallowerEnough = depth > 1 && splitTasks(n, depth - 1).count >= TASKS_PER_WORKER * workers;
        const deeperTooSmall =
          depth === 4 || estimatedNodes(n) / splitTasks(n, depth + 1).count < MIN_AVERAGE_TASK_NODES;
        expect(enough || deeperTooSmall, `N=${n} P=${workers} depth=${depth}`).toBe(true);
        expect(shallowerEnough).toBe(false);
        expect(depth === 1 || estimatedNodes(n) / tasks >= MIN_AVERAGE_TASK_NODES).toBe(true);
      }
    }
    expect(autoSplitDepth(16, 2)).toBe(2);
    expect(autoSplitDepth(16, 64)).toBe(3);
    expect(autoSplitDepth(12, 2)).toBe(2);
    expect(autoSplitDepth(8, 2)).toBe(1);
  });

  it('never cuts deeper than the board', () => {
    expect(autoSplitDepth(2, 64)).toBe(2);
    expect(autoSplitDepth(1, 1)).toBe(1);
  });
});

describe('planTasks', () => {
  it('keeps the natural order without known costs and orders largest-first with them', () => {
    const tasks = splitTasks(6, 1);
    expect(Array.from(planTasks(tasks).order)).toEqual([0, 1, 2, 3, 4, 5]);
    const plan = planTasks(tasks, [1, 5, 3, 0, 2, 4]);
    expect(Array.from(plan.order)).toEqual([1, 5, 2, 4, 0, 3]);
    const firstSlot = Array.from(plan.tasks.data.subarray(0, TASK_STRIDE));
    expect(firstSlot).toEqual(Array.from(tasks.data.subarray(TASK_STRIDE, 2 * TASK_STRIDE)));
  });

  it('ignores costs remembered for a different split', () => {
    expect(Array.from(planTasks(splitTasks(6, 1), [1, 2]).order)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('simulateSchedule', () => {
  it('places every task once, back to back on its worker, ending at the makespan', () => {
    const costs = [8, 1, 1, 1, 1, 4];
    for (const schedule of ['dynamic', 'static'] as const) {
      const placed = simulateSchedule(costs, 2, schedule);
      const byWorker = [0, 1].map((worker) =>
        costs.map((_, task) => task).filter((task) => placed.worker[task] === worker),
      );
      expect(byWorker.flat().sort()).toEqual([0, 1, 2, 3, 4, 5]);
      for (const tasks of byWorker) {
        let clock = 0;
        for (const task of [...tasks].sort((a, b) => placed.start[a] - placed.start[b])) {
          expect(placed.start[task]).toBe(clock);
          clock = placed.end[task];
          expect(placed.end[task] - placed.start[task]).toBe(costs[task]);
        }
      }
      expect(placed.makespan).toBe(simulateMakespan(costs, 2, schedule));
    }
  });
});
