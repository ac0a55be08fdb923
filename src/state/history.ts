import { parseSavedSweep, type SavedSweep } from './interchange/sweep';
import { createStore, type Store } from './store';

export const HISTORY_KEY = 'parallel-queens/history/v1';
export const OVERLAYS_KEY = 'parallel-queens/overlays/v1';
/** Room for a class of thirty's results on the board, the teacher's own sweeps, and more: ~1-2 kB each. */
export const HISTORY_LIMIT = 100;

/**
 * Why a sweep shown on this page is not in storage: a result link `offered` it (until the visitor keeps
 * it), or there was `no room` (this site's storage was full; what it held is still there).
 */
export type NotKept = 'offered' | 'no room';

export interface HistorySnapshot {
  sweeps: SavedSweep[];
  overlayIds: string[];
  /** The one record of what is on this page but not in storage, and why; every other sweep is stored. */
  notKept: Readonly<Record<string, NotKept>>;
}

/** Some sweeps are not kept for want of room: the page says so while any is. */
export const storageFull = (snapshot: HistorySnapshot) => Object.values(snapshot.notKept).includes('no room');

/** What saving a sweep did: kept in storage, or not (and why), or kept on this page only where no storage is. */
export type SaveOutcome = 'kept' | NotKept | 'this page only';

export interface SweepHistory {
  /** Saved sweeps and overlay choices, as they are persisted. */
  store: Store<HistorySnapshot>;
  /** Saves a sweep (overlaid too when `overlay`), in one write; says what happened to it. */
  save(sweep: SavedSweep, overlay?: boolean): SaveOutcome;
  /** Shows a sweep from elsewhere overlaid, for this page only, until `keep` (a link's result is offered, not imposed). */
  show(sweep: SavedSweep): void;
  keep(id: string): void;
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

type WriteOutcome = 'written' | 'full' | 'unavailable';

/** Quota errors by every engine's name for them (Firefox's older one included). */
const isQuotaError = (error: unknown) =>
  error instanceof DOMException && ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'].includes(error.name);

/**
 * A failed write leaves what was stored before untouched (setItem is all or nothing), so nothing kept
 * is ever lost; the in-memory snapshot stays right for this page.
 */
function write(storage: Storage | undefined, key: string, value: unknown): WriteOutcome {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(key, JSON.stringify(value));
    return 'written';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
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
  return { sweeps, overlayIds, notKept: {} };
}

export function createHistory(storage: Storage | undefined): SweepHistory {
  const store = createStore(loadSnapshot(storage));
  let available = storage !== undefined;

  /**
   * Writes the list and records what storage could not take. Offered sweeps are never written; sweeps
   * that found no room are tried again at every write. On a full storage what it held before is still
   * what it holds: every listed sweep is then either in it or in `notKept`.
   */
  function commit(sweeps: SavedSweep[], overlayIds: string[], offered: string[]): void {
    const before = store.getState();
    const stored = new Set(before.sweeps.filter((sweep) => !(sweep.id in before.notKept)).map((sweep) => sweep.id));
    // The limit counts kept sweeps only: one shown from a link never pushes a kept one out.
    const toStore = sweeps.filter((sweep) => !offered.includes(sweep.id)).slice(0, HISTORY_LIMIT);
    const outcome = write(storage, HISTORY_KEY, toStore);
    available = outcome !== 'unavailable';
    const notKept: Record<string, NotKept> = {};
    for (const id of offered) notKept[id] = 'offered';
    if (outcome === 'full') for (const sweep of toStore) if (!stored.has(sweep.id)) notKept[sweep.id] = 'no room';
    const listed = sweeps.filter(
      (sweep) => sweep.id in notKept || toStore.includes(sweep) || (outcome === 'full' && stored.has(sweep.id)),
    );
    const ids = new Set(listed.map((sweep) => sweep.id));
    const overlays = overlayIds.filter((id) => ids.has(id));
    store.setState({ sweeps: listed, overlayIds: overlays, notKept });
    write(
      storage,
      OVERLAYS_KEY,
      overlays.filter((id) => notKept[id] !== 'offered'),
    );
  }

  /** The ids a link offered, of the sweeps still listed. */
  const offeredIn = (snapshot: HistorySnapshot, except?: string) =>
    Object.keys(snapshot.notKept).filter((id) => snapshot.notKept[id] === 'offered' && id !== except);

  return {
    store,
    save(sweep, overlay = false) {
      const snapshot = store.getState();
      const overlays =
        overlay && !snapshot.overlayIds.includes(sweep.id) ? [...snapshot.overlayIds, sweep.id] : snapshot.overlayIds;
      commit([sweep, ...snapshot.sweeps.filter((s) => s.id !== sweep.id)], overlays, offeredIn(snapshot, sweep.id));
      return store.getState().notKept[sweep.id] ?? (available ? 'kept' : 'this page only');
    },
    show(sweep) {
      const snapshot = store.getState();
      if (snapshot.sweeps.some((s) => s.id === sweep.id)) {
        if (!snapshot.overlayIds.includes(sweep.id))
          commit(snapshot.sweeps, [...snapshot.overlayIds, sweep.id], offeredIn(snapshot));
        return;
      }
      commit([sweep, ...snapshot.sweeps], [...snapshot.overlayIds, sweep.id], [...offeredIn(snapshot), sweep.id]);
    },
    keep(id) {
      const snapshot = store.getState();
      if (id in snapshot.notKept) commit(snapshot.sweeps, snapshot.overlayIds, offeredIn(snapshot, id));
    },
    remove(id) {
      const snapshot = store.getState();
      if (snapshot.sweeps.some((s) => s.id === id))
        commit(
          snapshot.sweeps.filter((s) => s.id !== id),
          snapshot.overlayIds,
          offeredIn(snapshot, id),
        );
    },
    toggleOverlay(id) {
      const snapshot = store.getState();
      if (!snapshot.sweeps.some((s) => s.id === id)) return;
      const on = snapshot.overlayIds.includes(id);
      commit(
        snapshot.sweeps,
        on ? snapshot.overlayIds.filter((o) => o !== id) : [...snapshot.overlayIds, id],
        offeredIn(snapshot),
      );
    },
    clear() {
      if (store.getState().sweeps.length > 0) commit([], [], []);
    },
  };
}

/** Reading `localStorage` itself throws where storage is blocked (sandboxed frames, cookies off). */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
