import type { BoardRow } from '../board';
import { scaledRows, type ResultSet } from '../results';

const CSV_HEADER = [
  'mode',
  'workers',
  'median_ms',
  'min_ms',
  'max_ms',
  'samples_ms',
  'speedup',
  'efficiency',
  'karp_flatt',
  'solutions',
  'expected',
  'correct',
];

/** RFC 4180: quote a field holding a separator, a quote or a line break, doubling inner quotes. */
export function csvField(value: string | number | boolean | undefined): string {
  // NaN and Infinity would land in a spreadsheet as text; an empty cell says "not measured" instead.
  if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row per measured (mode, workers), numbers at full precision, CRLF line ends as RFC 4180 has them. */
export function resultsToCsv(set: ResultSet): string {
  const lines = scaledRows(set).map((row) =>
    [
      row.mode,
      row.workers,
      row.ms,
      row.minMs,
      row.maxMs,
      row.samplesMs.join(';'),
      row.speedup,
      row.efficiency,
      row.karpFlatt,
      row.solutions,
      row.expected,
      row.expected === undefined ? undefined : row.solutions === row.expected,
    ]
      .map(csvField)
      .join(','),
  );
  return [CSV_HEADER.join(','), ...lines].join('\r\n') + '\r\n';
}

const BOARD_HEADER = [
  'device',
  'browser',
  'reported_cores',
  'n',
  'best_speedup',
  'at_workers',
  'efficiency',
  'when',
  'predicted_speedup',
  'predicted_at_workers',
  'measured_there',
];

/**
 * Text that arrived from another device, made inert for a spreadsheet: a cell that begins with = + - @
 * would be read as a formula (CSV injection), so it gets a leading apostrophe.
 */
const inertText = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** The board as a spreadsheet reads it: one line per device, in the order shown. */
export function boardToCsv(rows: readonly BoardRow[]): string {
  const lines = rows.map((row) =>
    [
      inertText(row.device),
      inertText(row.browser),
      row.cores ?? undefined,
      row.n,
      row.best?.speedup,
      row.best?.workers,
      row.efficiency ?? undefined,
      row.savedAt,
      row.predicted?.speedup,
      row.predicted?.workers,
      row.predicted?.measured ?? undefined,
    ]
      .map(csvField)
      .join(','),
  );
  return [BOARD_HEADER.join(','), ...lines].join('\r\n') + '\r\n';
}
