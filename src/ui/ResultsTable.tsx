import { scaledRows } from '../state/results';
import { useAppState } from './appContext';
import { formatMs, formatPercent, formatRatio } from './format';

export function ResultsTable() {
  const results = useAppState((state) => state.results);
  const rows = scaledRows(results);

  return (
    <section className="panel results" aria-label="Results">
      <h2>
        Results{' '}
        {results && (
          <span className="subtle">
            N={results.n}, {results.taskCount} tasks ({results.splitDepth}-row split{results.symmetry ? ', mirror symmetry' : ''}),{' '}
            {results.transport === 'shared' ? 'shared memory' : 'message passing'}
          </span>
        )}
      </h2>
      <div className="table-scroll">
      <table>
        <caption className="visually-hidden">
          Wall time, speedup and efficiency per worker count, with the solution count checked against OEIS A000170
        </caption>
        <thead>
          <tr>
            <th scope="col">Workers</th>
            <th scope="col">Time (ms)</th>
            <th scope="col">Speedup</th>
            <th scope="col">Efficiency</th>
            <th scope="col">Solutions</th>
            <th scope="col">Check</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={6} className="empty">
                Press Run or Sweep: results appear here as they arrive.
              </td>
            </tr>
          )}
          {rows.map((row) => {
            const correct = row.solutions === row.expected;
            return (
              <tr key={row.workers}>
                <td>{row.workers}</td>
                <td
                  data-samples-ms={JSON.stringify(row.samplesMs)}
                  title={row.samplesMs.length > 1 ? `median of ${row.samplesMs.length} runs` : 'single run'}
                >
                  {formatMs(row.ms)}
                  {row.samplesMs.length > 1 && (
                    <span className="spread">
                      {formatMs(row.minMs)}–{formatMs(row.maxMs)}
                    </span>
                  )}
                </td>
                <td>{row.speedup === undefined ? '—' : `${formatRatio(row.speedup)}×`}</td>
                <td>{formatPercent(row.efficiency)}</td>
                <td>{row.solutions}</td>
                <td className={correct ? 'good' : 'bad'}>
                  {correct ? (
                    <>
                      ✓<span className="check-word"> correct</span>
                    </>
                  ) : (
                    `✗ expected ${row.expected ?? 'unknown'}`
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </section>
  );
}
