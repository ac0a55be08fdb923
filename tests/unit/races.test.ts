import { afterEach, describe, expect, it } from 'vitest';
import { knownSolutions } from '../../src/core/known';
import { WORKER_BEHAVIOURS, type WorkerBehaviour } from '../../src/core/runOrder';
import { Engine } from '../../src/engine/engine';
import { RUN_CANCELLED } from '../../src/engine/errors';
import {
  FALSE_SHARING_WAYS,
  measureRaces,
  RACE_RUNS,
  RACE_WAYS,
  raceConfigurations,
  type RaceRow,
} from '../../src/engine/races';
import { falseSharingLine, singleThreadLine, wayFindings, type RaceState } from '../../src/state/raceFindings';
import { inProcessWorkerFactory } from '../support/inProcessWorkers';

const RACE_BEHAVIOURS = [...RACE_WAYS, ...FALSE_SHARING_WAYS].map((way) => way.behaviour as WorkerBehaviour);

describe('the thread-safety ways on workers over a real MessageChannel', () => {
  let engine: Engine | undefined;
  afterEach(() => engine?.dispose());

  it('every way is a behaviour the worker knows', () => {
    for (const behaviour of RACE_BEHAVIOURS) expect(WORKER_BEHAVIOURS).toContain(behaviour);
  });

  it('the safe ways keep the exact A000170 total, N=4..10, 1 to 3 workers, every split', async () => {
    engine = new Engine(inProcessWorkerFactory, true);
    const safe = [...RACE_WAYS.filter((way) => way.safe), ...FALSE_SHARING_WAYS].map((way) => way.behaviour);
    for (let n = 4; n <= 10; n++) {
      for (const workers of [1, 2, 3]) {
        for (const split of [1, 2, 3]) {
          for (const behaviour of safe) {
            const result = await engine.run({ n, workers, split, mode: 'shared', behaviour });
            expect(result.tally.total, `${behaviour} N=${n} P=${workers} depth ${split}`).toBe(knownSolutions(n));
            expect(result.solutions).toBe(knownSolutions(n));
          }
        }
      }
    }
  }, 60_000);

  it('the experiment reports what each run counted, checked against A000170, and its time', async () => {
    engine = new Engine(inProcessWorkerFactory, true);
    const rows = await measureRaces(engine, { n: 8, workers: 2, split: 'auto' }, { shouldStop: () => false });
    expect(rows.map(({ behaviour, workers }) => ({ behaviour, workers }))).toEqual(raceConfigurations(2));
    for (const row of rows) {
      expect(row.runs).toHaveLength(RACE_RUNS);
      for (const run of row.runs) expect(run.ms).toBeGreaterThanOrEqual(0);
    }
    const findings = wayFindings({ n: 8, workers: 2, runs: 5, rows, done: true });
    for (const finding of findings) {
      const row = rows.find((r) => r.behaviour === finding.behaviour && r.workers === 2)!;
      expect(finding.checks.map((check) => check.count)).toEqual(row.runs.map((run) => run.count));
      expect(finding.checks.map((check) => check.off)).toEqual(row.runs.map((run) => run.count - 92));
      if (finding.safe) expect(finding.wrongRuns).toBe(0);
    }
  }, 60_000);

  it('a cancelled experiment stops before its next run, mid-way through its recorded rounds', async () => {
    engine = new Engine(inProcessWorkerFactory, true);
    const ways = raceConfigurations(2).length;
    // The warm-up round (one unrecorded run of each way), then two recorded runs, then Cancel.
    let recorded = 0;
    let announced = 0;
    let rows: RaceRow[] = [];
    // Cancelled as a sweep is: the promise rejects with a RunCancelled error (a cancel that does nothing
    // resolves, after every round, and fails here).
    await expect(
      measureRaces(
        engine,
        { n: 6, workers: 2, split: 'auto' },
        {
          shouldStop: () => recorded >= 2,
          beforeRun: () => announced++,
          onRun: (sofar) => {
            recorded++;
            rows = sofar;
          },
        },
      ),
    ).rejects.toMatchObject({ name: RUN_CANCELLED });
    expect(rows.map((row) => row.runs.length)).toEqual([1, 1, ...Array<number>(ways - 2).fill(0)]);
    // No run is announced that will not happen.
    expect(announced).toBe(ways + 2);
  });
});

/** Made-up rows: `counts` per run, each 3 ms unless `ms` says otherwise, 1,000 nodes per ms per worker. */
function row(
  behaviour: WorkerBehaviour,
  workers: number,
  counts: number[],
  ms: number[] = [],
  duplicates = 0,
): RaceRow {
  const runs = counts.map((count, i) => ({ count, ms: ms[i] ?? 3, duplicates, nodes: (ms[i] ?? 3) * 1000 * workers }));
  return { behaviour, workers, runs };
}

/** A row's runs searching `nodes` each in 3 ms: the pace its workers kept. */
function withNodes(raceRow: RaceRow, nodes: number[]): RaceRow {
  return { ...raceRow, runs: raceRow.runs.map((run, i) => ({ ...run, nodes: nodes[i] })) };
}

