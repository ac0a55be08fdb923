import { eightfoldSearch } from './eightfoldSlot';
import { assertBoardSize, SolverInputError } from './errors';
import type { Symmetry } from './symmetry';

/** Ints per task in a task list: attacked columns, both diagonals, and a multiplicity. */
export const TASK_STRIDE = 4;

export interface TaskList {
  n: number;
  /** Rows fixed by every task (fewer than asked for when the board is smaller). */
  depth: number;
  symmetry: Symmetry;
  count: number;
  /**
   * `count * TASK_STRIDE` ints: cols, left, right, weight. The weight is 2 for a task that also
   * stands for its mirror image (mirror symmetry), else 1: solutions = sum(weight * subtree count).
   * With all eight symmetries each task is a packed root of that search (core/eightfoldTasks.ts), its
   * weight EIGHTFOLD_TASK: the kernel weighs each solution by its family. That search must have been
   * given to this thread (core/eightfoldSlot.ts).
   */
  data: Int32Array;
}

export interface SplitOptions {
  /**
   * mirror: search only the left half of the first row (and the middle column once) and double it;
   * all: the eight-symmetry search's roots, cut after `depth` rows (at least each root's own).
   */
  symmetry?: Symmetry;
}

export const MAX_SPLIT_DEPTH = 4;

/**
 * Cuts the search tree after `depth` rows: every valid placement of the first rows becomes one task.
 * Depth 1 gives N tasks (the seed article's split); depth 2 about N(N-3).
 */
export function splitTasks(n: number, depth: number, options: SplitOptions = {}): TaskList {
  assertBoardSize(n);
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_SPLIT_DEPTH) {
    throw new SolverInputError(`split depth must be an integer from 0 to ${MAX_SPLIT_DEPTH}, got ${String(depth)}`);
  }
  const symmetry = options.symmetry ?? 'none';
  if (symmetry === 'all') {
    const tasks = eightfoldSearch().tasks(n, depth);
    const data = Int32Array.from(tasks.data);
    return { n, depth: tasks.depth, symmetry, count: data.length / TASK_STRIDE, data };
  }
  const rows = Math.min(depth, n);
  const full = (1 << n) - 1;
  const out: number[] = [];

  const place = (row: number, cols: number, left: number, right: number, weight: number): void => {
    if (row === rows) {
      out.push(cols, left, right, weight);
      return;
    }
    let free = full & ~(cols | left | right);
    if (row === 0 && symmetry === 'mirror') free &= firstRowHalf(n);
    while (free !== 0) {
      const bit = free & -free;
      free ^= bit;
      const mirrored = row === 0 && symmetry === 'mirror' && !isMiddleColumn(n, bit);
      place(row + 1, cols | bit, (left | bit) << 1, (right | bit) >> 1, mirrored ? 2 : weight);
    }
  };
  if (rows === 0) out.push(0, 0, 0, 1);
  else place(0, 0, 0, 0, 1);

  return {
    n,
    depth: rows,
    symmetry,
    count: out.length / TASK_STRIDE,
    data: Int32Array.from(out),
  };
}

/** Columns 0..ceil(n/2)-1: the left half plus, for odd n, the middle column. */
function firstRowHalf(n: number): number {
  return (1 << Math.ceil(n / 2)) - 1;
}

function isMiddleColumn(n: number, bit: number): boolean {
  return n % 2 === 1 && bit === 1 << ((n - 1) / 2);
}
