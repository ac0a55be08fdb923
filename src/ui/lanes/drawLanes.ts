import { laneStats, type LaneSnapshot } from './laneModel';

export interface LaneColors {
  text: string;
  muted: string;
  idle: string;
  /** One hue per split depth, so a 1-row split (few long bars) looks different from a 3-row one. */
  depth: readonly string[];
}

const LABEL_WIDTH = 36;
const STATS_WIDTH = 178;

function rate(nodes: number, ms: number): string {
  const perSecond = ms > 0 ? (nodes / ms) * 1000 : 0;
  return perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(0)} M nodes/s` : `${(perSecond / 1e3).toFixed(0)} k nodes/s`;
}

/** Gantt lanes: one row per worker, one bar per task, the idle tail after a worker's last task hatched. */
export function drawLanes(canvas: HTMLCanvasElement, snapshot: LaneSnapshot, colors: LaneColors): void {
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
  const plotWidth = Math.max(10, width - LABEL_WIDTH - STATS_WIDTH);
  const scale = plotWidth / Math.max(snapshot.elapsedMs, 1e-3);
  const hue = colors.depth[(snapshot.depth - 1) % colors.depth.length] ?? colors.depth[0];
  const stats = laneStats(snapshot);

  for (const bar of snapshot.bars) {
    const x = LABEL_WIDTH + bar.startMs * scale;
    const w = Math.max(1, (bar.endMs - bar.startMs) * scale - (laneHeight > 8 ? 1 : 0));
    ctx.fillStyle = hue;
    ctx.globalAlpha = bar.running ? 1 : bar.task % 2 === 0 ? 0.9 : 0.65;
    ctx.fillRect(x, bar.worker * laneHeight + (laneHeight - barHeight) / 2, w, barHeight);
  }
  ctx.globalAlpha = 1;

  const font = Math.min(13, Math.max(8, laneHeight - 6));
  ctx.font = `${font}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  for (let worker = 0; worker < lanes; worker++) {
    const y = worker * laneHeight;
    if (snapshot.finished && stats[worker].lastEndMs < snapshot.elapsedMs) {
      const from = LABEL_WIDTH + stats[worker].lastEndMs * scale;
      ctx.fillStyle = colors.idle;
      ctx.fillRect(from, y + (laneHeight - barHeight) / 2, LABEL_WIDTH + plotWidth - from, barHeight);
    }
    if (laneHeight >= 9) {
      ctx.fillStyle = colors.muted;
      ctx.fillText(`W${worker + 1}`, 2, y + laneHeight / 2);
      ctx.fillStyle = colors.text;
      const busy = `${Math.round(stats[worker].busy * 100)}% busy`;
      ctx.fillText(
        `${busy} · ${rate(snapshot.nodes[worker], snapshot.elapsedMs)}`,
        LABEL_WIDTH + plotWidth + 8,
        y + laneHeight / 2,
      );
    }
  }
}
