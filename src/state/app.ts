import { describeError, isNamed, WORKERS_UNAVAILABLE } from '../engine/errors';
import type { App, AppActions, AppOptions } from './appTypes';
import { measuringActions } from './measuringActions';
import { costAction } from './costAction';
import { raceAction } from './raceAction';
import { createSession } from './session';
import { settingsQuery } from './settings';

export type { App, AppActions, AppOptions, AppState, Phase } from './appTypes';

/** The page's state and everything a control can ask of it. */
export function createApp(options: AppOptions): App {
  const session = createSession(options);
  const { store, engine, writeQuery } = session;

  const actions: AppActions = {
    async warmPool() {
      try {
        await session.warmPool();
        await engine.warmMainThread();
      } catch (error) {
        if (isNamed(error, WORKERS_UNAVAILABLE)) session.noteWorkerProblem(error);
        else store.setState({ error: describeError(error) });
      }
    },

    ...measuringActions(session),
    ...raceAction(session),
    ...costAction(session),

    cancel: session.cancel,

    updateSettings(patch) {
      const next = { ...store.getState().settings, ...patch };
      // Entering the talk from the page: each step is sized to this device.
      const opening = store.getState().settings.talk === 0 && next.talk > 0;
      store.setState((state) => ({ settings: next, talkSizesN: opening || state.talkSizesN }));
      writeQuery?.(settingsQuery(next, store.getState().talkSizesN));
    },

    notify(text) {
      store.setState((state) => ({ notices: [...state.notices, text] }));
    },

    dismissNotices() {
      store.setState({ notices: [] });
    },

    closeRaces() {
      store.setState({ races: null });
    },

    closeCost() {
      store.setState({ cost: null });
    },

    reportField(key, problem) {
      store.setState((state) => {
        if (problem === null && !(key in state.fieldProblems)) return {};
        const others = Object.fromEntries(Object.entries(state.fieldProblems).filter(([field]) => field !== key));
        return { fieldProblems: problem === null ? others : { ...others, [key]: problem } };
      });
    },
  };

  return { store, actions, history: session.history };
}
