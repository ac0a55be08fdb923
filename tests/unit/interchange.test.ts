import { describe, expect, it } from 'vitest';
import { boardRows } from '../../src/state/board';
import { resultsToJson, sweepFromFile } from '../../src/state/interchange/file';
import { sharedResultFragment, readSharedResult } from '../../src/state/interchange/link';
import { sweepFromResults } from '../../src/state/interchange/build';
import { parseSavedSweep, travellingSweep } from '../../src/state/interchange/sweep';
import { resultRow, resultSet, savedSweep, testEnvironment } from '../support/testData';

const set = resultSet(
  [1, 2].map((workers) => resultRow({ workers, samplesMs: [10 / workers], solutions: 92 })),
  {
    n: 8,
  },
);
const base64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('where a sweep came from: its origin field', () => {
  it('a stored entry keeps its origin; one older than the field gets the origin its id implied', () => {
    expect(parseSavedSweep(savedSweep('x', { origin: 'file' }))?.origin).toBe('file');
    const older: Partial<ReturnType<typeof savedSweep>> = savedSweep('sweep123');
    delete older.origin;
    expect(parseSavedSweep(older)?.origin).toBe('this-device');
    expect(parseSavedSweep({ ...older, id: 'sharedabc' })?.origin).toBe('imported');
    expect(parseSavedSweep({ ...older, origin: 'the moon' })).toBeNull();
    expect(parseSavedSweep({ ...older, origin: null })).toBeNull();
  });

  it('is set by the way a sweep arrived, never by what the sweep claims', async () => {
    const claiming = { ...savedSweep('x'), origin: 'this-device' };
    const link = await readSharedResult(`#result=1.${base64url(JSON.stringify(claiming))}`);
    expect(link && 'sweep' in link && link.sweep.origin).toBe('link');
    const file = JSON.parse(resultsToJson(set, testEnvironment, '?n=8')) as { sweep: Record<string, unknown> };
    file.sweep.origin = 'this-device';
    const read = sweepFromFile(JSON.stringify(file));
    expect('sweep' in read && read.sweep.origin).toBe('file');
  });

  it('the board says it in words', async () => {
    const fromLink = (await readSharedResult(await sharedResultFragment(savedSweep('a')))) as {
      sweep: ReturnType<typeof savedSweep>;
    };
    const fromFile = sweepFromFile(resultsToJson(set, testEnvironment, '')) as { sweep: ReturnType<typeof savedSweep> };
    const older = parseSavedSweep({ ...savedSweep('sharedold'), origin: undefined })!;
    expect(boardRows([savedSweep('mine'), fromLink.sweep, fromFile.sweep, older]).map((row) => row.device)).toEqual([
      'This device',
      'From a link',
      'From a file',
      'Imported',
    ]);
  });
});

describe('the results file, by version', () => {
  const now = new Date('2026-12-05T10:00:00Z');
  const written = JSON.parse(resultsToJson(set, testEnvironment, '?n=8', now)) as Record<string, unknown>;

  it('version 2 carries the sweep as this device keeps it, and reads back as that sweep', () => {
    expect(written.version).toBe(2);
    expect(written.sweep).toMatchObject({ n: 8, mode: 'shared', savedAt: '2026-12-05T10:00:00.000Z' });
    expect(written.sweep).not.toHaveProperty('id');
    const read = sweepFromFile(JSON.stringify(written));
    expect('sweep' in read && read.sweep.points.map((p) => [p.workers, p.speedup])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('a version 2 file reads its sweep, not its rows', () => {
    const sweep = written.sweep as { points: { ms: number }[] };
    const edited = { ...written, sweep: { ...sweep, points: sweep.points.map((p) => ({ ...p, ms: p.ms * 3 })) } };
    const read = sweepFromFile(JSON.stringify(edited));
    expect('sweep' in read && read.sweep.points[0].ms).toBeCloseTo(30);
  });

  it.each([
    [{ version: 3 }, 'it was written by a newer version of this page (file version 3; this one reads 1 to 2)'],
    [{ version: '2' }, 'its file version is not one this page knows'],
    [{ version: 2, sweep: null }, 'it holds no measured points'],
    [{ version: 2, sweep: { n: 8 } }, 'a field is missing or out of range'],
  ])('a file of another version or a damaged one is refused with why (%o)', (change, problem) => {
    expect(sweepFromFile(JSON.stringify({ ...written, ...change }))).toEqual({ problem });
  });
});

describe('a lesson’s prediction travels with its sweep', () => {
  const predicted = resultSet(
    [1, 2, 4].map((workers) => resultRow({ workers, samplesMs: [12 / workers], solutions: 92 })),
    { n: 8, prediction: { workers: 4, speedup: 3.5 } },
  );

  it('kept here, sent as a link, written to a file: the same prediction arrives', async () => {
    const kept = sweepFromResults(predicted, testEnvironment, new Date(), 'sweep1')!;
    expect(kept.prediction).toEqual({ workers: 4, speedup: 3.5 });
    const link = await readSharedResult(await sharedResultFragment(kept));
    expect(link && 'sweep' in link && link.sweep.prediction).toEqual({ workers: 4, speedup: 3.5 });
    const file = sweepFromFile(resultsToJson(predicted, testEnvironment, ''));
    expect('sweep' in file && file.sweep.prediction).toEqual({ workers: 4, speedup: 3.5 });
  });

  it.each([
    [{ workers: 4, speedup: 1e9 }],
    [{ workers: 4, speedup: -1 }],
    [{ workers: 0, speedup: 2 }],
    [{ workers: 4 }],
    ['3.5'],
    [null],
  ])('a damaged or out-of-range prediction (%o) is refused in words, by link and by file', async (prediction) => {
    const sweep = { ...travellingSweep(savedSweep('a')), prediction };
    const link = await readSharedResult(`#result=1.${base64url(JSON.stringify(sweep))}`);
    expect(link).toEqual({ problem: expect.stringMatching(/^its prediction is damaged or out of range/) });
    const written = JSON.parse(resultsToJson(set, testEnvironment, '')) as Record<string, unknown>;
    expect(sweepFromFile(JSON.stringify({ ...written, sweep: { ...(written.sweep as object), prediction } }))).toEqual({
      problem: expect.stringMatching(/^its prediction is damaged/),
    });
  });

  it('an oversized link with a prediction is refused unread', async () => {
    const huge = {
      ...travellingSweep(savedSweep('a')),
      prediction: { workers: 4, speedup: 2, note: 'x'.repeat(9000) },
    };
    expect(await readSharedResult(`#result=1.${base64url(JSON.stringify(huge))}`)).toEqual({
      problem: expect.stringMatching(/more than a result needs/),
    });
  });
});
