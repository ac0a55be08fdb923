import type { KernelResult } from './types';

const CANCEL_CHECK_INTERVAL = 4096;
const stack = new Int32Array(4 * 32);

/**
 * The production kernel as of 8ac5f5c, verbatim, so every run shows what the current
 * src/core/solver.ts gains over it. It settles childless children without a push but pushes every
 * row that has children, and its loop values start out as the (tagged) parameters.
 */
export function countSettleChildless(
  n: number,
  cols0: number,
  left0: number,
  right0: number,
  cancelFlag: Int32Array | null = null,
): KernelResult & { cancelled: boolean } {
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
