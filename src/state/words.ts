import { modeSpec, type Mode } from '../engine/modes';

/** "1 worker", "2 workers": the status line and captions say counts in words. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Where a run of this mode computes: "on 2 workers", or "on the page's own thread" for the one-thread modes. */
export function whereItRuns(mode: Mode, workers: number): string {
  return modeSpec(mode).usesWorkers ? `on ${plural(workers, 'worker')}` : "on the page's own thread";
}
