/**
 * The search that uses all eight symmetries of the board (four rotations, each mirrored): Takaken's
 * method. Every family of solutions is searched once, from its canonical member:
 * - "corner": the first row's queen in column 0. Then no solution is its own rotation or mirror, so each
 *   one found stands for 8 (it is searched with the second row's queen in column `bound1` ≥ 2, and no
 *   queen in column 1 above row `bound1`, which keeps only the member whose diagonal reflection is larger);
 * - "edge": the first row's queen in column `bound1` (1 ≤ bound1 < n-1-bound1), the corners of the board
 *   kept out of the first rows and the last row; a solution found is checked against its rotations
 *   (`classify`): kept once for a family of 2 (symmetric under 90°), 4 (under 180°) or 8.
 * Iterative and allocation-free like the plain kernel (core/solver.ts): one stack and one board per realm.
 */
import { CANCEL_CHECK_INTERVAL } from './solver';

export interface EightfoldCount {
  /** Every solution, each canonical one multiplied by the size of its family (2, 4 or 8). */
  solutions: number;
  /** Distinct solutions: one per family (OEIS A002562). */
  distinct: number;
  /** Queens placed (calls a recursive solver makes), the root included. */
  nodes: number;
  cancelled: boolean;
}

/** Where a search starts: the kind of root, its `bound1`, and the queens already placed row by row. */
export interface EightfoldRoot {
  corner: boolean;
  bound1: number;
  /** Column of the queen in each placed row, from row 0. */
  columns: readonly number[];
}

/** Five ints a saved row on the stack: its row, left and right diagonals, columns, squares left. */
const stack = new Int32Array(5 * 32);
/** The queen of each row as a bit: `classify` reads the whole board. */
const board = new Int32Array(32);

/** The per-search masks, from the root: the same for every task of one root. */
export function edgeMasks(n: number, bound1: number): { sideMask: number; lastMask: number; endBit: number } {
  const topBit = 1 << (n - 1);
  let lastMask = topBit | 1;
  for (let grown = 1; grown < bound1; grown++) lastMask |= (lastMask >> 1) | (lastMask << 1);
  return { sideMask: topBit | 1, lastMask, endBit: topBit >> bound1 };
}

/**
 * The squares a row may take, given what attacks it: the root's rules on top of the attacks (corner: no
 * queen in column 1 above row bound1; edge: no corner column above row bound1, and at row bound2 the
 * corner columns decide). 0 when the row, or the branch, is closed.
 */
export function rowChoices(
  n: number,
  root: { corner: boolean; bound1: number },
  row: number,
  left: number,
  down: number,
  right: number,
): number {
  const mask = (1 << n) - 1;
  const last = n - 1;
  let free = mask & ~(left | down | right);
  if (row === last) {
    if (root.corner) return free;
    return (free & edgeMasks(n, root.bound1).lastMask) === 0 ? free : 0;
  }
  if (row < root.bound1) free &= ~(root.corner ? 2 : (1 << last) | 1);
  else if (!root.corner && row === last - root.bound1) {
    const sides = down & ((1 << last) | 1);
    if (sides === 0) return 0;
    if (sides !== ((1 << last) | 1)) free &= (1 << last) | 1;
  }
  return free;
}

/**
 * How many members a solution's family has, if the board now holding it is the family's canonical
 * member (its rotations compare no smaller): 2, 4 or 8; 0 when it is not, and is counted from another.
 */
function classify(last: number, bound1: number, endBit: number): number {
  const topBit = 1 << last;
  const bound2 = last - bound1;
  // 90°
  if (board[bound2] === 1) {
    let own = 1;
    for (let ptn = 2; own <= last; own++, ptn <<= 1) {
      let bit = 1;
      for (let you = last; board[you] !== ptn && board[own] >= bit; you--) bit <<= 1;
      if (board[own] > bit) return 0;
      if (board[own] < bit) break;
    }
    if (own > last) return 2;
  }
  // 180°
  if (board[last] === endBit) {
    let own = 1;
    for (let you = last - 1; own <= last; own++, you--) {
      let bit = 1;
      for (let ptn = topBit; ptn !== board[you] && board[own] >= bit; ptn >>= 1) bit <<= 1;
      if (board[own] > bit) return 0;
      if (board[own] < bit) break;
    }
    if (own > last) return 4;
  }
  // 270°
  if (board[bound1] === topBit) {
    let own = 1;
    for (let ptn = topBit >> 1; own <= last; own++, ptn >>= 1) {
      let bit = 1;
      for (let you = 0; board[you] !== ptn && board[own] >= bit; you++) bit <<= 1;
      if (board[own] > bit) return 0;
      if (board[own] < bit) break;
    }
  }
  return 8;
}

