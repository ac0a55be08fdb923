import { DEFAULT_MODE, MODE_LABELS, type Mode } from '../engine/modes';
import type { EnvironmentInfo } from './environment';
import { modesIn, scaledRows, type ResultSet } from './results';
import { parseSavedSweep, type SavedSweep } from './savedSweep';

export type { SavedSweep } from './savedSweep';

export const HISTORY_KEY = 'parallel-queens/history/v1';
export const OVERLAYS_KEY = 'parallel-queens/overlays/v1';
export const HISTORY_LIMIT = 30;

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
  const mode = modes.includes(DEFAULT_MODE) ? DEFAULT_MODE : modes.reduce((best, m) => (count(m) >= count(best) ? m : best));
  // Scaled within the kept mode alone, so its speedups are against its own one-worker time.
  const points = scaledRows({ ...set, rows: set.rows.filter((row) => row.mode === mode) })
    .map(({ workers, ms, minMs, maxMs, speedup }) => ({
      workers, ms, minMs, maxMs,
      speedup: speedup !== undefined && Number.isFinite(speedup) ? speedup : null,
    }));
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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Local time, fixed format: labels must not change with the browser's locale between two tabs. */
function shortDate(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function describeSweep(s: SavedSweep): string {
  const parts = [`N=${s.n}`, MODE_LABELS[s.mode], s.machine.browser];
  if (s.machine.cores !== null) parts.push(`${s.machine.cores} cores`);
  // Without isolation workers cannot share memory, which changes the curve more than the browser does.
  if (!s.machine.isolated) parts.push('not isolated');
  parts.push(shortDate(s.savedAt));
  return parts.join(' · ');
}

export function peakSpeedup(s: SavedSweep): { workers: number; speedup: number } | null {
  let peak: { workers: number; speedup: number } | null = null;
  for (const { workers, speedup } of s.points) {
    if (speedup !== null && (peak === null || speedup > peak.speedup)) peak = { workers, speedup };
  }
  return peak;
}

/**
 * Hues kept apart from the app's measured cyan, ideal grey, time orange and Amdahl purple; each has at
 * least 3:1 contrast on both the dark panel (#151a2e) and white, as WCAG asks of chart lines.
 */
const OVERLAY_PALETTE = ['#d6457f', '#2e9e5b', '#e05d44', '#9c8b2e', '#7b7ff0'];

export function overlayColor(index: number): string {
  const size = OVERLAY_PALETTE.length;
  return OVERLAY_PALETTE[((Math.trunc(index) % size) + size) % size];
}

export interface HistorySnapshot {
  sweeps: SavedSweep[];
  overlayIds: string[];
}

export interface SweepHistory {
  getSnapshot(): HistorySnapshot;
  subscribe(listener: () => void): () => void;
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
  let snapshot = loadSnapshot(storage);
  const listeners = new Set<() => void>();

  function commit(sweeps: SavedSweep[], overlayIds: string[]): void {
    const kept = sweeps.slice(0, HISTORY_LIMIT);
    const ids = new Set(kept.map((sweep) => sweep.id));
    snapshot = { sweeps: kept, overlayIds: overlayIds.filter((id) => ids.has(id)) };
    write(storage, HISTORY_KEY, snapshot.sweeps);
    write(storage, OVERLAYS_KEY, snapshot.overlayIds);
    for (const listener of listeners) listener();
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    save(sweep) {
      commit([sweep, ...snapshot.sweeps.filter((s) => s.id !== sweep.id)], snapshot.overlayIds);
    },
    remove(id) {
      if (snapshot.sweeps.some((s) => s.id === id)) commit(snapshot.sweeps.filter((s) => s.id !== id), snapshot.overlayIds);
    },
    toggleOverlay(id) {
      if (!snapshot.sweeps.some((s) => s.id === id)) return;
      const on = snapshot.overlayIds.includes(id);
      commit(snapshot.sweeps, on ? snapshot.overlayIds.filter((o) => o !== id) : [...snapshot.overlayIds, id]);
    },
    clear() {
      if (snapshot.sweeps.length > 0) commit([], []);
    },
  };
}

export interface OverlaySeries {
  id: string;
  label: string;
  color: string;
  n: number;
  points: { workers: number; speedup: number }[];
}

/** Overlaid sweeps in the order they were ticked, so a line keeps its colour while others are added. */
export function overlaySeries(snapshot: HistorySnapshot): OverlaySeries[] {
  return snapshot.overlayIds.flatMap((id, index) => {
    const sweep = snapshot.sweeps.find((s) => s.id === id);
    if (!sweep) return [];
    const points = sweep.points.flatMap(({ workers, speedup }) => (speedup === null ? [] : [{ workers, speedup }]));
    return [{ id, label: describeSweep(sweep), color: overlayColor(index), n: sweep.n, points }];
  });
}

/** Plain letters and digits: overlay ids become chart data keys, where a dot would read as a path. */
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
