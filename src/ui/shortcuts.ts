import { availableModes } from '../engine/modes';
import type { AppActions, AppState } from '../state/app';
import { SETTINGS, type IntegerKey } from '../state/settings';
import type { View } from './views';

export interface ShortcutContext {
  state: AppState;
  actions: AppActions;
  toggleView: (view: View) => void;
}

/**
 * Where a key acts: on the page, inside the talk, or in both. The talk's own keys are declared with the
 * talk (ui/talk/talkShortcuts.ts) and join this table when it loads (`addShortcuts`): one table, read
 * by the handler and the help, without the talk's code in the first paint.
 */
export type ShortcutScope = 'page' | 'talk' | 'both';

export interface Shortcut {
  /** `KeyboardEvent.key` values, letters in lower case; a pair of opposite steps shares one row. */
  keys: readonly string[];
  /** Where it acts ('page' when absent). */
  scope?: ShortcutScope;
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

/** The page's keyboard shortcuts, declared once: the handler, the help and the buttons' aria-keyshortcuts read it. */
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
  cost: {
    keys: ['o'],
    shown: 'O',
    label: 'COST: one symmetric worker against the plain ones',
    refused: MEASURING_REFUSED,
    act: ({ actions }) => void actions.cost(),
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
  talk: {
    keys: ['t'],
    shown: 'T',
    label: 'Talk: the argument, one step a screen',
    act: ({ actions }) => actions.updateSettings({ talk: 1, present: true }),
  },
  fullScreen: {
    keys: ['f'],
    scope: 'both',
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
  help: { keys: ['?'], scope: 'both', shown: '?', label: 'This help', act: ({ toggleView }) => toggleView('help') },
} satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof SHORTCUTS;

/** Every shortcut known now: the page's, and the talk's once its chunk has loaded. */
const table: Record<string, Shortcut> = { ...SHORTCUTS };

/** Adds shortcuts to the one table (the talk's, when it loads); an id already there keeps its entry. */
export function addShortcuts(more: Record<string, Shortcut>): void {
  for (const [id, shortcut] of Object.entries(more)) table[id] ??= shortcut;
}

/** Every shortcut in the table, in the order declared: what the help lists. */
export const allShortcuts = (): Shortcut[] => Object.values(table);

/** Is this shortcut one of `scope`'s (the page's or the talk's)? */
export const actsIn = (shortcut: Shortcut, scope: 'page' | 'talk') =>
  (shortcut.scope ?? 'page') === scope || shortcut.scope === 'both';

/** The shortcut a key press names where it was pressed (on the page or in the talk), if any (letters either case). */
export function shortcutFor(key: string, scope: 'page' | 'talk' = 'page'): Shortcut | undefined {
  const pressed = key.length === 1 ? key.toLowerCase() : key;
  return allShortcuts().find((shortcut) => actsIn(shortcut, scope) && shortcut.keys.includes(pressed));
}

/** A button's `aria-keyshortcuts`, in the spelling ARIA asks for ("Space", "S", "Escape"). */
export function keyshortcuts(id: ShortcutId): string {
  return SHORTCUTS[id].keys
    .map((key) => (key === ' ' ? 'Space' : key.length === 1 ? key.toUpperCase() : key))
    .join(' ');
}
