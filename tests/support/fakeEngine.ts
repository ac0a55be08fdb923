import type { RunRequest } from '../../src/engine/engine';
import type { MeasuringEngine } from '../../src/engine/protocol';
import type { RunResult } from '../../src/engine/runResult';

/** A finished run with the given shape and time, and an empty timeline: enough for the protocol and the tables. */
export function fakeRunResult(request: RunRequest, ms: number): RunResult {
  const empty = new Float64Array(0);
  return {
    n: request.n,
    workers: request.workers,
    mode: request.mode ?? 'shared',
    schedule: request.schedule ?? 'dynamic',
    splitDepth: 2,
    symmetry: request.symmetry ?? 'none',
    distinct: null,
    taskCount: 0,
    ms,
    pageBusyMs: null,
    activity: {
      workers: request.workers,
      wallMs: ms,
      busyMs: new Array<number>(request.workers).fill(ms),
      nodes: new Array<number>(request.workers).fill(ms * 100),
      beforeMs: new Array<number>(request.workers).fill(0),
      afterMs: new Array<number>(request.workers).fill(0),
    },
    repeat: request.repeat ?? 1,
    solutions: 0,
    nodes: 0,
    traffic: { messages: 0, bytes: 0 },
    tally: { total: 0, duplicates: 0 },
    timeline: {
      owner: new Int32Array(0),
      startMs: empty,
      endMs: empty,
      nodes: empty,
      solutions: empty,
      tasks: new Int32Array(0),
    },
  };
}

export interface FakeEngine extends MeasuringEngine {
  /** Every call, in order: what was asked of the engine. */
  calls: { kind: 'prepare' | 'warmMainThread' | 'run'; request?: RunRequest; workers?: number }[];
}

/** An engine whose runs take `msFor(request)` per run, instantly; it records what it was asked to do. */
export function fakeEngine(msFor: (request: RunRequest) => number): FakeEngine {
  const calls: FakeEngine['calls'] = [];
  return {
    calls,
    prepare: async (workers) => {
      calls.push({ kind: 'prepare', workers });
    },
    warmMainThread: async () => {
      calls.push({ kind: 'warmMainThread' });
    },
    run: async (request) => {
      calls.push({ kind: 'run', request });
      return fakeRunResult(request, msFor(request));
    },
  };
}
