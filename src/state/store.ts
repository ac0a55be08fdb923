export interface Store<T> {
  getState(): T;
  /** Merges a patch; a patch that changes no field (by Object.is) is a no-op that wakes nobody. */
  setState(update: Partial<T> | ((state: T) => Partial<T>)): void;
  subscribe(listener: () => void): () => void;
}

/**
 * The one store primitive (after zustand's vanilla store): immutable snapshots and change listeners,
 * what `useSyncExternalStore` needs. React reads it through ui/useStore.ts.
 */
export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    setState(update) {
      const patch = typeof update === 'function' ? update(state) : update;
      const changed = (Object.keys(patch) as (keyof T)[]).some((key) => !Object.is(patch[key], state[key]));
      if (!changed) return;
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
