import { useEffect, useLayoutEffect, useRef } from 'react';
import { MODE_SPECS } from '../engine/modes';
import { useAppState, useAppStore } from './appContext';
import { liveViewsRest, untilLiveViewsMayDraw } from '../state/liveViews';
import { untilLiveTick } from './ticks';

/** Gaps between frames longer than this are reported: a 60 Hz page should never see one. */
const FREEZE_MS = 250;
const PULSE_EVERY_MS = 50;
const FROZEN_TEXT = '0 fps · frozen';
const NO_READING = '– fps';
/**
 * While workers are being timed the meter samples instead of watching every frame: a burst of a few
 * frames every two seconds, on the same clock ticks as the lanes' redraws (one frame for both), and
 * none in a timed run's first second (state/liveViews.ts). Every frame the page draws is CPU taken
 * from the workers on a small machine
 * (60 frames a second of pulse, meter and spinner cost them ~20% of a core in headless Chromium).
 */
const SAMPLE_EVERY_MS = 2000;
const SAMPLE_FRAMES = 3;

/**
 * A pulse and a frames-per-second meter driven by requestAnimationFrame from JavaScript (a CSS
 * animation would keep running on the compositor thread): when the main thread is busy, both stop.
 * Before a main-thread run the meter is set to "frozen" and painted, so it never shows the last
 * healthy reading while nothing can repaint it.
 */
export function Heartbeat() {
  const dotRef = useRef<HTMLSpanElement>(null);
  const fpsRef = useRef<HTMLSpanElement>(null);
  const freezeRef = useRef<HTMLSpanElement>(null);
  const mainThreadBusy = useAppState(
    (state) => state.phase !== 'idle' && state.activeMode !== null && MODE_SPECS[state.activeMode].freezesPage,
  );
  const frozenRef = useRef(false);
  const measuring = useAppState((state) => state.phase !== 'idle');
  const resting = useAppState(liveViewsRest);
  const store = useAppStore();

  useLayoutEffect(() => {
    frozenRef.current = mainThreadBusy;
    if (mainThreadBusy && fpsRef.current) fpsRef.current.textContent = FROZEN_TEXT;
    // Thawed: no reading yet, rather than "frozen" until the next one (up to half a second later).
    else if (fpsRef.current?.textContent === FROZEN_TEXT) fpsRef.current.textContent = NO_READING;
  }, [mainThreadBusy]);

  useEffect(() => {
    if (resting) return;
    const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frames = 0;
    let windowStart = performance.now();
    let last = windowStart;
    let lastPulse = 0;
    const show = (now: number) => {
      if (fpsRef.current && !frozenRef.current)
        fpsRef.current.textContent = `${Math.round((frames * 1000) / (now - windowStart))} fps`;
      frames = 0;
      windowStart = now;
    };
    const pulse = (now: number) => {
      if (!dotRef.current || reduceMotion) return;
      lastPulse = now;
      const phase = (now % 1000) / 1000;
      dotRef.current.style.transform = `scale(${1 + 0.35 * Math.sin(phase * Math.PI * 2)})`;
    };
    const tick = (now: number) => {
      const gap = now - last;
      last = now;
      if (gap > FREEZE_MS && !measuring && freezeRef.current)
        freezeRef.current.textContent = `last freeze ${(gap / 1000).toFixed(1)} s`;
      frames++;
      if (measuring) {
        // Sampling: count a short burst, then rest until the next one.
        if (frames === 1) windowStart = now;
        if (frames > SAMPLE_FRAMES) {
          frames--;
          show(now);
          pulse(now);
          const sample = () => {
            const { live } = store.getState();
            if (untilLiveViewsMayDraw(live, performance.now()) > 0)
              timer = setTimeout(sample, untilLiveTick(SAMPLE_EVERY_MS, live));
            else frame = requestAnimationFrame(tick);
          };
          timer = setTimeout(sample, untilLiveTick(SAMPLE_EVERY_MS, store.getState().live));
          return;
        }
      } else {
        if (now - windowStart >= 500) show(now);
        // The pulse moves 20 times a second: smooth enough to see it stop.
        if (now - lastPulse >= PULSE_EVERY_MS) pulse(now);
      }
      frame = requestAnimationFrame(tick);
    };
    frames = 0;
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [resting, measuring, store]);

  return (
    <div className={mainThreadBusy ? 'heartbeat frozen' : 'heartbeat'} aria-label="Page heartbeat">
      <span ref={dotRef} className="heartbeat-dot" aria-hidden="true" />
      <span ref={fpsRef} className="fps">
        {NO_READING}
      </span>
      <span ref={freezeRef} className="freeze" />
    </div>
  );
}
