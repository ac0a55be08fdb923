import { CartesianGrid, ErrorBar, Line, XAxis } from 'recharts';
import { plural } from '../format';
import type { Palette } from '../theme';
import type { ChartText } from './chartText';

export const CHART_MARGIN = { top: 10, right: 20, bottom: 6, left: 0 };

/** What the empty panels say, so a first visitor knows which key fills them. */
export const NOTHING_YET = 'Nothing measured yet: press Sweep (S) to time 1 worker up to the Workers field.';
export const NEEDS_BASELINE = 'Speedup needs a one-worker time at this N: press Sweep (S).';

/** What a chart is drawn with: the theme's colours and the text sizes. */
export type ChartLook = Palette & ChartText;

export function axisProps(look: ChartLook) {
  return { stroke: look.axis, tick: { fill: look.axis, fontSize: look.tickPx } };
}

/** The value (y) axis: the axis look plus room for its tick labels at this text size. */
export function valueAxisProps(look: ChartLook) {
  return { ...axisProps(look), width: look.axisWidth };
}

/** Workers on x: a tick at each measured count, so 1, 2, 4, 8 read as the sweep's own points. */
export function workerAxis(ticks: number[], look: ChartLook) {
  const max = Math.max(1, ...ticks);
  return (
    <XAxis
      dataKey="workers"
      type="number"
      domain={[1, max]}
      ticks={ticks}
      allowDecimals={false}
      {...axisProps(look)}
      height={look.tickPx + 14}
      // Beside the first tick, under the y axis's labels: no line of its own, which the plot keeps.
      label={{ value: 'workers', position: 'left', offset: 14, fill: look.axis, fontSize: look.labelPx }}
    />
  );
}

export function grid(palette: ChartLook) {
  // `plot-area`: the page's own name for the plotted rectangle (tests measure it).
  return <CartesianGrid className="plot-area" stroke={palette.grid} />;
}

/*
 * Every plotted line carries the class `series` (and `series-<what>`): the page's own names for its
 * curves, which tests and the PNG export can rely on whatever the chart library calls its elements.
 */

/**
 * The speedup this device can give P workers: P up to its logical cores, then flat (more workers than
 * cores share them). Unknown core count: P.
 */
export function idealSpeedup(workers: number, cores: number | null): number {
  return cores === null ? workers : Math.min(workers, cores);
}

export function idealLabel(cores: number | null): string {
  return cores === null ? 'ideal' : `ideal (this device: ${plural(cores, 'core')})`;
}

/** Perfect scaling, dashed: the line the measured one is judged against. */
export function idealLine(palette: ChartLook) {
  return (
    <Line
      dataKey="ideal"
      className="series series-ideal"
      stroke={palette.ideal}
      strokeDasharray="6 6"
      strokeWidth={2}
      dot={false}
      isAnimationActive={false}
    />
  );
}

/** A measured series: thick line, dots, and min–max error bars from its `spread` field. */
export function measuredLine(dataKey: string, color: string, connectNulls = false) {
  return (
    <Line
      dataKey={dataKey}
      className="series series-measured"
      stroke={color}
      strokeWidth={3}
      connectNulls={connectNulls}
      dot={{ r: 5 }}
      isAnimationActive={false}
    >
      <ErrorBar dataKey="spread" width={6} stroke={color} direction="y" isAnimationActive={false} />
    </Line>
  );
}
