import { useActions, useAppState } from './appContext';

export function StatusBar() {
  const status = useAppState((state) => state.status);
  const phase = useAppState((state) => state.phase);
  const error = useAppState((state) => state.error);
  const notices = useAppState((state) => state.notices);
  const workerProblem = useAppState((state) => state.workerProblem);
  const { dismissNotices } = useActions();

  return (
    <div className="status-area">
      <p className={`status status-${phase}`} role="status" aria-live="polite">
        {phase !== 'idle' && <span className="spinner" aria-hidden="true" />}
        {status}
      </p>
      {workerProblem && workerProblem !== error && (
        <p className="warning" role="note">
          ⚠ {workerProblem}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {notices.length > 0 && (
        <div className="notice" role="alert" aria-label="Settings notice">
          <ul>
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
          <button type="button" className="link" onClick={dismissNotices}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
