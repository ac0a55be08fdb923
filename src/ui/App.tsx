import { useActions, useAppState, useAppStore } from './appContext';
import { Controls } from './Controls';
import { EnvironmentPanel } from './EnvironmentPanel';
import { LazyPanel } from './PanelBoundary';
import { Heartbeat } from './Heartbeat';
import {
  ArrivedOffer,
  AudienceLink,
  Board,
  Charts,
  Explanations,
  Extras,
  FirstSolutions,
  Insights,
  RacesPanel,
  CostPanel,
  ShortcutHelp,
  Talk,
  usePanelsLoaded,
} from './lazyPanels';
import { WorkerLanes } from './lanes/WorkerLanes';
import { Projection } from './Projection';
import { ResultsTable } from './ResultsTable';
import { StatusBar } from './StatusBar';
import { keyshortcuts } from './shortcuts';
import { useShortcuts } from './useShortcuts';
import { closeView, toggleView, useOpenView } from './views';

export function App() {
  const present = useAppState((state) => state.settings.present);
  const talk = useAppState((state) => state.settings.talk);
  const actions = useActions();
  const view = useOpenView();
  useShortcuts(useAppStore(), actions);

  return (
    <div className={present ? 'app present' : 'app'}>
      {/* The talk takes the whole screen; the page is not drawn beneath it (nothing to lay out or paint). */}
      {talk > 0 ? (
        <LazyPanel name="talk">
          <Talk />
        </LazyPanel>
      ) : (
        <Page present={present} />
      )}
      <LazyPanel name="audience link">{view === 'audience' && <AudienceLink open onClose={closeView} />}</LazyPanel>
      <LazyPanel name="board">{view === 'board' && <Board open onClose={closeView} />}</LazyPanel>
      <LazyPanel name="keyboard help">{view === 'help' && <ShortcutHelp open onClose={closeView} />}</LazyPanel>
    </div>
  );
}

/** The page itself: the masthead, the controls and results, the stage of charts and lanes. */
function Page({ present }: { present: boolean }) {
  const costShown = useAppState((state) => state.cost !== null);
  const extras = usePanelsLoaded('extras');
  const charts = usePanelsLoaded('charts');
  const explanations = usePanelsLoaded('explanations');
  const actions = useActions();
  return (
    <>
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
            onClick={() => actions.updateSettings({ talk: 1, present: true })}
            aria-keyshortcuts={keyshortcuts('talk')}
          >
            Talk
          </button>
          <button
            type="button"
            className="ghost"
            aria-pressed={present}
            onClick={() => actions.updateSettings({ present: !present })}
          >
            Presenter mode
          </button>
          <button
            type="button"
            className="ghost"
            onClick={() => toggleView('audience')}
            aria-keyshortcuts={keyshortcuts('audience')}
          >
            Audience link
          </button>
          <button type="button" className="ghost" aria-label="Keyboard shortcuts" onClick={() => toggleView('help')}>
            ?
          </button>
        </div>
      </header>
      <main className="layout">
        <div className="side">
          <Controls />
          <StatusBar />
          {extras && (
            <LazyPanel name="results not kept">
              <ArrivedOffer />
            </LazyPanel>
          )}
          <ResultsTable />
          <Projection />
          <EnvironmentPanel />
          {extras && (
            <LazyPanel name="history and export panels">
              <Extras />
            </LazyPanel>
          )}
        </div>
        <div className={costShown ? 'stage cost-shown' : 'stage'}>
          {extras && (
            <>
              <LazyPanel name="thread-safety results">
                <RacesPanel />
              </LazyPanel>
              <LazyPanel name="COST results">
                <CostPanel />
              </LazyPanel>
            </>
          )}
          {/* Its box is held from the first paint: words arriving with a result must not push the charts down. */}
          <div className="insights-slot">
            {charts && (
              <LazyPanel name="captions">
                <Insights />
              </LazyPanel>
            )}
          </div>
          <div className="chart-grid">
            {charts ? (
              <LazyPanel name="charts" fallback={<ChartPlaceholders />}>
                <Charts />
              </LazyPanel>
            ) : (
              <ChartPlaceholders />
            )}
            <WorkerLanes />
          </div>
          {charts && (
            <LazyPanel name="boards">
              <FirstSolutions />
            </LazyPanel>
          )}
          {explanations && (
            <LazyPanel name="explanations">
              <Explanations />
            </LazyPanel>
          )}
        </div>
      </main>
    </>
  );
}

/** The three charts' places while their chunk loads: empty panels of the charts' own size (the grid's rows). */
function ChartPlaceholders() {
  return (
    <>
      {['speedup', 'time', 'efficiency'].map((chart) => (
        <div key={chart} className="panel chart" aria-hidden="true" />
      ))}
    </>
  );
}
