import { useEffect } from 'react';
import { availableModes } from '../engine/modes';
import type { AppActions, AppState } from '../state/app';
import { FIELDS } from '../state/settings';
import type { Store } from '../state/store';

export const SHORTCUTS: [string, string][] = [
  ['Space', 'Run'],
  ['S', 'Sweep'],
  ['C', 'Compare models'],
  ['A', "The article's experiment"],
  ['Esc', 'Cancel'],
  ['← / →', 'N − 1 / N + 1'],
  ['↓ / ↑', 'Workers − 1 / Workers + 1'],
  ['M', 'Next mode'],
  ['P', 'Presenter mode on/off'],
  ['F', 'Full screen'],
  ['?', 'This help'],
];

function typingInto(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (['INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName) || element.isContentEditable);
}

const clamp = (value: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, value));

/** Keyboard control for a speaker at a projector; keys typed into a field stay the field's. */
export function useShortcuts(store: Store<AppState>, actions: AppActions, toggleHelp: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if ((event.target as Element | null)?.closest?.('dialog')) return;
      if (event.key !== 'Escape' && typingInto(event.target)) return;
      const { settings } = store.getState();
      const handlers: Record<string, () => void> = {
        ' ': () => void actions.run(),
        s: () => void actions.sweep(),
        c: () => void actions.compare(),
        a: () => void actions.article(),
        Escape: () => actions.cancel(),
        ArrowLeft: () => actions.updateSettings({ n: clamp(settings.n - 1, FIELDS.n) }),
        ArrowRight: () => actions.updateSettings({ n: clamp(settings.n + 1, FIELDS.n) }),
        ArrowDown: () => actions.updateSettings({ workers: clamp(settings.workers - 1, FIELDS.workers) }),
        ArrowUp: () => actions.updateSettings({ workers: clamp(settings.workers + 1, FIELDS.workers) }),
        m: () => {
          const { isolated, sharedMemory } = store.getState().environment;
          const modes = availableModes(isolated && sharedMemory);
          actions.updateSettings({ mode: modes[(modes.indexOf(settings.mode) + 1) % modes.length] });
        },
        p: () => actions.updateSettings({ present: !settings.present }),
        f: () => {
          if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
          else void document.documentElement.requestFullscreen?.().catch(() => undefined);
        },
        '?': toggleHelp,
      };
      const handler = handlers[event.key.length === 1 ? event.key.toLowerCase() : event.key] ?? handlers[event.key];
      if (!handler) return;
      if (event.key === ' ' && (event.target as HTMLElement | null)?.tagName === 'BUTTON') return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    const releaseAfterPointer = releaseFocusAfterPointer();
    return () => {
      window.removeEventListener('keydown', onKey);
      releaseAfterPointer();
    };
  }, [store, actions, toggleHelp]);
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
