import { DEFAULT_MODE, type Mode } from '../engine/modes';
import type { EnvironmentInfo } from './environment';
import { modesIn, scaledRows, type ResultSet } from './results';
import { parseSavedSweep, type SavedSweep } from './savedSweep';
import { createStore, type Store } from './store';

export type { SavedSweep } from './savedSweep';

export const HISTORY_KEY = 'parallel-queens/history/v1';
export const OVERLAYS_KEY = 'parallel-queens/overlays/v1';
export const HISTORY_LIMIT = 30;

/**
 * The mode a saved sweep is made of when its rows hold several: shared memory when present, else the mode
 * with the most rows (the last of equals). The page's own sweeps and imported files both use it.
 */
export function keptMode<T>(candidates: readonly T[], count: (mode: T) => number, preferred: T): T {
  return candidates.includes(preferred)
    ? preferred
    : candidates.reduce((best, mode) => (count(mode) >= count(best) ? mode : best));
}

/**
 * A curve is one mode's scaling, so a mixed set keeps the shared-memory rows (the demo's subject) or
 * else its most-measured mode. `userAgent` is optional because EnvironmentInfo only keeps the short name.
 */
export function sweepFromResults(
  set: ResultSet,
  environment: EnvironmentInfo,
  now: Date,
  id: string,
  userAgent?: string,
): SavedSweep | null {
  const modes = modesIn(set);
  if (modes.length === 0) return null;
  const count = (mode: Mode) => set.rows.filter((row) => row.mode === mode).length;
  const mode = keptMode(modes, count, DEFAULT_MODE);
  // Scaled within the kept mode alone, so its speedups are against its own one-worker time.
  const points = scaledRows({ ...set, rows: set.rows.filter((row) => row.mode === mode) }).map(
    ({ workers, ms, minMs, maxMs, speedup }) => ({
      workers,
      ms,
      minMs,
      maxMs,
      speedup: speedup !== undefined && Number.isFinite(speedup) ? speedup : null,
    }),
  );
  const { browser, cores, isolated } = environment;
  return {
    id,
    savedAt: now.toISOString(),
    n: set.n,
    mode,
    symmetry: set.symmetry,
    splitDepth: set.splitDepth,
    schedule: set.schedule,
    machine: userAgent === undefined ? { browser, cores, isolated } : { browser, cores, isolated, userAgent },
    points,
  };
}

export function peakSpeedup(s: SavedSweep): { workers: number; speedup: number } | null {
  let peak: { workers: number; speedup: number } | null = null;
  for (const { workers, speedup } of s.points) {
    if (speedup !== null && (peak === null || speedup > peak.speedup)) peak = { workers, speedup };
  }
  return peak;
}

export interface HistorySnapshot {
  sweeps: SavedSweep[];
  overlayIds: string[];
}

export interface SweepHistory {
  /** Saved sweeps and overlay choices, as they are persisted. */
  store: Store<HistorySnapshot>;
  save(sweep: SavedSweep): void;
  remove(id: string): void;
  toggleOverlay(id: string): void;
  clear(): void;
}

/** Private modes, full quotas and disabled cookies make storage throw: the history then lives in memory. */
function read(storage: Storage | undefined, key: string): unknown {
  try {
    const text = storage?.getItem(key);
    return text == null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

function write(storage: Storage | undefined, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // The in-memory snapshot stays right for this page; only persistence is lost.
  }
}

function loadSnapshot(storage: Storage | undefined): HistorySnapshot {
  const stored = read(storage, HISTORY_KEY);
  const sweeps: SavedSweep[] = [];
  const seen = new Set<string>();
  for (const entry of Array.isArray(stored) ? stored : []) {
    const sweep = parseSavedSweep(entry);
    if (!sweep || seen.has(sweep.id) || sweeps.length === HISTORY_LIMIT) continue;
    seen.add(sweep.id);
    sweeps.push(sweep);
  }
  const overlays = read(storage, OVERLAYS_KEY);
  const overlayIds = (Array.isArray(overlays) ? overlays : []).filter(
    (id, index, all): id is string => typeof id === 'string' && seen.has(id) && all.indexOf(id) === index,
  );
  return { sweeps, overlayIds };
}

export function createHistory(storage: Storage | undefined): SweepHistory {
  const store = createStore(loadSnapshot(storage));

  function commit(sweeps: SavedSweep[], overlayIds: string[]): void {
    const kept = sweeps.slice(0, HISTORY_LIMIT);
    const ids = new Set(kept.map((sweep) => sweep.id));
    store.setState({ sweeps: kept, overlayIds: overlayIds.filter((id) => ids.has(id)) });
    write(storage, HISTORY_KEY, kept);
    write(storage, OVERLAYS_KEY, store.getState().overlayIds);
  }

  return {
    store,
    save(sweep) {
      const snapshot = store.getState();
      commit([sweep, ...snapshot.sweeps.filter((s) => s.id !== sweep.id)], snapshot.overlayIds);
    },
    remove(id) {
      const snapshot = store.getState();
      if (snapshot.sweeps.some((s) => s.id === id))
        commit(
          snapshot.sweeps.filter((s) => s.id !== id),
          snapshot.overlayIds,
        );
    },
    toggleOverlay(id) {
      const snapshot = store.getState();
      if (!snapshot.sweeps.some((s) => s.id === id)) return;
      const on = snapshot.overlayIds.includes(id);
      commit(snapshot.sweeps, on ? snapshot.overlayIds.filter((o) => o !== id) : [...snapshot.overlayIds, id]);
    },
    clear() {
      if (store.getState().sweeps.length > 0) commit([], []);
    },
  };
}

/** Unique per save: the time in base 36 and four random digits. */
export function newSweepId(now: Date, random: () => number = Math.random): string {
  return `sweep${now.getTime().toString(36)}${Math.floor(random() * 36 ** 4).toString(36)}`;
}

/** Reading `localStorage` itself throws where storage is blocked (sandboxed frames, cookies off). */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
