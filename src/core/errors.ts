import { MAX_N, MIN_N } from './known';

/**
 * Errors keep a distinct `name` because only `{name, message}` survives the trip across a worker
 * boundary; callers branch on the name, never on `instanceof`.
 */
export const SOLVER_INPUT_ERROR = 'SolverInputError';

export class SolverInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = SOLVER_INPUT_ERROR;
  }
}

export function assertBoardSize(n: number): void {
  if (!Number.isInteger(n) || n < MIN_N || n > MAX_N) {
    throw new SolverInputError(`N must be an integer from ${MIN_N} to ${MAX_N}, got ${String(n)}`);
  }
}

/** An error as it crosses between threads: its name (what callers branch on), message and stack. */
export interface WireError {
  name: string;
  message: string;
  stack?: string;
}

/** The one way an error leaves a thread: anything thrown becomes `{name, message, stack}`. */
export function toWireError(error: unknown): WireError {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error) };
}

/** The one way it arrives: an Error with the sender's name, message and stack. */
export function fromWireError(wire: WireError): Error {
  return Object.assign(new Error(wire.message), wire);
}
