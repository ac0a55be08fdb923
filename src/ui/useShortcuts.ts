import { useEffect } from 'react';
import type { AppActions, AppState } from '../state/app';
import type { Store } from '../state/store';
import { shortcutFor } from './shortcuts';
import { toggleView } from './views';

function typingInto(element: HTMLElement | null): boolean {
  return !!element && (['INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName) || element.isContentEditable);
}

/** Keyboard control for a speaker at a projector (the keys: shortcuts.ts); keys typed into a field stay the field's. */
export function useShortcuts(store: Store<AppState>, actions: AppActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      // A dialog just closed can keep the focus on its (now hidden) button: nothing there owns a key.
      const focused = target?.closest?.('dialog:not([open])') ? null : target;
      // An open dialog keeps its keys.
      if (focused?.closest?.('dialog')) return;
      const shortcut = shortcutFor(event.key, store.getState().settings.talk > 0 ? 'talk' : 'page');
      if (!shortcut) return;
      if (!shortcut.inFields && typingInto(focused)) return;
      if (shortcut.buttonsOwn && focused?.tagName === 'BUTTON') return;
      event.preventDefault();
      shortcut.act({ state: store.getState(), actions, toggleView }, event.key);
    };
    window.addEventListener('keydown', onKey);
    const releaseAfterPointer = releaseFocusAfterPointer();
    return () => {
      window.removeEventListener('keydown', onKey);
      releaseAfterPointer();
    };
  }, [store, actions]);
}

/**
 * A control clicked or chosen with the mouse gives the keyboard back to the page, so the speaker's next
 * Space runs instead of pressing "Presenter mode" again, and S or an arrow does not pick a menu item.
 * Controls reached with Tab keep their focus and their own keys.
 */
function releaseFocusAfterPointer(): () => void {
  let pointerOn: EventTarget | null = null;
  const onPointerDown = (event: PointerEvent) => (pointerOn = event.target);
  const release = (event: Event) => {
    const element = event.target as HTMLElement | null;
    const pointed =
      pointerOn instanceof Node &&
      (element?.contains(pointerOn) || (element?.closest('label')?.contains(pointerOn) ?? false));
    if (!element || !pointed || element.closest('dialog')) return;
    const isButton = element.tagName === 'BUTTON' || (element as HTMLInputElement).type === 'checkbox';
    if (event.type === 'click' ? isButton : element.tagName === 'SELECT') element.blur();
  };
  window.addEventListener('pointerdown', onPointerDown, true);
  window.addEventListener('click', release);
  window.addEventListener('change', release);
  return () => {
    window.removeEventListener('pointerdown', onPointerDown, true);
    window.removeEventListener('click', release);
    window.removeEventListener('change', release);
  };
}
