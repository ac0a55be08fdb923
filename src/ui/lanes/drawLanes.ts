import { laneStats, type LaneSnapshot } from './laneModel';

export interface LaneColors {
  text: string;
  muted: string;
  idle: string;
  /** One hue per split depth, so a 1-row split (few long bars) looks different from a 3-row one. */
  depth: readonly string[];
}

const LABEL_WIDTH = 36;
const STATS_GAP = 8;

/** A worker's speed while computing: nodes per microsecond of its busy time. */
function rate(nodesPerUs: number): string {
  return `${nodesPerUs >= 10 ? nodesPerUs.toFixed(0) : nodesPerUs.toFixed(1)} nodes/µs`;
}

/**
 * Gantt lanes: one row per worker, one bar per task, the idle tail after a worker's last task hatched.
 * Text is drawn at up to `textPx` (20 in presenter mode), smaller only when lanes are too thin for it;
 * the figures get the width they measure, so they are never cut off. The size used is left on the
 * canvas as `data-text-px`.
 */
export function drawLanes(
  canvas: HTMLCanvasElement,
  snapshot: LaneSnapshot,
  colors: LaneColors,
  textPx = 13,
  /** A projection's times are nodes, not ms: it says how busy, never how fast. */
  showRate = true,
): void {
  const ratio = globalThis.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);

  const lanes = Math.max(1, snapshot.workers);
  const laneHeight = Math.min(64, height / lanes);
  const barHeight = Math.max(1, laneHeight - (laneHeight > 8 ? 4 : 1));
  const stats = laneStats(snapshot);
  const font = Math.min(textPx, Math.max(8, laneHeight - 6));
  ctx.font = `${font}px system-ui, sans-serif`;
  canvas.dataset.textPx = String(font);
  // The fullest wording that fits in under half the width: the bars need the rest.
  const room = width * 0.45;
  const wordings = [
    ...(showRate ? [(busy: number, worker: number) => `${busy}% busy · ${rate(stats[worker].nodesPerUs)}`] : []),
    (busy: number) => `${busy}% busy`,
    (busy: number) => `${busy}%`,
  ];
  const widest = (texts: string[]) => Math.max(0, ...texts.map((text) => ctx.measureText(text).width));
  const textsFor = (wording: (typeof wordings)[number]) =>
    stats.map((stat, worker) => wording(Math.round(stat.busy * 100), worker));
  const figures =
    wordings.map(textsFor).find((texts) => widest(texts) + 2 * STATS_GAP <= room) ??
    textsFor(wordings[wordings.length - 1]);
  const labelWidth = Math.max(LABEL_WIDTH, ctx.measureText(`W${lanes}`).width + 8);
  const statsWidth = widest(figures) + STATS_GAP * 2;
  const plotWidth = Math.max(10, width - labelWidth - statsWidth);
  const scale = plotWidth / Math.max(snapshot.elapsedMs, 1e-3);
  const hue = colors.depth[(snapshot.depth - 1) % colors.depth.length] ?? colors.depth[0];

  for (const bar of snapshot.bars) {
    const x = labelWidth + bar.startMs * scale;
    // Clipped at the run's end: a task's wall-clock end can land a hair past the run's own clock.
    const w = Math.min(
      Math.max(0, labelWidth + plotWidth - x),
      Math.max(1, (bar.endMs - bar.startMs) * scale - (laneHeight > 8 ? 1 : 0)),
    );
    ctx.fillStyle = hue;
    ctx.globalAlpha = bar.running ? 1 : bar.task % 2 === 0 ? 0.9 : 0.65;
    ctx.fillRect(x, bar.worker * laneHeight + (laneHeight - barHeight) / 2, w, barHeight);
  }
  ctx.globalAlpha = 1;

  ctx.textBaseline = 'middle';
  for (let worker = 0; worker < lanes; worker++) {
    const y = worker * laneHeight;
    if (snapshot.finished && stats[worker].lastEndMs < snapshot.elapsedMs) {
      const from = labelWidth + stats[worker].lastEndMs * scale;
      ctx.fillStyle = colors.idle;
      ctx.fillRect(from, y + (laneHeight - barHeight) / 2, labelWidth + plotWidth - from, barHeight);
    }
    if (laneHeight >= 9) {
      ctx.fillStyle = colors.muted;
      ctx.fillText(`W${worker + 1}`, 2, y + laneHeight / 2);
      ctx.fillStyle = colors.text;
      ctx.fillText(figures[worker], labelWidth + plotWidth + STATS_GAP, y + laneHeight / 2);
    }
  }
}
