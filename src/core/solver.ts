import { assertBoardSize } from './errors';

export interface SubtreeCount {
  solutions: number;
  /** Calls a recursive solver would make for this subtree, its root and leaves included. */
  nodes: number;
  cancelled: boolean;
}

/** How many descents pass between two looks at the control pair: well under 0.1 ms of work. */
export const CANCEL_CHECK_INTERVAL = 4096;

/**
 * One stack shared by every call in this realm: the kernel never re-enters itself, and reusing it
 * keeps allocation out of the hot path (a per-call array measured slower). Four slots per row:
 * columns, both diagonals, free squares.
 */
const stack = new Int32Array(4 * 32);

/**
 * Where the running totals start, subtracted again on return. 2^31 is no small integer to V8, so the
 * totals are doubles from the first warm-up solve on. Small-integer totals would deoptimise the kernel
 * as soon as one passed 2^30 (Chromium's small-integer limit): measured at N=16, the next whole-board
 * solve then ran 1.6x slower.
 */
const TOTALS_BASE = 2 ** 31;

/**
 * Counts the completions of a partial board given as bitmasks of attacked columns and diagonals
 * (bit i = column i; `left` moves one column left per row, `right` one column right). `control`, when
 * given, is a [cancel flag, heartbeat] pair of int32s: the kernel stops when [0] is non-zero and bumps
 * [1] at every check. `onSolution`, when given, is called at every solution found: the thread-safety
 * experiment's ways of keeping a shared total (core/races.ts). Without it the kernel counts in a local,
 * as the article's threads should; with the check in place, measured, the kernel ran as fast as
 * without it (`npm run bench:kernel -- --browser`, N=13-15: 0.98-1.00x the time).
 *
 * Iterative, current row in locals; the same search tree as the recursive form. What makes it fast
 * (each measured with `npm run bench:kernel` against the C reference):
 * - a child with no free square is settled on the spot (solution or dead end), never pushed;
 * - a row is pushed only while it has squares left, and branchlessly: the four slots are always
 *   written and `sp` advances by 4 or 0, which spares a hard-to-predict branch per descent;
 * - columns outside the board are marked taken, so `~(cols | left | right)` is the free set and a
 *   full board is -1;
 * - descending is the fall-through path, which Chromium's V8 lays out markedly faster.
 * Small rearrangements (one merged total, the loop in a helper, one loop instead of two, a per-call
 * stack) measured 10-30% slower in Node 20 or Chromium 156: keep this shape unless a benchmark says
 * otherwise.
 */
export function countSubtree(
  n: number,
  cols0: number,
  left0: number,
  right0: number,
  control: Int32Array | null = null,
  onSolution: (() => void) | null = null,
): SubtreeCount {
  const full = (1 << n) - 1;
  if ((cols0 & full) === full) return { solutions: 1, nodes: 1, cancelled: false };

  // `| 0`: int32 from the start, or V8 keeps the loop values as tagged numbers.
  let cols = cols0 | ~full;
  let left = left0 | 0;
  let right = right0 | 0;
  let free = ~(cols | left | right);
  let sp = 0;
  // Leaves since the last check, moved into the totals at every check, so they stay small int32s.
  let solutions = 0;
  let deadEnds = 0;
  // The first check comes after one descent, so even a tiny warm-up solve runs the check block and
  // V8 has type feedback for all of it; `descents` starts one interval low to match.
  let budget = 1;
  let descents = TOTALS_BASE + 1 - CANCEL_CHECK_INTERVAL;
  let totalSolutions = TOTALS_BASE;
  let totalDeadEnds = TOTALS_BASE;

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
          descents += CANCEL_CHECK_INTERVAL;
          totalSolutions += solutions;
          totalDeadEnds += deadEnds;
          solutions = 0;
          deadEnds = 0;
          if (control !== null) {
            // A heartbeat for the page's watchdog: only this thread writes it, the page only reads.
            control[1]++;
            if (Atomics.load(control, 0) !== 0) {
              const solutionCount = totalSolutions - TOTALS_BASE;
              const nodes = 1 + (descents - TOTALS_BASE) + (totalDeadEnds - TOTALS_BASE) + solutionCount;
              return { solutions: solutionCount, nodes, cancelled: true };
            }
          }
        }
      } else if (childCols === -1) {
        solutions++;
        if (onSolution !== null) onSolution();
      } else deadEnds++;
    }
    if (sp === 0) break;
    sp -= 4;
    cols = stack[sp];
    left = stack[sp + 1];
    right = stack[sp + 2];
    free = stack[sp + 3];
  }
  descents += CANCEL_CHECK_INTERVAL - budget;
  totalSolutions += solutions;
  totalDeadEnds += deadEnds;
  const solutionCount = totalSolutions - TOTALS_BASE;
  const nodes = 1 + (descents - TOTALS_BASE) + (totalDeadEnds - TOTALS_BASE) + solutionCount;
  return { solutions: solutionCount, nodes, cancelled: false };
}

/** Whole-board count on the calling thread: the reference every split and schedule must match. */
export function countSolutions(n: number): number {
  assertBoardSize(n);
  return countSubtree(n, 0, 0, 0).solutions;
}
