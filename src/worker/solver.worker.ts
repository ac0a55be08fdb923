import { expose } from 'comlink';
import { createSolverApi } from './api';

expose(createSolverApi());

export type { SolverApi, SharedRunReport } from './api';
