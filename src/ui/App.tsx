import { useCallback, useState } from 'react';
import { useActions, useAppState, useAppStore } from './appContext';
import { Controls } from './Controls';
import { EnvironmentPanel } from './EnvironmentPanel';
import { LazyPanel } from './PanelBoundary';
import { Heartbeat } from './Heartbeat';
import {
  AudienceLink,
  Charts,
  Explanations,
  Extras,
  FirstSolutions,
  Insights,
  RacesPanel,
  ShortcutHelp,
} from './lazyPanels';
import { WorkerLanes } from './lanes/WorkerLanes';
import { Projection } from './Projection';
import { ResultsTable } from './ResultsTable';
import { StatusBar } from './StatusBar';
import { keyshortcuts } from './shortcuts';
import { useShortcuts } from './useShortcuts';

export function App() {
  const present = useAppState((state) => state.settings.present);
  const actions = useActions();
  const [helpOpen, setHelpOpen] = useState(false);
  const toggleHelp = useCallback(() => setHelpOpen((open) => !open), []);
  const [audienceOpen, setAudienceOpen] = useState(false);
  const toggleAudience = useCallback(() => setAudienceOpen((open) => !open), []);
  useShortcuts(useAppStore(), actions, toggleHelp, toggleAudience);

  return (
    <div className={present ? 'app present' : 'app'}>
      <header className="masthead">
        <h1>
          Parallel <span className="accent">Queens</span>
        </h1>
        <p className="tagline">N-Queens on every core of this device, measured live.</p>
        <Heartbeat />
        <div className="masthead-buttons">
          <button
            type="button"
            className="ghost"
            aria-pressed={present}
            onClick={() => actions.updateSettings({ present: !present })}
          >
            Presenter mode
          </button>
          <button type="button" className="ghost" onClick={toggleAudience} aria-keyshortcuts={keyshortcuts('audience')}>
            Audience link
          </button>
          <button type="button" className="ghost" aria-label="Keyboard shortcuts" onClick={toggleHelp}>
            ?
          </button>
        </div>
      </header>
      <main className="layout">
        <div className="side">
          <Controls />
          <StatusBar />
          <ResultsTable />
          <Projection />
          <EnvironmentPanel />
          <LazyPanel name="history and export panels">
            <Extras />
          </LazyPanel>
        </div>
        <div className="stage">
          <LazyPanel name="thread-safety results">
            <RacesPanel />
          </LazyPanel>
          <LazyPanel name="captions">
            <Insights />
          </LazyPanel>
          <div className="chart-grid">
            <LazyPanel name="charts" fallback={<div className="panel charts-loading">Loading charts…</div>}>
              <Charts />
            </LazyPanel>
            <WorkerLanes />
          </div>
          <LazyPanel name="boards">
            <FirstSolutions />
          </LazyPanel>
          <LazyPanel name="explanations">
            <Explanations />
          </LazyPanel>
        </div>
      </main>
      <LazyPanel name="audience link">
        {audienceOpen && <AudienceLink open={audienceOpen} onClose={() => setAudienceOpen(false)} />}
      </LazyPanel>
      <LazyPanel name="keyboard help">
        <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
      </LazyPanel>
    </div>
  );
}
