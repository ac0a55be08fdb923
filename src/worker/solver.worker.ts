import { expose } from 'comlink';
import { spinThenPark } from '../core/startLine';
import { createSolverApi } from './api';
import { crossErrorsAsWire } from './wireErrors';

crossErrorsAsWire();
// The device's logical processors, as this browser reports them: spinning is for workers that fit.
expose(createSolverApi(spinThenPark(navigator.hardwareConcurrency || 1)));

export type { SolverApi } from './api';
