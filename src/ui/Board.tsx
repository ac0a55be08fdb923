import { useMemo, useRef, useState } from 'react';
import { boardRows, coreGroups, sortBoard, type BoardRow, type BoardSort } from '../state/board';
import { coresWords, plural } from '../state/words';
import { useAppState, useSweepHistory } from './appContext';
import { BoardChart } from './BoardChart';
import { CHART_TEXT } from './charts/chartText';
import { boardToCsv } from '../state/interchange/csv';
import { downloadChartPng, downloadText } from './exporting';
import { formatPercent, formatTimes } from './format';
import { shortDate } from '../state/interchange/label';
import { useModal } from './useModal';
import { useStore } from './useStore';
import './board.css';

const SORT_COLUMNS: Record<BoardSort, string> = { speedup: 'Best speedup', cores: 'Reported cores' };

/** A column header that sorts the board by its value, highest first, and says so to screen readers. */
function SortHeader({ by, sort, onSort }: { by: BoardSort; sort: BoardSort; onSort: (by: BoardSort) => void }) {
  return (
    <th scope="col" aria-sort={sort === by ? 'descending' : undefined}>
      <button type="button" className="ghost sort" onClick={() => onSort(by)}>
        {SORT_COLUMNS[by]}
        <span aria-hidden="true">{sort === by ? ' ▼' : ' ↕'}</span>
      </button>
    </th>
  );
}

/**
 * Every sweep kept here, one row per device (this one's and every imported file's or link's), with one
 * speedup chart grouped by core count: a room's results side by side. CSV and PNG for the slides.
 */
/** "3.0× at 4, measured 1.9×": a lesson's prediction against what the device measured there. */
function predictedWords(row: BoardRow): string {
  if (!row.predicted) return '—';
  const { speedup, workers, measured } = row.predicted;
  return `${formatTimes(speedup, 1)} at ${workers}, measured ${measured === null ? 'not there' : formatTimes(measured, 1)}`;
}

export default function Board({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModal(open);
  const sweeps = useStore(useSweepHistory().store, (history) => history.sweeps);
  const present = useAppState((state) => state.settings.present);
  const [sort, setSort] = useState<BoardSort>('speedup');
  const [status, setStatus] = useState('');
  const figure = useRef<HTMLElement>(null);
  const rows = useMemo(() => sortBoard(boardRows(sweeps), sort), [sweeps, sort]);
  const groups = useMemo(() => coreGroups(rows), [rows]);

  async function exportPng() {
    try {
      await downloadChartPng(figure.current!, 'parallel-queens-board.png');
      setStatus('Saved parallel-queens-board.png');
    } catch (error) {
      setStatus(`The chart could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function exportCsv() {
    downloadText('parallel-queens-board.csv', 'text/csv', boardToCsv(rows));
    setStatus('Saved parallel-queens-board.csv');
  }

  // The lesson's column, only when some device predicted.
  const predictions = rows.some((row) => row.predicted);
  return (
    <dialog ref={ref} className="modal board" aria-labelledby="board-title" onClose={onClose}>
      <h2 id="board-title">Board: every device gathered here ({plural(rows.length, 'sweep')})</h2>
      {rows.length === 0 ? (
        <p>
          Nothing gathered yet. Sweep here, or bring other devices&apos; results in with &ldquo;Import from other
          devices&rdquo; (their exported JSON files or result links).
        </p>
      ) : (
        <>
          <figure ref={figure} className="board-figure" data-board-chart>
            <BoardChart groups={groups} textPx={CHART_TEXT[present ? 'present' : 'normal'].labelPx} />
          </figure>
          <div className="board-table">
            <table>
              <thead>
                <tr>
                  <th scope="col">Browser</th>
                  <th scope="col">Device</th>
                  <SortHeader by="cores" sort={sort} onSort={setSort} />
                  <th scope="col">N</th>
                  <SortHeader by="speedup" sort={sort} onSort={setSort} />
                  <th scope="col">Efficiency</th>
                  <th scope="col">When</th>
                  {predictions && <th scope="col">Predicted</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.browser}</th>
                    <td>{row.device}</td>
                    <td>{coresWords(row.cores)}</td>
                    <td>{row.n}</td>
                    <td>{row.best ? `${formatTimes(row.best.speedup)} at ${row.best.workers}` : '—'}</td>
                    <td>{formatPercent(row.efficiency)}</td>
                    <td>{shortDate(row.savedAt)}</td>
                    {predictions && <td>{predictedWords(row)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div className="board-actions">
        <button type="button" disabled={rows.length === 0} onClick={exportCsv}>
          Board CSV
        </button>
        <button type="button" disabled={rows.length === 0} onClick={() => void exportPng()}>
          Board PNG
        </button>
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
        <span aria-live="polite">{status}</span>
      </div>
    </dialog>
  );
}
