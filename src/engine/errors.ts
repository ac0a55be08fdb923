export const RUN_CANCELLED = 'RunCancelled';
export const ENGINE_BUSY = 'EngineBusy';

function namedError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

export const runCancelled = (): Error => namedError(RUN_CANCELLED, 'The run was cancelled');
export const engineBusy = (): Error => namedError(ENGINE_BUSY, 'A run is already in progress');

export function isNamed(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;
}

/** Text for the user from anything thrown, including `{name, message}` from a worker. */
export function describeError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return typeof name === 'string' && name !== 'Error' ? `${name}: ${String(message)}` : String(message);
  }
  return String(error);
}
