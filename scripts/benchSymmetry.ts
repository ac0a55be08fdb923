import type { Browser } from '@playwright/test';
import { EIGHTFOLD_SEARCH } from '../src/core/eightfoldSearch';
import { estimatedNodes } from '../src/core/known';
import { countSubtree } from '../src/core/solver';
import { splitTasks, TASK_STRIDE } from '../src/core/split';
import { median } from '../src/core/stats';
import { SYMMETRIES, type Symmetry } from '../src/core/symmetry';
import { freshSweep } from './benchPage';
import { settle } from './benchSections';

export interface SymmetryPoint {
  n: number;
  symmetry: Symmetry;
  nodes: number;
  /** Median per-run time on one worker and on `workers`, each round's page sweep, then their median. */
  oneMs: number[];
  manyMs: number[];
}

/** The nodes each search visits on the whole board, counted by the same code the workers run. */
export function searchNodes(n: number, symmetry: Symmetry): number {
  if (symmetry === 'none') return estimatedNodes(n);
  if (symmetry === 'all') {
    const { data } = EIGHTFOLD_SEARCH.tasks(n, 0);
    let nodes = 0;
    for (let at = 0; at < data.length; at += TASK_STRIDE)
      nodes += EIGHTFOLD_SEARCH.solve(n, data[at], data[at + 1], null)!.nodes;
    return nodes;
  }
  const tasks = splitTasks(n, 1, { symmetry: 'mirror' });
  let nodes = 0;
  for (let at = 0; at < tasks.data.length; at += TASK_STRIDE)
    nodes += countSubtree(n, tasks.data[at], tasks.data[at + 1], tasks.data[at + 2]).nodes;
  return nodes;
}

/**
 * Plain, mirror and all eight symmetries on 1 and `workers` workers at each N: the page's own sweep
 * (`symmetry=…&autorun=sweep`) in a fresh tab, the three searches in an order that rotates every
 * round so machine noise lands on all of them alike.
 */
export async function benchSymmetry(
  browser: Browser,
  origin: string,
  ns: number[],
  workers: number,
  reps: number,
  rounds: number,
  log: (line: string) => void,
): Promise<SymmetryPoint[]> {
  const points = ns.flatMap((n) =>
    SYMMETRIES.map((symmetry) => ({ n, symmetry, nodes: searchNodes(n, symmetry), oneMs: [], manyMs: [] })),
  ) as SymmetryPoint[];
  for (let round = 0; round < rounds; round++) {
    for (const n of ns) {
      for (let i = 0; i < SYMMETRIES.length; i++) {
        const symmetry = SYMMETRIES[(i + round) % SYMMETRIES.length];
        const url = `${origin}/?n=${n}&workers=${workers}&reps=${reps}&symmetry=${symmetry}&autorun=sweep`;
        const { page, rows } = await freshSweep(browser, url);
        await settle(page);
        if (rows.some((row) => !row.correct)) throw new Error(`the page miscounted: ${url}`);
        const point = points.find((each) => each.n === n && each.symmetry === symmetry)!;
        point.oneMs.push(median(rows.find((row) => row.workers === 1)!.samplesMs));
        point.manyMs.push(median(rows.find((row) => row.workers === workers)!.samplesMs));
        log(
          `round ${round + 1} N=${n} ${symmetry}: ${point.oneMs.at(-1)!.toFixed(1)} ms on 1, ${point.manyMs.at(-1)!.toFixed(1)} on ${workers}`,
        );
      }
    }
  }
  return points;
}
