import { describe, expect, it } from 'vitest';
import { efficiency, median, speedup, sweepWorkerCounts } from '../../src/core/stats';

describe('statistics', () => {
  it('median of odd, even and empty samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('speedup and efficiency against the one-worker baseline', () => {
    expect(speedup(1000, 250)).toBe(4);
    expect(efficiency(1000, 250, 4)).toBe(1);
    expect(efficiency(1000, 520, 2)).toBeCloseTo(0.9615, 4);
    expect(speedup(1000, 0)).toBeNaN();
    expect(efficiency(1000, 500, 0)).toBeNaN();
  });
});

describe('sweepWorkerCounts', () => {
  it.each([
    [1, [1]],
    [2, [1, 2]],
    [6, [1, 2, 4, 6]],
    [8, [1, 2, 4, 8]],
    [12, [1, 2, 4, 8, 12]],
    [64, [1, 2, 4, 8, 16, 32, 64]],
  ])('up to %i workers visits %j', (max, expected) => {
    expect(sweepWorkerCounts(max)).toEqual(expected);
  });
});
