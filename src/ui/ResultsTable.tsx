import { SYMMETRY_NAMES } from '../core/symmetry';
import { MODE_LABELS, MODE_SPECS } from '../engine/modes';
import type { Breakdown } from '../core/breakdown';
import { modesIn, scaledRows, type ScaledRow } from '../state/results';
import { useAppState } from './appContext';
import { formatBytes, formatMs, formatPercent, formatRatio, formatTimes } from './format';

export function ResultsTable() {
  const results = useAppState((state) => state.results);
  const cores = useAppState((state) => state.environment.cores);
  const rows = scaledRows(results, cores);
  const comparing = modesIn(results).length > 1;
  // Efficiency and Karp-Flatt describe one mode's scaling over worker counts; across models they say
  // little, and without them a comparison's table fits its panel with the bytes copied in view.
  const columns = 7;

  return (
    <section className="panel results" aria-label="Results">
      <h2>
        Results{' '}
        {results && (
          <span className="subtle">
            N={results.n}, {results.taskCount} tasks ({results.splitDepth}-row split, {results.schedule}
            {results.symmetry === 'none' ? '' : `, ${SYMMETRY_NAMES[results.symmetry]}`})
          </span>
        )}
      </h2>
      {/* Focusable, so a keyboard can scroll it where the screen is narrower than the table. */}
      <div className="table-scroll" tabIndex={0} role="group" aria-label="Results table">
        <table className={comparing ? 'comparing' : undefined}>
          <caption className="visually-hidden">
            Wall time, speedup, efficiency and Karp-Flatt serial fraction per worker count, with the solution count
            checked against OEIS A000170
          </caption>
          <thead>
            <tr>
              {comparing && <th scope="col">Mode</th>}
              <th scope="col">Workers</th>
              <th scope="col">Time (ms)</th>
              <th scope="col">Speedup</th>
              {!comparing && <th scope="col">Efficiency</th>}
              {!comparing && (
                <th scope="col" title="Karp-Flatt: the serial fraction this point implies">
                  Karp-Flatt
                </th>
              )}
              {comparing && <th scope="col">Copied</th>}
              <th scope="col">Solutions</th>
              <th scope="col" className="check-cell">
                Check
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns} className="empty">
                  Press Run, Sweep or Compare models: results appear here as they arrive.
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <Row key={`${row.mode}-${row.workers}`} row={row} comparing={comparing} cores={cores} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Row({ row, comparing, cores }: { row: ScaledRow; comparing: boolean; cores: number | null }) {
  const correct = row.solutions === row.expected;
  return (
    <tr data-mode={row.mode}>
      {comparing && <td className="mode-cell">{MODE_LABELS[row.mode]}</td>}
      <td>{row.workers}</td>
      <td
        data-samples-ms={JSON.stringify(row.samplesMs)}
        data-runs-per-sample={row.runsPerSample}
        title={sampleTitle(row)}
      >
        {formatMs(row.ms)}
        {row.hiddenDuringRun && (
          <span className="flag" title="The tab was hidden during this measurement: timers may have been throttled">
            {' '}
            ⚠
          </span>
        )}
        {row.samplesMs.length > 1 && (
          <span className="spread">
            {formatMs(row.minMs)}–{formatMs(row.maxMs)}
          </span>
        )}
        {row.runsPerSample > 1 && (
          <span className="batch">
            ×{row.runsPerSample} runs
            <br />
            per sample
          </span>
        )}
      </td>
      <td>{formatTimes(row.speedup)}</td>
      {!comparing && (
        <td className={row.superlinear === 'beyond-noise' ? 'bad' : undefined}>
          {formatPercent(row.efficiency)}
          {row.superlinear !== 'none' && row.efficiencyInterval && (
            <span className="spread" title="From the spread of the samples: the slowest and fastest pairing">
              {formatPercent(row.efficiencyInterval.low)}–{formatPercent(row.efficiencyInterval.high)}
              <br />
              {row.superlinear === 'within-noise' ? 'within noise' : 'beyond noise ⚠'}
            </span>
          )}
          {cores !== null && row.workers > cores && row.coreEfficiency !== undefined && (
            <span className="spread">
              {formatPercent(row.coreEfficiency)} of {cores} cores
            </span>
          )}
          {row.workers > 1 && row.breakdown && row.breakdown.waiting + row.breakdown.slower >= 0.005 && (
            <span className="spread lost" title={lostTitle(row.breakdown)}>
              wait {formatPercent(row.breakdown.waiting)}
              <br />
              slower {formatPercent(row.breakdown.slower)}
            </span>
          )}
        </td>
      )}
      {!comparing && (
        <td title={row.workers > 1 && !row.lawsApply ? noLawTitle(row, cores) : undefined}>
          {row.workers > 1 && !row.lawsApply ? 'n/a' : formatRatio(row.karpFlatt, 3)}
        </td>
      )}
      {comparing && (
        <td className="copied" title={`${row.messages} messages`}>
          {MODE_SPECS[row.mode].usesWorkers ? formatBytes(row.bytesCopied) : '—'}
        </td>
      )}
      {/* Marked right or wrong too: a phone has no room for the Check column, and shows the mark beside the count. */}
      <td className={correct ? 'solutions-cell right' : 'solutions-cell wrong'}>{row.solutions}</td>
      <td className={correct ? 'check-cell good' : 'check-cell bad'}>
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
}

/** The loss in full, for a pointer or a screen reader: where the waiting fell, and each worker's speed. */
function lostTitle(b: Breakdown): string {
  const { start, between, end } = b.waitingAt;
  const speeds = b.speed.map((s) => formatRatio(s)).join(', ');
  return (
    `Worker time not spent on useful work. Waiting ${formatPercent(b.waiting)} ` +
    `(as measured over every timed run: ${formatPercent(start)} before the first task, ${formatPercent(between)} between tasks, ` +
    `${formatPercent(end)} after the last); slower ${formatPercent(b.slower)} ` +
    `(each worker's speed against a lone worker: ${speeds}).`
  );
}

/** Why the laws of serial work are not quoted for this point. */
function noLawTitle(row: ScaledRow, cores: number | null): string {
  return cores !== null && row.workers > cores
    ? `Not quoted: ${row.workers} workers share ${cores} cores, which Karp–Flatt does not describe`
    : 'Not quoted: this point lost time to slower workers, not to serial work';
}

function sampleTitle(row: ScaledRow): string {
  const samples = row.samplesMs.length;
  if (samples === 1 && row.runsPerSample === 1) return 'single run';
  const batch = row.runsPerSample > 1 ? `, each ${row.runsPerSample} runs back to back, per-run time` : '';
  return `median of ${samples} timed samples${batch}`;
}
