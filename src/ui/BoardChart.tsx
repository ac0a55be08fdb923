import { SvgAxes } from './charts/svgAxes';
import type { CoreGroup } from '../state/board';
import { roundTicks } from './charts/roundTicks';
import { formatTimes } from './format';
import { overlayColor } from './theme';

/** The drawing's own size; it scales to its box, and the PNG export draws it at twice this. */
const WIDTH = 760;
const HEIGHT = 380;
const LEFT = 56;
const BOTTOM = 40;

/** Past the five overlay colours, groups are told apart by dashes too (not by colour alone). */
const groupDash = (index: number) => [undefined, '9 5', '2 5'][Math.floor(index / 5) % 3];

/**
 * Every gathered device's speedup curve on one chart, drawn by hand (no Recharts, so the board loads
 * light, and the legend is in the drawing a PNG export keeps). Devices that report the same cores
 * share a colour and one legend line: thirty curves read as a few groups.
 */
export function BoardChart({ groups, textPx }: { groups: CoreGroup[]; textPx: number }) {
  const rows = groups.flatMap((group) => group.rows);
  const maxWorkers = Math.max(2, ...rows.flatMap((row) => row.points.map((point) => point.workers)));
  const yTicks = roundTicks(Math.max(2, ...rows.flatMap((row) => row.points.map((point) => point.speedup))));
  // Ticks inside the measured range only, from 1: the curves start at one worker.
  const xTicks = [1, ...roundTicks(maxWorkers, 6).filter((tick) => tick > 1 && tick <= maxWorkers)];
  // The axis title sits above the plot; the legend's longest line ("cores not reported: 30 devices") at the right.
  const top = textPx + 14;
  const plotRight = WIDTH - Math.round(textPx * 14 + 56);
  const x = (workers: number) => LEFT + ((workers - 1) / (maxWorkers - 1)) * (plotRight - LEFT);
  const y = (speedup: number) => top + (1 - speedup / yTicks.at(-1)!) * (HEIGHT - BOTTOM - top);
  const ideal = Math.min(maxWorkers, yTicks.at(-1)!);
  const description = groups
    .map((group) => {
      const best = group.rows.flatMap((row) => (row.best ? [row.best.speedup] : []));
      return best.length === 0
        ? `${group.label}, no speedup measured`
        : `${group.label}, best speedup ${formatTimes(Math.max(...best))}`;
    })
    .join('; ');
  const legendRow = textPx + 12;
  // As many legend lines as fit beside the plot; the rest are counted on the last one.
  const room = Math.max(2, Math.floor((HEIGHT - BOTTOM - top) / legendRow));
  const entries = [
    ...groups.map((group, index) => ({ label: group.label, color: overlayColor(index), dash: groupDash(index) })),
    { label: 'ideal', color: 'var(--ideal)', dash: '6 5' },
  ];
  const legend =
    entries.length <= room
      ? entries
      : [
          ...entries.slice(0, room - 1),
          { label: `+ ${entries.length - room + 1} more`, color: 'transparent', dash: undefined },
        ];
  return (
    <svg
      className="board-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`Speedup against workers for every device, grouped by reported cores: ${description}`}
      fontSize={textPx}
    >
      <SvgAxes ticks={[xTicks, yTicks]} at={[x, y]} box={[LEFT, plotRight, HEIGHT - BOTTOM + textPx + 6]} />
      <text x={plotRight + 10} y={y(0)} dy="0.35em" fill="var(--axis)">
        workers
      </text>
      <text x={4} y={textPx} fill="var(--axis)">
        speedup (×)
      </text>
      <line
        x1={x(1)}
        y1={y(1)}
        x2={x(ideal)}
        y2={y(ideal)}
        stroke="var(--ideal)"
        strokeDasharray="6 5"
        strokeWidth={1.5}
      />
      {groups.map((group, index) =>
        group.rows.map((row) => (
          <g key={row.id} className="board-curve" stroke={overlayColor(index)}>
            <polyline
              points={row.points.map((point) => `${x(point.workers)},${y(point.speedup)}`).join(' ')}
              fill="none"
              strokeWidth={2.5}
              strokeLinejoin="round"
              strokeDasharray={groupDash(index)}
            />
            {/* A dot at each measurement: a one-point sweep still shows. */}
            {row.points.map((point) => (
              <circle
                key={point.workers}
                cx={x(point.workers)}
                cy={y(point.speedup)}
                r={3}
                fill={overlayColor(index)}
              />
            ))}
          </g>
        )),
      )}
      <g className="board-legend">
        {legend.map((item, index) => {
          const line = top + index * legendRow;
          return (
            <g key={item.label}>
              <line
                x1={plotRight + 16}
                x2={plotRight + 40}
                y1={line + textPx / 2}
                y2={line + textPx / 2}
                stroke={item.color}
                strokeWidth={3}
                strokeDasharray={item.dash}
              />
              <text x={plotRight + 48} y={line + textPx / 2} dy="0.35em" fill="var(--text)">
                {item.label}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
