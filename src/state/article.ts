import type { Mode } from '../engine/modes';

/**
 * The article's experiment, one click: the same solver on 1, 2, 4 and 8 threads, with the GIL and
 * free-threaded. Here: workers behind one lock (`gil`) and workers sharing memory (`shared`). The
 * worker counts are the article's whatever this device has, so an 8-core laptop reproduces its table.
 */
const LOCKED: Mode = 'gil';
const FREE: Mode = 'shared';

export const ARTICLE = {
  /** The model with the GIL: threads that take turns behind one lock. */
  locked: LOCKED,
  /** The free-threaded model: threads that share memory and run at once. */
  free: FREE,
  modes: [LOCKED, FREE] as readonly Mode[],
  workers: [1, 2, 4, 8],
  /** What the article measured, said beside this device's result. */
  claim:
    'The article: about 8× on 8 threads free-threaded, and about 1× with the GIL ("all runs take about the same time").',
  /** The article's names for its two models (by role, as above), for the chart's legend and the captions. */
  names: { locked: 'with the GIL', free: 'free-threaded' },
};
