import { eightfoldLoaded, eightfoldSearch } from './eightfoldSlot';
import { countSubtree } from './solver';

/** Tiny solves first: they give V8 type feedback for every branch of the kernel, the check block included. */
const FEEDBACK_SOLVES = 40;
const FEEDBACK_N = 6;
/**
 * Then whole boards of real depth (about 1 ms each at N=11) until the kernel is at V8's top tier. Warmed on
 * tiny boards only, the first ~30 runs at N=12-13 ran 10-40% slower, in the product and in the bare
 * reference page alike (bench/reference): that is what made the first sweep after a load unreliable.
 */
export const TIER_N = 11;
export const WARM_UP_MS = 120;

/**
 * Warms this thread's kernel for about `budgetMs`, with a control pair of the kind real runs pass (one
 * in shared memory when there is any). Returns the milliseconds it took.
 */
export function warmKernel(control: Int32Array, budgetMs = WARM_UP_MS): number {
  const t0 = performance.now();
  for (let i = 0; i < FEEDBACK_SOLVES; i++) countSubtree(FEEDBACK_N, 0, 0, 0, control);
  while (performance.now() - t0 < budgetMs) countSubtree(TIER_N, 0, 0, 0, control);
  if (eightfoldLoaded()) warmEightfold(control, performance.now() + budgetMs * EIGHTFOLD_WARM_SHARE);
  return performance.now() - t0;
}

/** The eight-symmetry search warms after the plain one, for this share of the plain one's budget more. */
const EIGHTFOLD_WARM_SHARE = 0.3;

/**
 * The eight-symmetry search's whole boards are solved root by root at this size: the smallest where its
 * roots meet every kind of family (one of 2 needs N = 0 or 1 mod 4; N=8 and 9 have none) and where a root
 * runs past the kernel's first cancel check. Warmed at N=11, a worker met its first family of 2 in a real
 * run: V8 threw the optimised kernel away there and compiled it again (measured: the first N=16 solve
 * ran 1.4x slower), and the code it then settled on ran from 1.29x to 2.1x the C time from one run of
 * `npm run bench:kernel` to the next.
 */
export const EIGHTFOLD_TIER_N = 12;

/**
 * The eight-symmetry search, where this thread has it (a worker always): whole boards, one root a call,
 * at N=6, then at EIGHTFOLD_TIER_N, as for the plain kernel.
 */
function warmEightfold(control: Int32Array, until: number): void {
  const search = eightfoldSearch();
  const solveAll = (n: number) => {
    const { data } = search.tasks(n, 0);
    for (let at = 0; at < data.length; at += 4) search.solve(n, data[at], data[at + 1], control);
  };
  for (let i = 0; i < FEEDBACK_SOLVES; i++) solveAll(FEEDBACK_N);
  while (performance.now() < until) solveAll(EIGHTFOLD_TIER_N);
}

/** A [cancel, heartbeat] pair in shared memory when this thread has it, as a run's control pairs are. */
export function warmUpControl(): Int32Array {
  return typeof SharedArrayBuffer === 'function' ? new Int32Array(new SharedArrayBuffer(8)) : new Int32Array(2);
}
