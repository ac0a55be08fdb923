import type { TaskList } from '../core/split';

/** A few splits' worth is plenty: a sweep reuses one, and the memory must not grow run after run. */
const REMEMBERED_SPLITS = 8;

function keyOf(tasks: TaskList): string {
  return `${tasks.n}/${tasks.depth}/${tasks.symmetry}`;
}

/**
 * Exact per-task costs (nodes) from the last completed run of each split, indexed in the split's
 * natural order, so the next run of the same split can hand out its biggest tasks first.
 */
export class TaskCostMemory {
  private readonly costs = new Map<string, Float64Array>();

  recall(tasks: TaskList): Float64Array | undefined {
    return this.costs.get(keyOf(tasks));
  }

  remember(tasks: TaskList, order: Int32Array, costsBySlot: Float64Array): void {
    const natural = new Float64Array(tasks.count);
    order.forEach((taskIndex, slot) => (natural[taskIndex] = costsBySlot[slot]));
    const key = keyOf(tasks);
    this.costs.delete(key);
    this.costs.set(key, natural);
    if (this.costs.size > REMEMBERED_SPLITS) this.costs.delete(this.costs.keys().next().value!);
  }
}
