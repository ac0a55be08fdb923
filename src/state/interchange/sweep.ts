import { MAX_N, MIN_N } from '../../core/known';
import { MAX_WORKERS } from '../../core/runBuffer';
import { MODES, type Mode } from '../../engine/modes';
import { SCHEDULES, type Schedule } from '../../core/tasks';
import { SYMMETRIES, type Symmetry } from '../../core/symmetry';

/**
 * Where a sweep was measured: on this page, or on another device whose result came by a link or a file.
 * `imported` is for sweeps kept before the page recorded which of the two (their id said only "shared").
 */
export const ORIGINS = ['this-device', 'link', 'file', 'imported'] as const;
export type Origin = (typeof ORIGINS)[number];

/** One finished sweep as kept in this browser: just enough to redraw and label its speedup curve. */
export interface SavedSweep {
  id: string;
  origin: Origin;
  /** ISO 8601. */
  savedAt: string;
  n: number;
  mode: Mode;
  symmetry: Symmetry;
  splitDepth: number;
  schedule: Schedule;
  machine: { browser: string; cores: number | null; isolated: boolean; userAgent?: string };
  points: { workers: number; ms: number; minMs: number; maxMs: number; speedup: number | null }[];
  /**
   * What was predicted before the sweep ran (a lesson's "how many times faster on `workers`?"). Optional:
   * pages from before it open links and files that carry one and ignore it.
   */
  prediction?: Prediction;
}

export interface Prediction {
  workers: number;
  speedup: number;
}

/** A prediction is a number of times from 0.1 to 1,000 (what the lesson's field accepts), at 1 to 64 workers. */
export const PREDICTION_RANGE = { min: 0.1, max: 1000 };

/** The prediction rebuilt from known fields, or null when it is damaged or out of range. */
export function parsePrediction(value: unknown): Prediction | null {
  if (!isObject(value)) return null;
  const { workers, speedup } = value;
  if (!(isCount(workers) && workers >= 1 && workers <= MAX_WORKERS)) return null;
  if (!(typeof speedup === 'number' && speedup >= PREDICTION_RANGE.min && speedup <= PREDICTION_RANGE.max)) return null;
  return { workers, speedup };
}

/** Said when a link or a file carries a prediction that is not one. */
export const BAD_PREDICTION = `its prediction is damaged or out of range (a number of times from ${PREDICTION_RANGE.min} to ${PREDICTION_RANGE.max}, at 1 to ${MAX_WORKERS} workers)`;

type Point = SavedSweep['points'][number];
export type Fields = Record<string, unknown>;

/** A plain object (not null, not an array): what every untrusted field set must be before it is read. */
export const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isOneOf = <T extends string>(options: readonly T[], value: unknown): value is T => options.includes(value as T);

/** Longer than any browser's short name ("Samsung Internet 28 (headless)"): a label, not a page of text. */
const BROWSER_MAX_CHARS = 80;
/** Real user-agent strings stay under a few hundred characters. */
const USER_AGENT_MAX_CHARS = 1024;

function parseMachine(value: unknown): SavedSweep['machine'] | null {
  if (!isObject(value)) return null;
  const { browser, cores, isolated, userAgent } = value;
  if (typeof browser !== 'string' || browser.length > BROWSER_MAX_CHARS || typeof isolated !== 'boolean') return null;
  if (cores !== null && !(isCount(cores) && cores > 0)) return null;
  if (userAgent !== undefined && (typeof userAgent !== 'string' || userAgent.length > USER_AGENT_MAX_CHARS))
    return null;
  return userAgent === undefined ? { browser, cores, isolated } : { browser, cores, isolated, userAgent };
}

/**
 * Superlinear speedups happen (a split that fits the caches better), but never near this: a bound that
 * keeps one absurd value from another device from flattening every curve on a shared chart.
 */
const SPEEDUP_MAX = 4 * MAX_WORKERS;
/** Ids are ours (interchange/build.ts): short. */
const ID_MAX_CHARS = 64;

function parsePoint(value: unknown): Point | null {
  if (!isObject(value)) return null;
  const { workers, ms, minMs, maxMs, speedup } = value;
  if (!(isCount(workers) && workers >= 1 && workers <= MAX_WORKERS) || !isTime(ms) || !isTime(minMs) || !isTime(maxMs))
    return null;
  if (speedup !== null && !(typeof speedup === 'number' && speedup > 0 && speedup <= SPEEDUP_MAX)) return null;
  return { workers, ms, minMs, maxMs, speedup };
}

