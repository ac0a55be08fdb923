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
  if (!Number.isInteger(n) || n < 1 || n > 20) {
    throw new SolverInputError(`N must be an integer from 1 to 20, got ${String(n)}`);
  }
}
