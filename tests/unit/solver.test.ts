import { describe, expect, it } from 'vitest';
import { knownSolutions } from '../../src/core/known';
import { countSolutions, countSubtree } from '../../src/core/solver';

describe('countSolutions', () => {
  for (let n = 1; n <= 13; n++) {
    it(`N=${n} equals A000170 (${knownSolutions(n)})`, () => {
      expect(countSolutions(n)).toBe(knownSolutions(n));
    });
  }

  it('counts search-tree nodes like a recursive solver would (N=12: 856,189)', () => {
    expect(countSubtree(12, 0, 0, 0).nodes).toBe(856_189);
  });

  it('counts the subtree below any two placed queens like a recursive solver (solutions and nodes)', () => {
    const recursive = (full: number, cols: number, left: number, right: number): [number, number] => {
      if (cols === full) return [1, 1];
      let solutions = 0;
      let nodes = 1;
      for (let free = full & ~(cols | left | right); free !== 0; free &= free - 1) {
        const bit = free & -free;
        const [s, k] = recursive(full, cols | bit, (left | bit) << 1, (right | bit) >> 1);
        solutions += s;
        nodes += k;
      }
      return [solutions, nodes];
    };
    for (let n = 1; n <= 9; n++) {
      const full = (1 << n) - 1;
      for (let first = 1; first <= full; first <<= 1) {
        for (let second = 1; second <= full; second <<= 1) {
          const cols = first | second;
          const left = (((first << 1) | second) << 1) | 0;
          const right = ((first >> 1) | second) >> 1;
          const [solutions, nodes] = recursive(full, cols, left, right);
          expect(countSubtree(n, cols, left, right)).toEqual({ solutions, nodes, cancelled: false });
        }
      }
    }
  });

  it('rejects board sizes outside 1..20 by name', () => {
    for (const bad of [0, 21, 2.5, Number.NaN, -3]) {
      expect(() => countSolutions(bad)).toThrow(expect.objectContaining({ name: 'SolverInputError' }));
    }
  });
});

describe('countSubtree control pair [cancel, heartbeat]', () => {
  it('stops promptly once the flag is raised and says so', () => {
    const flag = new Int32Array(new SharedArrayBuffer(8));
    flag[0] = 1;
    const result = countSubtree(16, 0, 0, 0, flag);
    expect(result.cancelled).toBe(true);
    expect(result.nodes).toBeLessThan(10_000);
  });

  it('runs to completion while the flag is down, beating once per check', () => {
    const flag = new Int32Array(new SharedArrayBuffer(8));
    expect(countSubtree(10, 0, 0, 0, flag)).toMatchObject({ solutions: 724, cancelled: false });
    const beats = flag[1];
    expect(beats).toBeGreaterThan(1);
    countSubtree(12, 0, 0, 0, flag);
    expect(flag[1] - beats).toBeGreaterThan(10);
  });
});

describe('knownSolutions', () => {
  it('knows N=19 and N=20 beyond 2^32 exactly', () => {
    expect(knownSolutions(19)).toBe(4_968_057_848);
    expect(knownSolutions(20)).toBe(39_029_188_884);
    expect(knownSolutions(21)).toBeUndefined();
  });
});
