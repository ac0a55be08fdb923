import { afterEach, describe, expect, it } from 'vitest';
import { knownDistinct, knownSolutions } from '../../src/core/known';
import { Engine } from '../../src/engine/engine';
import { isNamed, RUN_CANCELLED, ENGINE_BUSY } from '../../src/engine/errors';
import type { Mode } from '../../src/engine/modes';
import { measureInRounds } from '../../src/engine/protocol';
import { median, sweepWorkerCounts } from '../../src/core/stats';
import { inProcessWorkerFactory } from '../support/inProcessWorkers';

const workerModes: Mode[] = ['shared', 'message', 'gil'];

describe.each(workerModes)('Engine, %s mode', (mode) => {
  let engine: Engine;
  afterEach(() => engine.dispose());

  it('for N=4..12, split depths 1..3 and 1..8 workers, every task is run once and the counts sum to A000170', async () => {
    engine = new Engine(inProcessWorkerFactory, true);
    for (let n = 4; n <= 12; n++) {
      for (const splitDepth of [1, 2, 3]) {
        for (let workers = 1; workers <= 8; workers++) {
          const result = await engine.run({ n, workers, split: splitDepth, mode });
          expect(result.solutions, `N=${n} depth=${splitDepth} workers=${workers}`).toBe(knownSolutions(n));
          expect(result.mode).toBe(mode);
          const owners = Array.from(result.timeline.owner);
          expect(owners.every((owner) => owner >= 0 && owner < workers)).toBe(true);
        }
      }
    }
  }, 60_000);

  it('counts N=13 with mirror symmetry and half the nodes', async () => {
    engine = new Engine(inProcessWorkerFactory, true);
    const plain = await engine.run({ n: 13, workers: 2, split: 2, mode });
    const mirrored = await engine.run({ n: 13, workers: 2, split: 2, symmetry: 'mirror', mode });
    expect(mirrored.solutions).toBe(plain.solutions);
    expect(mirrored.nodes / plain.nodes).toBeGreaterThan(0.45);
    expect(mirrored.nodes / plain.nodes).toBeLessThan(0.6);
  });

  it('counts with mirror and all eight symmetries on 1 to 3 workers, every split and schedule, exact', async () => {
    engine = new Engine(inProcessWorkerFactory, true);
    for (let n = 1; n <= 12; n++) {
      for (const workers of [1, 2, 3]) {
        for (const split of ['auto', 1, 2, 3] as const) {
          for (const schedule of ['dynamic', 'static'] as const) {
            for (const symmetry of ['mirror', 'all'] as const) {
              const result = await engine.run({ n, workers, split, schedule, symmetry, mode });
              const where = `N=${n}, ${workers} workers, split ${split}, ${schedule}, ${symmetry}`;
              expect(result.solutions, where).toBe(knownSolutions(n));
              expect(result.distinct, where).toBe(symmetry === 'all' ? knownDistinct(n) : null);
            }
          }
        }
      }
    }
    const plain = await engine.run({ n: 12, workers: 2, split: 2, mode });
    expect(plain.distinct).toBeNull();
  }, 60_000);

  it('refuses a second run while one is in flight, and a cancelled run rejects by name', async () => {
    engine = new Engine(inProcessWorkerFactory, true);
    await engine.prepare(2);
    // Cancel once the clock has started and the tasks are being handed out, not before.
    const stopWatching = engine.subscribe((live) => {
      if (live) engine.cancel();
    });
    const first = engine.run({ n: 12, workers: 2, split: 2, mode });
    await expect(engine.run({ n: 8, workers: 1, split: 2 })).rejects.toSatisfy((e) => isNamed(e, ENGINE_BUSY));
    await expect(first).rejects.toSatisfy((e) => isNamed(e, RUN_CANCELLED));
    // With shared memory both modes stop their workers through it: no worker is replaced.
    expect(engine.poolSize).toBe(2);
    stopWatching();
    expect(engine.busy).toBe(false);
    expect((await engine.run({ n: 8, workers: 2, split: 2 })).solutions).toBe(92);
  });
});

