import { describe, expect, it } from 'vitest';
import { ARTICLE } from '../../src/state/article';
import { articleCaptions, isArticleSet } from '../../src/state/articleWords';
import { articleConfigurations } from '../../src/state/requests';
import { scaledRows } from '../../src/state/results';
import { defaultSettings } from '../../src/state/settings';
import { resultRow, resultSet } from '../support/testData';

const experiment = resultSet([
  resultRow({ mode: 'gil', workers: 1, samplesMs: [100] }),
  resultRow({ mode: 'gil', workers: 8, samplesMs: [104] }),
  resultRow({ mode: 'shared', workers: 1, samplesMs: [90] }),
  resultRow({ mode: 'shared', workers: 8, samplesMs: [45] }),
]);

describe("the article's experiment", () => {
  it('measures both models at 1, 2, 4 and 8 workers, whatever the Workers field says', () => {
    const configurations = articleConfigurations({ ...defaultSettings(2), workers: 2 });
    expect(configurations.map((c) => `${c.mode}:${c.workers}`)).toEqual(
      ARTICLE.modes.flatMap((mode) => ARTICLE.workers.map((workers) => `${mode}:${workers}`)),
    );
  });

  it("scales each model against its own one-worker time, not the other's", () => {
    expect(isArticleSet(experiment)).toBe(true);
    const speedups = scaledRows(experiment).map((row) => [row.mode, row.workers, row.speedup]);
    expect(speedups).toEqual([
      ['gil', 1, 1],
      ['gil', 8, 100 / 104],
      ['shared', 1, 1],
      ['shared', 8, 2],
    ]);
  });

  it("says this device's result, the article's claim, and that 2 cores cap 8 workers", () => {
    const lines = articleCaptions(experiment, 2);
    expect(lines[0]).toBe('Here: free-threaded 2.00× on 8 workers; with the GIL 0.96× on 8 workers.');
    expect(lines).toContain(ARTICLE.claim);
    expect(lines.join(' ')).toContain("8 workers on this device's 2 cores: past 2 they share cores");
    expect(articleCaptions(experiment, 8).join(' ')).not.toContain('share cores');
  });
});
