import type { HistorySnapshot } from '../state/history';
import { sweepLabel } from '../state/interchange/label';
import { overlayColor } from './theme';

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
    return [{ id, label: sweepLabel(sweep), color: overlayColor(index), n: sweep.n, points }];
  });
}
