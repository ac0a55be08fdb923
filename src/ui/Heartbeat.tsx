import { useEffect, useRef } from 'react';
import { useAppState } from './appContext';

/** Gaps between frames longer than this are reported: a 60 Hz page should never see one. */
const FREEZE_MS = 250;
const PULSE_EVERY_MS = 50;

/**
 * A pulse and a frames-per-second meter driven by requestAnimationFrame from JavaScript (a CSS
 * animation would keep running on the compositor thread): when the main thread is busy, both stop.
 */
export function Heartbeat() {
  const dotRef = useRef<HTMLSpanElement>(null);
  const fpsRef = useRef<HTMLSpanElement>(null);
  const freezeRef = useRef<HTMLSpanElement>(null);
  const mainThreadBusy = useAppState((state) => state.phase !== 'idle' && state.settings.mode === 'main');

  useEffect(() => {
    const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    let frame = 0;
    let frames = 0;
    let windowStart = performance.now();
    let last = windowStart;
    let lastPulse = 0;
    const tick = (now: number) => {
      frames++;
      const gap = now - last;
      last = now;
      if (gap > FREEZE_MS && freezeRef.current) freezeRef.current.textContent = `last freeze ${(gap / 1000).toFixed(1)} s`;
      if (now - windowStart >= 500) {
        if (fpsRef.current) fpsRef.current.textContent = `${Math.round((frames * 1000) / (now - windowStart))} fps`;
        frames = 0;
        windowStart = now;
      }
      // The pulse moves 20 times a second: smooth enough to see it stop, cheap enough not to slow the workers.
      if (dotRef.current && !reduceMotion && now - lastPulse >= PULSE_EVERY_MS) {
        lastPulse = now;
        const phase = (now % 1000) / 1000;
        dotRef.current.style.transform = `scale(${1 + 0.35 * Math.sin(phase * Math.PI * 2)})`;
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, []);

  return (
    <div className="heartbeat" aria-label="Page heartbeat">
      <span ref={dotRef} className="heartbeat-dot" aria-hidden="true" />
      <span ref={fpsRef} className="fps">– fps</span>
      <span ref={freezeRef} className="freeze" />
      {mainThreadBusy && (
        <span className="freeze-note" role="status">
          Solving on the main thread: the page cannot repaint or respond until it ends — like Python threads
          under the GIL.
        </span>
      )}
    </div>
  );
}
