/** OEIS A000170: number of ways to place N non-attacking queens on an N x N board, N = 0..20. */
const A000170: readonly number[] = [
  1, 1, 0, 0, 2, 10, 4, 40, 92, 352, 724, 2680, 14200, 73712, 365596, 2279184, 14772512, 95815104,
  666090624, 4968057848, 39029188884,
];

export const MIN_N = 1;
export const MAX_N = 20;

export function knownSolutions(n: number): number | undefined {
  return Number.isInteger(n) && n >= 0 && n < A000170.length ? A000170[n] : undefined;
}
