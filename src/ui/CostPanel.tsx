import { costCounts, costFinding, costSentence } from '../state/costWords';
import { plural } from '../state/words';
import { useActions, useAppState } from './appContext';
import { CostChart } from './CostChart';
import './cost.css';

/**
 * COST on this device: one worker with all eight symmetries against the plain solver on 1 to the cores,
 * in one sentence, one chart and the counts checked against OEIS. `compactHeight` makes it the talk's
 * slide: the chart alone, that tall (the slide's findings say the sentence and the counts).
 */
export default function CostPanel({ compactHeight }: { compactHeight?: number }) {
  const compact = compactHeight !== undefined;
  const cost = useAppState((state) => state.cost);
  // A room reads presenter mode and the talk from afar: 20 px at least once the drawing is scaled to its box.
  const present = useAppState((state) => state.settings.present);
  const textPx = compact ? 24 : present ? 20 : 14;
  const { closeCost } = useActions();
  if (!cost) return null;
  const finding = costFinding(cost);
  const sentence = costSentence(cost, finding);
  const plain = cost.points
    .filter((point) => point.symmetry === 'none')
    .map(({ workers, medianMs }) => ({ workers, ms: medianMs }));
  const body = (
    <>
      {sentence && <p className="cost-sentence">{sentence}</p>}
      {finding && <CostChart plain={plain} finding={finding} textPx={textPx} />}
      <ul className="cost-counts" aria-label="Counts checked">
        {costCounts(cost).map((line) => (
          <li key={line.text} className={line.right ? 'good' : 'bad'}>
            {line.right ? '✓' : '✗'} {line.text}
          </li>
        ))}
      </ul>
    </>
  );
  if (compact)
    return (
      <div className="cost compact" style={{ height: compactHeight }}>
        {finding && <CostChart plain={plain} finding={finding} textPx={textPx} />}
      </div>
    );
  return (
    <section className="panel cost" aria-label="COST">
      <h2>
        COST: before buying cores{' '}
        <span className="subtle">
          N={cost.n}, all eight symmetries on 1 worker against plain on 1 to {plural(cost.widest, 'worker')}
          {cost.done ? '' : ' (running…)'}
        </span>
      </h2>
      {body}
      <button type="button" className="ghost" onClick={closeCost}>
        Close
      </button>
    </section>
  );
}
