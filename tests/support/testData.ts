import type { EnvironmentInfo } from '../../src/state/environment';
import { captionLines } from '../../src/state/insights';
import { median } from '../../src/core/stats';
import type { SavedSweep } from '../../src/state/interchange/sweep';
import type { ResultRow, ResultSet } from '../../src/state/results';

/** An isolated 8-core Chrome: the machine the unit tests pretend to run on. */
export const testEnvironment: EnvironmentInfo = {
  isolated: true,
  sharedMemory: true,
  cores: 8,
  browser: 'Chrome 156',
  timerResolutionMs: 0.005,
};

/** A valid saved sweep of N=15 on 1 and 4 workers; tests override what they look at. */
export function savedSweep(id: string, overrides: Partial<SavedSweep> = {}): SavedSweep {
  return {
    id,
    origin: 'this-device',
    savedAt: new Date(2025, 10, 25, 14, 3).toISOString(),
    n: 15,
    mode: 'shared',
    symmetry: 'mirror',
    splitDepth: 3,
    schedule: 'dynamic',
    machine: { browser: 'Chrome 156', cores: 8, isolated: true },
    points: [
      { workers: 1, ms: 800, minMs: 790, maxMs: 810, speedup: 1 },
      { workers: 4, ms: 200, minMs: 198, maxMs: 205, speedup: 4 },
    ],
    ...overrides,
  };
}

/** A measured row: `samplesMs` gives the median, min and max; everything else a plain shared-memory run. */
export function resultRow(overrides: Partial<ResultRow> & { workers: number; samplesMs: number[] }): ResultRow {
  const sorted = [...overrides.samplesMs].sort((a, b) => a - b);
  return {
    mode: 'shared',
    ms: median(sorted),
    minMs: sorted[0],
    maxMs: sorted[sorted.length - 1],
    runsPerSample: 1,
    solutions: 2279184,
    messages: 0,
    bytesCopied: 0,
    hiddenDuringRun: false,
    ...overrides,
  };
}

/** A result set of N=15 around the given rows; tests override what they look at. */
export function resultSet(rows: ResultRow[], overrides: Partial<ResultSet> = {}): ResultSet {
  return {
    n: 15,
    split: 'auto',
    splitDepth: 2,
    symmetry: 'none',
    schedule: 'dynamic',
    taskCount: 182,
    rows,
    projection: [],
    ...overrides,
  };
}

/** The caption's sentences as plain text, as a reader sees them. */
export function captions(...args: Parameters<typeof captionLines>): string[] {
  return captionLines(...args).map((line) => line.text);
}
