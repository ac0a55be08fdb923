import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine';
import type { WorkerFactory } from '../../src/engine/workerHandle';
import { createApp } from '../../src/state/app';
import { scaledRows } from '../../src/state/results';
import { defaultSettings } from '../../src/state/settings';
import { faultyWorkers } from '../support/faultyWorkers';
import { inProcessWorkerFactory } from '../support/inProcessWorkers';
import { testEnvironment } from '../support/testData';

const environment = { ...testEnvironment, cores: 2 };

function makeApp(options: { factory?: WorkerFactory; confirm?: (q: string) => boolean } = {}) {
  const engine = new Engine(options.factory ?? inProcessWorkerFactory, true);
  const queries: string[] = [];
  const app = createApp({
    engine,
    environment,
    settings: { ...defaultSettings(2), n: 9, reps: 1 },
    notices: [],
    writeQuery: (query) => queries.push(query),
    confirm: options.confirm,
  });
  return { app, engine, queries };
}

describe('app controller', () => {
  it('runs one thing at a time: a second Run or a Sweep during a run is ignored', async () => {
    const { app, engine } = makeApp();
    const first = app.actions.run();
    const second = app.actions.run();
    const sweep = app.actions.sweep();
    await Promise.all([first, second, sweep]);
    expect(app.store.getState().results?.rows).toHaveLength(1);
    engine.dispose();
  });

  it('a cancelled run never writes its results, and the next run does', async () => {
    const { app, engine } = makeApp();
    app.actions.updateSettings({ n: 13 });
    // Cancel once the engine has the run in flight.
    const unsubscribe = app.store.subscribe(() => {
      if (app.store.getState().live) app.actions.cancel();
    });
    const running = app.actions.run();
    await running;
    unsubscribe();
    await engine.whenIdle();
    expect(app.store.getState().results).toBeNull();
    expect(app.store.getState().status).toBe('Cancelled');
    app.actions.updateSettings({ n: 8 });
    await app.actions.run();
    expect(app.store.getState().results?.rows[0].solutions).toBe(92);
    engine.dispose();
  });

  it('settings changed mid-run do not change what that run reports', async () => {
    const { app, engine } = makeApp();
    const running = app.actions.run();
    app.actions.updateSettings({ n: 10 });
    await running;
    expect(app.store.getState().results?.n).toBe(9);
    expect(app.store.getState().results?.rows[0].solutions).toBe(352);
    engine.dispose();
  });

  it('asks before a run estimated over 30 s and does nothing on no', async () => {
    const questions: string[] = [];
    const { app, engine } = makeApp({ confirm: (q) => (questions.push(q), false) });
    app.actions.updateSettings({ n: 20 });
    await app.actions.run();
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatch(/N=20 will take about [\d.]+ (h|min)/);
    expect(app.store.getState().phase).toBe('idle');
    expect(app.store.getState().results).toBeNull();
    engine.dispose();
  });

  it('when workers cannot start, it says why and switches to a mode that runs without them', async () => {
    const { app, queries } = makeApp({ factory: faultyWorkers({ refuse: 'blocked by policy' }).factory });
    await app.actions.warmPool();
    const state = app.store.getState();
    expect(state.workerProblem).toContain('blocked by policy');
    expect(state.settings.mode).toBe('cooperative');
    expect(queries.at(-1)).toContain('mode=cooperative');
    await app.actions.run();
    expect(app.store.getState().results?.rows[0].solutions).toBe(352);
  });

  it('a finished sweep is saved to history with its machine facts', async () => {
    const { app, engine } = makeApp();
    await app.actions.sweep();
    const saved = app.history.store.getState().sweeps;
    expect(saved).toHaveLength(1);
    expect(saved[0].n).toBe(9);
    expect(saved[0].machine.cores).toBe(2);
    expect(saved[0].points.map((p) => p.workers)).toEqual([1, 2]);
    engine.dispose();
  });

  it('a sweep in a single-thread mode has one point, and works when workers cannot start', async () => {
    const { app } = makeApp({ factory: faultyWorkers({ refuse: 'no workers here' }).factory });
    app.actions.updateSettings({ mode: 'cooperative' });
    await app.actions.sweep();
    const rows = app.store.getState().results?.rows ?? [];
    expect(rows.map((row) => [row.mode, row.workers, row.solutions])).toEqual([['cooperative', 1, 352]]);
    expect(app.store.getState().error).toBeNull();
  });

  it('compares every model against the main thread, all counting the same', async () => {
    const { app, engine } = makeApp();
    await app.actions.compare();
    const set = app.store.getState().results;
    expect(set?.rows.map((row) => row.mode)).toEqual(['main', 'cooperative', 'gil', 'message', 'shared']);
    expect(new Set(set?.rows.map((row) => row.solutions))).toEqual(new Set([352]));
    const main = set!.rows[0].ms;
    for (const row of scaledRows(set)) expect(row.speedup).toBeCloseTo(main / row.ms, 10);
    engine.dispose();
  });
});
