import { useLayoutEffect, useRef, useState } from 'react';
import { MODE_LABELS, MODE_SPECS, MODEL_COUNT_WORD } from '../../engine/modes';
import type { ScaledRow } from '../../state/results';
import { plural } from '../../state/words';
import { formatBytes, formatMs, formatRatio, formatTimes } from '../format';
import type { ChartLook } from './chartParts';

/** The drawing's own width in px, so its text is drawn at the size asked for, whatever the panel's width. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(720);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(240, Math.round(element.clientWidth))));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

let measuring: CanvasRenderingContext2D | null | undefined;

/** Width of a line of text as the page's font draws it (an estimate where there is no canvas, as in tests). */
function textWidth(text: string, px: number, weight = 400): number {
  measuring ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!measuring) return 0.6 * px * text.length;
  measuring.font = `${weight} ${px}px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`;
  return measuring.measureText(text).width;
}

/** What a bar says after it: time, speedup, and for a model that copies its tasks, how much it copied. */
function valueText(row: ScaledRow): string {
  const parts = [`${formatMs(row.ms)} ms`];
  if (row.speedup !== undefined) parts.push(formatTimes(row.speedup));
  if (MODE_SPECS[row.mode].copiesTasks) parts.push(`copied ${formatBytes(row.bytesCopied)}`);
  return parts.join(' · ');
}

/**
 * Every model side by side: one bar of wall time each, on one scale, with the speedup over one thread.
 * Each model's name gets a line of its own above its bar, so no label is ever cut short.
 */
export function ModeComparison({ rows, palette }: { rows: ScaledRow[]; palette: ChartLook }) {
  const { ref, width } = useWidth();
  const name = palette.labelPx + 3;
  const detail = palette.labelPx;
  const bar = Math.round(palette.tickPx * 1.6);
  const rowHeight = name + 6 + bar + 14;
  const slowest = Math.max(...rows.map((row) => row.ms));
  // The longest value text sits after the longest bar, inside the drawing.
  const valueRoom = Math.max(...rows.map((row) => textWidth(valueText(row), palette.tickPx, 600)));
  const barSpace = Math.max(20, width - valueRoom - 16);
  /** The name line, with the Python twin only where it fits. */
  const details = (row: ScaledRow) => {
    const threads = `  · ${plural(row.workers, 'thread')}`;
    const analogue = MODE_SPECS[row.mode].analogue;
    const full = analogue ? `${threads} · Python: ${analogue}` : threads;
    const room = width - textWidth(MODE_LABELS[row.mode], name, 700);
    return textWidth(full, detail) <= room ? full : threads;
  };
  const height = rows.length * rowHeight + 4;
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
      <div ref={ref}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="img"
          aria-labelledby="modes-chart-text"
          className="mode-bars"
        >
          {rows.map((row, i) => {
            const y = i * rowHeight;
            const length = Math.max(2, (row.ms / slowest) * barSpace);
            const spec = MODE_SPECS[row.mode];
            const color = spec.parallel ? palette.measured : palette.time;
            const barTop = y + name + 6;
            return (
              <g key={`${row.mode}-${row.workers}`}>
                <text x={0} y={y + name} fill={palette.axis} fontSize={name} fontWeight={700}>
                  {MODE_LABELS[row.mode]}
                  <tspan fontSize={detail} fontWeight={400} opacity={0.85}>
                    {details(row)}
                  </tspan>
                </text>
                <rect x={0} y={barTop} width={length} height={bar} rx={5} fill={color} />
                <text
                  x={length + 8}
                  y={barTop + bar / 2}
                  dominantBaseline="central"
                  fill={palette.axis}
                  fontSize={palette.tickPx}
                  fontWeight={600}
                >
                  {valueText(row)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <p id="modes-chart-text" className="visually-hidden">
        {rows
          .map(
            (row) =>
              `${MODE_LABELS[row.mode]} (${analogueOf(row)}): ${formatMs(row.ms)} ms, ${formatRatio(row.speedup)} times one thread`,
          )
          .join('; ')}
      </p>
    </figure>
  );
}

const analogueOf = (row: ScaledRow) => MODE_SPECS[row.mode].analogue || 'the page’s own thread';
