import { sweepWorkerCounts } from '../core/stats';
import { availableModes, threadsFor, type Mode } from '../engine/modes';
import type { Configuration } from '../engine/protocol';
import { ARTICLE } from './article';
import type { PlannedRuns } from './confirm';
import type { Settings } from './settings';

/**
 * The one way a request is made from the settings: the board, split, symmetry and schedule exactly as
 * the page shows them, for a mode and worker count, with an 'auto' split sized for `splitFor` workers.
 */
export function configurationFrom(settings: Settings, mode: Mode, workers: number, splitFor = workers): Configuration {
  const { n, split, symmetry, schedule } = settings;
  return { n, workers, split, splitFor, symmetry, mode, schedule };
}

/** Run: the settings as they stand (a single-thread mode on its one thread). */
export function runConfiguration(settings: Settings): Configuration {
  return configurationFrom(settings, settings.mode, threadsFor(settings.mode, settings.workers));
}

/** Sweep: 1, 2, 4… up to the chosen count, every point split for the largest so all do the same tasks. */
export function sweepConfigurations(settings: Settings): Configuration[] {
  const widest = threadsFor(settings.mode, settings.workers);
  return sweepWorkerCounts(widest).map((workers) => configurationFrom(settings, settings.mode, workers, widest));
}

/** Compare: every model that can run as itself here, each on the threads it uses. */
export function compareConfigurations(settings: Settings, canShareMemory: boolean): Configuration[] {
  return availableModes(canShareMemory).map((mode) =>
    configurationFrom(settings, mode, threadsFor(mode, settings.workers), settings.workers),
  );
}

/** The article's experiment: its worker counts for both its models, all split for the widest. */
export function articleConfigurations(settings: Settings): Configuration[] {
  const widest = Math.max(...ARTICLE.workers);
  return ARTICLE.modes.flatMap((mode) =>
    ARTICLE.workers.map((workers) => configurationFrom(settings, mode, workers, widest)),
  );
}

/** What a measurement will run, for the question asked before a long one: a warm-up and the repeats. */
export function plannedRuns(configurations: Configuration[], reps: number): PlannedRuns[] {
  return configurations.map(({ mode, workers }) => ({ mode: mode!, workers, runs: reps + 1 }));
}
