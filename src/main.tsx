import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Engine } from './engine/engine';
import { browserWorkerFactory } from './engine/workerHandle';
import { createApp } from './state/app';
import { browserStorage, createHistory } from './state/history';
import { readEnvironment } from './state/environment';
import { registerServiceWorker } from './state/serviceWorker';
import { defaultSettings, parseSettings, settingsQuery } from './state/settings';
import { App } from './ui/App';
import { AppContext } from './ui/appContext';
import './ui/styles.css';

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
});
writeQuery(settingsQuery(parsed.settings));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppContext.Provider value={app}>
      <App />
    </AppContext.Provider>
  </StrictMode>,
);
void registerServiceWorker();

if (parsed.autorun) void app.actions[parsed.autorun]();
else void app.actions.warmPool();
