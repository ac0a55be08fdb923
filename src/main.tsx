import './errorLog';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Engine } from './engine/engine';
import { nextIdle, untilQuiet } from './engine/quiet';
import { createApp } from './state/app';
import { browserStorage, createHistory } from './state/history';
import { readEnvironment } from './state/environment';
import { registerServiceWorker } from './state/serviceWorker';
import { isSharedResult } from './state/interchange/linkPrefix';
import { defaultSettings, parseSettings, settingsQuery } from './state/settings';
import { App } from './ui/App';
import { AppContext } from './ui/appContext';
import { afterFirstPaint } from './ui/idle';
import { loadExtras, loadPanels } from './ui/lazyPanels';
import { followTheme } from './ui/theme';
import './ui/styles.css';

followTheme(document.documentElement);
// The speaker view (a second window for the speaker's screen) is the talk's notes and clock only: it
// starts no engine and no worker, which would take cores from the experiment on the projector's window.
if (new URLSearchParams(location.search).get('speaker') === '1') void openSpeakerView();
else openPage();

async function openSpeakerView(): Promise<void> {
  const { SpeakerView } = await loadExtras();
  createRoot(document.getElementById('root')!).render(<SpeakerView />);
}

function openPage(): void {
  const environment = readEnvironment();
  const parsed = parseSettings(location.search, defaultSettings(environment.cores ?? undefined));
  const writeQuery = (query: string) => history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
  const app = createApp({
    // Comlink and the worker glue load when the first worker is started, after the first paint.
    engine: new Engine({ load: () => import('./engine/workerHandle').then((glue) => glue.browserWorkerFactory) }),
    environment,
    settings: parsed.settings,
    notices: parsed.notices,
    writeQuery,
    confirm: (question) => window.confirm(question),
    history: createHistory(browserStorage()),
    quiet: () => untilQuiet(loadPanels()),
    nGiven: new URLSearchParams(location.search).has('n'),
  });
  writeQuery(settingsQuery(parsed.settings, app.store.getState().talkSizesN));
  // Reading a result link (and its decompression) loads with the history panels, not in the first paint.
  if (isSharedResult(location.hash))
    loadExtras()
      .then((chunk) => chunk.openSharedResult(app))
      .catch(() =>
        app.actions.notify(
          "This link's result could not be opened: part of the page did not load. Reload to try again.",
        ),
      );

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppContext.Provider value={app}>
        <App />
      </AppContext.Provider>
    </StrictMode>,
  );
  const firstAction = parsed.autorun ? app.actions[parsed.autorun]() : afterFirstPaint().then(app.actions.warmPool);
  // The panels' chunks after the first paint, each in an idle moment of its own (a run asks for them sooner).
  void afterFirstPaint().then(() => loadPanels(() => nextIdle(500, 50)));
  // Without isolation the service worker is what can provide it, so it comes first (and reloads once).
  // Otherwise its precaching of the whole build would compete with the pool's start-up: it waits.
  if (!environment.isolated) void registerServiceWorker();
  else void firstAction.finally(() => registerServiceWorker());
}
