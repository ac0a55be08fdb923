import { DEFAULT_MODE, MODES, type Mode } from '../../engine/modes';
import type { EnvironmentInfo } from '../environment';
import type { ResultSet } from '../results';
import { LEGACY_ARRIVED_PREFIX, parseSavedSweep, type Fields, type SavedSweep } from './sweep';

/**
 * The mode a saved sweep is made of when its rows hold several: shared memory when present, else the mode
 * with the most rows (the last of equals, in the registry's order, whatever order the rows are in).
 */
function keptMode<T>(candidates: readonly T[], count: (mode: T) => number, preferred: T): T {
  return candidates.includes(preferred)
    ? preferred
    : candidates.reduce((best, mode) => (count(mode) >= count(best) ? mode : best));
}

/** What a sweep reads of a measured row: this device's (results.ts ResultRow) or a file's, unchecked. */
interface MeasuredRow {
  mode?: unknown;
  workers?: unknown;
  ms?: unknown;
  minMs?: unknown;
  maxMs?: unknown;
}

/** A row's mode; rows written before modes existed were all shared memory. */
const modeOfRow = (row: MeasuredRow) => row.mode ?? DEFAULT_MODE;

/**
 * Builds a sweep from measured rows, this device's or a file's, by the one rule: a curve is one mode's
 * scaling (keptMode), its points sorted by workers, its speedups recomputed from its times
 * (sweep.ts withSpeedups; a row's own speedup is never read). Everything passes the one validator, so a
 * row from outside is rebuilt from known fields only. Null: no valid sweep in them.
 */
export function sweepFromRows(facts: Fields, rows: readonly MeasuredRow[]): SavedSweep | null {
  const modes = rows.map(modeOfRow);
  const candidates = MODES.filter((mode) => modes.includes(mode));
  if (candidates.length === 0) return null;
  const mode = keptMode(candidates, (m: Mode) => modes.filter((each) => each === m).length, DEFAULT_MODE);
  const points = rows
    .filter((row) => modeOfRow(row) === mode)
    .map(({ workers, ms, minMs, maxMs }) => ({ workers, ms, minMs, maxMs, speedup: null }))
    .sort((a, b) => Number(a.workers) - Number(b.workers));
  return parseSavedSweep({ ...facts, mode, points });
}

/**
 * This device's results as a sweep. `userAgent` is optional because EnvironmentInfo keeps only the short
 * name; it stays in History and never travels (links and files leave it out).
 */
export function sweepFromResults(
  set: ResultSet,
  environment: EnvironmentInfo,
  now: Date,
  id: string,
  userAgent?: string,
): SavedSweep | null {
  const { browser, cores, isolated } = environment;
  const facts = {
    id,
    origin: 'this-device',
    prediction: set.prediction,
    savedAt: now.toISOString(),
    n: set.n,
    symmetry: set.symmetry,
    splitDepth: set.splitDepth,
    schedule: set.schedule,
    machine: userAgent === undefined ? { browser, cores, isolated } : { browser, cores, isolated, userAgent },
  };
  return sweepFromRows(facts, set.rows);
}

/** Unique per save: the time in base 36 and four random digits. */
export function newSweepId(now: Date, random: () => number = Math.random): string {
  return `sweep${now.getTime().toString(36)}${Math.floor(random() * 36 ** 4).toString(36)}`;
}

/**
 * A short, stable id for a sweep that arrived from outside, from the text it came in, so the same link or
 * file twice is kept once. It keeps the old prefix so a link kept by an earlier version is still known.
 */
export function arrivedId(source: string): string {
  let hash = 0;
  for (let i = 0; i < source.length; i++) hash = (Math.imul(hash, 31) + source.charCodeAt(i)) | 0;
  return `${LEGACY_ARRIVED_PREFIX}${(hash >>> 0).toString(36)}`;
}
