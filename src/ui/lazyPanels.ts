import { lazy, startTransition, useEffect, useState } from 'react';

/** The code-split panels, each loaded once whichever of React or the measurement protocol asks first. */
const loadCharts = () => import('./Charts');
const loadExplanations = () => import('./Explanations');
export const loadExtras = () => import('./Extras');

export const Charts = lazy(loadCharts);
export const Explanations = lazy(loadExplanations);
export const Extras = lazy(loadExtras);
/**
 * The boards appear only after a run, the help only when asked for, the thread-safety results once run. They travel in the charts' and the
 * extras' chunks: a chunk of their own made the bundler split React and the modes out of the first
 * paint's script (four more requests, 1.9 kB more gzipped).
 */
export const FirstSolutions = lazy(() => loadCharts().then((chunk) => ({ default: chunk.FirstSolutions })));
/** The words about the results come with the charts that draw them. */
export const Insights = lazy(() => loadCharts().then((chunk) => ({ default: chunk.Insights })));
export const ShortcutHelp = lazy(() => loadExtras().then((chunk) => ({ default: chunk.ShortcutHelp })));
/** The thread-safety experiment's results, once it has run. */
export const RacesPanel = lazy(() => loadExtras().then((chunk) => ({ default: chunk.RacesPanel })));
export const CostPanel = lazy(() => loadExtras().then((chunk) => ({ default: chunk.CostPanel })));
/** The audience link's QR code, once asked for. */
export const AudienceLink = lazy(() => loadExtras().then((chunk) => ({ default: chunk.AudienceLink })));
/** Results shown but not kept (a result link opened, a full storage): nothing to show on most visits. */
export const ArrivedOffer = lazy(() => loadExtras().then((chunk) => ({ default: chunk.ArrivedOffer })));
/** The board of every device gathered here, once opened. */
export const Board = lazy(() => loadExtras().then((chunk) => ({ default: chunk.Board })));

/** The talk (its steps, notes and views), once opened: nothing of it is in the first paint. */
export const Talk = lazy(() => loadExtras().then((chunk) => ({ default: chunk.Talk })));

/*
 * The page's code-split panels (charts, captions, explanations, history and export) are drawn only once
 * their chunks are here, so nothing of them is fetched before the first paint: a lazy panel in the first
 * render starts its download there, and a phone on a slow network then waits for 150 kB it does not need
 * to show the controls. Until then each has a placeholder of its own size, so nothing shifts when it comes.
 */
const CHUNKS = { explanations: loadExplanations, extras: loadExtras, charts: loadCharts };
export type PanelChunk = keyof typeof CHUNKS;
const loadedChunks = new Set<PanelChunk>();
const RETRY_AFTER_MS = 1000;
let panelsLoading: Promise<void> | null = null;
const panelListeners = new Set<() => void>();

/**
 * Loads every panel's chunk, one at a time after each `pause` (so each is parsed in a task of its own),
 * and resolves once all are here; later calls share the first. Before that, the page is not idle enough to time.
 */
export function loadPanels(pause: () => Promise<void> = () => Promise.resolve()): Promise<void> {
  panelsLoading ??= (async () => {
    for (const [chunk, load] of Object.entries(CHUNKS) as [PanelChunk, () => Promise<unknown>][]) {
      await pause();
      // A load that fails is tried again a second later: leaving the page cancels it (Firefox), and a page
      // being left must not draw an error. One that fails twice (offline on a new deploy) is drawn as its
      // panel's own error, with a retry; the others load all the same.
      await load()
        .catch(() => new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS)).then(load))
        .catch(() => undefined);
      loadedChunks.add(chunk);
      for (const listener of panelListeners) listener();
    }
  })();
  return panelsLoading;
}

/**
 * True once `chunk`'s panels may be drawn. Shown in a transition, which React renders in slices that
 * yield to the browser: a phone is not blocked while a chunk's panels are laid out.
 */
export function usePanelsLoaded(chunk: PanelChunk): boolean {
  const [loaded, setLoaded] = useState(() => loadedChunks.has(chunk));
  useEffect(() => {
    const update = () => startTransition(() => setLoaded(loadedChunks.has(chunk)));
    panelListeners.add(update);
    update();
    return () => {
      panelListeners.delete(update);
    };
  }, [chunk]);
  return loaded;
}
