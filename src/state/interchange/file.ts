import type { EnvironmentInfo } from '../environment';
import { scaledRows, type ResultSet } from '../results';
import { arrivedId, sweepFromResults, sweepFromRows } from './build';
import {
  BAD_PREDICTION,
  isObject,
  parsePrediction,
  parseSavedSweep,
  travellingSweep,
  writtenSymmetry,
  type Arrival,
} from './sweep';

/**
 * The results file (JSON), its writer and its reader side by side. Versioned like links, and every
 * version stays readable:
 * - 1 (no `version` field): the page's settings, the device, and every measured row as the results
 *   table shows it; a reader rebuilds the sweep from the rows (build.ts sweepFromRows).
 * - 2: the same, plus `sweep`, the sweep exactly as a link carries it (sweep.ts travellingSweep), so the
 *   device that reads it keeps what the device that measured it kept; with a lesson's prediction when
 *   one was made (an optional field: a page from before predictions reads the file and ignores it). The rows' speedups stay the
 *   table's (in Compare, against the main thread) for whoever reads the file in a spreadsheet; no reader
 *   of this page takes them: a sweep's speedups are recomputed from its times.
 */
const APP = 'parallel-queens';
const VERSION = 2;

/** A results file larger than this is refused unread: a sweep's export is a few kB. */
export const IMPORT_MAX_BYTES = 1_000_000;
/** What a file over the cap gets, before a byte of it is read. */
export const TOO_LARGE: Arrival = { problem: `it is larger than ${IMPORT_MAX_BYTES / 1_000_000} MB` };

export function resultsToJson(
  set: ResultSet,
  environment: EnvironmentInfo,
  settingsQuery: string,
  now = new Date(),
): string {
  const kept = sweepFromResults(set, environment, now, 'file');
  const payload = {
    app: APP,
    version: VERSION,
    exportedAt: now.toISOString(),
    settings: settingsQuery,
    // The device as a file describes it, without the full user agent: a file travels further than History.
    machine: {
      isolated: environment.isolated,
      sharedMemory: environment.sharedMemory,
      cores: environment.cores,
      browser: environment.browser,
      timerResolutionMs: environment.timerResolutionMs,
    },
    n: set.n,
    split: set.split,
    splitDepth: set.splitDepth,
    symmetry: writtenSymmetry(set.symmetry),
    schedule: set.schedule,
    taskCount: set.taskCount,
    rows: scaledRows(set),
    drift: set.drift,
    sweep: kept && travellingSweep(kept),
  };
  // Explicit nulls keep every row's shape the same for whoever loads the file.
  return JSON.stringify(payload, (_key, value: unknown) => (value === undefined ? null : value), 2);
}

const INCOMPLETE: Arrival = { problem: 'a field is missing or out of range' };

/** A version 1 file: the sweep rebuilt from its rows and facts. */
function sweepOfVersion1(value: Record<string, unknown>, id: string): Arrival {
  const rows = Array.isArray(value.rows) ? value.rows.filter(isObject) : [];
  if (rows.length === 0) return { problem: 'it holds no measured points' };
  const machine = isObject(value.machine) ? value.machine : {};
  const facts = {
    id,
    origin: 'file',
    savedAt: value.exportedAt,
    n: value.n,
    symmetry: value.symmetry,
    splitDepth: value.splitDepth,
    schedule: value.schedule,
    machine: { browser: machine.browser, cores: machine.cores ?? null, isolated: machine.isolated },
  };
  const sweep = sweepFromRows(facts, rows);
  return sweep ? { sweep } : INCOMPLETE;
}

/**
 * A results file read back as a sweep, by its version, rebuilt from known fields only by the validator
 * History uses; or what was wrong with it, in words. Never throws.
 */
export function sweepFromFile(text: string): Arrival {
  if (text.length > IMPORT_MAX_BYTES) return TOO_LARGE;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'it is not JSON' };
  }
  if (!isObject(value) || value.app !== APP) return { problem: 'it is not a Parallel Queens export' };
  const id = arrivedId(text);
  const { version } = value;
  if (version === undefined) return sweepOfVersion1(value, id);
  if (typeof version === 'number' && version > VERSION)
    return {
      problem: `it was written by a newer version of this page (file version ${version}; this one reads 1 to ${VERSION})`,
    };
  if (version !== VERSION) return { problem: 'its file version is not one this page knows' };
  if (value.sweep === null) return { problem: 'it holds no measured points' };
  if (isObject(value.sweep) && value.sweep.prediction !== undefined && !parsePrediction(value.sweep.prediction))
    return { problem: BAD_PREDICTION };
  const sweep = parseSavedSweep(isObject(value.sweep) ? { ...value.sweep, id, origin: 'file' } : value.sweep);
  return sweep ? { sweep } : INCOMPLETE;
}
