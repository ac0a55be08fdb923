/** The four concurrency models of the article, as the browser can run them. */
export type Mode = 'main' | 'cooperative' | 'message' | 'shared';
export type Schedule = 'dynamic' | 'static';

export const MODES: readonly Mode[] = ['main', 'cooperative', 'message', 'shared'];
export const SCHEDULES: readonly Schedule[] = ['dynamic', 'static'];

export const MODE_LABELS: Record<Mode, string> = {
  main: 'Main thread',
  cooperative: 'One thread, cooperative',
  message: 'Workers, message passing',
  shared: 'Workers, shared memory',
};

/** The article's Python counterpart of each mode. */
export const MODE_ANALOGIES: Record<Mode, string> = {
  main: 'like threads under the GIL: one runs at a time',
  cooperative: 'like asyncio: one core, taking turns',
  message: 'like multiprocessing: data copied (pickled) to each process',
  shared: 'like free-threaded Python: threads on every core, one shared memory',
};

export function usesWorkers(mode: Mode): boolean {
  return mode === 'message' || mode === 'shared';
}
