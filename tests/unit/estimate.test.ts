import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/engine/runResult';
import { estimateMs, initialRate, learnRate } from '../../src/state/estimate';

/** Only what the rate reads of a run. */
const run = (overrides: Partial<RunResult>): RunResult =>
  ({
    ms: 100,
    nodes: 10_000_000,
    workers: 1,
    mode: 'shared',
    tally: { total: 0, duplicates: 0 },
    ...overrides,
  }) as RunResult;

describe('the kernel speed the page estimates with', () => {
  it('is the median of the last runs, so one slow run does not resize the next experiment', () => {
    let memory = initialRate();
    for (let i = 0; i < 6; i++) memory = learnRate(memory, run({}), 2);
    memory = learnRate(memory, run({ ms: 300 }), 2);
    expect(memory.measured).toBe(true);
    expect(memory.nodesPerMsPerCore).toBe(100_000);
    // Only the last seven count: seven slow runs take over.
    for (let i = 0; i < 7; i++) memory = learnRate(memory, run({ ms: 200 }), 2);
    expect(memory.nodesPerMsPerCore).toBe(50_000);
  });

  it('counts the cores a mode really computes on: one behind the lock, all the workers sharing memory', () => {
    const gil = learnRate(initialRate(), run({ mode: 'gil', workers: 4 }), 2);
    const shared = learnRate(initialRate(), run({ mode: 'shared', workers: 4 }), 2);
    expect(gil.nodesPerMsPerCore).toBe(100_000);
    expect(shared.nodesPerMsPerCore).toBe(50_000);
    const job = { n: 12, workers: 4, symmetry: 'none' as const };
    expect(estimateMs(shared, { ...job, mode: 'gil' }, 2)).toBeCloseTo(
      2 * estimateMs(shared, { ...job, mode: 'shared' }, 2),
    );
  });

  it('leaves out the thread-safety experiment’s runs (slowed by design) and runs too short to time', () => {
    const memory = learnRate(initialRate(), run({}), 2);
    expect(learnRate(memory, run({ ms: 500, tally: { total: 14_200, duplicates: 0 } }), 2)).toBe(memory);
    expect(learnRate(memory, run({ ms: 5, nodes: 100 }), 2)).toBe(memory);
  });
});
