import { STORAGE_FULL } from '../state/importResults';
import { sweepLabel } from '../state/interchange/label';
import { storageFull } from '../state/history';
import { useSweepHistory } from './appContext';
import { useStore } from './useStore';

/**
 * Results shown on this page but not kept: a result link just opened (offered, not imposed), or sweeps
 * a full storage could not take. Each can be kept in History or taken off the page.
 */
export default function ArrivedOffer() {
  const history = useSweepHistory();
  const snapshot = useStore(history.store, (state) => state);
  const { sweeps, overlayIds, notKept } = snapshot;
  const unkept = sweeps.filter((sweep) => sweep.id in notKept);
  if (unkept.length === 0) return null;
  return (
    <section className="panel arrived-offer" aria-label="Results not kept">
      {storageFull(snapshot) && (
        <p className="export-error" role="alert">
          Not kept: {STORAGE_FULL}.
        </p>
      )}
      <ul>
        {unkept.map((sweep) => {
          const label = sweepLabel(sweep);
          return (
            <li key={sweep.id}>
              <span>
                {label}
                {overlayIds.includes(sweep.id) ? ', overlaid' : ''}, on this page only.
              </span>
              <button type="button" onClick={() => history.keep(sweep.id)} aria-label={`Keep in History: ${label}`}>
                Keep
              </button>
              <button
                type="button"
                className="ghost"
                onClick={() => history.remove(sweep.id)}
                aria-label={`Remove from this page: ${label}`}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
