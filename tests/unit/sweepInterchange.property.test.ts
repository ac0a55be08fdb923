import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODES } from '../../src/engine/modes';
import { sweepFromResults } from '../../src/state/history';
import { sweepFromExport } from '../../src/state/importResults';
import type { SavedSweep } from '../../src/state/savedSweep';
import { readSharedResult, sharedResultFragment } from '../../src/state/sharedResult';
import { resultsToJson } from '../../src/ui/exporting';
import { resultRow, resultSet, testEnvironment } from '../support/testData';

/** A measured result set: one to three modes, each with some of 1, 2, 4, 8 workers, any positive times. */
const results = fc
  .uniqueArray(fc.constantFrom(...MODES), { minLength: 1, maxLength: 3 })
  .chain((modes) =>
    fc.tuple(
      ...modes.map((mode) =>
        fc
          .subarray([1, 2, 4, 8], { minLength: 1 })
          .chain((counts) =>
            fc.tuple(
              ...counts.map((workers) =>
                fc
                  .array(fc.double({ min: 0.05, max: 60_000, noNaN: true }), { minLength: 1, maxLength: 5 })
                  .map((samplesMs) => resultRow({ mode, workers, samplesMs })),
              ),
            ),
          ),
      ),
    ),
  )
  .map((perMode) => resultSet(perMode.flat()));

/** The same points, to the four significant digits a link keeps (so speedups within two parts in 1,000). */
function expectSamePoints(actual: SavedSweep, expected: SavedSweep): void {
  const near = (a: number, b: number) => Math.abs(a - b) <= 2e-3 * Math.abs(b);
  expect(actual.points.map((p) => p.workers)).toEqual(expected.points.map((p) => p.workers));
  actual.points.forEach((point, i) => {
    const want = expected.points[i];
    expect(near(point.ms, want.ms), `ms ${point.ms} against ${want.ms}`).toBe(true);
    expect(point.speedup === null).toBe(want.speedup === null);
    if (point.speedup !== null && want.speedup !== null) {
      expect(near(point.speedup, want.speedup), `speedup ${point.speedup} against ${want.speedup}`).toBe(true);
    }
  });
}

describe('one sweep, wherever it travels', () => {
  it('kept here, exported as a file and imported, or sent as a link and opened: the same points and speedups', async () => {
    await fc.assert(
      fc.asyncProperty(results, async (set) => {
        const kept = sweepFromResults(set, testEnvironment, new Date(2026, 11, 5), 'sweep-1');
        if (!kept) return;
        const file = sweepFromExport(resultsToJson(set, testEnvironment, '?n=15'));
        const link = await readSharedResult(await sharedResultFragment(kept));
        if (!('sweep' in file) || !link || !('sweep' in link)) throw new Error('a sweep did not travel');
        expect(file.sweep.mode).toBe(kept.mode);
        expectSamePoints(file.sweep, kept);
        expectSamePoints(link.sweep, kept);
      }),
      { numRuns: 150 },
    );
  });
});
