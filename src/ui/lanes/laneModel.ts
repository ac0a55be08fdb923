import { repStartedAt } from '../../core/startLine';
import type { LiveRun } from '../../engine/engine';
import { projectTimeline } from '../../engine/projection';
import type { RunResult } from '../../engine/runResult';

/** One task as a bar on its worker's lane, in ms from the start of the run. */
export interface LaneBar {
  worker: number;
  task: number;
  startMs: number;
  endMs: number;
  running: boolean;
}

export interface LaneSnapshot {
  workers: number;
  depth: number;
  /** Run time so far (live) or in all (finished). */
  elapsedMs: number;
  bars: LaneBar[];
  /** Nodes searched per worker, finished tasks only. */
  nodes: Float64Array;
  finished: boolean;
}

/**
 * Reads a run in flight straight from its buffer (shared memory, written by the workers). A task
 * whose start is written but not its end is still running; a claimed task with no start yet is skipped.
 */
export function snapshotLive(live: LiveRun, nowEpochMs: number): LaneSnapshot {
  const { run } = live;
  const bars: LaneBar[] = [];
  const nodes = new Float64Array(live.workers);
  // The run now going (a batched sample's runs follow one another in the workers); before it starts, now.
  const origin = repStartedAt(run) || nowEpochMs;
  const elapsedMs = nowEpochMs - origin;
  for (let task = 0; task < run.taskCount; task++) {
    const worker = run.owner[task];
    const started = run.startedAt[task];
    if (worker < 0 || worker >= live.workers || started === 0) continue;
    const ended = run.endedAt[task];
    const running = ended === 0;
    if (!running) nodes[worker] += run.nodes[task];
    bars.push({
      worker,
      task,
      startMs: started - origin,
      endMs: running ? elapsedMs : ended - origin,
      running,
    });
  }
  return { workers: live.workers, depth: live.splitDepth, elapsedMs, bars, nodes, finished: false };
}

export function snapshotFinished(result: RunResult): LaneSnapshot {
  const { timeline } = result;
  const nodes = new Float64Array(result.workers);
  const bars: LaneBar[] = [];
  for (let task = 0; task < result.taskCount; task++) {
    const worker = timeline.owner[task];
    if (worker < 0 || worker >= result.workers) continue;
    nodes[worker] += timeline.nodes[task];
    bars.push({ worker, task, startMs: timeline.startMs[task], endMs: timeline.endMs[task], running: false });
  }
  // A batched sample's `ms` is the mean per run; the lanes show its last run, which can run longer.
  const elapsedMs = Math.max(result.ms, ...bars.map((bar) => bar.endMs));
  return { workers: result.workers, depth: result.splitDepth, elapsedMs, bars, nodes, finished: true };
}

/**
 * The finished run's tasks as the engine's schedule would lay them out on `cores` cores, from the
 * task costs it measured (nodes). Time is in nodes, so only shares (busy, idle tails) mean anything.
 */
export function snapshotProjected(result: RunResult, cores: number): LaneSnapshot {
  const placed = projectTimeline(result, cores);
  const nodes = new Float64Array(cores);
  const bars: LaneBar[] = [];
  for (let task = 0; task < result.taskCount; task++) {
    const worker = placed.worker[task];
    nodes[worker] += result.timeline.nodes[task];
    bars.push({ worker, task, startMs: placed.start[task], endMs: placed.end[task], running: false });
  }
  return { workers: cores, depth: result.splitDepth, elapsedMs: placed.makespan, bars, nodes, finished: true };
}

export interface LaneStat {
  /** Share of the run it spent computing. */
  busy: number;
  /** When it last finished: its idle tail follows. */
  lastEndMs: number;
  /** Nodes per microsecond while computing its finished tasks: a fast and a slow core show apart. */
  nodesPerUs: number;
}

export function laneStats(snapshot: LaneSnapshot): LaneStat[] {
  const stats = Array.from({ length: snapshot.workers }, () => ({ busyMs: 0, doneMs: 0, lastEndMs: 0 }));
  for (const bar of snapshot.bars) {
    const ms = Math.max(0, bar.endMs - bar.startMs);
    stats[bar.worker].busyMs += ms;
    if (!bar.running) stats[bar.worker].doneMs += ms;
    stats[bar.worker].lastEndMs = Math.max(stats[bar.worker].lastEndMs, bar.endMs);
  }
  const total = Math.max(snapshot.elapsedMs, 1e-6);
  return stats.map((s, worker) => ({
    busy: Math.min(1, s.busyMs / total),
    lastEndMs: s.lastEndMs,
    nodesPerUs: s.doneMs > 0 ? snapshot.nodes[worker] / s.doneMs / 1000 : 0,
  }));
}
