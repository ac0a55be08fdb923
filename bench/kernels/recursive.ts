import type { KernelResult } from './types';

/**
 * The textbook form, line for line the C reference (bench/queens.c): one call per node, the node
 * count in a variable the recursion closes over. Kept to show what the iterative kernel buys.
 */
export function countRecursive(n: number): KernelResult {
  const full = (1 << n) - 1;
  let nodes = 0;
  const solve = (cols: number, left: number, right: number): number => {
    nodes++;
    if (cols === full) return 1;
    let count = 0;
    let free = full & ~(cols | left | right);
    while (free !== 0) {
      const bit = free & -free;
      free ^= bit;
      count += solve(cols | bit, (left | bit) << 1, (right | bit) >> 1);
    }
    return count;
  };
  const solutions = solve(0, 0, 0);
  return { solutions, nodes };
}
