import { useLayoutEffect, useRef, useState } from 'react';
import type { SweepHistory } from '../state/history';
import { sweepLabel } from '../state/interchange/label';
import { peakSpeedup, type SavedSweep } from '../state/interchange/sweep';
import { formatTimes, plural } from './format';
import { overlayColor } from './theme';
import { useStore } from './useStore';
import './history.css';

interface ItemProps {
  sweep: SavedSweep;
  overlayIndex: number;
  /** Shown on this page only (ui/ArrivedOffer.tsx offers to keep it). */
  unkept: boolean;
  onToggle: () => void;
  onDelete: () => void;
}

function SweepItem({ sweep, overlayIndex, unkept, onToggle, onDelete }: ItemProps) {
  const description = sweepLabel(sweep);
  const peak = peakSpeedup(sweep);
  const overlaid = overlayIndex >= 0;
  return (
    <li className="history-item">
      <label className="history-toggle">
        <input type="checkbox" checked={overlaid} onChange={onToggle} aria-label={`Overlay on chart: ${description}`} />
        <span
          className={overlaid ? 'history-swatch' : 'history-swatch off'}
          style={overlaid ? { background: overlayColor(overlayIndex) } : undefined}
          aria-hidden="true"
        />
        <span className="history-text">
          <span className="history-description">
            {/* Lines break between the parts, never inside "Chrome 156" or a date. */}
            {description.split(' · ').map((part, index) => (
              <span key={index}>
                {index > 0 && ' · '}
                <span className="history-part">{part}</span>
              </span>
            ))}
          </span>
          <span className="history-peak">
            {peak ? `peak ${formatTimes(peak.speedup)} on ${plural(peak.workers, 'worker')}` : 'no speedup measured'}
            {unkept && ' · not kept: on this page only'}
          </span>
        </span>
      </label>
      <button type="button" className="history-delete" onClick={onDelete} aria-label={`Delete sweep ${description}`}>
        Delete
      </button>
    </li>
  );
}

export function HistoryPanel({ history }: { history: SweepHistory }) {
  const { sweeps, overlayIds, notKept } = useStore(history.store, (snapshot) => snapshot);
  const [confirmingClear, setConfirmingClear] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  // A deleted row takes its focused button with it; focus moves to the row that took its place.
  const focusAfterDelete = useRef<number | null>(null);

  useLayoutEffect(() => {
    const index = focusAfterDelete.current;
    if (index === null) return;
    focusAfterDelete.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.history-delete');
    const next = buttons?.length ? buttons[Math.min(index, buttons.length - 1)] : headingRef.current;
    next?.focus();
  }, [sweeps]);

  function remove(index: number, id: string) {
    focusAfterDelete.current = index;
    history.remove(id);
  }

  function clearAll() {
    focusAfterDelete.current = 0;
    setConfirmingClear(false);
    history.clear();
  }

  function cancelClear() {
    setConfirmingClear(false);
    clearRef.current?.focus();
  }

  return (
    <section className="panel history" aria-label="History">
      <h2 ref={headingRef} tabIndex={-1}>
        History
      </h2>
      {sweeps.length === 0 ? (
        <p className="history-empty">
          Each finished sweep is saved here (in this browser only). Overlay earlier sweeps on the speedup chart to
          compare browsers, power settings or machines.
        </p>
      ) : (
        <>
          <p className="history-hint">Tick a sweep to overlay it on the speedup chart.</p>
          <ul className="history-list" ref={listRef}>
            {sweeps.map((sweep, index) => (
              <SweepItem
                key={sweep.id}
                sweep={sweep}
                overlayIndex={overlayIds.indexOf(sweep.id)}
                unkept={sweep.id in notKept}
                onToggle={() => history.toggleOverlay(sweep.id)}
                onDelete={() => remove(index, sweep.id)}
              />
            ))}
          </ul>
          <div className="history-actions">
            {/* One button that turns into the confirmation keeps keyboard focus in place. */}
            <button
              ref={clearRef}
              type="button"
              className={confirmingClear ? 'history-danger' : undefined}
              onClick={confirmingClear ? clearAll : () => setConfirmingClear(true)}
            >
              {confirmingClear ? `Yes, delete ${plural(sweeps.length, 'sweep')}` : 'Delete all…'}
            </button>
            {confirmingClear && (
              <button type="button" onClick={cancelClear}>
                Cancel
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
