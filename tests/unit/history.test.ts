import { describe, expect, it } from 'vitest';
import { HISTORY_KEY, HISTORY_LIMIT, OVERLAYS_KEY, createHistory, storageFull } from '../../src/state/history';
import { sweepFromResults } from '../../src/state/interchange/build';
import type { ResultRow, ResultSet } from '../../src/state/results';
import { resultRow, resultSet as anyResultSet, savedSweep, testEnvironment } from '../support/testData';

const row = (mode: ResultRow['mode'], workers: number, ms: number) => resultRow({ mode, workers, samplesMs: [ms] });
const resultSet = (rows: ResultRow[]): ResultSet =>
  anyResultSet(rows, { split: 3, splitDepth: 3, symmetry: 'mirror', taskCount: 100 });

class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

/** Safari's private mode and a full quota both surface as exceptions from the Storage methods. */
class BrokenStorage extends MemoryStorage {
  override getItem(): string | null {
    throw new DOMException('blocked', 'SecurityError');
  }
  override setItem(): void {
    throw new DOMException('full', 'QuotaExceededError');
  }
}

/** Storage with a quota: a write that would pass `budget` characters throws as browsers do. */
class FullStorage extends MemoryStorage {
  budget = Number.POSITIVE_INFINITY;
  used(): number {
    return [...this.items].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  }
  override setItem(key: string, value: string): void {
    const after =
      this.used() - (this.getItem(key)?.length ?? 0) + value.length + (this.items.has(key) ? 0 : key.length);
    if (after > this.budget) throw new DOMException('full', 'QuotaExceededError');
    super.setItem(key, value);
  }
}

const sweep = savedSweep;

const environment = testEnvironment;