/**
 * Counts the solutions below a root (its rows placed), by the root's rules. `control` is the plain
 * kernel's [cancel flag, heartbeat] pair, polled as often. The one-square board has no root of either
 * kind: its one task (core/eightfoldTasks.ts) is a corner root, counted here as its one solution.
 */
export function countEightfold(n: number, root: EightfoldRoot, control: Int32Array | null = null): EightfoldCount {
  const last = n - 1;
  const mask = (1 << n) - 1;
  const { corner, bound1 } = root;
  const bound2 = corner ? -1 : last - bound1;
  const exclude = corner ? 2 : (1 << last) | 1;
  const sideMask = (1 << last) | 1;
  const { lastMask, endBit } = edgeMasks(n, bound1);
  // A corner solution is never its own image: its last row has no rule of the edge's.
  const leafMask = corner ? 0 : lastMask;
  if (n === 1) return { solutions: 1, distinct: 1, nodes: 1, cancelled: false };
  let left = 0;
  let down = 0;
  let right = 0;
  for (let row = 0; row < root.columns.length; row++) {
    const bit = 1 << root.columns[row];
    board[row] = bit;
    left = (left | bit) << 1;
    down |= bit;
    right = (right | bit) >> 1;
  }
  let row = root.columns.length;
  let free = rowChoices(n, root, row, left, down, right);
  let count2 = 0;
  let count4 = 0;
  let count8 = 0;
  let placed = 0;
  let budget = CANCEL_CHECK_INTERVAL;
  let nodes = 1;
  if (row === last) {
    // A root one row short of the whole board: its last queen is the only one left to place.
    if (free !== 0) {
      board[last] = free;
      const family = corner ? 8 : classify(last, bound1, endBit);
      return { solutions: family, distinct: family === 0 ? 0 : 1, nodes: 2, cancelled: false };
    }
    return { solutions: 0, distinct: 0, nodes: 1, cancelled: false };
  }
  let sp = 0;
  for (;;) {
    if (free !== 0) {
      const bit = free & -free;
      free ^= bit;
      board[row] = bit;
      placed++;
      const childLeft = (left | bit) << 1;
      const childDown = down | bit;
      const childRight = (right | bit) >> 1;
      const child = row + 1;
      let childFree = mask & ~(childLeft | childDown | childRight);
      if (child === last) {
        if (childFree !== 0 && (childFree & leafMask) === 0) {
          board[last] = childFree;
          placed++;
          if (corner) count8++;
          else {
            const family = classify(last, bound1, endBit);
            if (family === 8) count8++;
            else if (family === 4) count4++;
            else if (family === 2) count2++;
          }
        }
        continue;
      }
      if (child < bound1) childFree &= ~exclude;
      else if (child === bound2) {
        const sides = childDown & sideMask;
        if (sides === 0) continue;
        if (sides !== sideMask) childFree &= sideMask;
      }
      if (childFree === 0) continue;
      // Saved only while it has squares left, branchlessly (the plain kernel's way): free < 2^31.
      stack[sp] = row;
      stack[sp + 1] = left;
      stack[sp + 2] = down;
      stack[sp + 3] = right;
      stack[sp + 4] = free;
      sp += (-free >>> 31) * 5;
      row = child;
      left = childLeft;
      down = childDown;
      right = childRight;
      free = childFree;
      if (--budget === 0) {
        budget = CANCEL_CHECK_INTERVAL;
        nodes += placed;
        placed = 0;
        if (control !== null) {
          control[1]++;
          if (Atomics.load(control, 0) !== 0) return counted(nodes, count2, count4, count8, true);
        }
      }
      continue;
    }
    if (sp === 0) break;
    sp -= 5;
    row = stack[sp];
    left = stack[sp + 1];
    down = stack[sp + 2];
    right = stack[sp + 3];
    free = stack[sp + 4];
  }
  return counted(nodes + placed, count2, count4, count8, false);
}

/** The families found, as every solution and the distinct ones (finished, or cancelled part-way). */
function counted(nodes: number, count2: number, count4: number, count8: number, cancelled: boolean): EightfoldCount {
  return { solutions: 2 * count2 + 4 * count4 + 8 * count8, distinct: count2 + count4 + count8, nodes, cancelled };
}
