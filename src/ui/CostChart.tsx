import { SvgAxes } from './charts/svgAxes';
import { plainSpeedups, type CostFinding } from '../core/cost';
import { roundTicks } from './charts/roundTicks';
import { formatTimes } from './format';

const WIDTH = 640;
const HEIGHT = 300;
const LEFT = 56;
const BOTTOM = 40;
const RIGHT = 24;

/**
 * The plain solver's measured speedup against its workers, and one worker with all eight symmetries as a
 * horizontal line at its own speed over one plain worker: where the curve crosses the line is the COST.
 * Past the measured workers, a dotted line to the projected crossing, drawn as a projection. Drawn by
 * hand (no Recharts), so the panel loads light.
 */
export function CostChart({
  plain,
  finding,
  textPx,
}: {
  plain: { workers: number; ms: number }[];
  finding: CostFinding;
  textPx: number;
}) {
  const speedups = plainSpeedups(plain).sort((a, b) => a.workers - b.workers);
  const maxWorkers = Math.max(2, finding.widest, finding.projected ?? 0);
  const top = textPx + 14;
  const yTicks = roundTicks(Math.max(2, finding.advantage * 1.15, ...speedups.map((point) => point.speedup)));
  // Whole workers only: there is no half a worker.
  const xTicks = [
    1,
    ...roundTicks(maxWorkers, 6).filter((tick) => tick > 1 && tick <= maxWorkers && Number.isInteger(tick)),
  ];
  const x = (workers: number) => LEFT + ((workers - 1) / (maxWorkers - 1)) * (WIDTH - RIGHT - LEFT);
  const y = (speedup: number) => top + (1 - speedup / yTicks.at(-1)!) * (HEIGHT - BOTTOM - top);
  const last = speedups.at(-1);
  const crossing = finding.measured ?? finding.projected;
  return (
    <svg
      className="cost-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`Plain speedup on ${speedups.map((point) => `${point.workers}: ${formatTimes(point.speedup)}`).join(', ')} workers; one worker with all eight symmetries: ${formatTimes(finding.advantage)}`}
      fontSize={textPx}
    >
      <SvgAxes ticks={[xTicks, yTicks]} at={[x, y]} box={[LEFT, WIDTH - RIGHT, HEIGHT - BOTTOM + textPx + 6]} />
      <text x={4} y={textPx} fill="var(--axis)">
        speedup over one plain worker (×), against workers
      </text>
      <line
        x1={LEFT}
        x2={WIDTH - RIGHT}
        y1={y(finding.advantage)}
        y2={y(finding.advantage)}
        stroke="var(--symmetric)"
        strokeWidth={3}
      />
      <text x={WIDTH - RIGHT} y={y(finding.advantage) - 8} textAnchor="end" fill="var(--text)">
        one worker, all eight symmetries: {formatTimes(finding.advantage, 1)}
      </text>
      {finding.projected !== null && last && (
        <line
          x1={x(last.workers)}
          y1={y(last.speedup)}
          x2={x(finding.projected)}
          y2={y(finding.advantage)}
          stroke="var(--ideal)"
          strokeDasharray="3 6"
          strokeWidth={2}
        />
      )}
      <polyline
        points={speedups.map((point) => `${x(point.workers)},${y(point.speedup)}`).join(' ')}
        fill="none"
        stroke="var(--measured)"
        strokeWidth={3}
        strokeLinejoin="round"
      />
      {speedups.map((point) => (
        <circle key={point.workers} cx={x(point.workers)} cy={y(point.speedup)} r={4} fill="var(--measured)" />
      ))}
      {crossing !== null && (
        <text
          x={x(crossing)}
          y={y(finding.advantage) + textPx + 6}
          // At the right edge the label ends at the crossing instead of running off the drawing.
          textAnchor={crossing === maxWorkers ? 'end' : 'middle'}
          fill="var(--text)"
        >
          {finding.measured !== null ? `${crossing} (measured)` : `≈${crossing} (projected)`}
        </text>
      )}
    </svg>
  );
}
