import type { ReactElement, ReactNode } from 'react';
import { CartesianGrid, ErrorBar, Line, ResponsiveContainer, XAxis } from 'recharts';
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

interface ChartFrameProps {
  chart: string;
  label: string;
  caption: ReactNode;
  /** The chart's text alternative, read by screen readers instead of the drawing. */
  description: string;
  height: number;
  children: ReactElement;
}

/** A chart panel: caption, a sized drawing area, and its text alternative. */
export function ChartFrame({ chart, label, caption, description, height, children }: ChartFrameProps) {
  const textId = `${chart}-chart-text`;
  return (
    <figure className="panel chart" data-chart={chart} aria-label={label} aria-describedby={textId}>
      <figcaption>{caption}</figcaption>
      <div className="chart-body" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
      <p id={textId} className="visually-hidden">
        {description}
      </p>
    </figure>
  );
}

/** A measured series: thick line, dots, and min–max error bars from its `spread` field. */
export function measuredLine(dataKey: string, color: string, connectNulls = false) {
  return (
    <Line dataKey={dataKey} stroke={color} strokeWidth={3} connectNulls={connectNulls} dot={{ r: 5 }} isAnimationActive={false}>
      <ErrorBar dataKey="spread" width={6} stroke={color} direction="y" isAnimationActive={false} />
    </Line>
  );
}
