/**
 * The page's own work while workers are timed, where the browser can tell: the Long Animation Frames
 * API (Chromium 123+) reports every frame of 50 ms or more, with its script and rendering time. On 2
 * cores such a frame takes a core from a worker. Elsewhere nothing is measurable, and that is said.
 */
const ENTRY = 'long-animation-frame';

function pageWorkMeasurable(): boolean {
  return typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes(ENTRY);
}

/** Starts watching; `stop(from, to)` returns the ms of long frames inside [from, to] (performance.now()). */
export function watchPageWork(): { stop: (from: number, to: number) => number | null } {
  if (!pageWorkMeasurable()) return { stop: () => null };
  const frames: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => frames.push(...list.getEntries()));
  observer.observe({ type: ENTRY });
  return {
    stop(from, to) {
      frames.push(...observer.takeRecords());
      observer.disconnect();
      return frames.reduce((sum, frame) => {
        const overlap = Math.min(to, frame.startTime + frame.duration) - Math.max(from, frame.startTime);
        return sum + Math.max(0, overlap);
      }, 0);
    },
  };
}
