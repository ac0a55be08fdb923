import { ORIGIN_WORDS } from './interchange/label';
import { peakSpeedup, type SavedSweep } from './interchange/sweep';
import { coresWords, plural } from './words';

/** One device's sweep on the board: what it is, and the best it reached. */
export interface BoardRow {
  id: string;
  /** Where it was measured, in words (interchange/label.ts): on this page, or which way it came. */
  device: string;
  browser: string;
  /** As the browser reported them (null: not reported). */
  cores: number | null;
  n: number;
  best: { speedup: number; workers: number } | null;
  /** The best speedup over the workers that reached it: how much of each worker's time was useful. */
  efficiency: number | null;
  /** ISO 8601. */
  savedAt: string;
  points: { workers: number; speedup: number }[];
  /** A lesson's prediction, and what was measured on the workers it was for (null: not measured there). */
  predicted: { speedup: number; workers: number; measured: number | null } | null;
}

export type BoardSort = 'speedup' | 'cores';

export function boardRows(sweeps: readonly SavedSweep[]): BoardRow[] {
  return sweeps.map((sweep) => {
    const best = peakSpeedup(sweep);
    const { browser, cores } = sweep.machine;
    return {
      id: sweep.id,
      device: ORIGIN_WORDS[sweep.origin],
      browser,
      cores,
      n: sweep.n,
      best,
      efficiency: best && best.speedup / best.workers,
      savedAt: sweep.savedAt,
      points: sweep.points.flatMap(({ workers, speedup }) => (speedup === null ? [] : [{ workers, speedup }])),
      predicted: sweep.prediction
        ? {
            ...sweep.prediction,
            measured: sweep.points.find((point) => point.workers === sweep.prediction!.workers)?.speedup ?? null,
          }
        : null,
    };
  });
}

/** Highest first; rows without the value last; equals by the other value, then the newest first. */
export function sortBoard(rows: readonly BoardRow[], by: BoardSort): BoardRow[] {
  const speedup = (row: BoardRow) => row.best?.speedup ?? Number.NEGATIVE_INFINITY;
  const cores = (row: BoardRow) => row.cores ?? Number.NEGATIVE_INFINITY;
  const [first, second] = by === 'speedup' ? [speedup, cores] : [cores, speedup];
  return [...rows].sort((a, b) => first(b) - first(a) || second(b) - second(a) || b.savedAt.localeCompare(a.savedAt));
}

/** Devices with the same reported cores share a colour and one legend entry, so thirty curves stay readable. */
export interface CoreGroup {
  cores: number | null;
  label: string;
  rows: BoardRow[];
}

/** The groups, most cores first, "not reported" last. */
export function coreGroups(rows: readonly BoardRow[]): CoreGroup[] {
  const groups = new Map<number | null, BoardRow[]>();
  for (const row of rows) groups.set(row.cores, [...(groups.get(row.cores) ?? []), row]);
  return [...groups.entries()]
    .sort(([a], [b]) => (b ?? Number.NEGATIVE_INFINITY) - (a ?? Number.NEGATIVE_INFINITY))
    .map(([cores, members]) => ({
      cores,
      label: `${coresWords(cores)}: ${plural(members.length, 'device')}`,
      rows: members,
    }));
}
