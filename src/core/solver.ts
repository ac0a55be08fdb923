import { assertBoardSize } from './errors';

export interface SubtreeCount {
  solutions: number;
  /** Calls a recursive solver would make for this subtree, its root and leaves included. */
  nodes: number;
  cancelled: boolean;
}

/** How many placements pass between two looks at the cancel flag: about 30 us of work. */
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
 * Iterative rather than recursive: with the current row held in locals and the rest in an
 * Int32Array, V8 keeps everything in registers and int32 arithmetic, about twice as fast as the
 * recursive form (see README, "Kernel").
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
  let budget = CANCEL_CHECK_INTERVAL;
  let checkedNodes = 0;

  for (;;) {
    if (free === 0) {
      if (sp === 0) break;
      sp -= 4;
      cols = stack[sp];
      left = stack[sp + 1];
      right = stack[sp + 2];
      free = stack[sp + 3];
      continue;
    }
    const bit = free & -free;
    free ^= bit;
    if (--budget === 0) {
      checkedNodes += CANCEL_CHECK_INTERVAL;
      budget = CANCEL_CHECK_INTERVAL;
      if (cancelFlag !== null && Atomics.load(cancelFlag, 0) !== 0) {
        return { solutions, nodes: 1 + checkedNodes, cancelled: true };
      }
    }
    const nextCols = cols | bit;
    if (nextCols === full) {
      solutions++;
      continue;
    }
    stack[sp] = cols;
    stack[sp + 1] = left;
    stack[sp + 2] = right;
    stack[sp + 3] = free;
    sp += 4;
    cols = nextCols;
    left = (left | bit) << 1;
    right = (right | bit) >> 1;
    free = full & ~(cols | left | right);
  }
  return { solutions, nodes: 1 + checkedNodes + (CANCEL_CHECK_INTERVAL - budget), cancelled: false };
}

/** Whole-board count on the calling thread: the reference every split and schedule must match. */
export function countSolutions(n: number): number {
  assertBoardSize(n);
  return countSubtree(n, 0, 0, 0).solutions;
}
