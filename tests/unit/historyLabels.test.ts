import { describe, expect, it } from 'vitest';
import { createHistory } from '../../src/state/history';
import { newSweepId } from '../../src/state/interchange/build';
import { sweepLabel } from '../../src/state/interchange/label';
import type { SavedSweep } from '../../src/state/interchange/sweep';
import { overlaySeries } from '../../src/ui/historyLabels';
import { overlayColor, PALETTES } from '../../src/ui/theme';
import { savedSweep as sweep } from '../support/testData';

describe('labels and overlays', () => {
  it('describes a sweep in one line', () => {
    expect(sweepLabel(sweep('a'))).toBe('N=15 · Workers, shared memory · Chrome 156 · 8 cores · 25 Nov 14:03');
    const other = sweep('b', { mode: 'message', machine: { browser: 'Safari 19', cores: null, isolated: false } });
    expect(sweepLabel(other)).toBe(
      'N=15 · Workers, message passing · Safari 19 · cores not reported · not isolated · 25 Nov 14:03',
    );
    // One core in words as everywhere else (state/words.ts coresWords), not "1 cores".
    const single = sweep('c', { machine: { browser: 'Firefox 153', cores: 1, isolated: true } });
    expect(sweepLabel(single)).toContain('· 1 core ·');
  });

  it('names where a sweep came from unless it was measured here', () => {
    const from = (origin: SavedSweep['origin']) => sweepLabel(sweep('d', { origin }));
    expect(from('this-device')).toBe('N=15 · Workers, shared memory · Chrome 156 · 8 cores · 25 Nov 14:03');
    expect(from('link')).toBe('N=15 · Workers, shared memory · Chrome 156 · 8 cores · from a link · 25 Nov 14:03');
    expect(from('file')).toBe('N=15 · Workers, shared memory · Chrome 156 · 8 cores · from a file · 25 Nov 14:03');
    expect(from('imported')).toBe('N=15 · Workers, shared memory · Chrome 156 · 8 cores · imported · 25 Nov 14:03');
  });

  it('gives overlaid sweeps in ticking order with distinct colours and measured points only', () => {
    const history = createHistory(undefined);
    history.save(sweep('a'));
    history.save(
      sweep('b', {
        n: 14,
        points: [
          { workers: 2, ms: 5, minMs: 5, maxMs: 5, speedup: null },
          { workers: 1, ms: 9, minMs: 9, maxMs: 9, speedup: 1 },
        ],
      }),
    );
    history.toggleOverlay('b');
    history.toggleOverlay('a');
    const series = overlaySeries(history.store.getState());
    expect(series.map(({ id, n, color }) => ({ id, n, color }))).toEqual([
      { id: 'b', n: 14, color: overlayColor(0) },
      { id: 'a', n: 15, color: overlayColor(1) },
    ]);
    expect(series[0].points).toEqual([{ workers: 1, speedup: 1 }]);
    expect(series[1].label).toBe(sweepLabel(sweep('a')));
  });

  it('cycles a palette that avoids the chart colours', () => {
    const colours = [0, 1, 2, 3, 4].map(overlayColor);
    expect(new Set(colours).size).toBe(5);
    expect(overlayColor(5)).toBe(overlayColor(0));
    expect(overlayColor(-1)).toBe(overlayColor(4));
    for (const theme of ['dark', 'light'] as const) {
      const { measured, ideal, time, amdahl } = PALETTES[theme];
      for (const taken of [measured, ideal, time, amdahl]) expect(colours).not.toContain(taken);
    }
  });

  it('gives each save its own id', () => {
    const now = new Date(0);
    expect(newSweepId(now, () => 0.5)).not.toBe(newSweepId(now, () => 0.25));
  });
});
