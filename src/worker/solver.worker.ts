import { expose } from 'comlink';
import { createSolverApi } from './api';

expose(createSolverApi());

export type { SolverApi, SharedRunReport, TaskOutcome } from './api';
