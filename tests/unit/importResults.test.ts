import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHistory } from '../../src/state/history';
import { keepArrived, sweepFromLink } from '../../src/state/importResults';
import { IMPORT_MAX_BYTES, resultsToJson, sweepFromFile } from '../../src/state/interchange/file';
import { sharedResultFragment } from '../../src/state/interchange/link';
import { sweepLabel } from '../../src/state/interchange/label';
import { parseSavedSweep } from '../../src/state/interchange/sweep';
import { resultRow, resultSet, savedSweep, testEnvironment } from '../support/testData';

const sweepSet = resultSet(
  [1, 2, 4].map((workers) => resultRow({ workers, samplesMs: [12 / workers, 12.5 / workers], solutions: 92 })),
  { n: 8 },
);

describe('results from files and pasted links', () => {
  it('an exported JSON file reads back as its sweep, labelled with the device that measured it', () => {
    const text = resultsToJson(sweepSet, { ...testEnvironment, browser: 'Firefox 153', cores: 8 }, '?n=8');
    const read = sweepFromFile(text);
    expect('sweep' in read).toBe(true);
    const { sweep } = read as { sweep: NonNullable<ReturnType<typeof parseSavedSweep>> };
    expect(sweep.n).toBe(8);
    expect(sweep.machine).toEqual({ browser: 'Firefox 153', cores: 8, isolated: true });
    expect(sweep.points.map((point) => point.workers)).toEqual([1, 2, 4]);
    expect(sweep.points[0].speedup).toBe(1);
    // The same file twice is the same sweep: kept once.
    expect((sweepFromFile(text) as { sweep: typeof sweep }).sweep.id).toBe(sweep.id);
  });

  it.each([
    ['{', 'it is not JSON'],
    ['[1]', 'it is not a Parallel Queens export'],
    ['{"app":"other"}', 'it is not a Parallel Queens export'],
    ['{"app":"parallel-queens","rows":[]}', 'it holds no measured points'],
    ['{"app":"parallel-queens","rows":[{"workers":1}]}', 'a field is missing or out of range'],
    [' '.repeat(IMPORT_MAX_BYTES + 1), /larger than 1 MB/],
  ])('a bad file is refused with why', (text, problem) => {
    const read = sweepFromFile(text);
    expect('problem' in read && read.problem).toMatch(problem);
  });

  it('a pasted link reads as the result it carries, or says why not', async () => {
    const link = `https://example.org/queens/?n=12${await sharedResultFragment(savedSweep('there'))}`;
    expect('sweep' in (await sweepFromLink(link))).toBe(true);
    expect(await sweepFromLink('not a link')).toEqual({ problem: 'it is not a link' });
    expect(await sweepFromLink('https://example.org/')).toEqual({ problem: 'the link carries no result' });
  });

  it('a kept sweep is overlaid and said; a refused one changes nothing', () => {
    const history = createHistory(undefined);
    const refused = keepArrived(history, 'bad.json', { problem: 'it is not JSON' });
    expect(refused).toEqual({ source: 'bad.json', kept: false, text: 'bad.json: not imported: it is not JSON' });
    expect(history.store.getState().sweeps).toEqual([]);
    const kept = keepArrived(history, 'a.json', { sweep: savedSweep('a') });
    expect(kept.kept).toBe(true);
    expect(kept.text).toBe(`a.json: ${sweepLabel(savedSweep('a'))}, overlaid`);
    expect(history.store.getState().overlayIds).toEqual(['a']);
  });

  it('any text gives a valid sweep or a problem, and never throws (property)', () => {
    const text = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record({
          app: fc.constantFrom('parallel-queens', 'x'),
          n: fc.anything(),
          rows: fc.array(fc.record({ workers: fc.anything(), ms: fc.anything(), mode: fc.anything() })),
          machine: fc.anything(),
          exportedAt: fc.string(),
        })
        .map((value) => JSON.stringify(value)),
    );
    fc.assert(
      fc.property(text, (input) => {
        const read = sweepFromFile(input);
        if ('sweep' in read) expect(parseSavedSweep(read.sweep)).toEqual(read.sweep);
        else expect(typeof read.problem).toBe('string');
      }),
      { numRuns: 1500 },
    );
  });
});
