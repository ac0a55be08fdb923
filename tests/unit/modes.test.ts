import { describe, expect, it } from 'vitest';
import { PROJECTED_CORES, projectSpeedups } from '../../src/engine/projection';
import { fakeRunResult } from '../support/fakeEngine';
import { estimatedNodes } from '../../src/core/known';
import { splitTasks } from '../../src/core/split';
import {
  COMPARISON_BASELINE,
  DEFAULT_MODE,
  MODE_SPECS,
  MODES,
  withoutSharedMemory,
  WITHOUT_WORKERS,
} from '../../src/engine/modes';

describe('the mode registry', () => {
  it('declares each mode once, with flags that agree with each other', () => {
    for (const mode of MODES) {
      const spec = MODE_SPECS[mode];
      expect(spec.label.length, mode).toBeGreaterThan(0);
      // Only workers run in parallel, copy tasks or share memory across threads; only the page's own thread freezes it.
      if (spec.parallel || spec.sharesMemory || spec.copiesTasks) expect(spec.usesWorkers, mode).toBe(true);
      if (spec.freezesPage) expect(spec.usesWorkers, mode).toBe(false);
      expect(spec.sharesMemory && spec.copiesTasks, mode).toBe(false);
    }
    expect(new Set(MODES.map((mode) => MODE_SPECS[mode].label)).size).toBe(MODES.length);
  });

  it('names real modes for its defaults and falls back to copies without shared memory', () => {
    expect(MODES).toContain(DEFAULT_MODE);
    expect(MODE_SPECS[COMPARISON_BASELINE].parallel).toBe(false);
    expect(MODE_SPECS[WITHOUT_WORKERS].usesWorkers).toBe(false);
    for (const mode of MODES) {
      const fallback = MODE_SPECS[withoutSharedMemory(mode)];
      expect(fallback.sharesMemory, mode).toBe(false);
      // A parallel model falls back to a parallel one, a one-at-a-time model to one at a time.
      expect(fallback.parallel, mode).toBe(MODE_SPECS[mode].parallel);
    }
  });

  it("cuts the gil mode's tasks well under its 5 ms switch interval (~0.5 ms each)", () => {
    for (const n of [13, 14, 15, 16]) {
      const depth = MODE_SPECS.gil.autoSplit(n, 2, 'none');
      expect(estimatedNodes(n) / splitTasks(n, depth).count, `N=${n}`).toBeLessThanOrEqual(100_000);
      expect(depth).toBeGreaterThanOrEqual(MODE_SPECS.shared.autoSplit(n, 2, 'none'));
    }
  });
});

describe('projected speedup by model', () => {
  it('keeps a one-at-a-time model at 1x on any number of cores', () => {
    const gil = projectSpeedups(fakeRunResult({ n: 12, workers: 2, split: 'auto', mode: 'gil' }, 10));
    expect(gil.map((p) => p.speedup)).toEqual(PROJECTED_CORES.map(() => 1));
    expect(gil.map((p) => p.efficiency)).toEqual(PROJECTED_CORES.map((cores) => 1 / cores));
  });
});
