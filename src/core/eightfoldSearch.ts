import { countEightfold } from './eightfold';
import { eightfoldTasks, packRoot, unpackRoot } from './eightfoldTasks';
import type { EightfoldSearch } from './eightfoldSlot';

/** The eight-symmetry search as a thread is given it (core/eightfoldSlot.ts). */
export const EIGHTFOLD_SEARCH: EightfoldSearch = {
  tasks(n, rows) {
    const roots = eightfoldTasks(n, rows);
    return { data: roots.flatMap(packRoot), depth: Math.max(...roots.map((root) => root.columns.length)) };
  },
  solve(n, header, columns, control) {
    const result = countEightfold(n, unpackRoot(header, columns), control);
    return result.cancelled ? null : result;
  },
};
