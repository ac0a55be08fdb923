import { useAppState } from './appContext';
import { formatPercent, formatTimes } from './format';

export function Projection() {
  const results = useAppState((state) => state.results);
  if (!results || results.projection.length === 0) return null;
  return (
    <section className="panel projection" aria-label="Projected speedup">
      <h2>
        Projected speedup <span className="subtle">on more cores, from this run's {results.taskCount} task costs</span>
      </h2>
      <ul>
        {results.projection.map((p) => (
          <li key={p.cores}>
            <span className="cores">{p.cores} cores</span>
            <strong>{formatTimes(p.speedup, 1)}</strong>
            <span className="subtle">{formatPercent(p.efficiency)}</span>
          </li>
        ))}
      </ul>
      <p className="footnote">
        Load balance only (this split, the engine's schedule); memory and clocks can cost more.
      </p>
    </section>
  );
}
