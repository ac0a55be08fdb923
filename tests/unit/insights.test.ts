import { describe, expect, it } from 'vitest';
import { smallestTellingN, warnings } from '../../src/state/insights';
import type { ResultRow, ResultSet } from '../../src/state/results';
import { captions, resultRow, resultSet, testEnvironment } from '../support/testData';

const row = (workers: number, samplesMs: number[]): ResultRow => resultRow({ workers, samplesMs });
const sweep = (rows: ResultRow[], extra: Partial<ResultSet> = {}): ResultSet =>
  resultSet(rows, { fixedCostMs: 0.08, ...extra });

describe('captions', () => {
  it('lead with how many times faster, then what two points imply, in words, without a fit', () => {
    const lines = captions(sweep([row(1, [900, 905, 910]), row(2, [470, 475, 480])]));
    expect(lines[0]).toBe('1.91× faster on 2 workers (95% efficient).');
    expect(lines[1]).toBe(
      'Two points only bound it: at most 5.0% of the work is serial (Amdahl), overhead included. Sweep to more workers for a fit.',
    );
    expect(lines.join(' ')).not.toMatch(/fits/);
  });

  it("fit Amdahl's law from three points and give the residual", () => {
    const lines = captions(sweep([row(1, [900]), row(2, [470]), row(4, [250])]));
    expect(lines[1]).toMatch(
      /^Amdahl's law fits a serial fraction of [\d.]+% \(the 3 points sit 0\.\d\d× from the curve on average\)/,
    );
  });

  it('call an efficiency above 100% within noise when the samples allow 100%', () => {
    const lines = captions(sweep([row(1, [900, 930, 960]), row(2, [445, 450, 470])]));
    expect(lines[0]).toMatch(
      /^2\.07× faster on 2 workers: 103% efficient, within the samples' noise \(96%–108%\), so read it as 100%\.$/,
    );
  });

  it('never headline a superlinear speedup beyond the noise, and warn about it', () => {
    const set = sweep([row(1, [900, 901, 902]), row(2, [400, 401, 402])]);
    expect(captions(set)[0]).toMatch(
      /^2 workers measured more than 2× faster \(112%–113% efficient\), beyond the samples' noise.*Not a result/,
    );
    expect(
      warnings(set, testEnvironment)
        .map((caution) => caution.text)
        .join(' '),
    ).toMatch(/beyond the noise of the samples/);
  });

  it('say when N is too small to show scaling, and which N would', () => {
    const set = sweep([row(1, [0.3]), row(2, [0.2])], { n: 10, fixedCostMs: 0.1 });
    expect(captions(set)).toEqual([
      'N=10 takes 0.20 ms on 2 workers: too short to show scaling (each run carries about 0.10 ms of fixed cost); try N=12 or more.',
    ]);
    expect(smallestTellingN(10, 0.2, 0.1)).toBe(12);
  });
});
