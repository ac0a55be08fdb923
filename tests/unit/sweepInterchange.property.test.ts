import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODES } from '../../src/engine/modes';
import { sweepFromResults } from '../../src/state/interchange/build';
import { resultsToJson, sweepFromFile } from '../../src/state/interchange/file';
import { readSharedResult, sharedResultFragment } from '../../src/state/interchange/link';
import type { SavedSweep } from '../../src/state/interchange/sweep';
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
        const json = resultsToJson(set, testEnvironment, '?n=15');
        const travelled = [
          sweepFromFile(json),
          sweepFromFile(asVersion1File(json)),
          await readSharedResult(await sharedResultFragment(kept)),
          await readSharedResult(asVersion1Link(kept)),
        ];
        for (const arrival of travelled) {
          if (!arrival || !('sweep' in arrival)) throw new Error(`a sweep did not travel: ${JSON.stringify(arrival)}`);
          expect(arrival.sweep.mode).toBe(kept.mode);
          expectSamePoints(arrival.sweep, kept);
        }
        expect(travelled.map((arrival) => arrival && 'sweep' in arrival && arrival.sweep.origin)).toEqual([
          'file',
          'file',
          'link',
          'link',
        ]);
      }),
      { numRuns: 150 },
    );
  });
});

/** A file as the page wrote it before files had versions: no `version`, no `sweep`, the rows only. */
function asVersion1File(json: string): string {
  const before = JSON.parse(json) as Record<string, unknown>;
  delete before.version;
  delete before.sweep;
  return JSON.stringify(before, null, 2);
}

/** A link as the page first wrote them: plain JSON of the whole sweep, id and all, full precision. */
function asVersion1Link(sweep: SavedSweep): string {
  const before: Partial<SavedSweep> = { ...sweep };
  delete before.origin;
  const base64url = btoa(JSON.stringify(before)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `#result=1.${base64url}`;
}
