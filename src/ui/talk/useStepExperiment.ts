import { useEffect } from 'react';
import { runnableMode } from '../../engine/modes';
import type { App } from '../../state/app';
import { whyNotHere } from '../../state/talk/findings';
import { sizedN, TALK_REPS } from '../../state/talk/sizing';
import { stepAt } from '../../state/talk/steps';
import { createStore } from '../../state/store';

/**
 * The N the step runs at and why (for the slide's footer and the speaker view), and the step whose
 * experiment has ended: until then the page's results are an earlier step's, and the slide says nothing
 * of them.
 */
export const stepProgress = createStore<{
  sizing: { n: number; sized: boolean; estimateMs: number; measuredRate: boolean } | null;
  measuredStep: number | null;
}>({ sizing: null, measuredStep: null });

/**
 * Starts the step's experiment when the step is shown (once `ready`: a lesson waits for a prediction),
 * with the step's settings and N sized to this device (unless the address fixed N); moving on or leaving
 * the talk cancels it, so no worker is left busy. The step itself is the consent: no question is asked,
 * and a sweep takes its repeats without extra rounds, so it ends in the time the step said.
 */
export function useStepExperiment(
  { store, actions }: Pick<App, 'store' | 'actions'>,
  number: number,
  ready: boolean,
  predicted: number | boolean | 'skipped' | undefined,
) {
  useEffect(() => {
    const step = stepAt(number);
    if (!step || !ready) return;
    actions.cancel();
    const state = store.getState();
    const cores = state.environment.cores ?? 4;
    const request = { ...step.request(cores), reps: TALK_REPS };
    if (request.mode) request.mode = runnableMode(request.mode, state.canShareMemory);
    const sized = sizedN(step, { ...state.settings, ...request }, state.rate, cores);
    const n = state.talkSizesN ? sized.n : state.settings.n;
    const sizing = { n, sized: state.talkSizesN, estimateMs: sized.estimateMs, measuredRate: state.rate.measured };
    stepProgress.setState({ sizing, measuredStep: null });
    if (step.action === 'none' || whyNotHere(step, state)) return;
    actions.updateSettings({ ...request, n });
    // A number predicted for a sweep travels with its result (the board shows it against the measured).
    const prediction =
      typeof predicted === 'number' && step.question?.kind === 'times'
        ? { workers: step.question.atWorkers(cores), speedup: predicted }
        : undefined;
    let shown = true;
    void actions[step.action]({ confirmed: true, refine: false, prediction }).then(() => {
      if (shown) stepProgress.setState({ measuredStep: number });
    });
    return () => {
      shown = false;
      actions.cancel();
    };
  }, [store, actions, number, ready, predicted]);
}
