import type { KernelResult } from './types';

const stack = new Int32Array(4 * 32);

/**
 * The first production kernel (before 8ac5f5c): iterative, every child pushed and looked at as a
 * node of its own, a full-board check at each. Kept as the baseline the later forms are measured against.
 */
export function countPlainIterative(n: number): KernelResult {
  const full = (1 << n) - 1;
  let cols = 0;
  let left = 0;
  let right = 0;
  let free = full;
  let sp = 0;
  let solutions = 0;
  let nodes = 1;
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
    nodes++;
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
  return { solutions, nodes };
}
