import { Bar, ComposedChart, ErrorBar, XAxis, YAxis } from 'recharts';
import type { ScaledRow } from '../../state/results';
import { plural } from '../../state/words';
import { formatPercent } from '../format';
import { ChartFrame } from './ChartFrame';
import { roundTicks } from './roundTicks';
import {
  axisProps,
  CHART_MARGIN,
  grid,
  type ChartLook,
  idealLabel,
  idealLine,
  idealSpeedup,
  NEEDS_BASELINE,
  NOTHING_YET,
  valueAxisProps,
} from './chartParts';

interface EfficiencyChartProps {
  rows: ScaledRow[];
  palette: ChartLook;
  height: number;
  /** Logical cores the browser reports (null: unknown): the ideal falls past them. */
  cores: number | null;
}

/**
 * Efficiency as where each point's worker time went: the useful share (the efficiency itself, with the
 * samples' spread), the share spent waiting, and the share lost to computing slower than a lone worker.
 */
export function EfficiencyChart({ rows, palette, height, cores }: EfficiencyChartProps) {
  const data = rows
    .filter((row) => row.efficiency !== undefined)
    .map((row) => {
      const baseline = row.speedup! * row.ms;
      const efficiency = row.efficiency!;
      const useful = Math.min(1, efficiency);
      return {
        workers: String(row.workers),
        ideal: idealSpeedup(row.workers, cores) / row.workers,
        efficiency,
        useful,
        waiting: row.breakdown?.waiting ?? 0,
        slower: row.breakdown?.slower ?? 0,
        spread: [useful - baseline / row.maxMs / row.workers, baseline / row.minMs / row.workers - useful],
      };
    });
  // Round steps up to the highest error bar, never below 100%; a 0 ms sample (coarse timers) would
  // make a bar infinite, so only finite tops count, and the axis stops at 400%.
  const tops = data.map((d) => d.useful + d.spread[1]).filter(Number.isFinite);
  const ticks = roundTicks(Math.min(4, Math.max(1, ...tops)), 4);
  const top = ticks[ticks.length - 1];
  const lost = (d: (typeof data)[number]) =>
    d.waiting + d.slower > 0.005 ? ` (waiting ${formatPercent(d.waiting)}, slower ${formatPercent(d.slower)})` : '';
  return (
    <ChartFrame
      chart="efficiency"
      label="Efficiency versus workers"
      caption={
        <>
          Efficiency: where the time went
          <span className="legend swatch" style={{ color: palette.measured }}>
            useful
          </span>
          <span className="legend swatch" style={{ color: palette.waiting }}>
            waiting
          </span>
          <span className="legend swatch" style={{ color: palette.slower }}>
            slower
          </span>
          <span className="legend dashed" style={{ color: palette.ideal }}>
            {idealLabel(cores)}
          </span>
        </>
      }
      description={data
        .map((d) => `${plural(Number(d.workers), 'worker')}: ${formatPercent(d.efficiency)} useful${lost(d)}`)
        .join(', ')}
      empty={data.length === 0 ? (rows.length === 0 ? NOTHING_YET : NEEDS_BASELINE) : undefined}
      height={height}
    >
      <ComposedChart data={data} margin={CHART_MARGIN}>
        {grid(palette)}
        <XAxis
          dataKey="workers"
          {...axisProps(palette)}
          height={palette.tickPx + 14}
          label={{ value: 'workers', position: 'left', offset: 14, fill: palette.axis, fontSize: palette.labelPx }}
        />
        <YAxis
          {...valueAxisProps(palette)}
          domain={[0, top]}
          ticks={ticks}
          tickFormatter={(v: number) => formatPercent(v)}
        />
        <Bar
          dataKey="useful"
          stackId="time"
          className="series series-useful"
          fill={palette.measured}
          isAnimationActive={false}
        >
          <ErrorBar dataKey="spread" width={6} stroke={palette.axis} direction="y" isAnimationActive={false} />
        </Bar>
        <Bar
          dataKey="waiting"
          stackId="time"
          className="series series-waiting"
          fill={palette.waiting}
          isAnimationActive={false}
        />
        <Bar
          dataKey="slower"
          stackId="time"
          className="series series-slower"
          fill={palette.slower}
          isAnimationActive={false}
        />
        {idealLine(palette)}
      </ComposedChart>
    </ChartFrame>
  );
}
