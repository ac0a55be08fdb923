import type { SweepHistory } from './history';
import { sweepLabel } from './interchange/label';
import { readSharedResult } from './interchange/link';
import type { Arrival } from './interchange/sweep';

/** One line of what importing said, per file or link: kept (with its device), or refused (with why). */
export type ImportReport = { source: string; kept: boolean; text: string };

/** Keeps an arrived sweep in history, overlaid, and says so; a refused one changes nothing. */
export function keepArrived(history: SweepHistory, source: string, result: Arrival): ImportReport {
  if ('problem' in result) return { source, kept: false, text: `${source}: not imported: ${result.problem}` };
  const { sweep } = result;
  const unkept = history.save(sweep, true) === 'no room';
  return {
    source,
    kept: true,
    text: `${source}: ${sweepLabel(sweep)}, overlaid${unkept ? `, on this page only: ${STORAGE_FULL}` : ''}`,
  };
}

/** What a full storage means for the visitor, said wherever it shows. */
export const STORAGE_FULL =
  "this browser's storage for this site is full (everything kept before is still kept); delete sweeps in History, then press Keep";

/** A pasted result link (interchange/link.ts), read as a sweep or a problem. */
export async function sweepFromLink(text: string): Promise<Arrival> {
  let hash: string;
  try {
    hash = new URL(text.trim()).hash;
  } catch {
    return { problem: 'it is not a link' };
  }
  return (await readSharedResult(hash)) ?? { problem: 'the link carries no result' };
}
