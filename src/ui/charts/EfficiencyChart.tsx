import { LineChart, YAxis } from 'recharts';
import type { ScaledRow } from '../../state/results';
import { formatPercent } from '../format';
import type { Palette } from '../theme';
import { ChartFrame } from './ChartFrame';
import { axisProps, CHART_MARGIN, grid, idealLine, measuredLine, workerAxis } from './chartParts';

export function EfficiencyChart({ rows, palette, height }: { rows: ScaledRow[]; palette: Palette; height: number }) {
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
  // Quarter steps up to the highest error bar, never below 100%; a 0 ms sample (coarse timers) would
  // make a bar infinite, so only finite tops count, and the axis stops at 400%.
  const tops = data.map((d) => d.efficiency + d.spread[1]).filter(Number.isFinite);
  const highest = Math.min(4, Math.max(1, ...tops));
  const top = Math.ceil(highest * 4) / 4;
  const ticks = Array.from({ length: Math.round(top * 4) + 1 }, (_, i) => i / 4);
  return (
    <ChartFrame
      chart="efficiency"
      label="Efficiency versus workers"
      caption={
        <>
          Efficiency <span className="subtle">speedup per worker; 100% = every worker fully used</span>
        </>
      }
      description={
        data.map((d) => `${d.workers} workers: ${formatPercent(d.efficiency)}`).join(', ') ||
        'Efficiency needs a one-worker run: use Sweep.'
      }
      height={height}
    >
      <LineChart data={data} margin={CHART_MARGIN}>
        {grid(palette)}
        {workerAxis(
          rows.map((row) => row.workers),
          palette,
        )}
        <YAxis
          {...axisProps(palette)}
          width={52}
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
