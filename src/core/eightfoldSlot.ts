import { SolverInputError } from './errors';

/**
 * What the eight-symmetry search offers the rest of core: its tasks and its kernel. A thread is given it
 * once it has loaded it (`provideEightfold`): a worker when it starts, the page only when a run asks for
 * all eight symmetries, so the page's first paint does not carry it (its budget: README).
 */
export interface EightfoldSearch {
  /** The tasks, packed (core/eightfoldTasks.ts), cut after `rows` rows; and how many rows the deepest places. */
  tasks(n: number, rows: number): { data: number[]; depth: number };
  /** One packed task's count: every solution, the distinct ones, the nodes; null when cancelled part-way. */
  solve(
    n: number,
    header: number,
    columns: number,
    control: Int32Array | null,
  ): { solutions: number; distinct: number; nodes: number } | null;
}

/**
 * A task of the eight-symmetry search travels in the plain task's four ints (core/split.ts): this in the
 * weight's place marks it (a plain weight is 1 or 2).
 */
export const EIGHTFOLD_TASK = -1;

let loaded: EightfoldSearch | null = null;

export function provideEightfold(search: EightfoldSearch): void {
  loaded = search;
}

export function eightfoldLoaded(): boolean {
  return loaded !== null;
}

export function eightfoldSearch(): EightfoldSearch {
  if (!loaded) throw new SolverInputError('the eight-symmetry search was asked for before this thread loaded it');
  return loaded;
}
