/** OEIS A000170: number of ways to place N non-attacking queens on an N x N board, N = 0..20. */
const A000170: readonly number[] = [
  1, 1, 0, 0, 2, 10, 4, 40, 92, 352, 724, 2680, 14200, 73712, 365596, 2279184, 14772512, 95815104, 666090624,
  4968057848, 39029188884,
];

/** OEIS A002562: distinct solutions, one per family of rotations and reflections, N = 0..20. */
const A002562: readonly number[] = [
  1, 1, 0, 0, 1, 2, 1, 6, 12, 46, 92, 341, 1787, 9233, 45752, 285053, 1846955, 11977939, 83263591, 621012754,
  4878666808,
];

export const MIN_N = 1;
export const MAX_N = 20;

export function knownSolutions(n: number): number | undefined {
  return Number.isInteger(n) && n >= 0 && n < A000170.length ? A000170[n] : undefined;
}

export function knownDistinct(n: number): number | undefined {
  return Number.isInteger(n) && n >= 0 && n < A002562.length ? A002562[n] : undefined;
}

/**
 * Search-tree nodes of the whole board (calls a recursive solver makes), measured: N=1..17 exactly.
 * Beyond, the ratio per N (about 7 by N=17) is extrapolated: an estimate for warnings, never a result.
 */
const NODES: readonly number[] = [
  1, 2, 3, 6, 17, 54, 153, 552, 2057, 8394, 35539, 166926, 856189, 4674890, 27358553, 171129072, 1141190303, 8017021932,
];
const NODE_GROWTH_BEYOND_17 = 7.4;

export function estimatedNodes(n: number): number {
  if (n < NODES.length) return NODES[Math.max(0, n)];
  return NODES[NODES.length - 1] * NODE_GROWTH_BEYOND_17 ** (n - NODES.length + 1);
}
