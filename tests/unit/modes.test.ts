import { describe, expect, it } from 'vitest';
import { COMPARISON_BASELINE, DEFAULT_MODE, MODE_SPECS, MODES, withoutSharedMemory, WITHOUT_WORKERS } from '../../src/engine/modes';

describe('the mode registry', () => {
  it('declares each mode once, with flags that agree with each other', () => {
    for (const mode of MODES) {
      const spec = MODE_SPECS[mode];
      expect(spec.label.length, mode).toBeGreaterThan(0);
      // Only workers run in parallel, copy tasks or share memory across threads; only the page's own thread freezes it.
      expect(spec.parallel, mode).toBe(spec.usesWorkers);
      if (spec.sharesMemory || spec.copiesTasks) expect(spec.usesWorkers, mode).toBe(true);
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
      expect(fallback.usesWorkers, mode).toBe(MODE_SPECS[mode].usesWorkers);
    }
  });
});
