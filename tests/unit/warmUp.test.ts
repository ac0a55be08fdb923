import { describe, expect, it } from 'vitest';
import { EIGHTFOLD_SEARCH } from '../../src/core/eightfoldSearch';
import { EIGHTFOLD_TIER_N, TIER_N } from '../../src/core/warmUp';

/** Every solution of the N-board, as the column of each row's queen, by plain backtracking. */
function allSolutions(n: number): number[][] {
  const found: number[][] = [];
  const columns: number[] = [];
  const place = (row: number) => {
    if (row === n) {
      found.push([...columns]);
      return;
    }
    for (let column = 0; column < n; column++) {
      const attacked = columns.some((other, at) => other === column || Math.abs(other - column) === row - at);
      if (attacked) continue;
      columns.push(column);
      place(row + 1);
      columns.pop();
    }
  };
  place(0);
  return found;
}

/** How many distinct boards a solution's four rotations, each mirrored, make: its family's size. */
function familySize(solution: number[]): number {
  const n = solution.length;
  const images = new Set<string>();
  let board = solution;
  for (let turn = 0; turn < 4; turn++) {
    const turned = new Array<number>(n);
    board.forEach((column, row) => (turned[column] = n - 1 - row));
    board = turned;
    images.add(board.join(','));
    images.add(board.map((column) => n - 1 - column).join(','));
  }
  return images.size;
}

const familySizes = (n: number) => new Set(allSolutions(n).map(familySize));

/** Every root of the N-board, each with its own [cancel, heartbeat] pair: the heartbeats afterwards. */
function heartbeatsPerRoot(n: number): number[] {
  const { data } = EIGHTFOLD_SEARCH.tasks(n, 0);
  const beats: number[] = [];
  for (let at = 0; at < data.length; at += 4) {
    const control = new Int32Array(2);
    EIGHTFOLD_SEARCH.solve(n, data[at], data[at + 1], control);
    beats.push(control[1]);
  }
  return beats;
}

/*
 * V8 compiles a kernel with the feedback its warm-up gave it. A branch the warm-up never took (a family
 * size never met, the cancel check never reached) makes the optimised kernel throw itself away the first
 * time a real run takes it, mid-measurement: the warm-up board must take them all.
 */
describe("the eight-symmetry search's warm-up board", () => {
  it('holds a family of every size, 2, 4 and 8 (the plain warm-up board has no family of 2)', () => {
    expect([...familySizes(EIGHTFOLD_TIER_N)].sort()).toEqual([2, 4, 8]);
    expect(familySizes(TIER_N).has(2)).toBe(false);
  });

  it("has a root long enough to run the kernel's cancel check", () => {
    expect(Math.max(...heartbeatsPerRoot(EIGHTFOLD_TIER_N))).toBeGreaterThan(0);
  });
});
