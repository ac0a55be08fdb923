import { useEffect } from 'react';
import { runnableMode } from '../../engine/modes';
import type { App } from '../../state/app';
import { whyNotHere, type PlainSweep } from '../../state/talk/findings';
import { experimentMs, sizedN, TALK_REPS } from '../../state/talk/sizing';
import { stepAt, stepById } from '../../state/talk/steps';
import { createStore } from '../../state/store';

/**
 * The N the step runs at and why (for the slide's footer and the speaker view), and the step whose
 * experiment has ended: until then the page's results are an earlier step's, and the slide says nothing
 * of them.
 */
export const stepProgress = createStore<{
  sizing: { n: number; sized: boolean; estimateMs: number; measuredRate: boolean } | null;
  measuredStep: number | null;
  /** The free-threaded step's plain sweep, kept for the algorithm step to set beside. */
  plain: PlainSweep | null;
}>({ sizing: null, measuredStep: null, plain: null });

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
    const request = { ...step.request(cores), reps: TALK_REPS };
    if (request.mode) request.mode = runnableMode(request.mode, state.canShareMemory);
    // A step set beside another runs at that one's N, sized as that one is.
    const sizedAs = (step.sameNAs && stepById(step.sameNAs)) || step;
    const settingsOf = (one: typeof step) => ({ ...state.settings, ...one.request(cores), reps: TALK_REPS });
    const n = state.talkSizesN ? sizedN(sizedAs, settingsOf(sizedAs), state.rate, cores).n : state.settings.n;
    const estimateMs = experimentMs(step, settingsOf(step), n, state.rate, cores);
    stepProgress.setState({ sizing: { n, sized: state.talkSizesN, estimateMs, measuredRate: state.rate.measured } });
    actions.updateSettings({ ...request, n });
    // A number predicted for a sweep travels with its result (the board shows it against the measured).
    const prediction =
      typeof predicted === 'number' && step.question?.kind === 'times'
        ? { workers: step.question.atWorkers(cores), speedup: predicted }
        : undefined;
    let shown = true;
    void actions[step.action]({ confirmed: true, refine: false, prediction }).then(() => {
      if (!shown) return;
      const results = store.getState().results;
      const plain =
        step.id === 'free-threaded' && results
          ? { n: results.n, points: results.rows.map(({ workers, ms }) => ({ workers, ms })) }
          : stepProgress.getState().plain;
      stepProgress.setState({ measuredStep: number, plain });
    });
    return () => {
      shown = false;
      actions.cancel();
    };
  }, [store, actions, number, ready, predicted]);
}
