import { createContext, useContext } from 'react';
import type { App, AppActions, AppState } from '../state/app';
import type { Store } from '../state/store';
import { useStore } from './useStore';

export const AppContext = createContext<App | null>(null);

function useApp(): App {
  const app = useContext(AppContext);
  if (!app) throw new Error('AppContext is missing: render inside <AppContext.Provider>');
  return app;
}

/** Re-renders only when the selected slice changes (selectors must return stored values, not new objects). */
export function useAppState<T>(select: (state: AppState) => T): T {
  return useStore(useApp().store, select);
}

/** The store itself, for components that draw outside React's render cycle (the live lanes). */
export function useAppStore(): Store<AppState> {
  return useApp().store;
}

export function useSweepHistory() {
  return useApp().history;
}

export function useActions(): AppActions {
  return useApp().actions;
}
