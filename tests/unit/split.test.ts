import { describe, expect, it } from 'vitest';
import { knownSolutions } from '../../src/core/known';
import { countSubtree } from '../../src/core/solver';
import { splitTasks, TASK_STRIDE, type TaskList } from '../../src/core/split';

function countAll(tasks: TaskList): number {
  let sum = 0;
  for (let i = 0; i < tasks.count; i++) {
    const [cols, left, right, weight] = tasks.data.subarray(i * TASK_STRIDE, (i + 1) * TASK_STRIDE);
    sum += weight * countSubtree(tasks.n, cols, left, right).solutions;
  }
  return sum;
}

describe('splitTasks', () => {
  it('cuts the first row into N tasks and two rows into N(N-3)+2 (the article split and our default)', () => {
    expect(splitTasks(12, 1).count).toBe(12);
    expect(splitTasks(12, 2).count).toBe(12 * 9 + 2);
  });

  for (let n = 4; n <= 12; n++) {
    for (let depth = 0; depth <= 4; depth++) {
      it(`N=${n} depth ${depth}: task counts sum to A000170`, () => {
        expect(countAll(splitTasks(n, depth))).toBe(knownSolutions(n));
      });
    }
  }

  it('handles boards smaller than the split depth', () => {
    for (const n of [1, 2, 3]) expect(countAll(splitTasks(n, 4))).toBe(knownSolutions(n));
  });

  it('with mirror symmetry searches about half the tree and keeps the count, N=1..13', () => {
    for (let n = 1; n <= 13; n++) {
      for (const depth of [1, 2, 3]) {
        expect(countAll(splitTasks(n, depth, { symmetry: 'mirror' }))).toBe(knownSolutions(n));
      }
    }
    expect(splitTasks(12, 1, { symmetry: 'mirror' }).count).toBe(6);
    expect(splitTasks(13, 1, { symmetry: 'mirror' }).count).toBe(7);
  });

  it('refuses a depth it cannot cut', () => {
    expect(() => splitTasks(8, 9)).toThrow(expect.objectContaining({ name: 'SolverInputError' }));
  });
});
