import { lazy } from 'react';

/** The code-split panels, each loaded once whichever of React or the measurement protocol asks first. */
const loadCharts = () => import('./Charts');
const loadExplanations = () => import('./Explanations');
const loadExtras = () => import('./Extras');

export const Charts = lazy(loadCharts);
export const Explanations = lazy(loadExplanations);
export const Extras = lazy(loadExtras);

/** Resolves once every lazy panel's chunk is loaded: before that, the page is not idle enough to time. */
export function loadPanels(): Promise<unknown> {
  return Promise.all([loadCharts(), loadExplanations(), loadExtras()]);
}
