// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scaledRows, type ResultRow, type ResultSet } from '../../src/state/results';
import { csvField, resultsToCsv } from '../../src/state/interchange/csv';
import { resultsToJson } from '../../src/state/interchange/file';
import { copyLink, downloadChartPng, downloadText, resolveCssVariables } from '../../src/ui/exporting';
import { resultRow, resultSet, testEnvironment } from '../support/testData';

const environment = testEnvironment;

const row = (mode: ResultRow['mode'], workers: number, samplesMs: number[], solutions = 92): ResultRow =>
  resultRow({ mode, workers, samplesMs, solutions });

const set: ResultSet = resultSet(
  [row('main', 1, [12.5, 12, 13]), row('shared', 2, [6.25, 6.1, 6.4]), row('message', 4, [4], 91)],
  { n: 8, taskCount: 42, drift: 0.04 },
);

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('resultsToCsv', () => {
  const lines = resultsToCsv(set).split('\r\n');

  it('starts with the header and has one line per row', () => {
    expect(lines[0]).toBe(
      'mode,workers,median_ms,min_ms,max_ms,samples_ms,speedup,efficiency,karp_flatt,solutions,expected,correct',
    );
    expect(lines).toHaveLength(set.rows.length + 2);
    expect(lines.at(-1)).toBe('');
  });

  it('writes full-precision numbers, joined samples and empty cells for missing values', () => {
    // A comparison of models: every speedup is against the main thread's time.
    expect(lines[1].split(',')).toEqual([
      'main',
      '1',
      '12.5',
      '12',
      '13',
      '12.5;12;13',
      '1',
      '1',
      '',
      '92',
      '92',
      'true',
    ]);
    const [, two] = scaledRows(set);
    expect(lines[2].split(',')).toEqual([
      'shared',
      '2',
      '6.25',
      '6.1',
      '6.4',
      '6.25;6.1;6.4',
      String(12.5 / 6.25),
      String(12.5 / 6.25 / 2),
      String(two.karpFlatt),
      '92',
      '92',
      'true',
    ]);
    const [, , four] = scaledRows(set);
    expect(lines[3].split(',').slice(6)).toEqual([
      String(12.5 / 4),
      String(12.5 / 4 / 4),
      String(four.karpFlatt),
      '91',
      '92',
      'false',
    ]);
  });

  it('quotes fields that hold commas, quotes or line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
  });
});

describe('resultsToJson', () => {
  it('parses back with the settings, machine and scaled rows', () => {
    const now = new Date('2025-11-25T14:03:00Z');
    const parsed = JSON.parse(resultsToJson(set, environment, '?n=8&workers=4', now));
    expect(parsed).toMatchObject({
      app: 'parallel-queens',
      version: 2,
      exportedAt: '2025-11-25T14:03:00.000Z',
      settings: '?n=8&workers=4',
      machine: environment,
      n: 8,
      split: 'auto',
      splitDepth: 2,
      symmetry: false,
      schedule: 'dynamic',
      taskCount: 42,
      drift: 0.04,
    });
    expect(parsed.rows).toHaveLength(3);
    expect(parsed.rows[1]).toMatchObject({
      mode: 'shared',
      workers: 2,
      ms: 6.25,
      speedup: 2,
      samplesMs: [6.25, 6.1, 6.4],
    });
    expect(parsed.rows[0].karpFlatt).toBeNull();
  });
});

describe('browser helpers', () => {
  it('downloads text through a temporary link', () => {
    vi.useFakeTimers();
    // jsdom has no object URLs.
    const create = vi.fn(() => 'blob:test');
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    downloadText('results.csv', 'text/csv', 'a,b');
    const clicked = click.mock.contexts[0] as HTMLAnchorElement | undefined;
    expect(clicked?.download).toBe('results.csv');
    expect(clicked?.href).toBe('blob:test');
    expect(clicked?.isConnected).toBe(false);
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test');
  });

  it('rejects clearly when a chart panel has no drawing', async () => {
    const panel = document.createElement('figure');
    panel.setAttribute('data-chart', 'speedup');
    await expect(downloadChartPng(panel, 'x.png')).rejects.toThrow('No chart drawing found in speedup');
  });

  it('resolves CSS variables for a standalone SVG', () => {
    const values: Record<string, string> = { '--text': ' #eef0fa' };
    const lookup = (name: string) => values[name] ?? '';
    expect(resolveCssVariables('<text fill="var(--text)"/>', lookup)).toBe('<text fill="#eef0fa"/>');
    expect(resolveCssVariables('<g stroke="var( --missing , #123456 )"/>', lookup)).toBe('<g stroke="#123456"/>');
    expect(resolveCssVariables('<g stroke="var(--missing)"/>', lookup)).toBe('<g stroke="var(--missing)"/>');
  });

  it('copies the link, or says it could not', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await expect(copyLink('https://example.test/?n=8')).resolves.toBe('copied');
    expect(writeText).toHaveBeenCalledWith('https://example.test/?n=8');
    writeText.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'));
    await expect(copyLink('u')).resolves.toBe('selected');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await expect(copyLink('u')).resolves.toBe('selected');
  });
});
