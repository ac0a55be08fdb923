import { MODE_LABELS, type Mode } from '../engine/modes';
import { ARTICLE } from './article';
import { modesIn, scaledRows, type ResultSet, type ScaledRow } from './results';
import { knownLine, sharedCoresLine } from './insights';
import { plural, times } from './words';

/** A result set of exactly the experiment's two models. */
export function isArticleSet(set: ResultSet | null): boolean {
  const modes = modesIn(set);
  return modes.length === ARTICLE.modes.length && ARTICLE.modes.every((mode) => modes.includes(mode));
}

function widestOf(rows: ScaledRow[], mode: Mode): ScaledRow | undefined {
  return rows.filter((row) => row.mode === mode && row.speedup !== undefined).sort((a, b) => b.workers - a.workers)[0];
}

/** While it measures: what is being measured, and the claim it tests. */
export function articleUnderWay(): string[] {
  const workers = ARTICLE.workers.join(', ');
  const { locked, free } = ARTICLE.names;
  return [`The article's experiment: ${workers} workers, ${locked} and ${free}…`, ARTICLE.claim];
}

/** This device's result in words, the article's claim beside it, and why fewer cores cap it. */
export function articleCaptions(set: ResultSet, cores: number | null): string[] {
  const rows = scaledRows(set, cores);
  const said = ARTICLE.names;
  const free = widestOf(rows, ARTICLE.free);
  const locked = widestOf(rows, ARTICLE.locked);
  const lines: string[] = [];
  if (free && locked) {
    lines.push(
      `Here: ${said.free} ${times(free.speedup!)} on ${plural(free.workers, 'worker')}; ${said.locked} ${times(locked.speedup!)} on ${plural(locked.workers, 'worker')}.`,
    );
  }
  const known = knownLine(set);
  if (known) lines.push(`${said.free[0].toUpperCase()}${said.free.slice(1)}: ${known}`);
  lines.push(ARTICLE.claim);
  const widest = Math.max(...rows.map((row) => row.workers));
  if (cores !== null && cores < widest) lines.push(sharedCoresLine(widest, cores));
  lines.push(
    `${MODE_LABELS[ARTICLE.locked]} and ${MODE_LABELS[ARTICLE.free].toLowerCase()}, each against its own one-worker time.`,
  );
  return lines;
}
