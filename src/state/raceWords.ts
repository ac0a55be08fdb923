import type { RaceWayBehaviour } from '../engine/races';

/**
 * The thread-safety experiment's ways in words (their order and facts: engine/races.ts RACE_WAYS): the
 * page's label, and the same thing in the article's Python.
 */
export const RACE_WAY_WORDS: Record<RaceWayBehaviour, { label: string; twin: string }> = {
  'plain-total': { label: 'Plain total, no Atomics', twin: 'total += 1, no lock' },
  'atomic-total': { label: 'Atomics.add per solution', twin: 'an atomic counter' },
  'locked-total': { label: 'Lock per solution', twin: 'with lock: total += 1' },
  'local-total': { label: 'Local count, added once per task', twin: 'local += 1 … with lock: total += local' },
  'plain-cursor': { label: 'Tasks claimed without Atomics', twin: 'a shared index without a lock' },
};
