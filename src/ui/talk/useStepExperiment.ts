import { useEffect } from 'react';
import { runnableMode } from '../../engine/modes';
import type { App } from '../../state/app';
import { whyNotHere } from '../../state/talk/findings';
import { sizeStep } from '../../state/talk/sizing';
import { stepAt, stepById, type TalkStep } from '../../state/talk/steps';
import { createStore } from '../../state/store';

/**
 * The N the step runs at and why (for the slide's footer and the speaker view), and the step whose
 * experiment has ended: until then the page's results are an earlier step's, and the slide says nothing
 * of them.
 */
export const stepProgress = createStore<{
  sizing: { n: number; repeats: number; sized: boolean; estimateMs: number; measuredRate: boolean } | null;
  measuredStep: number | null;
}>({ sizing: null, measuredStep: null });

/** The board each step last ran at on this page, from a measured speed: a step keeps it (sizing.ts). */
const boardOfStep = new Map<string, number>();

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
    // Nothing of the step before stays on this one's footer, even while a lesson waits for its answer.
    stepProgress.setState({ sizing: null, measuredStep: null });
    if (!step || !ready) return;
    actions.cancel();
    const state = store.getState();
    if (step.action === 'none' || whyNotHere(step, state)) return;
    const cores = state.environment.cores ?? 4;
    const settingsOf = (one: TalkStep) => {
      const settings = { ...state.settings, ...one.request(cores) };
      return { ...settings, mode: runnableMode(settings.mode, state.canShareMemory) };
    };
    // A step set beside another runs at that one's N, sized as that one is; its repeats are its own.
    const sizedAs = (step.sameNAs && stepById(step.sameNAs)) || step;
    const previousN = state.rate.measured ? boardOfStep.get(sizedAs.id) : undefined;
    const fixedN = state.talkSizesN
      ? sizeStep(sizedAs, settingsOf(sizedAs), state.rate, cores, { previousN }).n
      : state.settings.n;
    if (state.talkSizesN && state.rate.measured) boardOfStep.set(sizedAs.id, fixedN);
    const { n, repeats, estimateMs } = sizeStep(step, settingsOf(step), state.rate, cores, { fixedN });
    stepProgress.setState({
      sizing: { n, repeats, sized: state.talkSizesN, estimateMs, measuredRate: state.rate.measured },
    });
    const request = { ...step.request(cores), mode: settingsOf(step).mode, n };
    actions.updateSettings(step.action === 'sweep' || step.action === 'cost' ? { ...request, reps: repeats } : request);
    // A number predicted for a sweep travels with its result (the board shows it against the measured).
    const prediction =
      typeof predicted === 'number' && step.question?.kind === 'times'
        ? { workers: step.question.atWorkers(cores), speedup: predicted }
        : undefined;
    let shown = true;
    void actions[step.action]({ confirmed: true, refine: false, prediction, runs: repeats }).then(() => {
      if (!shown) return;
      stepProgress.setState({ measuredStep: number });
    });
    return () => {
      shown = false;
      actions.cancel();
    };
  }, [store, actions, number, ready, predicted]);
}
