import { percent, times } from '../state/words';

export { plural } from '../state/words';
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms >= 10_000) return ms.toFixed(0);
  if (ms >= 100) return ms.toFixed(1);
  return ms.toFixed(2);
}

const known = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** A plain number to `digits` places (a serial fraction, a speed), or a dash when there is none. */
export function formatRatio(value: number | null | undefined, digits = 2): string {
  return known(value) ? value.toFixed(digits) : '—';
}

/** A speedup or a ratio of times with its "×" (state/words.ts `times`), or a dash when there is none. */
export function formatTimes(value: number | null | undefined, digits = 2): string {
  return known(value) ? times(value, digits) : '—';
}

/** A share as a whole percent (state/words.ts `percent`), or a dash when there is none. */
export function formatPercent(value: number | null | undefined): string {
  return known(value) ? percent(value) : '—';
}

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