/**
 * One speedup rule for every sweep, wherever it comes from (this device, a file, a link): each point
 * against the sweep's own one-worker time, recomputed from its times. A value from outside is never
 * taken as it is: a Compare export's speedups were against the main thread, and kept as they were they
 * plotted another quantity than the same results kept here. No one-worker point: no speedups. Null
 * when a recomputed value is out of bounds.
 */
export function withSpeedups<P extends Omit<Point, 'speedup'>>(points: P[]): (P & Pick<Point, 'speedup'>)[] | null {
  const one = points.find((point) => point.workers === 1);
  const scaled = points.map((point) => ({ ...point, speedup: one ? one.ms / point.ms : null }));
  const outOfBounds = scaled.some(({ speedup }) => speedup !== null && !(speedup > 0 && speedup <= SPEEDUP_MAX));
  return outOfBounds ? null : scaled;
}

/** Before origins were recorded, a sweep from elsewhere was told apart by this id prefix alone. */
export const LEGACY_ARRIVED_PREFIX = 'shared';

/** The recorded origin; an entry older than the field gets the one its id implied. Null: not an origin. */
function parseOrigin(origin: unknown, id: string): Origin | null {
  if (origin === undefined) return id.startsWith(LEGACY_ARRIVED_PREFIX) ? 'imported' : 'this-device';
  return isOneOf(ORIGINS, origin) ? origin : null;
}

/**
 * Storage is shared with every other script and tab on this origin and outlives app versions, so each
 * field is checked and the entry rebuilt from known fields only; anything off makes it null. Links and
 * files come through here too, with the id and origin their reader gives them.
 */
/**
 * A sweep's symmetry as it travels: true/false as the page wrote it before all eight symmetries (and
 * still writes it for mirror and none, so older pages open those), 'all' by name.
 */
function readSymmetry(value: unknown): Symmetry | null {
  if (typeof value === 'boolean') return value ? 'mirror' : 'none';
  return isOneOf(SYMMETRIES, value) ? value : null;
}

export function writtenSymmetry(symmetry: Symmetry): boolean | 'all' {
  return symmetry === 'all' ? 'all' : symmetry === 'mirror';
}

export function parseSavedSweep(value: unknown): SavedSweep | null {
  if (!isObject(value)) return null;
  const { id, savedAt, n, mode, splitDepth, schedule } = value;
  const symmetry = readSymmetry(value.symmetry);
  if (typeof id !== 'string' || id === '' || id.length > ID_MAX_CHARS) return null;
  const origin = parseOrigin(value.origin, id);
  if (!origin) return null;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null;
  if (!(isCount(n) && n >= MIN_N && n <= MAX_N) || !isCount(splitDepth) || symmetry === null) return null;
  if (!isOneOf(MODES, mode) || !isOneOf(SCHEDULES, schedule)) return null;
  const machine = parseMachine(value.machine);
  if (!machine || !Array.isArray(value.points) || value.points.length === 0) return null;
  const parsed = value.points.map(parsePoint);
  if (parsed.some((point) => point === null)) return null;
  const points = withSpeedups(parsed as Point[]);
  if (!points) return null;
  const prediction = value.prediction === undefined ? undefined : parsePrediction(value.prediction);
  if (prediction === null) return null;
  // Rewritten in one form: Date.parse also takes free text, which would travel on into storage and CSVs.
  const when = new Date(savedAt).toISOString();
  const sweep: SavedSweep = { id, origin, savedAt: when, n, mode, symmetry, splitDepth, schedule, machine, points };
  return prediction ? { ...sweep, prediction } : sweep;
}

/** The best speedup a sweep reached, and on how many workers; null without a one-worker point. */
export function peakSpeedup(s: SavedSweep): { workers: number; speedup: number } | null {
  let peak: { workers: number; speedup: number } | null = null;
  for (const { workers, speedup } of s.points) {
    if (speedup !== null && (peak === null || speedup > peak.speedup)) peak = { workers, speedup };
  }
  return peak;
}

/**
 * What a sweep carries when it leaves this device (a link, a file): its points and facts, without its id
 * and origin (the reader gives it its own) or the browser's full user-agent string.
 */
export function travellingSweep(sweep: SavedSweep) {
  const { browser, cores, isolated } = sweep.machine;
  const { savedAt, n, mode, symmetry, splitDepth, schedule, points, prediction } = sweep;
  const travelling = {
    savedAt,
    n,
    mode,
    symmetry: writtenSymmetry(symmetry),
    splitDepth,
    schedule,
    machine: { browser, cores, isolated },
    points,
  };
  return prediction ? { ...travelling, prediction } : travelling;
}

/** A sweep that arrived from a link or a file, or what was wrong with it, in words. */
export type Arrival = { sweep: SavedSweep } | { problem: string };
