import { createContext, useContext, useSyncExternalStore } from 'react';
import type { App, AppActions, AppState } from '../state/app';

export const AppContext = createContext<App | null>(null);

function useApp(): App {
  const app = useContext(AppContext);
  if (!app) throw new Error('AppContext is missing: render inside <AppContext.Provider>');
  return app;
}

/** Re-renders only when the selected slice changes (selectors must return stored values, not new objects). */
export function useAppState<T>(select: (state: AppState) => T): T {
  const { store } = useApp();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

export function useActions(): AppActions {
  return useApp().actions;
}
