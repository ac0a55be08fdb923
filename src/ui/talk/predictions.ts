import { PREDICTION_RANGE } from '../../state/interchange/sweep';
import { createStore } from '../../state/store';

/** Each step's prediction in this window (a number of times, right or wrong), or that it was skipped. */
export const predictions = createStore<Record<string, number | boolean | 'skipped'>>({});

/** A prediction of "how many times faster": a number in the range a sweep carries (interchange/sweep.ts), or null. */
export function readTimes(text: string): number | null {
  const value = Number(text.trim().replace(/[×x]$/i, '').replace(',', '.'));
  const { min, max } = PREDICTION_RANGE;
  return text.trim() !== '' && Number.isFinite(value) && value >= min && value <= max ? value : null;
}
