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
 * keeps allocation out of the hot path. Four slots per row: columns, both diagonals, free squares.
 */
const stack = new Int32Array(4 * 32);

/**
 * Counts the completions of a partial board given as bitmasks of attacked columns and diagonals
 * (bit i = column i; `left` moves one column left per row, `right` one column right).
 *
 * Iterative: the current row lives in locals and only rows with children are pushed on an
 * Int32Array stack; a child with no free square is settled on the spot (a solution when the board
 * is full, a dead end otherwise). In Chromium this measured ~1.35x faster than the plain iterative
 * form and ~1.4x faster than recursion (README, "Kernel").
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

  let cols = cols0;
  let left = left0;
  let right = right0;
  let free = full & ~(cols | left | right);
  let sp = 0;
  let solutions = 0;
  let deadEnds = 0;
  let budget = CANCEL_CHECK_INTERVAL;
  let pushes = 0;

  for (;;) {
    while (free !== 0) {
      const bit = free & -free;
      free ^= bit;
      const childCols = cols | bit;
      const childLeft = (left | bit) << 1;
      const childRight = (right | bit) >> 1;
      const childFree = full & ~(childCols | childLeft | childRight);
      if (childFree === 0) {
        if (childCols === full) solutions++;
        else deadEnds++;
        continue;
      }
      stack[sp] = cols;
      stack[sp + 1] = left;
      stack[sp + 2] = right;
      stack[sp + 3] = free;
      sp += 4;
      cols = childCols;
      left = childLeft;
      right = childRight;
      free = childFree;
      if (--budget === 0) {
        budget = CANCEL_CHECK_INTERVAL;
        pushes += CANCEL_CHECK_INTERVAL;
        if (cancelFlag !== null && Atomics.load(cancelFlag, 0) !== 0) {
          return { solutions, nodes: 1 + pushes + deadEnds + solutions, cancelled: true };
        }
      }
    }
    if (sp === 0) break;
    sp -= 4;
    cols = stack[sp];
    left = stack[sp + 1];
    right = stack[sp + 2];
    free = stack[sp + 3];
  }
  pushes += CANCEL_CHECK_INTERVAL - budget;
  return { solutions, nodes: 1 + pushes + deadEnds + solutions, cancelled: false };
}

/** Whole-board count on the calling thread: the reference every split and schedule must match. */
export function countSolutions(n: number): number {
  assertBoardSize(n);
  return countSubtree(n, 0, 0, 0).solutions;
}
