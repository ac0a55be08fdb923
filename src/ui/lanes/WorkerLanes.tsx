import { wallClock } from '../../core/clock';
import { formatPercent } from '../format';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AppState } from '../../state/app';
import { liveViewsRest, untilLiveViewsMayDraw } from '../../state/liveViews';
import { useAppState, useAppStore } from '../appContext';
import { DEPTH_COLORS, PALETTES, useTheme, type Theme } from '../theme';
import { untilLiveTick } from '../ticks';
import { drawLanes, type LaneColors } from './drawLanes';
import { laneStats, snapshotFinished, snapshotLive, snapshotProjected } from './laneModel';

function laneColors(theme: Theme): LaneColors {
  const { text, muted, idle } = PALETTES[theme];
  return { text, muted, idle, depth: DEPTH_COLORS[theme] };
}

/**
 * Once a second while a run is timed, and not in its first second (state/liveViews.ts): each redraw is
 * a repaint and a compositor frame taken from the workers (at 20 a second the lanes, pulse and meter
 * cost them ~15% of a core on 2 cores, measured in a trace of an N=14 sweep; at 2 a second still ~2%).
 */
const REDRAW_EVERY_MS = 1000;
const TEXT_PX = 13;
/** What the lanes can project the last run onto: a laptop, a workstation, a server. */
const PROJECTED_LANES = [8, 16, 64];
/** A room reads the lanes' figures too. */
const PRESENTER_TEXT_PX = 20;

/**
 * Live Gantt lanes, one per worker. While a run is in flight they are redrawn once a second from the
 * run's own buffer, outside React; React renders only the frame and the text summary.
 */
export function WorkerLanes() {
  const store = useAppStore();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const lastRun = useAppState((state) => state.lastRun);
  // Not `state.live`: it changes at every sample's start and end, and a render then (with its passive
  // effects and a layout) landed inside the timed windows. The canvas follows `live` outside React.
  const measuring = useAppState((state) => state.phase !== 'idle');
  const theme = useTheme();
  const colors = useMemo(() => laneColors(theme), [theme]);
  const textPx = useAppState((state) => (state.settings.present ? PRESENTER_TEXT_PX : TEXT_PX));
  // This machine's lanes, or the last run's tasks laid out on more cores than it has.
  const [cores, setCores] = useState<number | null>(null);

  useEffect(() => {
    let frame = 0;
    const draw = (state: AppState) => {
      const canvas = canvasRef.current;
      if (!canvas) return;
      if (state.live) drawLanes(canvas, snapshotLive(state.live, wallClock()), colors, textPx);
      else if (state.lastRun && cores !== null && state.phase === 'idle') {
        drawLanes(canvas, snapshotProjected(state.lastRun, cores), colors, textPx, false);
      } else if (state.lastRun) drawLanes(canvas, snapshotFinished(state.lastRun), colors, textPx);
      else canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    // While a run is timed the lanes wake on clock ticks only, and ask for no frame in between: an
    // animation frame requested and left unused, or a redraw as each run starts (every sample of a
    // sweep), still costs a frame's work on the page and the compositor.
    const onTick = () => {
      if (timer !== undefined) return;
      timer = setTimeout(
        () => {
          timer = undefined;
          if (!frame) frame = requestAnimationFrame(loop);
        },
        untilLiveTick(REDRAW_EVERY_MS, store.getState().live),
      );
    };
    const loop = () => {
      frame = 0;
      const state = store.getState();
      // Resting live views draw nothing until the timed part is over.
      if (state.live && liveViewsRest(state)) return;
      // A run that started since this frame was asked for is left alone in its first second.
      if (untilLiveViewsMayDraw(state.live, performance.now()) > 0) {
        onTick();
        return;
      }
      draw(state);
      if (state.live) onTick();
    };
    // Only what the lanes draw wakes them: any other change (the status, the progress step before each
    // sample) used to ask for a frame that then fired inside the next sample's timed window.
    const drawn = (state: AppState) => ({
      live: state.live,
      lastRun: state.lastRun,
      on: state.settings.live,
      idle: state.phase === 'idle',
    });
    let shown = drawn(store.getState());
    const onChange = () => {
      const now = drawn(store.getState());
      if (now.live === shown.live && now.lastRun === shown.lastRun && now.on === shown.on && now.idle === shown.idle)
        return;
      shown = now;
      const { live } = now;
      if (live) onTick();
      else if (!frame) frame = requestAnimationFrame(loop);
    };
    draw(store.getState());
    const unsubscribe = store.subscribe(onChange);
    const observer = new ResizeObserver(() => draw(store.getState()));
    if (canvasRef.current) observer.observe(canvasRef.current);
    return () => {
      unsubscribe();
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [store, colors, textPx, cores]);

  const projecting = cores !== null && lastRun !== null && !measuring;
  const finished = lastRun ? (projecting ? snapshotProjected(lastRun, cores) : snapshotFinished(lastRun)) : null;
  const stats = finished ? laneStats(finished) : [];
  const tail = finished ? finished.elapsedMs - Math.min(...stats.map((s) => s.lastEndMs)) : 0;
  const meanBusy = stats.reduce((sum, s) => sum + s.busy, 0) / Math.max(1, stats.length);
  return (
    <figure className="panel lanes" aria-label="Worker lanes" aria-describedby="lanes-text">
      <figcaption>
        Worker lanes{' '}
        <span className="subtle">
          {!lastRun
            ? 'each bar is a task, drawn live from shared memory'
            : projecting
              ? `the last run's ${lastRun.taskCount} tasks projected on ${cores} cores by the ${lastRun.schedule} schedule: ${Math.round(100 * meanBusy)}% busy on average`
              : `last run: ${lastRun.taskCount} tasks on ${lastRun.workers} ${lastRun.workers === 1 ? 'thread' : 'workers'}, longest idle tail ${tail.toFixed(1)} ms`}
        </span>
      </figcaption>
      {lastRun && (
        <div className="lane-views" role="group" aria-label="Lanes to show">
          {[null, ...PROJECTED_LANES].map((count) => (
            <button
              key={count ?? 'measured'}
              type="button"
              aria-pressed={cores === count}
              onClick={() => setCores(count)}
            >
              {count === null ? 'Measured' : `${count} cores`}
            </button>
          ))}
        </div>
      )}
      <div className="lanes-body">
        <canvas ref={canvasRef} className="lanes-canvas" aria-hidden="true" />
        {!lastRun && !measuring && (
          <p className="chart-empty">
            Each worker gets a lane here, and each task a bar, drawn live as the workers claim them.
          </p>
        )}
      </div>
      <p id="lanes-text" className="visually-hidden">
        {stats
          .map(
            (s, worker) =>
              `Worker ${worker + 1}: ${formatPercent(s.busy)} busy${projecting ? '' : `, ${s.nodesPerUs.toFixed(1)} nodes per µs`}`,
          )
          .join(', ') || 'No run yet'}
      </p>
    </figure>
  );
}
