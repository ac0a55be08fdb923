export const RUN_CANCELLED = 'RunCancelled';
export const ENGINE_BUSY = 'EngineBusy';
export const WORKER_FAILED = 'WorkerFailed';
export const WORKER_TIMEOUT = 'WorkerTimeout';
export const WORKERS_UNAVAILABLE = 'WorkersUnavailable';

function namedError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

export const runCancelled = (): Error => namedError(RUN_CANCELLED, 'The run was cancelled');
export const engineBusy = (): Error => namedError(ENGINE_BUSY, 'A run is already in progress');
export const workerFailed = (reason: string): Error =>
  Object.assign(namedError(WORKER_FAILED, `The run failed because ${reason}. The workers were restarted; run again.`), {
    reason,
  });

/** What failed, in a few words, for an error that says it (`workerFailed` does). */
export function reasonOf(error: unknown): string {
  const reason = (error as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' ? reason : describeError(error);
}
export const workerTimeout = (reason: string): Error =>
  namedError(WORKER_TIMEOUT, `The run was stopped because ${reason}. The workers were restarted; run again.`);
export const workersUnavailable = (reason: string): Error =>
  namedError(WORKERS_UNAVAILABLE, `Web Workers cannot be started here (${reason}). The main-thread modes still work.`);

export function isNamed(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;
}

/** Text for the user from anything thrown, including `{name, message}` from a worker. */
export function describeError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    const ours = [RUN_CANCELLED, ENGINE_BUSY, WORKER_FAILED, WORKER_TIMEOUT, WORKERS_UNAVAILABLE];
    return typeof name === 'string' && name !== 'Error' && !ours.includes(name)
      ? `${name}: ${String(message)}`
      : String(message);
  }
  return String(error);
}
