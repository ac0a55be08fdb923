import { rowChoices, type EightfoldRoot } from './eightfold';
import { EIGHTFOLD_TASK } from './eightfoldSlot';

/*
 * A task in the plain task's four ints: the first packs its kind, `bound1` and how many rows it places,
 * the second the column of each placed row; EIGHTFOLD_TASK in the weight's place marks it.
 */
const COLUMN_BITS = 5;
/** 5 bits a column (N ≤ 20 < 32) in one int32: six rows at most. */
export const EIGHTFOLD_MAX_ROWS = 6;

export function packRoot(root: EightfoldRoot): [number, number, number, number] {
  const header = (root.corner ? 1 : 0) | (root.bound1 << 1) | (root.columns.length << 6);
  const columns = root.columns.reduce((packed, column, row) => packed | (column << (COLUMN_BITS * row)), 0);
  return [header, columns, 0, EIGHTFOLD_TASK];
}

export function unpackRoot(header: number, packed: number): EightfoldRoot {
  const rows = header >>> 6;
  const columns = Array.from({ length: rows }, (_, row) => (packed >>> (COLUMN_BITS * row)) & 31);
  return { corner: (header & 1) === 1, bound1: (header >>> 1) & 31, columns };
}

/** The searches' roots, before any split: corner roots place two rows, edge roots one. */
function roots(n: number): EightfoldRoot[] {
  // Below 4 no board has a root of either kind: one search of the whole board (1 solution at N=1, else none).
  if (n < 4) return [{ corner: true, bound1: 0, columns: [] }];
  const found: EightfoldRoot[] = [];
  for (let bound1 = 2; bound1 < n - 1; bound1++) found.push({ corner: true, bound1, columns: [0, bound1] });
  for (let bound1 = 1; bound1 < n - 2 - (bound1 - 1); bound1++)
    found.push({ corner: false, bound1, columns: [bound1] });
  return found;
}

/**
 * Every task of the eight-symmetry search with `rows` rows placed (at least its root's; never the last
 * row, which the kernel settles): a root's partial boards, each placed by the same rules the kernel
 * follows, in the order the search would meet them.
 */
export function eightfoldTasks(n: number, rows: number): EightfoldRoot[] {
  const depth = Math.min(rows, EIGHTFOLD_MAX_ROWS, n - 1);
  const tasks: EightfoldRoot[] = [];
  const place = (root: EightfoldRoot, left: number, down: number, right: number) => {
    const row = root.columns.length;
    if (row >= depth) {
      tasks.push(root);
      return;
    }
    let free = rowChoices(n, root, row, left, down, right);
    while (free !== 0) {
      const bit = free & -free;
      free ^= bit;
      place(
        { ...root, columns: [...root.columns, 31 - Math.clz32(bit)] },
        (left | bit) << 1,
        down | bit,
        (right | bit) >> 1,
      );
    }
  };
  for (const root of roots(n)) {
    let left = 0;
    let down = 0;
    let right = 0;
    for (const column of root.columns) {
      const bit = 1 << column;
      left = (left | bit) << 1;
      down |= bit;
      right = (right | bit) >> 1;
    }
    place(root, left, down, right);
  }
  return tasks;
}
