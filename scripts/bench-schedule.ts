import { parseArgs } from 'node:util';
import { autoSplitDepth } from '../src/core/plan';
import { loadBalanceEfficiency } from '../src/core/schedule';
import { countSubtree } from '../src/core/solver';
import { MAX_SPLIT_DEPTH, splitTasks, TASK_STRIDE, type TaskList } from '../src/core/split';

/**
 * `npm run bench:schedule -- [--from 14] [--to 17] [--json]`: measures the cost (nodes) of every task of
 * the finest split once, sums them up into every coarser split (a task's cost is its children's), and
 * simulates each schedule at P = 1..64 workers. Efficiency = total work / (P x makespan).
 */
const { values } = parseArgs({
  options: {
    from: { type: 'string', default: '14' },
    to: { type: 'string', default: '17' },
    json: { type: 'boolean', default: false },
  },
});
const WORKERS = [1, 2, 4, 8, 16, 32, 64];

type ScheduleRow =
  'static round-robin (article)' | 'dynamic (engine, 1st run)' | 'dynamic largest-first (engine, later)';

function childCounts(tasks: TaskList): number[] {
  const full = (1 << tasks.n) - 1;
  return Array.from({ length: tasks.count }, (_, i) => {
    const [cols, left, right] = tasks.data.subarray(i * TASK_STRIDE, i * TASK_STRIDE + 3);
    let free = full & ~(cols | left | right);
    let count = 0;
    for (; free !== 0; free &= free - 1) count++;
    return count;
  });
}

/** Costs of the tasks one row up: splitTasks lists children of a task consecutively, in parent order. */
function parentCosts(parents: TaskList, childCosts: Float64Array): Float64Array {
  const costs = new Float64Array(parents.count);
  let child = 0;
  childCounts(parents).forEach((count, parent) => {
    for (let k = 0; k < count; k++) costs[parent] += childCosts[child++];
  });
  return costs;
}

/**
 * A task's cost is its node count as the kernel measures it: the work itself. Its time on this shared
 * 2-core machine is that plus preemption spikes of several ms, which would make one random task look
 * like the straggler; nodes are reproducible and proportional to time (same kernel, same rate).
 */
function measureFinest(n: number, depth: number): Float64Array {
  const tasks = splitTasks(n, depth);
  const costs = new Float64Array(tasks.count);
  for (let i = 0; i < tasks.count; i++) {
    const at = i * TASK_STRIDE;
    costs[i] = countSubtree(n, tasks.data[at], tasks.data[at + 1], tasks.data[at + 2]).nodes;
  }
  return costs;
}

/** The engine runs a split in natural order until it has measured its costs, then largest-first. */
function efficiencies(costs: Float64Array): Record<ScheduleRow, number[]> {
  return {
    'static round-robin (article)': WORKERS.map((p) => loadBalanceEfficiency(costs, p, 'static')),
    'dynamic (engine, 1st run)': WORKERS.map((p) => loadBalanceEfficiency(costs, p, 'dynamic')),
    'dynamic largest-first (engine, later)': WORKERS.map((p) =>
      loadBalanceEfficiency(costs, p, 'dynamic', 'largest-first'),
    ),
  };
}

for (let i = 0; i < 40; i++) countSubtree(6, 0, 0, 0);
const report: unknown[] = [];
for (let n = Number(values.from); n <= Number(values.to); n++) {
  const finest = Math.min(MAX_SPLIT_DEPTH, n);
  const t0 = performance.now();
  const costsByDepth = new Map<number, Float64Array>([[finest, measureFinest(n, finest)]]);
  const measuredMs = performance.now() - t0;
  for (let depth = finest - 1; depth >= 1; depth--) {
    costsByDepth.set(depth, parentCosts(splitTasks(n, depth), costsByDepth.get(depth + 1)!));
  }
  if (!values.json) {
    console.log(
      `\nN=${n}: task costs measured once at depth ${finest} (${(measuredMs / 1000).toFixed(1)} s of solving)`,
    );
    console.log(`auto split depth: ${WORKERS.map((p) => `${p}w→${autoSplitDepth(n, p)}`).join(' ')}`);
    console.log(
      `${'depth'.padEnd(6)}${'tasks'.padStart(7)}  ${'schedule'.padEnd(40)}${WORKERS.map((p) => `P=${p}`.padStart(7)).join('')}`,
    );
  }
  for (let depth = 1; depth <= finest; depth++) {
    const tasks = splitTasks(n, depth);
    const rows = efficiencies(costsByDepth.get(depth)!);
    for (const [schedule, effs] of Object.entries(rows)) {
      report.push({ n, depth, tasks: tasks.count, schedule, workers: WORKERS, efficiency: effs });
      if (!values.json) {
        console.log(
          `${String(depth).padEnd(6)}${String(tasks.count).padStart(7)}  ${schedule.padEnd(40)}${effs.map((e) => e.toFixed(3).padStart(7)).join('')}`,
        );
      }
    }
  }
}
console.log(JSON.stringify({ bench: 'schedule', workers: WORKERS, rows: report }));
