import { captions, trafficLine, warnings } from '../state/insights';
import { useAppState } from './appContext';

export function Insights() {
  const results = useAppState((state) => state.results);
  const lastRun = useAppState((state) => state.lastRun);
  const environment = useAppState((state) => state.environment);
  const lines = captions(results);
  const traffic = trafficLine(lastRun);
  const cautions = warnings(results, environment);
  if (lines.length === 0 && !traffic && cautions.length === 0) return null;
  return (
    <section className="insights" aria-label="What was measured">
      {lines.map((line, index) => (
        <p key={line} className={index === 0 ? 'caption' : 'caption detail'}>
          {line}
        </p>
      ))}
      {traffic && <p className="traffic">{traffic}</p>}
      {cautions.map((warning) => (
        <p key={warning} className="warning" role="note">
          ⚠ {warning}
        </p>
      ))}
    </section>
  );
}
