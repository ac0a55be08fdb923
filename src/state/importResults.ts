import { DEFAULT_MODE, MODES } from '../engine/modes';
import { keptMode, type SweepHistory } from './history';
import { isObject, parseSavedSweep, type Fields, type SavedSweep } from './savedSweep';
import { arrivedId, readSharedResult, type SharedResult } from './sharedResult';
import { coresWords } from './words';

/** A results file larger than this is refused unread: a sweep's export is a few kB. */
export const IMPORT_MAX_BYTES = 1_000_000;
/** What a file over the cap gets, before a byte of it is read. */
export const TOO_LARGE: SharedResult = { problem: `it is larger than ${IMPORT_MAX_BYTES / 1_000_000} MB` };

/**
 * The row mode a file's sweep is made of, by the rule the page's own sweeps follow (history.ts keptMode),
 * with the candidates in the registry's order as a page's own set lists them (results.ts modesIn): the
 * same tie-break, whatever order the file's rows are in. A file of no known mode is refused later.
 */
function modeOf(rows: Fields[]): unknown {
  const modes = rows.map((row) => row.mode ?? DEFAULT_MODE);
  const candidates = MODES.filter((mode) => modes.includes(mode));
  if (candidates.length === 0) return modes[0];
  return keptMode(candidates, (mode) => modes.filter((m) => m === mode).length, DEFAULT_MODE);
}

/**
 * A JSON export (ui/exporting.ts resultsToJson) read back as a sweep, rebuilt from known fields only by
 * the validator stored history uses; or what was wrong with it, in words. Never throws.
 */
export function sweepFromExport(text: string): SharedResult {
  if (text.length > IMPORT_MAX_BYTES) return TOO_LARGE;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'it is not JSON' };
  }
  if (!isObject(value) || value.app !== 'parallel-queens') return { problem: 'it is not a Parallel Queens export' };
  const rows = Array.isArray(value.rows) ? value.rows.filter(isObject) : [];
  if (rows.length === 0) return { problem: 'it holds no measured points' };
  const mode = modeOf(rows);
  const machine = isObject(value.machine) ? value.machine : {};
  const sweep = parseSavedSweep({
    id: arrivedId(text),
    savedAt: value.exportedAt,
    n: value.n,
    mode,
    symmetry: value.symmetry,
    splitDepth: value.splitDepth,
    schedule: value.schedule,
    machine: { browser: machine.browser, cores: machine.cores ?? null, isolated: machine.isolated },
    points: rows
      .filter((row) => (row.mode ?? DEFAULT_MODE) === mode)
      // The file's own speedups are not read: they are recomputed from its times (savedSweep.ts withSpeedups).
      .map(({ workers, ms, minMs, maxMs }) => ({ workers, ms, minMs, maxMs, speedup: null })),
  });
  return sweep ? { sweep } : { problem: 'a field is missing or out of range' };
}

/** One line of what importing said, per file or link: kept (with its device), or refused (with why). */
export type ImportReport = { source: string; kept: boolean; text: string };

/** "N=12 on Firefox 153 · 8 cores": what measured a sweep that arrived from elsewhere. */
export function arrivedLabel(sweep: SavedSweep): string {
  return `N=${sweep.n} on ${sweep.machine.browser} · ${coresWords(sweep.machine.cores)}`;
}

/** Keeps an arrived sweep in history, overlaid, and says so; a refused one changes nothing. */
export function keepArrived(history: SweepHistory, source: string, result: SharedResult): ImportReport {
  if ('problem' in result) return { source, kept: false, text: `${source}: not imported: ${result.problem}` };
  const { sweep } = result;
  const unkept = history.save(sweep, true) === 'no room';
  return {
    source,
    kept: true,
    text: `${source}: ${arrivedLabel(sweep)}, overlaid${unkept ? `, on this page only: ${STORAGE_FULL}` : ''}`,
  };
}

/** What a full storage means for the visitor, said wherever it shows. */
export const STORAGE_FULL =
  "this browser's storage for this site is full (everything kept before is still kept); delete sweeps in History, then press Keep";

/** A pasted result link (state/sharedResult.ts), read as a sweep or a problem. */
export async function sweepFromLink(text: string): Promise<SharedResult> {
  let hash: string;
  try {
    hash = new URL(text.trim()).hash;
  } catch {
    return { problem: 'it is not a link' };
  }
  return (await readSharedResult(hash)) ?? { problem: 'the link carries no result' };
}
