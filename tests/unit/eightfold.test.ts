import { describe, expect, it } from 'vitest';
import { countEightfold } from '../../src/core/eightfold';
import { eightfoldTasks, packRoot, unpackRoot } from '../../src/core/eightfoldTasks';
import { EIGHTFOLD_SEARCH } from '../../src/core/eightfoldSearch';
import { EIGHTFOLD_TASK, provideEightfold } from '../../src/core/eightfoldSlot';
import { knownDistinct, knownSolutions } from '../../src/core/known';
import { countSubtree } from '../../src/core/solver';
import { splitTasks, TASK_STRIDE } from '../../src/core/split';
import { solveTaskData } from '../../src/core/tasks';
import { autoSplitDepth } from '../../src/core/plan';
import { loadBalanceEfficiency } from '../../src/core/schedule';

const control = new Int32Array(2);
// As a worker is given it when it starts.
provideEightfold(EIGHTFOLD_SEARCH);

/** Every task of a split solved the way a worker solves it, summed. */
function countAll(n: number, depth: number) {
  const tasks = splitTasks(n, depth, { symmetry: 'all' });
  let solutions = 0;
  let distinct = 0;
  let nodes = 0;
  for (let at = 0; at < tasks.data.length; at += TASK_STRIDE) {
    const [a, b, c, weight] = tasks.data.subarray(at, at + TASK_STRIDE);
    expect(weight).toBe(EIGHTFOLD_TASK);
    const outcome = solveTaskData(n, a, b, c, weight, control)!;
    solutions += outcome.solutions;
    distinct += outcome.distinct;
    nodes += outcome.nodes;
  }
  return { solutions, distinct, nodes, count: tasks.count };
}

describe('the eight-symmetry search', () => {
  it('counts A000170 and A002562 exactly, N=1..12, whatever the split', () => {
    for (let n = 1; n <= 12; n++) {
      for (const depth of [0, 1, 2, 3, 4]) {
        const { solutions, distinct } = countAll(n, depth);
        expect(solutions, `N=${n} depth ${depth}`).toBe(knownSolutions(n));
        expect(distinct, `N=${n} depth ${depth}`).toBe(knownDistinct(n));
      }
    }
  });

  it('counts N=13 and 14 exactly and searches several times fewer nodes than the plain search', () => {
    for (const n of [13, 14]) {
      const all = countAll(n, 2);
      expect(all.solutions).toBe(knownSolutions(n));
      expect(all.distinct).toBe(knownDistinct(n));
      const plain = countSubtree(n, 0, 0, 0).nodes;
      expect(plain / all.nodes).toBeGreaterThan(4);
    }
  });

  it('packs a task into four ints and back', () => {
    for (const n of [5, 9, 12, 20]) {
      for (const root of eightfoldTasks(n, 4)) {
        const [header, columns, , weight] = packRoot(root);
        expect(weight).toBe(EIGHTFOLD_TASK);
        expect(unpackRoot(header, columns)).toEqual(root);
      }
    }
  });

  it('equals the plain search on random boards and splits (property)', () => {
    // A fixed seed: the same 60 cases each run, so a failure can be replayed.
    let seed = 20261205;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    for (let i = 0; i < 60; i++) {
      const n = 1 + random(11);
      const depth = random(5);
      const plain = splitTasks(n, random(4), { symmetry: 'none' });
      let plainCount = 0;
      for (let at = 0; at < plain.data.length; at += TASK_STRIDE) {
        const [a, b, c, weight] = plain.data.subarray(at, at + TASK_STRIDE);
        plainCount += solveTaskData(n, a, b, c, weight, control)!.solutions;
      }
      const all = countAll(n, depth);
      expect(all.solutions, `N=${n} depth ${depth}`).toBe(plainCount);
      expect(all.distinct, `N=${n} depth ${depth}`).toBe(knownDistinct(n));
    }
  });

  it('keeps the workers busy: its natural task order balances to ≥ 0.95 on 8, 16 and 64 (simulated, N=15)', () => {
    for (const workers of [8, 16, 64]) {
      const tasks = splitTasks(15, autoSplitDepth(15, workers, 'all'), { symmetry: 'all' });
      const costs: number[] = [];
      for (let at = 0; at < tasks.data.length; at += TASK_STRIDE) {
        const [a, b, c, weight] = tasks.data.subarray(at, at + TASK_STRIDE);
        costs.push(solveTaskData(15, a, b, c, weight, control)!.nodes);
      }
      expect(loadBalanceEfficiency(costs, workers, 'dynamic', 'natural'), `${workers} workers`).toBeGreaterThanOrEqual(
        0.95,
      );
    }
  });

  it('stops when its cancel flag is raised, as the plain kernel does', () => {
    const raised = new Int32Array([1, 0]);
    const [root] = eightfoldTasks(14, 1);
    expect(countEightfold(14, root, raised).cancelled).toBe(true);
    expect(raised[1]).toBeGreaterThan(0);
  });
});
