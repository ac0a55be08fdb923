import { clampStep, TALK_STEP_COUNT } from '../../state/talk/stepCount';
import { addShortcuts, type Shortcut, type ShortcutContext } from '../shortcuts';
import { openSpeakerView, talkScreen, toggleBlank } from './talkScreen';

/** Moves the talk to step `step` (kept within its steps); the talk starts that step's experiment. */
const goToStep = ({ actions }: ShortcutContext, step: number) => actions.updateSettings({ talk: clampStep(step) });
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** The talk's keys, as slide tools have them: a clicker sends PageDown/PageUp or the arrows. */
const TALK_SHORTCUTS = {
  talkNext: {
    keys: ['ArrowRight', 'PageDown', ' ', 'n'],
    scope: 'talk',
    shown: '→ / PageDown / Space / N',
    label: 'Next step (a clicker sends PageDown or →)',
    refused: 'on a focused button: Space presses it',
    buttonsOwn: true,
    act: (context) => goToStep(context, context.state.settings.talk + 1),
  },
  talkPrevious: {
    keys: ['ArrowLeft', 'PageUp', 'p'],
    scope: 'talk',
    shown: '← / PageUp / P',
    label: 'Previous step',
    act: (context) => goToStep(context, context.state.settings.talk - 1),
  },
  talkEnds: {
    keys: ['Home', 'End'],
    scope: 'talk',
    shown: 'Home / End',
    label: 'First step / last step',
    act: (context, key) => goToStep(context, key === 'Home' ? 1 : TALK_STEP_COUNT),
  },
  talkJump: {
    keys: [...DIGITS, 'Enter'],
    scope: 'talk',
    shown: '1–9, then Enter',
    label: 'Jump to a step by its number',
    buttonsOwn: true,
    act: (context, key) => {
      const typed = talkScreen.getState().typed;
      if (key !== 'Enter') talkScreen.setState({ typed: `${typed}${key}`.slice(-2) });
      else if (typed !== '') {
        talkScreen.setState({ typed: '' });
        goToStep(context, Number(typed));
      }
    },
  },
  talkBlank: {
    keys: ['b', '.'],
    scope: 'talk',
    shown: 'B or .',
    label: 'Blank the screen, and bring it back',
    act: () => toggleBlank(),
  },
  talkSpeaker: {
    keys: ['v'],
    scope: 'talk',
    shown: 'V',
    label: "Speaker view: notes, the next step and a clock, in a window for the speaker's screen",
    act: ({ state }) => openSpeakerView(state.settings.talk),
  },
  talkLeave: {
    keys: ['Escape'],
    scope: 'talk',
    shown: 'Esc',
    label: 'Leave the talk for the page, with the same settings',
    inFields: true,
    act: ({ actions }) => {
      actions.cancel();
      actions.updateSettings({ talk: 0 });
    },
  },
} satisfies Record<string, Shortcut>;

addShortcuts(TALK_SHORTCUTS);

/** The speaker view's key as a button's `aria-keyshortcuts` gives it. */
export const SPEAKER_KEYS = TALK_SHORTCUTS.talkSpeaker.keys.map((key) => key.toUpperCase()).join(' ');
