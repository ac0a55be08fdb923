import type { Mode } from '../engine/modes';

/**
 * The article's experiment, one click: the same solver on 1, 2, 4 and 8 threads, with the GIL and
 * free-threaded. Here: workers behind one lock (`gil`) and workers sharing memory (`shared`). The
 * worker counts are the article's whatever this device has, so an 8-core laptop reproduces its table.
 */
export const ARTICLE = {
  modes: ['gil', 'shared'] as const satisfies readonly Mode[],
  workers: [1, 2, 4, 8],
  /** What the article measured, said beside this device's result. */
  claim:
    'The article: about 8× on 8 threads free-threaded, and about 1× with the GIL ("all runs take about the same time").',
  /** The article's names for the two models, for the chart's legend and the captions. */
  names: { gil: 'with the GIL', shared: 'free-threaded' },
};
