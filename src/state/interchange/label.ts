import { MODE_LABELS } from '../../engine/modes';
import { coresWords } from '../words';
import type { Origin, SavedSweep } from './sweep';

/** Where a sweep was measured, in words: the board's Device column and the end of a sweep's label. */
export const ORIGIN_WORDS: Record<Origin, string> = {
  'this-device': 'This device',
  link: 'From a link',
  file: 'From a file',
  imported: 'Imported',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Local time, fixed format: labels must not change with the browser's locale between two tabs. */
export function shortDate(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The one name of a sweep, wherever it shows (History, the chart's legend, a notice, an offer, an import
 * report): "N=15 · Workers, shared memory · Firefox 153 · 8 cores · from a link · 25 Nov 14:03".
 */
export function sweepLabel(sweep: SavedSweep): string {
  const parts = [`N=${sweep.n}`, MODE_LABELS[sweep.mode], sweep.machine.browser, coresWords(sweep.machine.cores)];
  // Without isolation workers cannot share memory, which changes the curve more than the browser does.
  if (!sweep.machine.isolated) parts.push('not isolated');
  if (sweep.origin !== 'this-device') parts.push(ORIGIN_WORDS[sweep.origin].toLowerCase());
  parts.push(shortDate(sweep.savedAt));
  return parts.join(' · ');
}
