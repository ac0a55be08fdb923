import { countEightfold } from '../../src/core/eightfold';
import { EIGHTFOLD_SEARCH } from '../../src/core/eightfoldSearch';
import { countSubtree } from '../../src/core/solver';
import { EIGHTFOLD_TIER_N, TIER_N } from '../../src/core/warmUp';
import { loadWasmKernel } from '../wasm/queensWasm';
import { countPlainIterative } from './plainIterative';
import { countRecursive } from './recursive';
import { countSettleChildless } from './settleChildless';
import type { KernelResult } from './types';

/** Shared by the Node run (scripts/bench-kernel.ts) and the Chromium worker (bench/browser/), so both time the same code. */
export interface Variant {
  id: string;
  describe: string;
  solve: (n: number) => KernelResult;
  /** The function the search runs in, by name: Chromium's V8 trace names it (scripts/bench-kernel.ts). */
  hot?: string;
  /** The algorithm it runs, for the C reference it is set against: plain unless said. */
  algorithm?: Algorithm;
}

/** The searches the C reference has: the plain one, and all eight symmetries (`queens N reps all`). */
export type Algorithm = 'plain' | 'all';

/** The whole board with all eight symmetries, task by task from its roots, as a worker solves them. */
function countAllEight(n: number, control: Int32Array): KernelResult {
  const { data } = EIGHTFOLD_SEARCH.tasks(n, 0);
  let solutions = 0;
  let nodes = 0;
  for (let at = 0; at < data.length; at += 4) {
    const result = EIGHTFOLD_SEARCH.solve(n, data[at], data[at + 1], control)!;
    solutions += result.solutions;
    nodes += result.nodes;
  }
  return { solutions, nodes };
}

export interface Timing extends KernelResult {
  ms: number;
}

export function createVariants(): Variant[] {
  // The kernels get a shared [cancel, heartbeat] pair, as in the workers, so polling it is part of the time.
  const control = new Int32Array(
    typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(8) : new ArrayBuffer(8),
  );
  return [
    {
      id: 'production',
      describe: 'src/core/solver.ts countSubtree',
      solve: (n) => countSubtree(n, 0, 0, 0, control),
      hot: countSubtree.name,
    },
    {
      id: 'settle-childless',
      describe: 'previous production (8ac5f5c)',
      solve: (n) => countSettleChildless(n, 0, 0, 0, control),
      hot: countSettleChildless.name,
    },
    {
      id: 'plain-iterative',
      describe: 'push every child, full-board check per node',
      solve: countPlainIterative,
      hot: countPlainIterative.name,
    },
    { id: 'recursive', describe: 'naive recursion, like queens.c', solve: countRecursive },
    { id: 'wasm', describe: 'production algorithm as WebAssembly', solve: loadWasmKernel() },
    {
      id: 'all-eight',
      describe: 'src/core/eightfold.ts: all eight symmetries',
      solve: (n) => countAllEight(n, control),
      hot: countEightfold.name,
      algorithm: 'all',
    },
  ];
}

const WARM_UP_SOLVES = 40;
const WARM_UP_N = 6;
const SETTLE_MS = 100;

/**
 * 40 tiny solves give V8 type feedback (without them a kernel can stay ~1.8x slower, TOOLCHAIN.md).
 * Then whole boards for 100 ms at the size the product warms each search at (core/warmUp.ts): Chromium's
 * V8 compiles the top tier concurrently and installs it for a later call, and it does not switch a
 * running call over from Maglev; measured, the first one or two N=15 solves after only the 40 took ~1.6x
 * longer. Warmed on N=6 boards only, the eight-symmetry kernel met its first family of 2 in the timed
 * runs, was compiled again there, and ran 1.29-2.1x the C time from one run of this script to the next.
 */
export function warmUp(variant: Variant): void {
  for (let i = 0; i < WARM_UP_SOLVES; i++) variant.solve(WARM_UP_N);
  const settleN = variant.algorithm === 'all' ? EIGHTFOLD_TIER_N : TIER_N;
  for (const t0 = performance.now(); performance.now() - t0 < SETTLE_MS;) variant.solve(settleN);
}

export function timeSolve(variant: Variant, n: number): Timing {
  const t0 = performance.now();
  const result = variant.solve(n);
  return { ms: performance.now() - t0, solutions: result.solutions, nodes: result.nodes };
}
