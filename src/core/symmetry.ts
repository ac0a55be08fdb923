/**
 * How much of the board's symmetry a search uses: none (the article's plain solver), mirror (half the
 * first row, doubled: core/split.ts) or all eight (rotations and mirrors, Takaken's method:
 * core/eightfold.ts).
 */
export type Symmetry = 'none' | 'mirror' | 'all';
export const SYMMETRIES: readonly Symmetry[] = ['none', 'mirror', 'all'];

/**
 * The share of the plain search's time each search takes, for estimates only (a result's nodes are
 * always counted): mirror exactly half; all eight about a fifth of its time (N=14-16, one thread in Node 20).
 */
export const SYMMETRY_WORK: Record<Symmetry, number> = { none: 1, mirror: 0.5, all: 0.2 };

/** What a result's caption calls each search. */
export const SYMMETRY_NAMES: Record<Symmetry, string> = {
  none: 'no symmetry',
  mirror: 'mirror symmetry',
  all: 'all eight symmetries',
};
