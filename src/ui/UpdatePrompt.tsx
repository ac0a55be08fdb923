import { updates } from '../state/serviceWorker';
import { useStore } from './useStore';

/** A new build was deployed while this page was open: it keeps working, and offers the new one. */
export function UpdatePrompt() {
  const newVersion = useStore(updates, (state) => state.newVersion);
  if (!newVersion) return null;
  return (
    <div className="notice" role="alert" aria-label="New version">
      <span>A new version of this page is ready; this one keeps working until you reload.</span>
      <button type="button" className="link" onClick={() => location.reload()}>
        Reload
      </button>
    </div>
  );
}
