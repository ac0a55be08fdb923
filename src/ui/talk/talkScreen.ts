import { createStore } from '../../state/store';

/** The talk's screen: blanked (B), and the digits typed towards a jump (a number, then Enter). */
export const talkScreen = createStore<{ blank: boolean; typed: string }>({ blank: false, typed: '' });

export function toggleBlank(): void {
  talkScreen.setState(({ blank }) => ({ blank: !blank }));
}

/** The window the speaker view opens in: one, reused, so V twice does not pile windows up. */
const SPEAKER_WINDOW = 'parallel-queens-speaker';

/** Opens the speaker view (ui/talk/SpeakerView.tsx) for the speaker's own screen, at the talk's step. */
export function openSpeakerView(step: number): void {
  const url = new URL(location.href);
  url.search = `?speaker=1&talk=${step}`;
  url.hash = '';
  window.open(url.href, SPEAKER_WINDOW, 'popup,width=900,height=640');
}
