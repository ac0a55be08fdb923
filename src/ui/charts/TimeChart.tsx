import { ErrorBar, Line, LineChart, ResponsiveContainer, YAxis } from 'recharts';
import type { ScaledRow } from '../../state/results';
import { formatMs } from '../format';
import type { ChartPalette } from '../theme';
import { axisProps, CHART_MARGIN, grid, workerAxis } from './chartParts';

export function TimeChart({ rows, palette, height }: { rows: ScaledRow[]; palette: ChartPalette; height: number }) {
  const data = rows.map((row) => ({ workers: row.workers, ms: row.ms, spread: [row.ms - row.minMs, row.maxMs - row.ms] }));
  return (
    <figure className="panel chart" data-chart="time" aria-label="Wall time versus workers" aria-describedby="time-chart-text">
      <figcaption>
        Wall time (ms) <span className="subtle">lower is better; bars: min–max</span>
      </figcaption>
      <div className="chart-body" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={CHART_MARGIN}>
          {grid(palette)}
          {workerAxis(rows.map((row) => row.workers), palette)}
          <YAxis {...axisProps(palette)} width={52} tickFormatter={(v: number) => (v >= 10 ? v.toFixed(0) : v.toFixed(1))} />
          <Line dataKey="ms" stroke={palette.time} strokeWidth={3} dot={{ r: 5 }} isAnimationActive={false}>
            <ErrorBar dataKey="spread" width={6} stroke={palette.time} direction="y" />
          </Line>
        </LineChart>
      </ResponsiveContainer>
        </div>
      <p id="time-chart-text" className="visually-hidden">
        {rows.map((row) => `${row.workers} workers: ${formatMs(row.ms)} ms`).join(', ') || 'No results yet'}
      </p>
    </figure>
  );
}
