import { TASK_STRIDE } from './split';

/** Columns of each row's queen, top row first. */
export type Board = number[];

function bitIndex(bit: number): number {
  return 31 - Math.clz32(bit);
}

/** Replays placements, giving the masks a task with those first rows would carry. */
function masksOf(columns: readonly number[]): [number, number, number] {
  let cols = 0;
  let left = 0;
  let right = 0;
  for (const column of columns) {
    const bit = 1 << column;
    cols |= bit;
    left = (left | bit) << 1;
    right = (right | bit) >> 1;
  }
  return [cols, left, right];
}

/**
 * A task keeps only attack masks, not which row each queen is on; with at most 4 rows the order is
 * recovered by trying the permutations of its columns against the masks.
 */
export function recoverPrefix(cols: number, left: number, right: number): Board | null {
  const columns: number[] = [];
  for (let rest = cols; rest !== 0; rest &= rest - 1) columns.push(bitIndex(rest & -rest));
  const search = (placed: number[], remaining: number[]): Board | null => {
    if (remaining.length === 0) {
      const [c, l, r] = masksOf(placed);
      return c === cols && l === left && r === right ? placed : null;
    }
    for (const column of remaining) {
      const found = search(
        [...placed, column],
        remaining.filter((other) => other !== column),
      );
      if (found) return found;
    }
    return null;
  };
  return search([], columns);
}

/** The first completion in the kernel's own order (lowest free column first), or null if none. */
export function firstCompletion(n: number, cols: number, left: number, right: number): Board | null {
  const full = (1 << n) - 1;
  if (cols === full) return [];
  let free = full & ~(cols | left | right);
  while (free !== 0) {
    const bit = free & -free;
    free ^= bit;
    const rest = firstCompletion(n, cols | bit, (left | bit) << 1, (right | bit) >> 1);
    if (rest) return [bitIndex(bit), ...rest];
  }
  return null;
}

/** The first solution the kernel meets in task `index` of a task list, as a whole board. */
export function firstSolutionOfTask(n: number, tasks: Int32Array, index: number): Board | null {
  const at = index * TASK_STRIDE;
  const [cols, left, right] = [tasks[at], tasks[at + 1], tasks[at + 2]];
  const prefix = recoverPrefix(cols, left, right);
  const rest = prefix && firstCompletion(n, cols, left, right);
  return prefix && rest ? [...prefix, ...rest] : null;
}

/** True when no two queens share a row, column or diagonal and every row has one. */
export function isValidBoard(board: Board, n: number): boolean {
  if (board.length !== n) return false;
  return board.every((column, row) =>
    board.every(
      (other, otherRow) =>
        otherRow === row || (other !== column && Math.abs(other - column) !== Math.abs(otherRow - row)),
    ),
  );
}
