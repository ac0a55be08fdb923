import { costOf, type CostFinding } from '../core/cost';
import { knownDistinct, knownSolutions } from '../core/known';
import type { CostState } from './costAction';
import { coresWords, plural, times } from './words';

/** The experiment's finding from its points so far; null until both searches have a one-worker point. */
export function costFinding(state: CostState): CostFinding | null {
  const symmetric = state.points.find((point) => point.symmetry === 'all');
  const plain = state.points.filter((point) => point.symmetry === 'none');
  if (!symmetric) return null;
  return costOf({
    symmetricMs: symmetric.medianMs,
    plain: plain.map(({ workers, medianMs }) => ({ workers, ms: medianMs })),
    taskCosts: state.taskCosts,
    schedule: state.schedule,
  });
}

/**
 * The experiment in one sentence, true on this device: measured where a plain worker count matched,
 * said as a projection past the workers measured (and why it is one).
 */
export function costSentence(state: CostState, finding = costFinding(state)): string | null {
  if (!finding) return null;
  const faster = `One worker with all eight symmetries is ${times(finding.advantage, 1)} as fast as one plain worker at N=${state.n}`;
  if (finding.measured !== null) {
    if (finding.measured === 1) return `${faster}: the plain solver never needs more workers to match it here.`;
    return `${faster}: the plain solver needs ${plural(finding.measured, 'worker')} to match it (measured).`;
  }
  const device = `this device has ${coresWords(state.cores)}, measured up to ${plural(finding.widest, 'worker')}`;
  if (finding.projected === null)
    return `${faster}: the plain solver would need more than 64 cores to match it (projected from its task costs; ${device}).`;
  return `${faster}: the plain solver would need about ${plural(finding.projected, 'core')} to match it (projected from its task costs, if every core ran as fast as one alone; ${device}).`;
}

/** Each search's count against OEIS: every solution (A000170), and the distinct ones (A002562). */
export function costCounts(state: CostState): { text: string; right: boolean }[] {
  const lines: { text: string; right: boolean }[] = [];
  const symmetric = state.points.find((point) => point.symmetry === 'all');
  const plain = state.points.find((point) => point.symmetry === 'none');
  const total = knownSolutions(state.n);
  const distinct = knownDistinct(state.n);
  if (symmetric) {
    lines.push({
      text: `All eight symmetries: ${symmetric.solutions.toLocaleString('en')} solutions (A000170: ${total?.toLocaleString('en')}), ${symmetric.distinct?.toLocaleString('en')} distinct (A002562: ${distinct?.toLocaleString('en')})`,
      right: symmetric.solutions === total && symmetric.distinct === distinct,
    });
  }
  if (plain) {
    lines.push({
      text: `Plain: ${plain.solutions.toLocaleString('en')} solutions (A000170: ${total?.toLocaleString('en')})`,
      right: plain.solutions === total,
    });
  }
  return lines;
}
