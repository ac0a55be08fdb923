import { knownDistinct, knownSolutions } from '../../core/known';
import type { AppState } from '../appTypes';
import { captionLines, trafficLine } from '../insights';
import { costCounts, costSentence } from '../costWords';
import { wayFindings } from '../raceFindings';
import { modesIn, scaledRows } from '../results';
import { plural, times } from '../words';
import type { StepAction, TalkStep } from './steps';

/** Why a step does not run here, in words; null when it does. */
export function whyNotHere(step: TalkStep, state: Pick<AppState, 'canShareMemory' | 'workerProblem'>): string | null {
  if (step.needsSharedMemory && !state.canShareMemory)
    return 'This step needs memory shared between workers (SharedArrayBuffer), which this page does not have here: the steps without it still run.';
  if (state.workerProblem && step.action !== 'none' && step.id !== 'freeze')
    return `Workers cannot start here (${state.workerProblem}): this step needs them.`;
  return null;
}

/** Every count of a sweep against A000170, in one sentence. */
function sweepCountLine(state: AppState): string | null {
  const set = state.results;
  const expected = set && knownSolutions(set.n);
  if (!set || expected === undefined || expected === null) return null;
  const wrong = set.rows.filter((row) => row.solutions !== expected);
  const runs = plural(set.rows.length, 'point');
  return wrong.length === 0
    ? `Every count (${runs}) is ${expected.toLocaleString('en-US')}, as OEIS A000170 has it.`
    : `${plural(wrong.length, 'count')} of ${runs} differ from OEIS A000170's ${expected.toLocaleString('en-US')}: wrong.`;
}

/** A run's count against A000170, in words. */
function countLine(state: AppState): string | null {
  const run = state.lastRun;
  if (!run) return null;
  const expected = knownSolutions(run.n);
  const count = `${run.solutions.toLocaleString('en-US')} solutions`;
  if (expected === undefined) return `${count} (no published count to check against)`;
  return run.solutions === expected
    ? `${count}, as OEIS A000170 has it`
    : `${count}, but OEIS A000170 has ${expected.toLocaleString('en-US')}: this count is wrong`;
}

/** Do the results on the page come from this step's experiment (its mode, N, symmetry), not an earlier one? */
function measuredByStep(step: TalkStep, state: AppState): boolean {
  const { n, mode, symmetry } = state.settings;
  if (state.phase !== 'idle') return false;
  if (step.action === 'run') return state.lastRun?.mode === mode && state.lastRun.n === n;
  if (step.action === 'races') return state.races?.done === true && state.races.n === n;
  if (step.action === 'cost') return state.cost?.done === true && state.cost.n === n;
  const set = state.results;
  return set !== null && set.n === n && set.symmetry === symmetry && modesIn(set).join() === mode;
}

/**
 * What the step showed on this device, in sentences written from what was measured (the page's own
 * explanation rules: state/insights.ts, state/raceFindings.ts, state/costWords.ts); empty until there
 * is something measured.
 */
export function stepFindings(step: TalkStep, state: AppState): string[] {
  const cores = state.environment.cores;
  if (step.action === 'none' || !measuredByStep(step, state)) return [];
  switch (step.action) {
    case 'run':
      return [state.status, countLine(state)].filter((line): line is string => line !== null);
    case 'sweep': {
      const lines = captionLines(state.results, false, cores)
        .filter((line) => !line.secondary)
        .map((line) => line.text);
      const traffic = step.id === 'processes' ? trafficLine(state.lastRun) : null;
      return [...lines.slice(0, 2), traffic, sweepCountLine(state)].filter((line): line is string => line !== null);
    }
    case 'cost': {
      const sentence = costSentence(state.cost!);
      const wrong = costCounts(state.cost!).filter((line) => !line.right);
      const counts =
        wrong.length === 0
          ? `Every count is right: ${knownSolutions(state.cost!.n)?.toLocaleString('en-US')} solutions, as OEIS A000170 has it, ${knownDistinct(state.cost!.n)?.toLocaleString('en-US')} of them distinct, as A002562 has it.`
          : `Wrong: ${wrong.map((line) => line.text).join('; ')}.`;
      return [sentence, counts].filter((line): line is string => line !== null);
    }
    case 'races':
      return wayFindings(state.races!)
        .filter((way) => way.behaviour === 'plain-total' || way.behaviour === 'local-total')
        .map((way) => `${way.label}: ${way.verdict}.`);
  }
}

/** The measured answer to a step's question: a speedup ("1.9×"), or whether the plain total was right. */
export function measuredAnswer(step: TalkStep, state: AppState): number | boolean | null {
  if (!step.question || !measuredByStep(step, state)) return null;
  if (step.question.kind === 'yes-no') {
    const plain = state.races?.done ? wayFindings(state.races).find((way) => way.behaviour === 'plain-total') : null;
    return plain ? plain.wrongRuns === 0 : null;
  }
  const at = step.question.atWorkers(state.environment.cores ?? 4);
  const row = scaledRows(state.results, state.environment.cores).find((each) => each.workers === at);
  return row?.speedup ?? null;
}

/** A prediction beside the measurement, with a sentence on the gap. */
export function predictionLine(predicted: number | boolean, measured: number | boolean): string {
  if (typeof predicted === 'boolean' || typeof measured === 'boolean') {
    const said = predicted ? 'right' : 'wrong';
    const was = measured ? 'right in every run' : 'wrong';
    return predicted === measured
      ? `Predicted: ${said}. Measured: ${was}. The prediction held.`
      : `Predicted: ${said}. Measured: ${was}. ${measured ? 'The race is real, but it needs two workers at the same moment: try more workers or a bigger N.' : 'Unsynchronised updates are lost when two workers add at once.'}`;
  }
  const gap = measured / predicted;
  const verdict =
    Math.abs(gap - 1) < 0.15
      ? 'within 15%: a good prediction'
      : gap > 1
        ? `${times(gap, 1)} faster than predicted`
        : `${times(1 / gap, 1)} slower than predicted`;
  return `Predicted ${times(predicted, 1)}; measured ${times(measured, 1)}: ${verdict}.`;
}

/** What a step's experiment repeats, in a few words: nothing for a single run. */
function repeatsWords(action: StepAction, repeats: number): string {
  if (action === 'sweep' || action === 'cost') return `, ${plural(repeats, 'repeat')} a point`;
  if (action === 'races') return `, ${plural(repeats, 'run')} a way`;
  return '';
}

/**
 * Which N a step runs at, how many times it repeats, and why: "N=13, 9 repeats a point: the largest
 * board whose experiment should end in about 5.2 s here", "N=12, from the address", or the N of the
 * step it is set beside.
 */
export function sizingLine(
  sizing: { n: number; repeats: number; sized: boolean; estimateMs: number; measuredRate: boolean },
  action: StepAction,
  besideStep?: number,
): string {
  const what = `N=${sizing.n}${repeatsWords(action, sizing.repeats)}`;
  const seconds = `${(sizing.estimateMs / 1000).toFixed(1)} s`;
  if (!sizing.sized) return `${what}: N from the address (about ${seconds} here)`;
  if (besideStep !== undefined)
    return `${what}: step ${besideStep}'s N, to set the two side by side (about ${seconds} here)`;
  const basis = sizing.measuredRate
    ? 'from the speed measured here'
    : 'from a typical laptop’s speed, until one run here';
  return `${what}: the largest board whose experiment should end in about ${seconds} here (${basis})`;
}
