import { expose } from 'comlink';
import { createSolverApi } from './api';
import { crossErrorsAsWire } from './wireErrors';

crossErrorsAsWire();
expose(createSolverApi());

export type { SolverApi } from './api';
