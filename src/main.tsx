import './errorLog';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Engine } from './engine/engine';
import { untilQuiet } from './engine/quiet';
import { browserWorkerFactory } from './engine/workerHandle';
import { createApp } from './state/app';
import { browserStorage, createHistory } from './state/history';
import { readEnvironment } from './state/environment';
import { registerServiceWorker } from './state/serviceWorker';
import { isSharedResult } from './state/interchange/linkPrefix';
import { defaultSettings, parseSettings, settingsQuery } from './state/settings';
import { App } from './ui/App';
import { AppContext } from './ui/appContext';
import { loadExtras, loadPanels } from './ui/lazyPanels';
import { followTheme } from './ui/theme';
import './ui/styles.css';

followTheme(document.documentElement);
const environment = readEnvironment();
const parsed = parseSettings(location.search, defaultSettings(environment.cores ?? undefined));
const writeQuery = (query: string) => history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
const app = createApp({
  engine: new Engine(browserWorkerFactory),
  environment,
  settings: parsed.settings,
  notices: parsed.notices,
  writeQuery,
  confirm: (question) => window.confirm(question),
  history: createHistory(browserStorage()),
  quiet: () => untilQuiet(loadPanels()),
});
writeQuery(settingsQuery(parsed.settings));
// Reading a result link (and its decompression) loads with the history panels, not in the first paint.
if (isSharedResult(location.hash))
  loadExtras()
    .then((chunk) => chunk.openSharedResult(app))
    .catch(() =>
      app.actions.notify("This link's result could not be opened: part of the page did not load. Reload to try again."),
    );

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppContext.Provider value={app}>
      <App />
    </AppContext.Provider>
  </StrictMode>,
);
/** Once the first render is done: warming workers while React renders would time the render too. */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 50);
  });
}

const firstAction = parsed.autorun ? app.actions[parsed.autorun]() : whenIdle().then(app.actions.warmPool);
// Without isolation the service worker is what can provide it, so it comes first (and reloads once).
// Otherwise its precaching of the whole build would compete with the pool's start-up: it waits.
if (!environment.isolated) void registerServiceWorker();
else void firstAction.finally(() => registerServiceWorker());