describe('the thread-safety experiment in words', () => {
  const exact = [14200, 14200, 14200, 14200, 14200];
  const state = (rows: RaceRow[]): RaceState => ({ n: 12, workers: 2, runs: 5, rows, done: true });

  it('says how many runs were wrong and how many solutions were lost, never hiding a wrong count', () => {
    const [plain] = wayFindings(state([row('plain-total', 2, [14200, 14137, 14100, 14163, 14042])]));
    expect(plain.wrongRuns).toBe(4);
    expect(plain.verdict).toBe('wrong in 4 of 5 runs: lost 37–158 of 14,200 solutions');
    expect(plain.checks.map((check) => check.off)).toEqual([0, -63, -100, -37, -158]);
  });

  it('a claim race counts solutions twice and says how many tasks were run twice', () => {
    const [cursor] = wayFindings(state([row('plain-cursor', 2, [14200, 14334, 14200, 14200, 14200], [], 1)]));
    expect(cursor.verdict).toBe('wrong in 1 of 5 runs: counted 134 solutions too many; 1 task claimed twice');
  });

  it('an unsafe way that was right every time says the race can be rare, a safe one just that it is right', () => {
    const findings = wayFindings(state([row('plain-cursor', 2, exact), row('atomic-total', 2, exact)]));
    const [atomic, cursor] = findings;
    expect(atomic.verdict).toBe('right in every run (5 runs)');
    expect(cursor.verdict).toMatch(/^right in all 5 runs this time: the race is real/);
  });

  it("says when an unsafe way's right runs had workers that did not run side by side, against a lone worker's pace", () => {
    const lone = row('plain-total', 1, exact);
    const plain = withNodes(row('plain-total', 2, [14200, 14137, 14200, 14163, 14042]), [3300, 5700, 3600, 5400, 5500]);
    const [finding] = wayFindings(state([plain, lone]));
    expect(finding.checks.map((check) => check.pace)).toEqual([1.1, 1.9, 1.2, 1.8, 5500 / 3000]);
    expect(finding.verdict).toBe(
      "wrong in 3 of 5 runs: lost 37–158 of 14,200 solutions; the 2 right runs went at 1.1–1.2× one worker's pace (both at once: near 2×): its workers computed at the same time for only part of it, and a race needs two at once",
    );
    // Without the one-worker runs there is no pace to judge by, and nothing is claimed.
    expect(wayFindings(state([plain]))[0].verdict).toBe('wrong in 3 of 5 runs: lost 37–158 of 14,200 solutions');
    // Right runs whose workers did run side by side are the rare race not hit, said as such.
    const sideBySide = withNodes(row('plain-cursor', 2, exact), [5700, 5700, 4800, 5600, 6000]);
    expect(wayFindings(state([sideBySide, lone]))[0].verdict).toMatch(
      /^right in all 5 runs this time: the race is real/,
    );
    const apart = withNodes(row('plain-cursor', 2, exact), [3000, 3300, 3000, 3000, 3000]);
    expect(wayFindings(state([apart, lone]))[0].verdict).toBe(
      "right in all 5 runs this time: the 5 right runs went at 1.0–1.1× one worker's pace (both at once: near 2×): its workers computed at the same time for only part of it, and a race needs two at once",
    );
  });

  it('times every way against the local count on the same workers', () => {
    const findings = wayFindings(
      state([row('local-total', 2, exact, [2, 2, 2, 2, 2]), row('locked-total', 2, exact, [5, 6, 7, 6, 6])]),
    );
    expect(findings.find((f) => f.behaviour === 'locked-total')!.timeVsBaseline).toBe(3);
    expect(findings.find((f) => f.behaviour === 'local-total')!.timeVsBaseline).toBe(1);
  });

  it('the price of safety on one worker is against the plain total there, paired run by run', () => {
    const line = singleThreadLine(
      state([
        row('plain-total', 1, exact, [4, 4, 8, 4, 4]),
        row('atomic-total', 1, exact, [4.2, 4.2, 8.4, 4.2, 4.2]),
        row('locked-total', 1, exact, [6, 6, 12, 6, 6]),
      ]),
    );
    expect(line).toContain('Atomics.add per solution 1.05×, Lock per solution 1.50×');
  });

  it('false sharing is claimed only when every paired run shows it; otherwise the spread is said', () => {
    const shows = falseSharingLine(
      state([row('packed-counters', 2, exact, [6, 6.3, 6, 6.6, 6]), row('padded-counters', 2, exact, [3, 3, 3, 3, 3])]),
    );
    expect(shows).toMatch(/took 2\.00× the time.*slower in each of the 5 paired runs: the cores pass the line back/);
    const noise = falseSharingLine(
      state([row('packed-counters', 2, exact, [3, 2.7, 3.3, 3, 3]), row('padded-counters', 2, exact, [3, 3, 3, 3, 3])]),
    );
    expect(noise).toMatch(/run by run 0\.90×–1\.10×\), within this machine's run-to-run spread, so no cost shows here/);
  });
});
