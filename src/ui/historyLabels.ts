import { MODE_LABELS } from '../engine/modes';
import type { HistorySnapshot, SavedSweep } from '../state/history';
import { coresWords } from '../state/words';
import { overlayColor } from './theme';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Local time, fixed format: labels must not change with the browser's locale between two tabs. */
export function shortDate(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** How a saved sweep is named in the history list and the chart's overlay legend. */
export function describeSweep(s: SavedSweep): string {
  const parts = [`N=${s.n}`, MODE_LABELS[s.mode], s.machine.browser];
  if (s.machine.cores !== null) parts.push(coresWords(s.machine.cores));
  // Without isolation workers cannot share memory, which changes the curve more than the browser does.
  if (!s.machine.isolated) parts.push('not isolated');
  parts.push(shortDate(s.savedAt));
  return parts.join(' · ');
}

export interface OverlaySeries {
  id: string;
  label: string;
  color: string;
  n: number;
  points: { workers: number; speedup: number }[];
}

/** Overlaid sweeps in the order they were ticked, so a line keeps its colour while others are added. */
export function overlaySeries(snapshot: HistorySnapshot): OverlaySeries[] {
  return snapshot.overlayIds.flatMap((id, index) => {
    const sweep = snapshot.sweeps.find((s) => s.id === id);
    if (!sweep) return [];
    const points = sweep.points.flatMap(({ workers, speedup }) => (speedup === null ? [] : [{ workers, speedup }]));
    return [{ id, label: describeSweep(sweep), color: overlayColor(index), n: sweep.n, points }];
  });
}
