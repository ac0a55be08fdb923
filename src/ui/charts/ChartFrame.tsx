import type { ReactElement, ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

interface ChartFrameProps {
  chart: string;
  label: string;
  caption: ReactNode;
  /** The chart's text alternative, read by screen readers instead of the drawing. */
  description: string;
  height: number;
  /** When set, there is nothing to draw yet: this says, visibly, what would fill the panel. */
  empty?: string;
  /** Across both columns of the chart grid. */
  wide?: boolean;
  children: ReactElement;
}

/** A chart panel: caption, a sized drawing area, and its text alternative. */
export function ChartFrame({ chart, label, caption, description, height, empty, wide, children }: ChartFrameProps) {
  const textId = `${chart}-chart-text`;
  return (
    <figure
      className={wide ? 'panel chart wide' : 'panel chart'}
      data-chart={chart}
      aria-label={label}
      aria-describedby={textId}
    >
      <figcaption>{caption}</figcaption>
      <div className="chart-body" style={{ height }}>
        {empty ? (
          <p className="chart-empty">{empty}</p>
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            {children}
          </ResponsiveContainer>
        )}
      </div>
      <p id={textId} className="visually-hidden">
        {empty ?? description}
      </p>
    </figure>
  );
}
