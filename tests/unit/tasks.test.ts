import { describe, expect, it } from 'vitest';
import { knownSolutions } from '../../src/core/known';
import { cancelRun, createRunBuffer, totalSolutions } from '../../src/core/runBuffer';
import { splitTasks } from '../../src/core/split';
import { claimTask, SCHEDULES, solveTask, solveTaskData } from '../../src/core/tasks';
import { chunkSize } from '../../src/engine/messageRun';

/** Workers claim in turn until every one has run out: the indices each worker got. */
function claimAll(schedule: (typeof SCHEDULES)[number], workers: number, taskCount: number): number[][] {
  let cursor = 0;
  const nextUnclaimed = () => cursor++;
  const claimed = Array.from({ length: workers }, () => [] as number[]);
  const done = new Array<boolean>(workers).fill(false);
  while (done.some((finished) => !finished)) {
    for (let worker = 0; worker < workers; worker++) {
      if (done[worker]) continue;
      const index = claimTask(schedule, nextUnclaimed, worker, workers, claimed[worker].length);
      if (index >= taskCount) done[worker] = true;
      else claimed[worker].push(index);
    }
  }
  return claimed;
}

describe('the claim rule', () => {
  it.each(SCHEDULES)('%s: every task is claimed exactly once, for 1..8 workers and 0..40 tasks', (schedule) => {
    for (let workers = 1; workers <= 8; workers++) {
      for (let taskCount = 0; taskCount <= 40; taskCount++) {
        const all = claimAll(schedule, workers, taskCount)
          .flat()
          .sort((a, b) => a - b);
        expect(all).toEqual(Array.from({ length: taskCount }, (_, i) => i));
      }
    }
  });

  it('static deals worker w of P the tasks w, w+P, w+2P...', () => {
    expect(claimAll('static', 3, 8)).toEqual([
      [0, 3, 6],
      [1, 4, 7],
      [2, 5],
    ]);
  });
});

describe('solving tasks in a run buffer', () => {
  it.each([6, 8, 10, 11])('N=%i: the tasks solved in place sum to A000170 and name their worker', (n) => {
    const run = createRunBuffer(splitTasks(n, 2), false);
    for (let index = 0; index < run.taskCount; index++) {
      expect(solveTask(run, index, index % 2, run.cancelFlag)).toBe(true);
    }
    expect(totalSolutions(run)).toBe(knownSolutions(n));
    expect(Array.from(run.owner)).toEqual(Array.from({ length: run.taskCount }, (_, i) => i % 2));
    run.endedAt.forEach((end, index) => expect(end).toBeGreaterThanOrEqual(run.startedAt[index]));
  });

  it('a raised cancel flag stops a task part-way and records nothing', () => {
    const run = createRunBuffer(splitTasks(14, 1), false);
    cancelRun(run);
    expect(solveTask(run, 0, 0, run.cancelFlag)).toBe(false);
    expect(run.nodes[0]).toBe(0);
    expect(solveTaskData(14, 0, 0, 0, 1, run.cancelFlag)).toBeNull();
  });
});

describe("message passing's chunks", () => {
  it('are a share of what is left, at least one task: big at first, single tasks at the end', () => {
    expect(chunkSize(130, 2)).toBe(17);
    expect(chunkSize(8, 2)).toBe(1);
    expect(chunkSize(0, 2)).toBe(1);
    // Claimed chunk by chunk, they cover every task exactly once and shrink as the queue empties.
    let left = 500;
    const sizes: number[] = [];
    while (left > 0) {
      const size = Math.min(left, chunkSize(left, 4));
      sizes.push(size);
      left -= size;
    }
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(500);
    expect(sizes[0]).toBeGreaterThan(sizes[sizes.length - 1]);
    expect(sizes.at(-1)).toBe(1);
  });
});
