/**
 * COST ("Scalability! But at what COST?", McSherry, Isard and Murray, HotOS 2015): how many cores a
 * parallel system needs before it beats one well-written thread. Here: how many plain workers match one
 * worker that uses all eight symmetries, at the same N.
 */
import { MAX_WORKERS } from './runBuffer';
import { loadBalanceEfficiency } from './schedule';
import { speedup } from './stats';
import type { Symmetry } from './symmetry';
import type { Schedule } from './tasks';

export interface CostInput {
  /** One worker with all eight symmetries: its median time per run. */
  symmetricMs: number;
  /** The plain solver's median time per run on each worker count measured (1 among them). */
  plain: readonly { workers: number; ms: number }[];
  /** The plain run's task costs (nodes) and schedule, to project past the measured workers. */
  taskCosts: ArrayLike<number> | null;
  schedule: Schedule;
}

export interface CostFinding {
  /** How many times faster the symmetric worker is than one plain worker. */
  advantage: number;
  /** The fewest plain workers measured at least as fast as the symmetric one; null when none was. */
  measured: number | null;
  /**
   * When none measured was: the fewest cores on which the plain run's tasks, laid out by its schedule,
   * would be that fast if every core ran as fast as one alone (load balance only); null past MAX_WORKERS.
   */
  projected: number | null;
  /** The most workers measured. */
  widest: number;
}

/**
 * What the experiment measures, in the order it runs them: one worker with all eight symmetries, then
 * the plain solver on 1 to `widest` workers (the device's cores).
 */
export function costPoints(widest: number): { workers: number; symmetry: Symmetry }[] {
  return [
    { workers: 1, symmetry: 'all' },
    ...Array.from({ length: widest }, (_, index) => ({ workers: index + 1, symmetry: 'none' as const })),
  ];
}

/** The plain solver's speedup on `workers` over its own one-worker time. */
export function plainSpeedups(plain: CostInput['plain']): { workers: number; speedup: number }[] {
  const one = plain.find((point) => point.workers === 1);
  if (!one) return [];
  return plain.map(({ workers, ms }) => ({ workers, speedup: speedup(one.ms, ms) }));
}

/** The COST of the plain parallel solver against the symmetric single thread; null without a one-worker point. */
export function costOf(input: CostInput): CostFinding | null {
  const one = input.plain.find((point) => point.workers === 1);
  if (!one || !(input.symmetricMs > 0)) return null;
  // The symmetric worker's speedup over one plain worker: the bar the plain curve must reach.
  const advantage = speedup(one.ms, input.symmetricMs);
  const speedups = plainSpeedups(input.plain).sort((a, b) => a.workers - b.workers);
  const widest = speedups[speedups.length - 1].workers;
  const match = speedups.find((point) => point.speedup >= advantage);
  if (match) return { advantage, measured: match.workers, projected: null, widest };
  let projected: number | null = null;
  if (input.taskCosts && input.taskCosts.length > 0) {
    for (let cores = widest + 1; cores <= MAX_WORKERS; cores++) {
      const reached = cores * loadBalanceEfficiency(input.taskCosts, cores, input.schedule, 'largest-first');
      if (reached >= advantage) {
        projected = cores;
        break;
      }
    }
  }
  return { advantage, measured: null, projected, widest };
}
