import { lazy } from 'react';

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

/** Resolves once every lazy panel's chunk is loaded: before that, the page is not idle enough to time. */
export function loadPanels(): Promise<unknown> {
  return Promise.all([loadCharts(), loadExplanations(), loadExtras()]);
}