describe('Engine live-run listeners', () => {
  it("tells every listener of a run's start and end; one that unsubscribed hears nothing more", async () => {
    const engine = new Engine(inProcessWorkerFactory, true);
    const heard: string[] = [];
    const stopFirst = engine.subscribe((live) => heard.push(`first ${live ? live.workers : 'end'}`));
    engine.subscribe((live) => heard.push(`second ${live ? live.workers : 'end'}`));
    await engine.run({ n: 8, workers: 2, split: 2 });
    stopFirst();
    await engine.run({ n: 8, workers: 1, split: 2 });
    engine.dispose();
    expect(heard).toEqual(['first 2', 'second 2', 'first end', 'second end', 'second 1', 'second end']);
  });
});

describe('measureInRounds with the real engine', () => {
  it('times 1, 2, 4 and the chosen count in rounds, each point correct, with a median of its samples', async () => {
    const engine = new Engine(inProcessWorkerFactory, true);
    const configurations = sweepWorkerCounts(6).map((workers) => ({ n: 8, workers, split: 2, splitFor: 6 }));
    const { points, drift } = await measureInRounds(engine, configurations, 3);
    engine.dispose();
    expect(points.map((point) => point.configuration.workers)).toEqual([1, 2, 4, 6]);
    // Drift: how far the first point's last sample moved from its first, over the point's median.
    const first = points[0].samplesMs;
    expect(drift).toBeCloseTo(Math.abs(first[first.length - 1] - first[0]) / median(first), 12);
    for (const point of points) {
      expect(point.samplesMs).toHaveLength(3);
      expect(point.last.repeat).toBe(point.runsPerSample);
      expect(point.minMs).toBeLessThanOrEqual(point.medianMs);
      expect(point.medianMs).toBeLessThanOrEqual(point.maxMs);
      expect(point.last.solutions).toBe(92);
    }
  });

  it('a batched run counts the same and reports the time per run', async () => {
    const engine = new Engine(inProcessWorkerFactory, true);
    const result = await engine.run({ n: 9, workers: 2, split: 2, repeat: 5 });
    engine.dispose();
    expect(result.solutions).toBe(352);
    expect(result.repeat).toBe(5);
    expect(Array.from(result.timeline.owner).every((owner) => owner === 0 || owner === 1)).toBe(true);
  });
});

describe('Engine scheduling', () => {
  it('runs a split in natural order first, then largest-first by the costs it measured', async () => {
    const engine = new Engine(inProcessWorkerFactory, true);
    const first = await engine.run({ n: 10, workers: 2, split: 2 });
    const second = await engine.run({ n: 10, workers: 2, split: 2 });
    engine.dispose();
    expect(second.solutions).toBe(724);
    const nodes = Array.from(second.timeline.nodes);
    expect(nodes).toEqual([...nodes].sort((a, b) => b - a));
    expect(nodes.reduce((a, b) => a + b)).toBe(Array.from(first.timeline.nodes).reduce((a, b) => a + b));
  });

  it("sizes an 'auto' split for the worker count it is given", async () => {
    const engine = new Engine(inProcessWorkerFactory, true);
    const small = await engine.run({ n: 13, workers: 1, split: 'auto' });
    const sized = await engine.run({ n: 13, workers: 1, split: 'auto', splitFor: 8 });
    engine.dispose();
    expect(small.splitDepth).toBe(2);
    expect(sized.splitDepth).toBe(3);
    expect(sized.solutions).toBe(small.solutions);
  });
});

