import { createStore } from '../../state/store';

/** Each step's prediction in this window (a number of times, right or wrong), or that it was skipped. */
export const predictions = createStore<Record<string, number | boolean | 'skipped'>>({});

/** A prediction of "how many times faster" is a number from 0.1 to 1,000; anything else is refused. */
export function readTimes(text: string): number | null {
  const value = Number(text.trim().replace(/[×x]$/i, '').replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value >= 0.1 && value <= 1000 ? value : null;
}
