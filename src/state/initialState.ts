import { MODE_LABELS, runnableMode } from '../engine/modes';
import type { AppState } from './appTypes';
import type { EnvironmentInfo } from './environment';
import { initialRate } from './estimate';
import type { Settings } from './settings';

/**
 * The app before anything has run. The mode shown is the mode that runs: where the page has no shared
 * memory, a mode that needs it is replaced by its fallback, and the notice says so.
 */
export function initialState(
  settings: Settings,
  notices: string[],
  environment: EnvironmentInfo,
  canShareMemory: boolean,
  nGiven = false,
): AppState {
  const mode = runnableMode(settings.mode, canShareMemory);
  const fallbackNotice = `${MODE_LABELS[settings.mode]} needs SharedArrayBuffer, which this page does not have: ${MODE_LABELS[mode].toLowerCase()} instead`;
  return {
    settings: { ...settings, mode },
    notices: mode === settings.mode ? notices : [...notices, fallbackNotice],
    phase: 'idle',
    status: 'Ready',
    results: null,
    error: null,
    pool: { workers: 0, startupMs: null },
    environment,
    canShareMemory,
    live: null,
    lastRun: null,
    rate: initialRate(),
    workerProblem: null,
    activeMode: null,
    fieldProblems: {},
    progress: null,
    races: null,
    cost: null,
    talkSizesN: !nGiven,
  };
}
