import { wayFindings } from '../../state/raceFindings';
import { plural } from '../../state/words';
import { useAppState } from '../appContext';

/**
 * The thread-safety experiment as one slide: each way's counts (✓ right, ✗ wrong) and time, large. The
 * page's full panel (its lesson, the single-thread and false-sharing lines) stays on the page.
 */
export function RaceCounts() {
  const races = useAppState((state) => state.races);
  if (!races) return null;
  return (
    <table className="talk-races" aria-label="Thread safety: each way's counts">
      <caption>
        One shared total, N={races.n}, {plural(races.workers, 'worker')}, {plural(races.runs, 'run')} each
        {races.done ? '' : ' (running…)'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Way</th>
          <th scope="col">Counts</th>
          <th scope="col">Median time</th>
        </tr>
      </thead>
      <tbody>
        {wayFindings(races).map((way) => (
          <tr key={way.behaviour}>
            <th scope="row">
              {way.label} <code>{way.twin}</code>
            </th>
            <td aria-label={way.verdict}>
              <span className="talk-marks">
                {way.checks.map((check, run) => (
                  <span key={run} className={check.off === 0 ? 'good' : 'bad'}>
                    {check.off === 0 ? '✓' : '✗'}
                  </span>
                ))}
              </span>
            </td>
            <td>{way.medianMs.toFixed(1)} ms</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
