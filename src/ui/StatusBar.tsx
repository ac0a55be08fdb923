import { modeSpec } from '../engine/modes';
import { useActions, useAppState } from './appContext';
import { ProgressBar } from './ProgressBar';
import { UpdatePrompt } from './UpdatePrompt';

export function StatusBar() {
  const status = useAppState((state) => state.status);
  const phase = useAppState((state) => state.phase);
  const error = useAppState((state) => state.error);
  const notices = useAppState((state) => state.notices);
  const workerProblem = useAppState((state) => state.workerProblem);
  const { dismissNotices } = useActions();
  const frozen = useAppState(
    (state) => state.phase !== 'idle' && state.activeMode !== null && modeSpec(state.activeMode).freezesPage,
  );

  return (
    <div className="status-area">
      <p className={`status status-${phase}`} role="status" aria-live="polite">
        {phase !== 'idle' && <span className="spinner" aria-hidden="true" />}
        {status}
      </p>
      <ProgressBar />
      <UpdatePrompt />
      {frozen && (
        <p className="freeze-banner" role="note">
          The page is frozen: it is solving on its own thread, so nothing can repaint or answer, not even Cancel, until
          it ends.
        </p>
      )}
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
