/**
 * The axes of the hand-drawn charts (the board's, COST's): a grid line and label at each speedup tick,
 * a label under each worker tick. Recharts draws the page's own charts; these load without it.
 */
export function SvgAxes({
  ticks: [xTicks, yTicks],
  at: [x, y],
  box: [left, right, labelY],
}: {
  /** Worker ticks, speedup ticks. */
  ticks: [number[], number[]];
  /** Where a worker count and a speedup are drawn. */
  at: [(workers: number) => number, (speedup: number) => number];
  /** The plot's left and right edges, and the worker labels' baseline. */
  box: [number, number, number];
}) {
  return (
    <>
      {yTicks.map((tick) => (
        <g key={`y${tick}`}>
          <line x1={left} x2={right} y1={y(tick)} y2={y(tick)} stroke="var(--grid)" />
          <text x={left - 8} y={y(tick)} dy="0.35em" textAnchor="end" fill="var(--axis)">
            {tick}
          </text>
        </g>
      ))}
      {xTicks.map((tick) => (
        <text key={`x${tick}`} x={x(tick)} y={labelY} textAnchor="middle" fill="var(--axis)">
          {tick}
        </text>
      ))}
    </>
  );
}
