import { LineChart, YAxis } from 'recharts';
import type { ScaledRow } from '../../state/results';
import { plural } from '../../state/words';
import { formatMs } from '../format';
import { ChartFrame } from './ChartFrame';
import {
  CHART_MARGIN,
  grid,
  measuredLine,
  workerAxis,
  type ChartLook,
  NOTHING_YET,
  valueAxisProps,
} from './chartParts';

export function TimeChart({ rows, palette, height }: { rows: ScaledRow[]; palette: ChartLook; height: number }) {
  const data = rows.map((row) => ({
    workers: row.workers,
    ms: row.ms,
    spread: [row.ms - row.minMs, row.maxMs - row.ms],
  }));
  return (
    <ChartFrame
      chart="time"
      label="Wall time versus workers"
      caption={
        <>
          Wall time (ms) <span className="subtle">lower is better; bars: min–max</span>
        </>
      }
      description={rows.map((row) => `${plural(row.workers, 'worker')}: ${formatMs(row.ms)} ms`).join(', ')}
      empty={rows.length === 0 ? NOTHING_YET : undefined}
      height={height}
    >
      <LineChart data={data} margin={CHART_MARGIN}>
        {grid(palette)}
        {workerAxis(
          rows.map((row) => row.workers),
          palette,
        )}
        <YAxis {...valueAxisProps(palette)} tickFormatter={(v: number) => (v >= 10 ? v.toFixed(0) : v.toFixed(1))} />
        {measuredLine('ms', palette.time)}
      </LineChart>
    </ChartFrame>
  );
}
