import { describe, expect, it } from 'vitest';
import { firstCompletion, firstSolutionOfTask, isValidBoard, recoverPrefix } from '../../src/core/firstSolution';
import { countSubtree } from '../../src/core/solver';
import { splitTasks, TASK_STRIDE } from '../../src/core/split';

describe('first solution of a task', () => {
  it('recovers the row order of a task prefix from its masks', () => {
    const tasks = splitTasks(8, 3);
    for (let i = 0; i < tasks.count; i++) {
      const [cols, left, right] = tasks.data.subarray(i * TASK_STRIDE, i * TASK_STRIDE + 3);
      const prefix = recoverPrefix(cols, left, right)!;
      expect(prefix).toHaveLength(3);
      expect(prefix.reduce((mask, column) => mask | (1 << column), 0)).toBe(cols);
    }
  });

  it('finds a valid whole board in every task that has solutions, and none in those without', () => {
    for (const n of [6, 8, 10]) {
      const tasks = splitTasks(n, 2);
      for (let i = 0; i < tasks.count; i++) {
        const [cols, left, right] = tasks.data.subarray(i * TASK_STRIDE, i * TASK_STRIDE + 3);
        const board = firstSolutionOfTask(n, tasks.data, i);
        if (countSubtree(n, cols, left, right).solutions > 0) expect(isValidBoard(board!, n)).toBe(true);
        else expect(board).toBeNull();
      }
    }
  });

  it("is the kernel's first solution: lowest free column first", () => {
    expect(firstCompletion(4, 0, 0, 0)).toEqual([1, 3, 0, 2]);
    expect(firstCompletion(8, 0, 0, 0)).toEqual([0, 4, 7, 5, 2, 6, 1, 3]);
  });

  it('rejects boards with attacks', () => {
    expect(isValidBoard([0, 1, 2, 3], 4)).toBe(false);
    expect(isValidBoard([1, 3, 0, 2], 4)).toBe(true);
  });
});
