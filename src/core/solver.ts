import { assertBoardSize } from './errors';

export interface SubtreeCount {
  solutions: number;
  /** Calls a recursive solver would make for this subtree, its root and leaves included. */
  nodes: number;
  cancelled: boolean;
}

/** How many descents pass between two looks at the cancel flag: well under 0.1 ms of work. */
const CANCEL_CHECK_INTERVAL = 4096;

/**
 * One stack shared by every call in this realm: the kernel never re-enters itself, and reusing it
 * keeps allocation out of the hot path (a per-call array measured slower). Four slots per row:
 * columns, both diagonals, free squares.
 */
const stack = new Int32Array(4 * 32);

/**
 * Where the running totals start: 2^31 is no small integer to V8, so the totals' adds are double adds
 * from the very first warm-up solve and a task past 2^31 nodes (N=20) never deoptimises the kernel.
 */
const TOTALS_BASE = 2 ** 31;

/**
 * Counts the completions of a partial board given as bitmasks of attacked columns and diagonals
 * (bit i = column i; `left` moves one column left per row, `right` one column right).
 *
 * Iterative, current row in locals. Same search tree as the recursive form; what makes it fast
 * (README, "Kernel"):
 * - a child with no free square is settled on the spot (solution or dead end), never pushed;
 * - a row is pushed only while it has squares left, and that push is branchless: the four slots are
 *   always written and `sp` advances by 4 or 0, which spares a hard-to-predict branch per descent;
 * - columns outside the board are marked taken, so `~(cols | left | right)` is the free set and a
 *   full board is -1;
 * - descending is the fall-through path: V8 lays this form out markedly faster (Chromium).
 */
export function countSubtree(
  n: number,
  cols0: number,
  left0: number,
  right0: number,
  cancelFlag: Int32Array | null = null,
): SubtreeCount {
  const full = (1 << n) - 1;
  if ((cols0 & full) === full) return { solutions: 1, nodes: 1, cancelled: false };

  // `| 0`: int32 from the start, or V8 keeps the loop values as tagged numbers.
  let cols = cols0 | ~full;
  let left = left0 | 0;
  let right = right0 | 0;
  let free = ~(cols | left | right);
  let sp = 0;
  // Counted since the last check only, so these int32 counters cannot overflow.
  let solutions = 0;
  let deadEnds = 0;
  // The first check comes after one descent, so even a tiny warm-up solve runs the check block and
  // V8 has type feedback for all of it; `nodes` (root included) starts one interval low to match.
  let budget = 1;
  let nodes = TOTALS_BASE + 2 - CANCEL_CHECK_INTERVAL;
  let solutionsTotal = TOTALS_BASE;

  for (;;) {
    while (free !== 0) {
      const bit = free & -free;
      free ^= bit;
      const childCols = cols | bit;
      const childLeft = (left | bit) << 1;
      const childRight = (right | bit) >> 1;
      const childFree = ~(childCols | childLeft | childRight);
      if (childFree !== 0) {
        stack[sp] = cols;
        stack[sp + 1] = left;
        stack[sp + 2] = right;
        stack[sp + 3] = free;
        sp += (-free >>> 31) << 2; // free < 2^31, so -free is negative exactly when squares are left
        cols = childCols;
        left = childLeft;
        right = childRight;
        free = childFree;
        if (--budget === 0) {
          budget = CANCEL_CHECK_INTERVAL;
          nodes += CANCEL_CHECK_INTERVAL + deadEnds + solutions;
          solutionsTotal += solutions;
          solutions = 0;
          deadEnds = 0;
          if (cancelFlag !== null && Atomics.load(cancelFlag, 0) !== 0) {
            return { solutions: solutionsTotal - TOTALS_BASE, nodes: nodes - TOTALS_BASE, cancelled: true };
          }
        }
      } else if (childCols === -1) solutions++;
      else deadEnds++;
    }
    if (sp === 0) break;
    sp -= 4;
    cols = stack[sp];
    left = stack[sp + 1];
    right = stack[sp + 2];
    free = stack[sp + 3];
  }
  nodes += CANCEL_CHECK_INTERVAL - budget + deadEnds + solutions;
  solutionsTotal += solutions;
  return { solutions: solutionsTotal - TOTALS_BASE, nodes: nodes - TOTALS_BASE, cancelled: false };
}

/** Whole-board count on the calling thread: the reference every split and schedule must match. */
export function countSolutions(n: number): number {
  assertBoardSize(n);
  return countSubtree(n, 0, 0, 0).solutions;
}
