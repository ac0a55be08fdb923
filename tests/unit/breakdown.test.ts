import { describe, expect, it } from 'vitest';
import { addActivity, breakdown, lawsApply, lossCause, loneRate, runActivity } from '../../src/core/breakdown';
import { amdahlFit, scaledRows, type ResultRow } from '../../src/state/results';
import { simulatedRow } from '../support/simulatedRun';
import { captions, resultSet } from '../support/testData';

/** One lone worker's speed, nodes per ms. */
const R = 100;
const even = (count: number, nodes = 1000) => new Array<number>(count).fill(nodes);
const sweep = (rows: ResultRow[]) => resultSet(rows, { fixedCostMs: 0.05 });
const text = (lines: string[]) => lines.join(' ');

describe('where the time went', () => {
  it('a run record gives each worker its busy time, nodes, first start and last end', () => {
    const activity = runActivity(
      { owner: [0, 1, 0, -1], startMs: [1, 2, 5, 0], endMs: [4, 9, 8, 0], nodes: [30, 70, 30, 0] },
      3,
      10,
    );
    expect(activity).toEqual({
      workers: 3,
      wallMs: 10,
      busyMs: [6, 7, 0],
      nodes: [60, 70, 0],
      beforeMs: [1, 2, 0],
      afterMs: [2, 1, 10],
    });
    expect(loneRate(activity)).toBeCloseTo(130 / 13, 10);
  });

  it('the records of several runs add up, so a point speaks for all its runs', () => {
    const one = runActivity({ owner: [0, 1], startMs: [100, 101], endMs: [104, 105], nodes: [40, 40] }, 2, 5, 100);
    const both = addActivity(one, one);
    expect(both).toMatchObject({ wallMs: 10, busyMs: [8, 8], nodes: [80, 80], beforeMs: [0, 2], afterMs: [2, 0] });
    expect(addActivity(undefined, one)).toBe(one);
  });

  it('useful, waiting and slower always add up to one, none negative', () => {
    const row = simulatedRow(even(40), [R, R / 2], 'static', 2);
    for (const efficiency of [0.3, 0.7, 1, 1.2]) {
      const b = breakdown(efficiency, row.activity!, R);
      expect(b.useful + b.waiting + b.slower).toBeCloseTo(1, 10);
      for (const part of [b.useful, b.waiting, b.slower]) expect(part).toBeGreaterThanOrEqual(0);
    }
  });

  it('equal cores, even tasks: nothing lost, nothing to explain, no serial fraction', () => {
    const set = sweep([simulatedRow(even(200), [R]), simulatedRow(even(200), [R, R])]);
    const [, two] = scaledRows(set, 2);
    expect(two.efficiency).toBeCloseTo(1, 2);
    expect(two.breakdown!.waiting + two.breakdown!.slower).toBeLessThan(0.01);
    expect(lossCause(two.breakdown!, 2)).toEqual({ kind: 'none' });
    expect(two.breakdown!.speed.map((s) => Number(s.toFixed(3)))).toEqual([1, 1]);
    expect(captions(set, false, 2)).toEqual(['2.00× faster on 2 workers (100% efficient).']);
  });

  it('imbalance (a static one-row split): workers waited at the end; the laws apply', () => {
    // One task per first-row column, some far bigger than others, dealt round-robin.
    const firstRow = [2, 4, 8, 16, 30, 40, 36, 20, 10, 5, 3, 1].map((k) => k * 1000);
    const set = sweep([
      simulatedRow(firstRow, [R], 'static'),
      simulatedRow(firstRow, [R, R], 'static'),
      simulatedRow(firstRow, [R, R, R, R], 'static'),
      simulatedRow(firstRow, new Array(8).fill(R), 'static'),
    ]);
    const rows = scaledRows(set, 8);
    const eight = rows[3];
    expect(eight.breakdown!.slower).toBeCloseTo(0, 6);
    expect(eight.breakdown!.waiting).toBeCloseTo(1 - eight.efficiency!, 6);
    expect(eight.breakdown!.waitingAt.end).toBeGreaterThan(0.3);
    expect(lossCause(eight.breakdown!, 8)).toMatchObject({ kind: 'waiting', where: 'end' });
    expect(rows.every((row) => row.lawsApply)).toBe(true);
    const lines = captions(set, false, 8);
    expect(lines[1]).toMatch(
      /^Workers waited \d+% of the time for the last tasks to finish: the split is too coarse for this many workers \(try Auto or Dynamic\)\.$/,
    );
    expect(lines[2]).toMatch(/^Amdahl's law fits a serial fraction of [\d.]+% \(the 4 points/);
  });

  it('oversubscription (4 workers on 2 cores): shared cores, the ideal ends at 2, no serial fraction from that point', () => {
    const set = sweep([
      simulatedRow(even(256), [R]),
      simulatedRow(even(256), [R, R]),
      // Two cores time-sliced between four workers: each computes at half speed.
      simulatedRow(even(256), [R / 2, R / 2, R / 2, R / 2]),
    ]);
    const [, two, four] = scaledRows(set, 2);
    expect(four.speedup).toBeCloseTo(2, 2);
    expect(four.efficiency).toBeCloseTo(0.5, 2);
    expect(four.coreEfficiency).toBeCloseTo(1, 2);
    expect(four.breakdown!.slower).toBeCloseTo(0.5, 2);
    expect(lossCause(four.breakdown!, 2)).toMatchObject({ kind: 'oversubscribed', cores: 2 });
    expect(four.lawsApply).toBe(false);
    expect(four.karpFlatt).toBeUndefined();
    expect(two.lawsApply).toBe(true);
    const lines = captions(set, false, 2);
    expect(lines[0]).toBe('2.00× faster on 4 workers (50% efficient; 100% of what 2 cores allow).');
    expect(lines[1]).toBe(
      "The 4 workers shared this device's 2 cores: each computed at 0.50× a lone worker's speed, so no more than about 2× can show here.",
    );
    expect(text(lines)).not.toMatch(/serial fraction of|% of the work is serial/);
    expect(lines[2]).toBe(
      "No serial fraction is claimed (Amdahl, Karp–Flatt): past 2 workers the workers share this device's 2 cores.",
    );
  });

  it('the same four workers on a browser that under-reports its cores: no sharing is claimed', () => {
    const set = sweep([simulatedRow(even(256), [R]), simulatedRow(even(256), [R, R, R, R])]);
    const [, four] = scaledRows(set, 2);
    expect(lossCause(four.breakdown!, 2)).toEqual({ kind: 'more-cores', cores: 2 });
    expect(text(captions(set, false, 2))).toContain('the device has more cores than the browser says');
  });

  it('another program on one core (one worker at half speed): different speeds, said; no serial fraction', () => {
    const set = sweep([simulatedRow(even(200), [R]), simulatedRow(even(200), [R, R / 2])]);
    const [, two] = scaledRows(set, 2);
    expect(two.efficiency).toBeCloseTo(0.75, 2);
    expect(two.breakdown!.slower).toBeGreaterThan(two.breakdown!.waiting);
    expect(two.breakdown!.speed.map((s) => Number(s.toFixed(2)))).toEqual([1, 0.5]);
    expect(lossCause(two.breakdown!, 2)).toMatchObject({ kind: 'uneven', slowest: 0.5, fastest: 1 });
    expect(lawsApply(two.breakdown!, 2)).toBe(false);
    const lines = captions(set, false, 2);
    expect(lines[1]).toBe(
      "These workers ran at different speeds (0.50× to 1.00× a lone worker's): this device has faster and slower cores, or other programs share some of them.",
    );
    expect(lines[2]).toBe(
      'No serial fraction is claimed (Amdahl, Karp–Flatt): at 2 workers the loss is slower workers, not serial work.',
    );
  });

  it('another program sharing both cores (both workers slowed alike): busy, but slower than alone', () => {
    const set = sweep([simulatedRow(even(200), [R]), simulatedRow(even(200), [0.5 * R, 0.52 * R])]);
    const lines = captions(set, false, 2);
    expect(lines[0]).toMatch(/^1\.0\d× faster on 2 workers \(5\d% efficient\)\.$/);
    expect(lines[1]).toBe(
      "Both workers were busy 100% of the time, but each computed at 0.51× a lone worker's speed: another program is using a core, or the cores are shared.",
    );
    expect(text(lines)).not.toMatch(/serial fraction of|% of the work is serial/);
  });

  it('a hybrid laptop (4 fast workers, 4 at 0.35): different speeds, no serial fraction', () => {
    const speeds = [R, R, R, R, 0.35 * R, 0.35 * R, 0.35 * R, 0.35 * R];
    const set = sweep([
      simulatedRow(even(512), [R]),
      simulatedRow(even(512), [R, R]),
      simulatedRow(even(512), [R, R, R, R]),
      simulatedRow(even(512), speeds),
    ]);
    const rows = scaledRows(set, 8);
    const eight = rows[3];
    expect(eight.efficiency).toBeCloseTo((4 + 4 * 0.35) / 8, 2);
    const cause = lossCause(eight.breakdown!, 8);
    expect(cause.kind).toBe('uneven');
    if (cause.kind === 'uneven') {
      expect(cause.slowest).toBeCloseTo(0.35, 6);
      expect(cause.fastest).toBeCloseTo(1, 6);
    }
    expect(eight.lawsApply).toBe(false);
    expect(eight.karpFlatt).toBeUndefined();
    // The equal-speed points fit Amdahl with nothing serial; the hybrid point is left out of the fit.
    expect(amdahlFit(rows)).toBeCloseTo(0, 3);
    const lines = captions(set, false, 8);
    expect(lines[1]).toMatch(/^These workers ran at different speeds \(0\.35× to 1\.00× a lone worker's\)/);
    expect(text(lines)).not.toMatch(/serial fraction of [1-9]/);
  });

  it('never claims a serial fraction above 100%', () => {
    // Waiting-bound and slower than one worker: the bound would be above 100%.
    const set = sweep([simulatedRow(even(10), [R]), simulatedRow(even(10), [R, R], 'static', 200)]);
    const percentages = [...text(captions(set, false, 2)).matchAll(/([\d.]+)% of the work is serial/g)].map((m) =>
      Number(m[1]),
    );
    for (const p of percentages) expect(p).toBeLessThanOrEqual(100);
  });
});
