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

  it('rejects board sizes outside 1..20 by name', () => {
    for (const bad of [0, 21, 2.5, Number.NaN, -3]) {
      expect(() => countSolutions(bad)).toThrow(expect.objectContaining({ name: 'SolverInputError' }));
    }
  });
});

describe('countSubtree cancellation', () => {
  it('stops promptly once the flag is raised and says so', () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    flag[0] = 1;
    const result = countSubtree(16, 0, 0, 0, flag);
    expect(result.cancelled).toBe(true);
    expect(result.nodes).toBeLessThan(10_000);
  });

  it('runs to completion while the flag is down', () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    expect(countSubtree(10, 0, 0, 0, flag)).toMatchObject({ solutions: 724, cancelled: false });
  });
});

describe('knownSolutions', () => {
  it('knows N=19 and N=20 beyond 2^32 exactly', () => {
    expect(knownSolutions(19)).toBe(4_968_057_848);
    expect(knownSolutions(20)).toBe(39_029_188_884);
    expect(knownSolutions(21)).toBeUndefined();
  });
});
