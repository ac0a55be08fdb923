import { createStore } from '../state/store';
import { useStore } from './useStore';

/** The dialogs the page opens over itself, one at a time: a key or a button opens one, Esc closes it. */
export type View = 'help' | 'audience' | 'board';

const views = createStore<{ open: View | null }>({ open: null });

/** Opens `view`, or closes it when it is the one open. */
export function toggleView(view: View): void {
  views.setState(({ open }) => ({ open: open === view ? null : view }));
}

export function closeView(): void {
  views.setState({ open: null });
}

export const useOpenView = (): View | null => useStore(views, (state) => state.open);
