import { CartesianGrid, ErrorBar, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { scaledRows, type ScaledRow } from '../state/results';
import { useAppState } from './appContext';
import { formatMs, formatRatio } from './format';

const COLORS = { time: '#f7b267', measured: '#4cc9f0', ideal: '#9aa0b4', grid: '#2a3150', axis: '#c9cee6' };
const AXIS = { stroke: COLORS.axis, tick: { fill: COLORS.axis, fontSize: 14 } };
const CHART_HEIGHT = 260;

function workerAxis(rows: ScaledRow[]) {
  const ticks = rows.map((row) => row.workers);
  const max = Math.max(1, ...ticks);
  return <XAxis dataKey="workers" type="number" domain={[1, max]} ticks={ticks} allowDecimals={false} {...AXIS} label={{ value: 'workers', position: 'insideBottomRight', offset: -4, fill: COLORS.axis }} />;
}

/**
 * Loaded on demand: Recharts is most of the bundle and nothing needs it before the first result. No
 * Recharts tooltip or legend: the table carries the numbers, and they cost 12 kB gzipped.
 */
export default function Charts() {
  const rows = scaledRows(useAppState((state) => state.results));
  const timeData = rows.map((row) => ({ workers: row.workers, ms: row.ms, spread: [row.ms - row.minMs, row.maxMs - row.ms] }));
  const speedupData = rows
    .filter((row) => row.speedup !== undefined)
    .map((row) => ({ workers: row.workers, measured: row.speedup, ideal: row.workers }));
  const speedupSummary = speedupData.map((d) => `${d.workers}: ${formatRatio(d.measured)}x`).join(', ');

  return (
    <div className="charts">
      <figure className="panel chart" data-chart="time" aria-label="Wall time versus workers" aria-describedby="time-chart-text">
        <figcaption>Wall time (ms) — lower is better</figcaption>
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <LineChart data={timeData} margin={{ top: 12, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid stroke={COLORS.grid} />
            {workerAxis(rows)}
            <YAxis {...AXIS} width={64} tickFormatter={(v: number) => (v >= 10 ? v.toFixed(0) : v.toFixed(1))} />
            <Line type="monotone" dataKey="ms" name="median time" stroke={COLORS.time} strokeWidth={3} dot={{ r: 5 }} isAnimationActive={false}>
              <ErrorBar dataKey="spread" width={6} stroke={COLORS.time} direction="y" />
            </Line>
          </LineChart>
        </ResponsiveContainer>
        <p id="time-chart-text" className="visually-hidden">
          {rows.map((row) => `${row.workers} workers: ${formatMs(row.ms)} ms`).join(', ') || 'No results yet'}
        </p>
      </figure>
      <figure className="panel chart" data-chart="speedup" aria-label="Speedup versus workers" aria-describedby="speedup-chart-text">
        <figcaption>
          Speedup <span className="legend measured">measured</span> <span className="legend ideal">ideal (linear)</span>
        </figcaption>
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <LineChart data={speedupData} margin={{ top: 12, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid stroke={COLORS.grid} />
            {workerAxis(rows)}
            <YAxis {...AXIS} width={64} allowDecimals domain={[0, 'dataMax']} tickFormatter={(v: number) => `${formatRatio(v, 1)}×`} />
            <Line type="linear" dataKey="ideal" name="ideal (linear)" stroke={COLORS.ideal} strokeDasharray="6 6" strokeWidth={2} dot={false} isAnimationActive={false} />
            <Line type="monotone" dataKey="measured" name="measured" stroke={COLORS.measured} strokeWidth={3} dot={{ r: 5 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
        <p id="speedup-chart-text" className="visually-hidden">
          {speedupSummary ? `Measured speedup by workers: ${speedupSummary}` : 'Speedup needs a one-worker run: use Sweep.'}
        </p>
      </figure>
    </div>
  );
}
