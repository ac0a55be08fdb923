import { describe, expect, it } from 'vitest';
import { costOf } from '../../src/core/cost';

const plain = (times: number[]) => times.map((ms, index) => ({ workers: index + 1, ms }));
const even = Float64Array.from({ length: 240 }, () => 1);

describe('COST: how many plain workers match one symmetric worker', () => {
  it('is measured when a measured plain point is at least as fast', () => {
    const finding = costOf({
      symmetricMs: 100,
      plain: plain([300, 160, 110, 90]),
      taskCosts: even,
      schedule: 'dynamic',
    })!;
    expect(finding.advantage).toBe(3);
    expect(finding.measured).toBe(4);
    expect(finding.projected).toBeNull();
  });

  it('is projected from the task costs past the workers measured, and never past 64', () => {
    const finding = costOf({ symmetricMs: 100, plain: plain([500, 260]), taskCosts: even, schedule: 'dynamic' })!;
    expect(finding.measured).toBeNull();
    expect(finding.projected).toBe(5);
    expect(finding.widest).toBe(2);
    const unbalanced = Float64Array.from([100, ...Array.from({ length: 10 }, () => 1)]);
    // One task holds nearly all the work: no number of cores brings the plain run under 100/110 of it.
    expect(
      costOf({ symmetricMs: 1, plain: plain([110, 100]), taskCosts: unbalanced, schedule: 'dynamic' })!.projected,
    ).toBeNull();
  });

  it('needs a one-worker plain point and a symmetric time', () => {
    expect(
      costOf({ symmetricMs: 100, plain: [{ workers: 2, ms: 50 }], taskCosts: null, schedule: 'dynamic' }),
    ).toBeNull();
    expect(costOf({ symmetricMs: 0, plain: plain([100]), taskCosts: null, schedule: 'dynamic' })).toBeNull();
  });

  it('is 1 when the plain solver is already as fast on one worker', () => {
    expect(costOf({ symmetricMs: 100, plain: plain([90, 50]), taskCosts: even, schedule: 'dynamic' })!.measured).toBe(
      1,
    );
  });
});