describe('sweepFromResults', () => {
  it('is null for an empty set and keeps one mode, preferring shared memory', () => {
    const now = new Date('2025-11-25T14:03:00Z');
    expect(sweepFromResults(resultSet([]), environment, now, 'a')).toBeNull();
    const set = resultSet([row('main', 1, 900), row('shared', 1, 1000), row('shared', 2, 500), row('message', 2, 600)]);
    const saved = sweepFromResults(set, environment, now, 'a', 'Mozilla/5.0');
    expect(saved?.mode).toBe('shared');
    expect(saved?.savedAt).toBe('2025-11-25T14:03:00.000Z');
    expect(saved?.machine).toEqual({ browser: 'Chrome 156', cores: 8, isolated: true, userAgent: 'Mozilla/5.0' });
    expect(saved?.points.map((p) => [p.workers, p.speedup])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('falls back to the most measured mode, with null where no speedup exists', () => {
    const set = resultSet([row('message', 2, 600), row('message', 4, 300), row('cooperative', 1, 1000)]);
    const saved = sweepFromResults(set, environment, new Date(), 'b');
    expect(saved?.mode).toBe('message');
    expect(saved?.points.map((p) => p.speedup)).toEqual([null, null]);
  });
});

describe('createHistory', () => {
  it('round-trips sweeps through storage, newest first', () => {
    const storage = new MemoryStorage();
    const history = createHistory(storage);
    history.save(sweep('a'));
    history.save(sweep('b', { machine: { browser: 'Firefox 140', cores: null, isolated: false, userAgent: 'UA' } }));
    const reloaded = createHistory(storage).store.getState();
    expect(reloaded.sweeps.map((s) => s.id)).toEqual(['b', 'a']);
    expect(reloaded.sweeps).toEqual(history.store.getState().sweeps);
  });

  it('keeps the snapshot object until something changes, and notifies subscribers', () => {
    const history = createHistory(new MemoryStorage());
    const first = history.store.getState();
    expect(history.store.getState()).toBe(first);
    let calls = 0;
    const unsubscribe = history.store.subscribe(() => calls++);
    history.save(sweep('a'));
    expect(history.store.getState()).not.toBe(first);
    history.remove('missing');
    history.toggleOverlay('missing');
    expect(calls).toBe(1);
    unsubscribe();
    history.clear();
    expect(calls).toBe(1);
    expect(history.store.getState().sweeps).toEqual([]);
  });

  it('treats corrupt or foreign JSON as an empty history', () => {
    for (const text of ['{not json', '"a string"', '{"sweeps": []}', 'null', '42']) {
      const storage = new MemoryStorage();
      storage.setItem(HISTORY_KEY, text);
      storage.setItem(OVERLAYS_KEY, text);
      expect(createHistory(storage).store.getState()).toEqual({
        sweeps: [],
        overlayIds: [],
        notKept: {},
      });
    }
  });

  it('drops invalid entries and duplicates but keeps the valid ones', () => {
    const storage = new MemoryStorage();
    const bad: unknown[] = [
      null,
      'x',
      { ...sweep('no-mode'), mode: 'turbo' },
      { ...sweep('bad-date'), savedAt: 'yesterday' },
      { ...sweep('bad-n'), n: 1.5 },
      { ...sweep('bad-cores'), machine: { browser: 'X', cores: 0, isolated: true } },
      { ...sweep('long-browser'), machine: { browser: 'X'.repeat(81), cores: 2, isolated: true } },
      { ...sweep('long-agent'), machine: { browser: 'X', cores: 2, isolated: true, userAgent: 'U'.repeat(1025) } },
      { ...sweep('bad-point'), points: [{ workers: 1, ms: -1, minMs: 0, maxMs: 0, speedup: 1 }] },
      { ...sweep('nan-speedup'), points: [{ workers: 1, ms: 1, minMs: 1, maxMs: 1, speedup: 'fast' }] },
      { ...sweep('no-points'), points: [] },
    ];
    storage.setItem(
      HISTORY_KEY,
      JSON.stringify([sweep('good'), ...bad, { ...sweep('good'), n: 9 }, { ...sweep('extra'), junk: 1 }]),
    );
    storage.setItem(OVERLAYS_KEY, JSON.stringify(['good', 'no-mode', 7, 'good']));
    const { sweeps, overlayIds } = createHistory(storage).store.getState();
    expect(sweeps.map((s) => s.id)).toEqual(['good', 'extra']);
    expect(sweeps[0].n).toBe(15);
    expect(sweeps[1]).not.toHaveProperty('junk');
    expect(overlayIds).toEqual(['good']);
  });

  it('works in memory when storage throws or is missing, and says when it was full', () => {
    for (const [storage, full] of [
      [new BrokenStorage(), true],
      [undefined, false],
    ] as const) {
      const history = createHistory(storage);
      expect(history.save(sweep('a'), true)).toBe(full ? 'no room' : 'this page only');
      expect(history.store.getState()).toEqual({
        sweeps: [sweep('a')],
        overlayIds: ['a'],
        notKept: full ? { a: 'no room' } : {},
      });
      expect(storageFull(history.store.getState())).toBe(full);
      history.remove('a');
      expect(history.store.getState()).toEqual({ sweeps: [], overlayIds: [], notKept: {} });
    }
  });

  it('a full storage says so, loses nothing it held, and keeps the new sweep on the page until there is room', () => {
    const storage = new FullStorage();
    const history = createHistory(storage);
    expect(history.save(sweep('a'))).toBe('kept');
    history.save(sweep('b'));
    storage.budget = storage.used();
    expect(history.save(sweep('c'))).toBe('no room');
    expect(history.store.getState().notKept).toEqual({ c: 'no room' });
    expect(storageFull(history.store.getState())).toBe(true);
    expect(history.store.getState().sweeps.map((s) => s.id)).toEqual(['c', 'b', 'a']);
    expect(JSON.parse(storage.getItem(HISTORY_KEY)!).map((s: { id: string }) => s.id)).toEqual(['b', 'a']);
    // Keeping it again while still full changes nothing stored.
    history.keep('c');
    expect(history.store.getState().notKept).toEqual({ c: 'no room' });
    history.remove('a');
    history.keep('c');
    expect(history.store.getState().notKept).toEqual({});
    expect(storageFull(history.store.getState())).toBe(false);
    expect(JSON.parse(storage.getItem(HISTORY_KEY)!).map((s: { id: string }) => s.id)).toEqual(['c', 'b']);
  });

  it(`a result shown from a link never pushes a kept sweep out, even with ${HISTORY_LIMIT} kept`, () => {
    const storage = new MemoryStorage();
    const history = createHistory(storage);
    for (let i = 0; i < HISTORY_LIMIT; i++) history.save(sweep(`s${i}`));
    history.show(sweep('visitor'));
    expect(history.store.getState().sweeps).toHaveLength(HISTORY_LIMIT + 1);
    expect(JSON.parse(storage.getItem(HISTORY_KEY)!)).toHaveLength(HISTORY_LIMIT);
    history.remove('visitor');
    expect(history.store.getState().sweeps.map((s) => s.id)).toContain('s0');
  });

  it('a result shown from a link is overlaid but not stored until kept; removing it leaves nothing', () => {
    const storage = new MemoryStorage();
    const history = createHistory(storage);
    history.save(sweep('mine'));
    history.show(sweep('visitor'));
    expect(history.store.getState()).toMatchObject({ overlayIds: ['visitor'], notKept: { visitor: 'offered' } });
    expect(storageFull(history.store.getState())).toBe(false);
    expect(JSON.parse(storage.getItem(HISTORY_KEY)!).map((s: { id: string }) => s.id)).toEqual(['mine']);
    expect(JSON.parse(storage.getItem(OVERLAYS_KEY)!)).toEqual([]);
    history.keep('visitor');
    expect(history.store.getState().notKept).toEqual({});
    expect(JSON.parse(storage.getItem(HISTORY_KEY)!).map((s: { id: string }) => s.id)).toEqual(['visitor', 'mine']);
    expect(JSON.parse(storage.getItem(OVERLAYS_KEY)!)).toEqual(['visitor']);
    history.show(sweep('other'));
    history.remove('other');
    expect(history.store.getState()).toMatchObject({ notKept: {}, overlayIds: ['visitor'] });
    // Showing one already kept only overlays it.
    history.toggleOverlay('mine');
    history.toggleOverlay('mine');
    history.show(sweep('mine'));
    expect(history.store.getState()).toMatchObject({ notKept: {}, overlayIds: ['visitor', 'mine'] });
  });

  it(`keeps only the newest ${HISTORY_LIMIT} sweeps, and their overlays`, () => {
    const storage = new MemoryStorage();
    const history = createHistory(storage);
    history.save(sweep('s0'));
    history.toggleOverlay('s0');
    for (let i = 1; i <= HISTORY_LIMIT; i++) history.save(sweep(`s${i}`));
    const { sweeps, overlayIds } = history.store.getState();
    expect(sweeps).toHaveLength(HISTORY_LIMIT);
    expect(sweeps[0].id).toBe(`s${HISTORY_LIMIT}`);
    expect(sweeps.at(-1)?.id).toBe('s1');
    expect(overlayIds).toEqual([]);
    expect(JSON.parse(storage.getItem(HISTORY_KEY) ?? '[]')).toHaveLength(HISTORY_LIMIT);
  });

  it('re-saving an id replaces it at the top instead of duplicating it', () => {
    const history = createHistory(new MemoryStorage());
    history.save(sweep('a'));
    history.save(sweep('b'));
    history.save(sweep('a', { n: 16 }));
    expect(history.store.getState().sweeps.map((s) => [s.id, s.n])).toEqual([
      ['a', 16],
      ['b', 15],
    ]);
  });

  it('persists the overlay selection across a reload, and forgets deleted sweeps', () => {
    const storage = new MemoryStorage();
    const history = createHistory(storage);
    history.save(sweep('a'));
    history.save(sweep('b'));
    history.toggleOverlay('b');
    history.toggleOverlay('a');
    expect(createHistory(storage).store.getState().overlayIds).toEqual(['b', 'a']);
    history.toggleOverlay('b');
    history.remove('a');
    expect(createHistory(storage).store.getState().overlayIds).toEqual([]);
  });
});
