import { describe, expect, it } from 'vitest';
import { boardRows, coreGroups, sortBoard } from '../../src/state/board';
import { arrivedId } from '../../src/state/interchange/build';
import { boardToCsv } from '../../src/state/interchange/csv';
import type { Origin, SavedSweep } from '../../src/state/interchange/sweep';

function sweep(
  id: string,
  browser: string,
  cores: number | null,
  speedups: (number | null)[],
  savedAt = '2026-12-02T10:00:00.000Z',
  origin: Origin = 'link',
): SavedSweep {
  return {
    id,
    origin,
    savedAt,
    n: 12,
    mode: 'shared',
    symmetry: 'mirror',
    splitDepth: 2,
    schedule: 'dynamic',
    machine: { browser, cores, isolated: true },
    points: speedups.map((speedup, i) => ({ workers: i + 1, ms: 10, minMs: 9, maxMs: 11, speedup })),
  };
}

const laptop = sweep(arrivedId('a'), 'Firefox 153', 8, [1, 1.9, 2.7, 3.4]);
const phone = sweep(arrivedId('b'), 'Safari 26', 6, [1, 1.8, 3.6, 3.1], undefined, 'file');
const mine = sweep('sweepmine', 'Chrome 156', 2, [1, 1.84], undefined, 'this-device');
const unknown = sweep(arrivedId('c'), 'Firefox 140', null, [1, null]);

describe('the board of every device', () => {
  it('one row per sweep: where it was measured, its best speedup, at how many workers, and that point’s efficiency', () => {
    const [row, own] = boardRows([phone, mine]);
    expect(row).toMatchObject({ device: 'From a file', browser: 'Safari 26', cores: 6, n: 12 });
    expect(row.best).toEqual({ speedup: 3.6, workers: 3 });
    expect(row.efficiency).toBeCloseTo(1.2);
    expect(own.device).toBe('This device');
    const [none] = boardRows([unknown]);
    expect(none.best).toEqual({ speedup: 1, workers: 1 });
    expect(none.points).toEqual([{ workers: 1, speedup: 1 }]);
  });

  it('sorts by best speedup or by cores, highest first, missing values last, and keeps every row', () => {
    const rows = boardRows([mine, unknown, laptop, phone]);
    expect(sortBoard(rows, 'speedup').map((row) => row.browser)).toEqual([
      'Safari 26',
      'Firefox 153',
      'Chrome 156',
      'Firefox 140',
    ]);
    expect(sortBoard(rows, 'cores').map((row) => row.cores)).toEqual([8, 6, 2, null]);
    expect(sortBoard([], 'cores')).toEqual([]);
  });

  it('groups curves by reported cores, one legend line per group, every row in exactly one group', () => {
    const twin = sweep(arrivedId('d'), 'Chrome 150', 8, [1, 2]);
    const rows = boardRows([laptop, unknown, twin, mine]);
    const groups = coreGroups(rows);
    expect(groups.map((group) => group.label)).toEqual([
      '8 cores: 2 devices',
      '2 cores: 1 device',
      'cores not reported: 1 device',
    ]);
    expect(groups.flatMap((group) => group.rows).length).toBe(rows.length);
  });

  it('a lesson’s prediction stands beside what was measured on the workers it was for', () => {
    const [row] = boardRows([{ ...laptop, prediction: { workers: 3, speedup: 2.5 } }]);
    expect(row.predicted).toEqual({ workers: 3, speedup: 2.5, measured: 2.7 });
    expect(boardRows([{ ...laptop, prediction: { workers: 16, speedup: 9 } }])[0].predicted?.measured).toBeNull();
    expect(boardRows([laptop])[0].predicted).toBeNull();
  });

  it('exports as CSV in the order shown, and text from another device cannot become a spreadsheet formula', () => {
    const hostile = sweep(arrivedId('e'), '=HYPERLINK("http://x","y")', 4, [1, 2]);
    const predicting = { ...laptop, prediction: { workers: 4, speedup: 3.5 } };
    const csv = boardToCsv(sortBoard(boardRows([hostile, predicting]), 'speedup')).split('\r\n');
    expect(csv[0]).toBe(
      'device,browser,reported_cores,n,best_speedup,at_workers,efficiency,when,predicted_speedup,predicted_at_workers,measured_there',
    );
    expect(csv[1]).toBe('From a link,Firefox 153,8,12,3.4,4,0.85,2026-12-02T10:00:00.000Z,3.5,4,3.4');
    expect(csv[2]).toBe(`From a link,"'=HYPERLINK(""http://x"",""y"")",4,12,2,2,1,2026-12-02T10:00:00.000Z,,,`);
    expect(csv.at(-1)).toBe('');
  });
});
