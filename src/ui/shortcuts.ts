import { availableModes } from '../engine/modes';
import type { AppActions, AppState } from '../state/app';
import { SETTINGS, type IntegerKey } from '../state/settings';
import type { View } from './views';

export interface ShortcutContext {
  state: AppState;
  actions: AppActions;
  toggleView: (view: View) => void;
}

export interface Shortcut {
  /** `KeyboardEvent.key` values, letters in lower case; a pair of opposite steps shares one row. */
  keys: readonly string[];
  /** How the help writes the key(s). */
  shown: string;
  label: string;
  /** When the key does nothing, in words, beyond the rules every shortcut follows (ALWAYS_REFUSED). */
  refused?: string;
  /** Still acts while the focus is in a text field or a menu. */
  inFields?: boolean;
  /** A focused button takes this key for itself. */
  buttonsOwn?: boolean;
  act(context: ShortcutContext, key: string): void;
}

/** When no shortcut acts: said once under the help's table. */
export const ALWAYS_REFUSED = 'With Ctrl, Alt or ⌘ held, inside a dialog, or (except Esc) while typing into a field.';

const MEASURING_REFUSED = 'while busy or a field is invalid';
const clamp = (value: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, value));

/** Two keys that step a whole-number setting down and up by one, never past its range. */
function stepper(setting: IntegerKey, down: string, up: string, shown: string): Shortcut {
  const { label } = SETTINGS[setting];
  return {
    keys: [down, up],
    shown,
    label: `${label} − 1 / ${label} + 1`,
    act: ({ state, actions }, key) =>
      actions.updateSettings({
        [setting]: clamp(state.settings[setting] + (key === down ? -1 : 1), SETTINGS[setting]),
      }),
  };
}

/** Every keyboard shortcut, declared once: the handler, the help and the buttons' aria-keyshortcuts read it. */
export const SHORTCUTS = {
  run: {
    keys: [' '],
    shown: 'Space',
    label: 'Run',
    refused: `${MEASURING_REFUSED}, or on a focused button: Space presses it`,
    buttonsOwn: true,
    act: ({ actions }) => void actions.run(),
  },
  sweep: {
    keys: ['s'],
    shown: 'S',
    label: 'Sweep',
    refused: MEASURING_REFUSED,
    act: ({ actions }) => void actions.sweep(),
  },
  compare: {
    keys: ['c'],
    shown: 'C',
    label: 'Compare models',
    refused: MEASURING_REFUSED,
    act: ({ actions }) => void actions.compare(),
  },
  article: {
    keys: ['a'],
    shown: 'A',
    label: "The article's experiment",
    refused: MEASURING_REFUSED,
    act: ({ actions }) => void actions.article(),
  },
  races: {
    keys: ['r'],
    shown: 'R',
    label: 'The thread-safety experiment',
    refused: `${MEASURING_REFUSED}, or without shared memory`,
    act: ({ actions }) => void actions.races(),
  },
  cancel: {
    keys: ['Escape'],
    shown: 'Esc',
    label: 'Cancel',
    refused: 'while the main thread mode computes: the page cannot answer',
    inFields: true,
    act: ({ actions }) => actions.cancel(),
  },
  n: stepper('n', 'ArrowLeft', 'ArrowRight', '← / →'),
  workers: stepper('workers', 'ArrowDown', 'ArrowUp', '↓ / ↑'),
  mode: {
    keys: ['m'],
    shown: 'M',
    label: 'Next mode',
    act: ({ state, actions }) => {
      const modes = availableModes(state.canShareMemory);
      actions.updateSettings({ mode: modes[(modes.indexOf(state.settings.mode) + 1) % modes.length] });
    },
  },
  present: {
    keys: ['p'],
    shown: 'P',
    label: 'Presenter mode on/off',
    act: ({ state, actions }) => actions.updateSettings({ present: !state.settings.present }),
  },
  fullScreen: {
    keys: ['f'],
    shown: 'F',
    label: 'Full screen',
    act: () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    },
  },
  audience: {
    keys: ['l'],
    shown: 'L',
    label: 'Audience link: a QR code of this page',
    act: ({ toggleView }) => toggleView('audience'),
  },
  board: {
    keys: ['b'],
    shown: 'B',
    label: 'Board: every device gathered here, side by side',
    act: ({ toggleView }) => toggleView('board'),
  },
  help: { keys: ['?'], shown: '?', label: 'This help', act: ({ toggleView }) => toggleView('help') },
} satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof SHORTCUTS;

/** The shortcut a key press names, if any (letters either case). */
export function shortcutFor(key: string): Shortcut | undefined {
  const pressed = key.length === 1 ? key.toLowerCase() : key;
  return Object.values<Shortcut>(SHORTCUTS).find((shortcut) => shortcut.keys.includes(pressed));
}

/** A button's `aria-keyshortcuts`, in the spelling ARIA asks for ("Space", "S", "Escape"). */
export function keyshortcuts(id: ShortcutId): string {
  return SHORTCUTS[id].keys
    .map((key) => (key === ' ' ? 'Space' : key.length === 1 ? key.toUpperCase() : key))
    .join(' ');
}
