import { lazy, Suspense } from 'react';
import { Controls } from './Controls';
import { EnvironmentPanel } from './EnvironmentPanel';
import { Projection } from './Projection';
import { ResultsTable } from './ResultsTable';
import { StatusBar } from './StatusBar';

const Charts = lazy(() => import('./Charts'));

export function App() {
  return (
    <div className="app">
      <header className="masthead">
        <h1>
          Parallel <span className="accent">Queens</span>
        </h1>
        <p className="tagline">
          Counting N-Queens solutions on every core of this device: Web Workers sharing one SharedArrayBuffer,
          measured live.
        </p>
      </header>
      <main className="layout">
        <div className="side">
          <Controls />
          <StatusBar />
          <ResultsTable />
          <Projection />
          <EnvironmentPanel />
        </div>
        <Suspense fallback={<div className="charts charts-loading">Loading charts…</div>}>
          <Charts />
        </Suspense>
      </main>
    </div>
  );
}
