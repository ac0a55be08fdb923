import { LineChart, YAxis } from 'recharts';
import type { ScaledRow } from '../../state/results';
import { plural } from '../../state/words';
import { formatPercent } from '../format';
import { ChartFrame } from './ChartFrame';
import {
  CHART_MARGIN,
  grid,
  idealLine,
  measuredLine,
  workerAxis,
  type ChartLook,
  NEEDS_BASELINE,
  NOTHING_YET,
  roundTicks,
  valueAxisProps,
} from './chartParts';

export function EfficiencyChart({ rows, palette, height }: { rows: ScaledRow[]; palette: ChartLook; height: number }) {
  const data = rows
    .filter((row) => row.efficiency !== undefined)
    .map((row) => {
      const baseline = row.speedup! * row.ms;
      const efficiency = row.efficiency!;
      return {
        workers: row.workers,
        ideal: 1,
        efficiency,
        spread: [efficiency - baseline / row.maxMs / row.workers, baseline / row.minMs / row.workers - efficiency],
      };
    });
  // Round steps up to the highest error bar, never below 100%; a 0 ms sample (coarse timers) would
  // make a bar infinite, so only finite tops count, and the axis stops at 400%.
  const tops = data.map((d) => d.efficiency + d.spread[1]).filter(Number.isFinite);
  const ticks = roundTicks(Math.min(4, Math.max(1, ...tops)), 4);
  const top = ticks[ticks.length - 1];
  return (
    <ChartFrame
      chart="efficiency"
      label="Efficiency versus workers"
      caption={
        <>
          Efficiency <span className="subtle">speedup per worker; 100% = every worker fully used</span>
        </>
      }
      description={data.map((d) => `${plural(d.workers, 'worker')}: ${formatPercent(d.efficiency)}`).join(', ')}
      empty={data.length === 0 ? (rows.length === 0 ? NOTHING_YET : NEEDS_BASELINE) : undefined}
      height={height}
    >
      <LineChart data={data} margin={CHART_MARGIN}>
        {grid(palette)}
        {workerAxis(
          rows.map((row) => row.workers),
          palette,
        )}
        <YAxis
          {...valueAxisProps(palette)}
          domain={[0, top]}
          ticks={ticks}
          tickFormatter={(v: number) => `${Math.round(v * 100)}%`}
        />
        {idealLine(palette)}
        {measuredLine('efficiency', palette.measured)}
      </LineChart>
    </ChartFrame>
  );
}