describe('the four models count the same', () => {
  it.each([10, 12])('N=%i: main, cooperative, message and shared agree with A000170', async (n) => {
    const engine = new Engine(inProcessWorkerFactory, true);
    const counts: Record<string, number> = {};
    for (const mode of ['main', 'cooperative', 'message', 'shared'] as Mode[]) {
      const result = await engine.run({ n, workers: 3, split: 'auto', mode });
      counts[mode] = result.solutions;
      expect(result.workers).toBe(mode === 'main' || mode === 'cooperative' ? 1 : 3);
    }
    engine.dispose();
    expect(new Set(Object.values(counts))).toEqual(new Set([knownSolutions(n)]));
  });

  it('static schedule deals every P-th task to the same worker, in shared memory and by message', async () => {
    const engine = new Engine(inProcessWorkerFactory, true);
    for (const mode of ['shared', 'message'] as Mode[]) {
      const result = await engine.run({ n: 9, workers: 3, split: 2, mode, schedule: 'static' });
      expect(result.solutions).toBe(352);
      expect(Array.from(result.timeline.owner)).toEqual(Array.from({ length: result.taskCount }, (_, i) => i % 3));
    }
    engine.dispose();
  });

  it('counts message traffic: 48 bytes per task, 8 per chunk and two messages per chunk by message, two per worker in shared memory', async () => {
    const engine = new Engine(inProcessWorkerFactory, true);
    const copied = await engine.run({ n: 9, workers: 2, split: 2, mode: 'message' });
    const shared = await engine.run({ n: 9, workers: 2, split: 2, mode: 'shared' });
    engine.dispose();
    const chunks = copied.traffic.messages / 2;
    expect(copied.traffic.bytes).toBe(48 * copied.taskCount + 8 * chunks);
    // Chunks: fewer messages than tasks, at least one chunk per worker's feeder.
    expect(copied.traffic.messages % 2).toBe(0);
    expect(copied.traffic.messages).toBeLessThan(2 * copied.taskCount);
    expect(copied.traffic.messages).toBeGreaterThanOrEqual(2 * 2);
    expect(copied.solutions).toBe(352);
    expect(Array.from(copied.timeline.owner).every((owner) => owner === 0 || owner === 1)).toBe(true);
    expect(shared.traffic).toEqual({ messages: 4, bytes: 0 });
  });

  it('without shared memory a cancelled message-mode run replaces its workers, and the next run is correct', async () => {
    const engine = new Engine(inProcessWorkerFactory, false);
    await engine.prepare(2);
    // Once the first task has come back: the run is under way, its workers busy with the next ones.
    const stopWatching = engine.subscribe((live) => {
      if (!live) return;
      const watch = setInterval(() => {
        if (live.run.nodes.some((nodes) => nodes > 0)) {
          clearInterval(watch);
          engine.cancel();
        }
      }, 1);
    });
    await expect(engine.run({ n: 12, workers: 2, split: 2, mode: 'message' })).rejects.toSatisfy((e) =>
      isNamed(e, RUN_CANCELLED),
    );
    expect(engine.poolSize).toBe(0);
    stopWatching();
    expect((await engine.run({ n: 10, workers: 2, split: 2, mode: 'message' })).solutions).toBe(724);
    engine.dispose();
  });

  it('without shared memory a shared-mode request runs by message, with the same count', async () => {
    const engine = new Engine(inProcessWorkerFactory, false);
    const result = await engine.run({ n: 10, workers: 2, split: 2, mode: 'shared' });
    engine.dispose();
    expect(result.mode).toBe('message');
    expect(result.solutions).toBe(724);
  });
});

describe('gil mode', () => {
  it('counts exactly with every worker behind one lock, and leaves the lock free', async () => {
    const engine = new Engine(inProcessWorkerFactory, true);
    for (let n = 8; n <= 12; n++) {
      const result = await engine.run({ n, workers: 3, split: 'auto', mode: 'gil' });
      expect(result.solutions, `N=${n}`).toBe(knownSolutions(n));
      expect(result.mode).toBe('gil');
    }
    engine.dispose();
  });

  it('without shared memory runs as one core taking turns', async () => {
    const engine = new Engine(inProcessWorkerFactory, false);
    const result = await engine.run({ n: 9, workers: 2, split: 'auto', mode: 'gil' });
    engine.dispose();
    expect(result.mode).toBe('cooperative');
    expect(result.solutions).toBe(352);
  });
});
