import { Line, LineChart, YAxis } from 'recharts';
import { amdahlSpeedup } from '../../core/stats';
import type { OverlaySeries } from '../historyLabels';
import type { ScaledRow } from '../../state/results';
import { plural } from '../../state/words';
import { formatRatio, formatTimes } from '../format';
import { ChartFrame } from './ChartFrame';
import { roundTicks } from './roundTicks';
import {
  CHART_MARGIN,
  grid,
  idealLabel,
  idealLine,
  idealSpeedup,
  measuredLine,
  workerAxis,
  type ChartLook,
  NEEDS_BASELINE,
  NOTHING_YET,
  valueAxisProps,
} from './chartParts';

interface SpeedupChartProps {
  rows: ScaledRow[];
  serialFraction: number;
  overlays: OverlaySeries[];
  palette: ChartLook;
  height: number;
  /** The measured line's name in the legend (the article's experiment calls it "free-threaded"). */
  measuredLabel?: string;
  wide?: boolean;
  /** Logical cores the browser reports (null: unknown): the ideal stays flat past them. */
  cores: number | null;
}

/** A data key of the chart's own: Recharts would read a dot in a saved sweep's id as a path. */
const overlayKey = (index: number) => `overlay${index}`;

/** One point per worker count up to the largest: the ideal and Amdahl curves need the points between. */
function chartData(rows: ScaledRow[], serialFraction: number, overlays: OverlaySeries[], cores: number | null) {
  const max = Math.max(
    1,
    ...rows.map((row) => row.workers),
    ...overlays.flatMap((o) => o.points.map((p) => p.workers)),
  );
  const byWorkers = new Map(rows.map((row) => [row.workers, row]));
  return Array.from({ length: max }, (_, i) => {
    const workers = i + 1;
    const row = byWorkers.get(workers);
    const point: Record<string, number | number[] | undefined> = {
      workers,
      ideal: idealSpeedup(workers, cores),
      amdahl: Number.isFinite(serialFraction) ? amdahlSpeedup(serialFraction, workers) : undefined,
    };
    if (row?.speedup !== undefined) {
      const baseline = row.speedup * row.ms;
      point.measured = row.speedup;
      point.spread = [row.speedup - baseline / row.maxMs, baseline / row.minMs - row.speedup];
    }
    overlays.forEach(
      (overlay, index) => (point[overlayKey(index)] = overlay.points.find((p) => p.workers === workers)?.speedup),
    );
    return point;
  });
}

export function SpeedupChart({
  rows,
  serialFraction,
  overlays,
  palette,
  height,
  measuredLabel = 'measured',
  wide = false,
  cores,
}: SpeedupChartProps) {
  const data = chartData(rows, serialFraction, overlays, cores);
  const ticks = [
    ...new Set([...rows.map((row) => row.workers), ...overlays.flatMap((o) => o.points.map((p) => p.workers))]),
  ].sort((a, b) => a - b);
  const fitted = Number.isFinite(serialFraction);
  const measured = rows.some((row) => row.speedup !== undefined);
  // The highest plotted value, its error bar included (not the x value: past the cores the ideal is
  // flat and the axis would otherwise run up to the worker count).
  const highest = Math.max(
    1,
    ...data.map((point) => {
      const spread = point.spread;
      const top = typeof point.measured === 'number' && Array.isArray(spread) ? point.measured + spread[1] : 0;
      const values = Object.entries(point)
        .filter(([key]) => key !== 'workers')
        .map(([, value]) => value);
      return Math.max(top, ...values.filter((v): v is number => typeof v === 'number' && v < 1e6));
    }),
  );
  const yTicks = roundTicks(highest);
  const summary = rows
    .filter((row) => row.speedup !== undefined)
    .map((row) => `${plural(row.workers, 'worker')}: ${formatRatio(row.speedup)}x`)
    .join(', ');

  return (
    <ChartFrame
      chart="speedup"
      wide={wide}
      label="Speedup versus workers"
      caption={
        <>
          Speedup
          <span className="legend" style={{ color: palette.measured }}>
            {measuredLabel}
          </span>
          <span className="legend dashed" style={{ color: palette.ideal }}>
            {idealLabel(cores)}
          </span>
          {fitted && (
            <span className="legend dotted" style={{ color: palette.amdahl }}>
              Amdahl fit, serial {(serialFraction * 100).toFixed(1)}%
            </span>
          )}
          {overlays.map((overlay) => (
            <span key={overlay.id} className="legend" style={{ color: overlay.color }}>
              {overlay.label}
            </span>
          ))}
        </>
      }
      description={`Measured speedup by workers: ${summary}`}
      empty={!measured && overlays.length === 0 ? (rows.length === 0 ? NOTHING_YET : NEEDS_BASELINE) : undefined}
      height={height}
    >
      <LineChart data={data} margin={CHART_MARGIN}>
        {grid(palette)}
        {workerAxis(ticks, palette)}
        <YAxis
          {...valueAxisProps(palette)}
          domain={[0, yTicks[yTicks.length - 1]]}
          ticks={yTicks}
          tickFormatter={(v: number) => formatTimes(v, 1)}
        />
        {idealLine(palette)}
        {fitted && (
          <Line
            dataKey="amdahl"
            className="series series-amdahl"
            stroke={palette.amdahl}
            strokeDasharray="2 5"
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
        )}
        {overlays.map((overlay, index) => (
          <Line
            key={overlay.id}
            dataKey={overlayKey(index)}
            className="series series-overlay"
            stroke={overlay.color}
            strokeWidth={2}
            connectNulls
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        ))}
        {summary && measuredLine('measured', palette.measured, true)}
      </LineChart>
    </ChartFrame>
  );
}
