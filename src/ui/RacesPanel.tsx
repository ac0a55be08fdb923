import { formatTimes } from './format';
import './races.css';
import { falseSharingLine, singleThreadLine, wayFindings, type CountCheck } from '../state/raceFindings';
import { plural } from '../state/words';
import { useActions, useAppState } from './appContext';

const signed = (x: number) => `${x > 0 ? '+' : '−'}${Math.abs(x).toLocaleString('en-US')}`;

/** A run's mark's tooltip: its count, and how side by side its workers ran. */
function runTitle(run: number, check: CountCheck): string {
  const count = `Run ${run + 1}: ${check.count.toLocaleString('en-US')}, ${check.off === 0 ? 'right' : 'wrong'}`;
  return check.pace === null ? count : `${count}; its workers went at ${formatTimes(check.pace, 1)} one worker's pace`;
}

function CountCell({ checks }: { checks: CountCheck[] }) {
  return (
    <span className="race-counts">
      {checks.map((check, run) =>
        check.off === 0 ? (
          <span key={run} className="good" title={runTitle(run, check)}>
            ✓
          </span>
        ) : (
          <span key={run} className="bad" title={runTitle(run, check)}>
            ✗ {signed(check.off)}
          </span>
        ),
      )}
    </span>
  );
}

/** The thread-safety experiment: every way's counts, checked, and its time; the words a class needs. */
export default function RacesPanel() {
  const races = useAppState((state) => state.races);
  const cores = useAppState((state) => state.environment.cores);
  const { closeRaces } = useActions();
  if (!races) return null;
  const findings = wayFindings(races);
  const single = singleThreadLine(races);
  const falseSharing = falseSharingLine(races);
  const shared = cores !== null && races.workers > cores;
  return (
    <section className="panel races" aria-label="Thread safety">
      <h2>
        Thread safety: one shared total{' '}
        <span className="subtle">
          N={races.n}, {plural(races.workers, 'worker')}, {plural(races.runs, 'run')} each
          {races.done ? '' : ' (running…)'}
        </span>
      </h2>
      {shared && (
        <p className="warning" role="note">
          ⚠ {plural(races.workers, 'worker')} share this device&apos;s {plural(cores, 'core')}: at most {cores} compute
          at any moment, so the times include waiting for a core.
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">Way (in Python)</th>
            <th scope="col">Counts</th>
            <th scope="col">Time (ms)</th>
            <th scope="col">Time vs local count</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((finding) => (
            <tr key={finding.behaviour} className={finding.wrongRuns > 0 ? 'wrong' : undefined}>
              <th scope="row">
                {finding.label}
                <code className="twin">{finding.twin}</code>
              </th>
              <td>
                <CountCell checks={finding.checks} />
                <span className={finding.wrongRuns > 0 ? 'verdict bad' : 'verdict'}>{finding.verdict}</span>
              </td>
              <td>
                {finding.medianMs.toFixed(1)}{' '}
                <span className="subtle">
                  ({finding.minMs.toFixed(1)}–{finding.maxMs.toFixed(1)})
                </span>
              </td>
              <td>{formatTimes(finding.timeVsBaseline)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {single && <p className="caption detail">{single}</p>}
      {falseSharing && <p className="caption detail">{falseSharing}</p>}
      <details className="race-lesson" open>
        <summary>Why some counts are wrong</summary>
        <p>
          <strong>A data race</strong>: two workers use the same memory at the same time, at least one writes, and
          nothing puts them in order. <code>total += 1</code> is three steps: read the total, add one, write it back.
          Worker 1 reads 41, worker 2 reads 41, both write 42: two solutions found, one counted. Every ✗ above is such
          lost updates, between real workers on real shared memory, nothing simulated. Every way starts its workers
          together (a start line they wait at), so they really run at the same time.
        </p>
        <p>
          <strong>Atomics</strong> make read-add-write one step no other worker can split (<code>Atomics.add</code>):
          always right, but each core must own the memory's cache line to do it, so cores adding all the time pass the
          line back and forth. <strong>A lock</strong> lets one worker at a time in: right, and slower still.
        </p>
        <p>
          <strong>The article's pattern</strong>: count in a local variable nobody else sees, and add it to the total
          once, under the lock. Thousands of times fewer shared writes: right, and as fast as the normal run. Claiming
          tasks has the same race: two workers that read the same task number both run it, and its solutions count
          twice.
        </p>
      </details>
      {races.done && (
        <button type="button" className="ghost" onClick={closeRaces}>
          Close the experiment
        </button>
      )}
    </section>
  );
}
