import { useSyncExternalStore } from 'react';
import type { Store } from '../state/store';

/**
 * The one hook for reading a store: re-renders only when the selected slice changes (by Object.is),
 * so a selector must return stored values, not new objects.
 */
export function useStore<T, S>(store: Store<T>, select: (state: T) => S): S {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
