import { MODE_LABELS, MODE_SPECS, MODEL_COUNT_WORD } from '../../engine/modes';
import { plural } from '../../state/words';
import type { ScaledRow } from '../../state/results';
import { formatMs, formatRatio } from '../format';
import type { Palette } from '../theme';

const ROW_HEIGHT = 52;
const LABEL_WIDTH = 230;
const WIDTH = 720;

/** Every model side by side: one bar of wall time each, on one scale, with the speedup over one thread. */
export function ModeComparison({ rows, palette }: { rows: ScaledRow[]; palette: Palette }) {
  const slowest = Math.max(...rows.map((row) => row.ms));
  const barSpace = WIDTH - LABEL_WIDTH - 150;
  const height = rows.length * ROW_HEIGHT + 10;
  return (
    <figure
      className="panel chart wide"
      data-chart="modes"
      aria-label="Wall time by concurrency model"
      aria-describedby="modes-chart-text"
    >
      <figcaption>
        {MODEL_COUNT_WORD[0].toUpperCase() + MODEL_COUNT_WORD.slice(1)} models, same work{' '}
        <span className="subtle">wall time (shorter is better) and speedup over one thread</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby="modes-chart-text"
        className="mode-bars"
      >
        {rows.map((row, i) => {
          const y = i * ROW_HEIGHT + 6;
          const width = Math.max(2, (row.ms / slowest) * barSpace);
          const spec = MODE_SPECS[row.mode];
          const color = spec.parallel ? palette.measured : palette.time;
          return (
            <g key={`${row.mode}-${row.workers}`}>
              <text x={0} y={y + 18} fill={palette.axis} fontSize={16} fontWeight={700}>
                {MODE_LABELS[row.mode]}
              </text>
              <text x={0} y={y + 37} fill={palette.axis} fontSize={12} opacity={0.8}>
                {spec.analogue ? `like ${spec.analogue}` : 'the page’s own thread'} · {plural(row.workers, 'thread')}
              </text>
              <rect x={LABEL_WIDTH} y={y + 6} width={width} height={ROW_HEIGHT - 22} rx={6} fill={color} />
              <text x={LABEL_WIDTH + width + 8} y={y + 27} fill={palette.axis} fontSize={15} fontWeight={600}>
                {formatMs(row.ms)} ms{row.speedup !== undefined ? ` · ${formatRatio(row.speedup)}×` : ''}
              </text>
            </g>
          );
        })}
      </svg>
      <p id="modes-chart-text" className="visually-hidden">
        {rows
          .map(
            (row) => `${MODE_LABELS[row.mode]}: ${formatMs(row.ms)} ms, ${formatRatio(row.speedup)} times one thread`,
          )
          .join('; ')}
      </p>
    </figure>
  );
}
