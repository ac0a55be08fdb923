import { CartesianGrid, ErrorBar, Line, XAxis } from 'recharts';
import type { Palette } from '../theme';

export const CHART_MARGIN = { top: 10, right: 20, bottom: 6, left: 0 };

export function axisProps(palette: Palette) {
  return { stroke: palette.axis, tick: { fill: palette.axis, fontSize: 13 } };
}

/** Workers on x: a tick at each measured count, so 1, 2, 4, 8 read as the sweep's own points. */
export function workerAxis(ticks: number[], palette: Palette) {
  const max = Math.max(1, ...ticks);
  return (
    <XAxis
      dataKey="workers"
      type="number"
      domain={[1, max]}
      ticks={ticks}
      allowDecimals={false}
      {...axisProps(palette)}
      label={{ value: 'workers', position: 'insideBottomRight', offset: -2, fill: palette.axis, fontSize: 12 }}
    />
  );
}

export function grid(palette: Palette) {
  return <CartesianGrid stroke={palette.grid} />;
}

/*
 * Every plotted line carries the class `series` (and `series-<what>`): the page's own names for its
 * curves, which tests and the PNG export can rely on whatever the chart library calls its elements.
 */

/** Perfect scaling, dashed: the line the measured one is judged against. */
export function idealLine(palette: Palette) {
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
