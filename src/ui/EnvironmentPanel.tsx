import { useEffect, useState } from 'react';
import { ISOLATION_SOURCE_LABELS, type IsolationSource } from '../state/environment';
import { isolationSource } from '../state/serviceWorker';
import { useAppState } from './appContext';
import { formatMs } from './format';

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

export function EnvironmentPanel() {
  const environment = useAppState((state) => state.environment);
  const pool = useAppState((state) => state.pool);
  const resolutionUs = environment.timerResolutionMs * 1000;
  const [isolation, setIsolation] = useState<IsolationSource | null>(null);
  useEffect(() => {
    let mounted = true;
    void isolationSource().then((source) => mounted && setIsolation(source));
    return () => {
      mounted = false;
    };
  }, []);

  return (
    <section className="panel environment" aria-label="Environment">
      <h2>Environment</h2>
      <dl>
        <dt>Cross-origin isolated</dt>
        <dd className={environment.isolated ? 'good' : 'bad'}>{yesNo(environment.isolated)}</dd>
        <dt>Isolation from</dt>
        <dd>{isolation ? ISOLATION_SOURCE_LABELS[isolation] : 'checking…'}</dd>
        <dt>SharedArrayBuffer</dt>
        <dd className={environment.sharedMemory ? 'good' : 'bad'}>{yesNo(environment.sharedMemory)}</dd>
        <dt>Logical cores</dt>
        <dd>{environment.cores ?? 'unknown'}</dd>
        <dt>Browser</dt>
        <dd>{environment.browser}</dd>
        <dt>Timer resolution</dt>
        <dd>
          {Number.isFinite(resolutionUs)
            ? `${resolutionUs < 10 ? resolutionUs.toFixed(1) : resolutionUs.toFixed(0)} µs`
            : 'unknown'}
        </dd>
        <dt>Worker pool</dt>
        <dd>
          {pool.startupMs === null
            ? 'not started'
            : `${pool.workers} started in ${formatMs(pool.startupMs)} ms (not timed in runs)`}
        </dd>
      </dl>
      {!environment.isolated && (
        <p className="warning" role="note">
          This page is not cross-origin isolated, so workers cannot share memory: the shared-memory mode hands tasks out
          by message instead. Counts are the same; overhead is higher.
        </p>
      )}
      {environment.isolated && !environment.sharedMemory && (
        <p className="warning" role="note">
          The page is cross-origin isolated, but this browser offers no SharedArrayBuffer (WebKitGTK ships with it off):
          the shared-memory mode hands tasks out by message instead. Counts are the same; overhead is higher.
        </p>
      )}
    </section>
  );
}
