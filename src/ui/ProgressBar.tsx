import { useEffect, useRef } from 'react';
import { describeDuration } from '../state/estimate';
import { PROGRESS_AFTER_MS, readProgress } from '../state/progress';
import { useAppState, useAppStore } from './appContext';
import { untilLiveViewsMayDraw } from '../state/liveViews';
import { untilLiveTick } from './ticks';

/**
 * Redrawn on the lanes' clock ticks, so both cost the workers one frame a second between them, and
 * like them never in a timed run's first second (state/liveViews.ts).
 */
const EVERY_MS = 1000;

/**
 * A bar and the time left, for a run or a measurement that lasts more than a couple of seconds.
 * Updated outside React (like the lanes): a render per tick would be work taken from the workers.
 */
export function ProgressBar() {
  const store = useAppStore();
  const active = useAppState((state) => state.progress !== null);
  const boxRef = useRef<HTMLDivElement>(null);
  const fillRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!active) {
      if (boxRef.current) boxRef.current.hidden = true;
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => untilLiveTick(EVERY_MS, store.getState().live);
    const update = () => {
      const { progress, live } = store.getState();
      const box = boxRef.current;
      if (!progress || !box || !fillRef.current || !textRef.current) return;
      const now = performance.now();
      if (untilLiveViewsMayDraw(live, now) > 0) {
        timer = setTimeout(update, next());
        return;
      }
      const { fraction, msLeft } = readProgress(progress, live, now);
      const long = now - progress.startedAt >= PROGRESS_AFTER_MS || (msLeft ?? 0) >= PROGRESS_AFTER_MS;
      box.hidden = !long;
      const percent = Math.round(fraction * 100);
      box.setAttribute('aria-valuenow', String(percent));
      fillRef.current.style.width = `${percent}%`;
      textRef.current.textContent =
        msLeft === null ? `${percent}%` : `${percent}% · about ${describeDuration(msLeft)} left`;
      timer = setTimeout(update, next());
    };
    timer = setTimeout(update, next());
    return () => clearTimeout(timer);
  }, [active, store]);

  // Always in the layout, hidden but holding its line: a bar that appeared mid-run would push the results down.
  return (
    <div
      ref={boxRef}
      className="progress"
      role="progressbar"
      aria-label="Progress"
      aria-valuemin={0}
      aria-valuemax={100}
      hidden
    >
      <div className="progress-track">
        <div ref={fillRef} className="progress-fill" />
      </div>
      <span ref={textRef} className="progress-text" />
    </div>
  );
}
