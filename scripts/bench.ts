import { parseArgs } from 'node:util';
import { build, launchChromium, startPreview } from './browserSession';
import { median } from '../src/core/stats';
import {
  bundleSize,
  LONG_TASK_RECORDER,
  longTasksDuringRun,
  memoryAcrossRuns,
  poolStartup,
  runOnce,
  spread,
} from './benchProbes';
import { buildReference, serveReference } from './benchReference';
import {
  articleAgainstSweep,
  compareModels,
  explainedSweep,
  firstRunAgainstOneWorker,
  messageAgainstShared,
  raceExperiment,
  fixedCost,
  headline,
  pageEfficiency,
  referenceEfficiency,
} from './benchSections';
import { pairedWithReference, quietSweeps, type QuietReport } from './benchQuiet';
import { benchLighthouse } from './benchLighthouse';
import { benchSymmetry } from './benchSymmetry';
import { soakTalk } from './talkSoak';

/**
 * `npm run bench -- [--ns 12,13,14,15] [--rounds 3] [--reps 5] [--workers 2] [--pairs 10] [--only a,b] [--no-build] [--json]`
 *
 * Times the app against a bare reference page (bench/reference: the same kernel, plain workers, no UI)
 * in one headless-Chromium session, interleaved: for each round and N, the reference, then a fresh
 * load of the app's sweep bookmark (its first sweep) and later sweeps on that page, then the same with
 * live views off. Sections (`--only`): sweep, quiet, page, fixed, headline, breakdown, article, gil, message, races,
 * modes, probes; and, asked for by name only, talk (every step of the talk in a loop for `--minutes`, 45 by
 * default: each step's N and time, the heap and the workers at the start and the end) and symmetry
 * (plain, mirror and all eight symmetries at `--symmetry-ns`, 14–17 by default, on 1 and `--workers`
 * workers: nodes, times, each against plain, the efficiency) and lighthouse (Lighthouse 12.2.3 on the
 * production build, its phone and desktop runs, `--lighthouse-runs` each, alternating: the four scores and
 * the vitals, medians).
 */
const { values } = parseArgs({
  options: {
    ns: { type: 'string', default: '12,13,14,15' },
    rounds: { type: 'string', default: '3' },
    reps: { type: 'string', default: '5' },
    workers: { type: 'string', default: '2' },
    pairs: { type: 'string', default: '10' },
    minutes: { type: 'string', default: '45' },
    'symmetry-ns': { type: 'string', default: '14,15,16,17' },
    'lighthouse-runs': { type: 'string', default: '3' },
    only: {
      type: 'string',
      default: 'sweep,quiet,page,fixed,headline,breakdown,article,gil,message,races,modes,probes',
    },
    port: { type: 'string', default: '4174' },
    'no-build': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const log = (line = '') => {
  if (!values.json) console.log(line);
};
const sections = new Set(values.only.split(','));
const workers = Number(values.workers);
const reps = Number(values.reps);
const rounds = Number(values.rounds);
const ns = values.ns.split(',').map(Number);
const f = (x: number, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const range = (xs: number[], digits = 3) =>
  `${f(median(xs), digits)} (${f(Math.min(...xs), digits)}–${f(Math.max(...xs), digits)})`;

if (!values['no-build']) {
  build();
  await buildReference();
}
const origin = `http://127.0.0.1:${values.port}`;
const referenceOrigin = `http://127.0.0.1:${Number(values.port) + 1}`;
const server = await startPreview(Number(values.port));
const referenceServer = await serveReference(Number(values.port) + 1);
const browser = await launchChromium();
const report: Record<string, unknown> = {
  bench: 'reference-vs-page',
  browser: browser.version(),
  workers,
  reps,
  rounds,
};
try {
  if (sections.has('sweep')) {
    const table: Record<
      number,
      {
        reference: number[];
        first: number[];
        later: number[];
        firstOff: number[];
        laterOff: number[];
        pageOneMs: number[];
      }
    > = {};
    for (const n of ns) table[n] = { reference: [], first: [], later: [], firstOff: [], laterOff: [], pageOneMs: [] };
    for (let round = 1; round <= rounds; round++) {
      for (const n of ns) {
        const row = table[n];
        const url = (live: boolean) =>
          `${origin}/?n=${n}&workers=${workers}&reps=${reps}&autorun=sweep${live ? '' : '&live=0'}`;
        const reference = await referenceEfficiency(browser, referenceOrigin, n, workers, 2 * reps + 1);
        row.reference.push(reference.efficiency);
        const on = await pageEfficiency(browser, url(true), workers, 1);
        row.first.push(on.first.efficiency);
        row.later.push(...on.later.map((s) => s.efficiency));
        row.pageOneMs.push(on.first.oneMs, ...on.later.map((s) => s.oneMs));
        const off = await pageEfficiency(browser, url(false), workers, 1);
        row.firstOff.push(off.first.efficiency);
        row.laterOff.push(...off.later.map((s) => s.efficiency));
        log(
          `round ${round} N=${n}: reference ${f(reference.efficiency)}, page first ${f(on.first.efficiency)}, later ${f(on.later[0].efficiency)}, live views off ${f(off.first.efficiency)} / ${f(off.later[0].efficiency)}`,
        );
      }
    }
    report.sweep = table;
    log(
      `\n${workers}-worker efficiency, ${rounds} rounds (median, min–max); reference: ${2 * reps + 1} interleaved samples per point; page: ${reps} rounds per sweep`,
    );
    log(
      'N   reference             page, first sweep     page, later sweeps    first/ref  later/ref  live views off (first, later)',
    );
    for (const n of ns) {
      const r = table[n];
      const ratio = (xs: number[]) => f(median(xs) / median(r.reference));
      log(
        `${String(n).padEnd(3)} ${range(r.reference).padEnd(21)} ${range(r.first).padEnd(21)} ${range(r.later).padEnd(21)} ${ratio(r.first).padEnd(10)} ${ratio(r.later).padEnd(10)} ${f(median(r.firstOff))}, ${f(median(r.laterOff))}`,
      );
    }
    const top = Math.max(...ns);
    if (top >= 15) {
      const probe = await (await import('./benchReference')).openReference(browser, referenceOrigin, 1);
      const kernel: number[] = [];
      for (let i = 0; i < 3; i++) kernel.push(await probe.kernel(top));
      await probe.close();
      const pageOne = median(table[top].pageOneMs);
      report.kernel = { n: top, kernelMs: spread(kernel), pageOneWorkerMs: pageOne };
      log(
        `\nN=${top}, one worker: the kernel alone ${f(median(kernel), 1)} ms (whole board, timed in the worker), the page's 1-worker median ${f(pageOne, 1)} ms: ${f(pageOne / median(kernel))}×`,
      );
    }
  }

  if (sections.has('symmetry')) {
    const symmetryNs = values['symmetry-ns'].split(',').map(Number);
    const points = await benchSymmetry(browser, origin, symmetryNs, workers, reps, rounds, log);
    report.symmetry = points;
    log(
      `\nPlain, mirror and all eight symmetries: the page's sweep on 1 and ${workers} workers, ${rounds} rounds of ${reps} repeats (median of the rounds' medians)`,
    );
    log('N   search   nodes          1 worker ms   vs plain   ' + `${workers} workers ms  efficiency`);
    for (const n of symmetryNs) {
      const plain = points.find((point) => point.n === n && point.symmetry === 'none')!;
      for (const point of points.filter((each) => each.n === n)) {
        const one = median(point.oneMs);
        const many = median(point.manyMs);
        log(
          `${String(n).padEnd(3)} ${point.symmetry.padEnd(8)} ${String(point.nodes).padEnd(14)} ${f(one, 1).padEnd(13)} ${f(median(plain.oneMs) / one, 2).padEnd(10)} ${f(many, 1).padEnd(16)} ${f(one / many / workers)}`,
        );
      }
    }
  }
  if (sections.has('lighthouse')) {
    const summaries = benchLighthouse(`${origin}/`, Number(values['lighthouse-runs']), log);
    report.lighthouse = summaries;
    log(`\nLighthouse 12.2.3 on the production build (${origin}/), median of ${values['lighthouse-runs']} runs each`);
    log('run      perf  a11y  best  seo   FCP ms  LCP ms  TBT ms  CLS    SI ms   main thread ms  JS boot-up ms');
    for (const { formFactor, median: m, runs, failing } of summaries) {
      log(
        `${formFactor.padEnd(8)} ${String(m.performance).padEnd(5)} ${String(m.accessibility).padEnd(5)} ${String(m['best-practices']).padEnd(5)} ${String(m.seo).padEnd(5)} ${f(m.fcpMs, 0).padEnd(7)} ${f(m.lcpMs, 0).padEnd(7)} ${f(m.tbtMs, 0).padEnd(7)} ${f(m.cls, 3).padEnd(6)} ${f(m.speedIndexMs, 0).padEnd(7)} ${f(m.mainThreadMs, 0).padEnd(15)} ${f(m.bootupMs, 0)}`,
      );
      log(`         performance of each run: ${runs.map((run) => run.performance).join(', ')}`);
      if (failing.length > 0) log(`         audits below 90: ${failing.join('; ')}`);
    }
  }
  if (sections.has('talk')) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const soak = await soakTalk(page, `${origin}/?talk=1&workers=${workers}`, Number(values.minutes));
    await page.close();
    report.talk = soak;
    log(`\nThe talk, every step in a loop for ${values.minutes} min: ${soak.loops} loops, ${workers} workers`);
    log('step  N (chosen)   seconds from the key to its findings (median, min–max)');
    for (let step = 1; step <= 9; step++) {
      const mine = soak.passes.filter((pass) => pass.step === step);
      const ns = [...new Set(mine.map((pass) => pass.n))].join('/');
      log(
        `${String(step).padEnd(5)} ${ns.padEnd(12)} ${range(
          mine.map((pass) => pass.ms / 1000),
          1,
        )}`,
      );
    }
    log(
      `heap after the first loop ${f(soak.heapMb.start, 2)} MB, at the end ${f(soak.heapMb.end, 2)} MB; workers ${soak.workers.start} then ${soak.workers.end}`,
    );
    const every = Math.max(1, Math.floor(soak.heapByLoopMb.length / 10));
    const sampled = soak.heapByLoopMb.filter((_, loop) => loop % every === 0 || loop === soak.heapByLoopMb.length - 1);
    log(`heap after loops 1, ${1 + every}, … (MB): ${sampled.map((mb) => f(mb, 2)).join(', ')}`);
  }
  if (sections.has('quiet')) {
    const quiet: Record<number, { first: QuietReport; second: QuietReport }> = {};
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    const line = (label: string, q: QuietReport) => {
      const kinds = Object.entries(q.kinds)
        .filter(([, share]) => share >= 0.0005)
        .sort((a, b) => b[1] - a[1])
        .map(([kind, share]) => `${kind} ${pct(share)}`)
        .join(', ');
      const wait = q.waitMs ? `${f(q.waitMs.median, 3)} ms (max ${f(q.waitMs.max, 3)})` : '—';
      const byWorkers = Object.entries(q.waitByWorkers)
        .map(([count, ms]) => `${count}w ${f(ms, 3)}`)
        .join(', ');
      const top = q.top.map(([name, share]) => `${name} ${pct(share)}`).join(', ');
      return `  ${label.padEnd(13)} efficiency ${f(q.efficiency)}; ${q.windows} windows, ${f(q.timedMs, 0)} ms; main thread CPU ${pct(q.mainBusy)}${kinds ? ` (${kinds})` : ''}, its tasks spanning ${pct(q.mainWall)} (longest ${f(q.longestMs, 1)} ms); service worker ${pct(q.serviceWorkerBusy)}; wait before the first task ${wait}${byWorkers ? ` (median ${byWorkers})` : ''}\n      events: ${top}`;
    };
    log(
      `\nThe page's main thread inside its timed windows (Chrome trace; fresh load of the sweep bookmark, then Sweep again). CPU: on the thread's own clock; tasks spanning: wall time, waiting for a core included:`,
    );
    for (const n of ns) {
      const result = await quietSweeps(
        browser,
        `${origin}/?n=${n}&workers=${workers}&reps=${reps}&autorun=sweep${process.env.BENCH_QUERY ?? ''}`,
        workers,
      );
      quiet[n] = result;
      log(`N=${n}`);
      log(line('first sweep', result.first));
      log(line('second sweep', result.second));
    }
    report.quiet = quiet;
  }

  if (sections.has('page')) {
    const pairs = Number(values.pairs);
    const bookmark = `${origin}/?n=14&workers=${workers}&reps=3&autorun=sweep`;
    log(
      `\nPaired: the bare reference, then a fresh load of ${bookmark.replace(origin, '')} (its first sweep), ${pairs} times:`,
    );
    const paired = await pairedWithReference(browser, referenceOrigin, bookmark, 14, workers, 3, pairs, log);
    report.page = paired;
    log(
      `${workers}-worker efficiency, page − reference: median ${f(paired.difference)}, 95% interval ${f(paired.interval.low)} to ${f(paired.interval.high)} (${pairs} pairs)`,
    );
  }

  if (sections.has('fixed')) {
    const cost = await fixedCost(browser, referenceOrigin, origin, workers, 50);
    report.fixedCost = cost;
    const line = (s: { median: number; min: number; max: number }) =>
      `median ${f(s.median)} ms (${f(s.min)}–${f(s.max)})`;
    log(
      `\nWarm N=8 on ${workers} workers, 50 runs each: reference back to back ${line(cost.reference)}; reference after 50 ms idle ${line(cost.referenceAfterIdle)}; page (Run button) ${line(cost.page)}`,
    );
  }

  if (sections.has('headline')) {
    const bookmark = `${origin}/?n=14&workers=${workers}&reps=3&present=1&autorun=sweep${process.env.BENCH_QUERY ?? ''}`;
    const result = await headline(browser, bookmark, 5, workers);
    report.headline = result;
    log(
      `\nSpeaker's bookmark ${bookmark.replace(origin, '')}, 5 fresh loads: speedups ${result.speedups.map((s) => f(s, 2)).join(', ')}; max/min ${f(result.maxOverMin)}; drift warnings: ${result.driftWarnings.length}`,
    );
    for (const load of result.samples)
      log(`  samples (ms) per point: ${load.map((point) => point.map((ms) => f(ms, 1)).join(' ')).join(' | ')}`);
  }

  if (sections.has('breakdown')) {
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    const runs: Record<string, unknown>[] = [];
    for (const [label, count, busyCore] of [
      [`N=14, 1 to ${2 * workers} workers`, 2 * workers, undefined],
      [`N=14, ${workers} workers, another program pinned to core 1`, workers, 1],
    ] as const) {
      for (let load = 1; load <= rounds; load++) {
        const result = await explainedSweep(browser, origin, 14, count, 3, busyCore);
        runs.push({ label, ...result });
        log(`\nWhere the time went, ${label} (fresh page ${load} of ${rounds}):`);
        for (const p of result.points) {
          log(
            `  ${String(p.workers).padStart(2)} workers: useful ${pct(p.useful)}, waiting ${pct(p.waiting)}, slower ${pct(p.slower)}`,
          );
        }
        log(`  lanes of the last run: ${result.lanes}`);
        for (const line of result.words.split('\n').filter((l) => l.trim() && !/^Last run/.test(l)))
          log(`  says: ${line}`);
      }
    }
    report.breakdown = runs;
  }

  if (sections.has('article')) {
    const pairs: Record<number, { article: number; sweep: number; reference: number }[]> = {};
    for (let round = 1; round <= rounds; round++) {
      for (const n of [13, 14]) {
        // The bare reference in the same round: how far the machine alone moves a 2-worker speedup.
        const reference = 2 * (await referenceEfficiency(browser, referenceOrigin, n, 2, 2 * reps + 1)).efficiency;
        const pair = { ...(await articleAgainstSweep(browser, origin, n, reps)), reference };
        (pairs[n] ??= []).push(pair);
        log(
          `round ${round} N=${n}: the article's 2-worker shared-memory speedup ${f(pair.article, 2)}, a sweep's ${f(pair.sweep, 2)}, the bare reference's ${f(reference, 2)}`,
        );
        const times = (list: typeof pair.articleTimes) =>
          list.map((t) => t && `${t.workers}w ${f(t.ms, 2)} ms ×${t.runsPerSample}`).join(', ');
        log(`  article ${times(pair.articleTimes)}; sweep ${times(pair.sweepTimes)}`);
      }
    }
    report.article = pairs;
    for (const [n, list] of Object.entries(pairs)) {
      const gaps = list.map((p) => p.article - p.sweep);
      log(`N=${n}: article − sweep, 2-worker speedup: ${gaps.map((g) => f(g, 3)).join(', ')}`);
      log(`N=${n}: the bare reference's 2-worker speedup ${range(list.map((p) => p.reference))}`);
    }
  }

  if (sections.has('races')) {
    const experiments: Record<string, Awaited<ReturnType<typeof raceExperiment>>[]> = {};
    for (let round = 1; round <= rounds; round++) {
      for (const n of [12, 14]) {
        const experiment = await raceExperiment(browser, origin, n, workers);
        (experiments[n] ??= []).push(experiment);
        log(`round ${round} N=${n}, ${workers} workers, the thread-safety experiment:`);
        for (const way of experiment.ways) {
          const wrong = way.marks.filter((mark) => mark.startsWith('✗')).length;
          log(
            `  ${way.way}: ${wrong} of ${way.marks.length} wrong (${way.marks.join(' ')}); ${way.time} ms; ${way.vsLocal} the local count`,
          );
        }
        for (const line of experiment.words.split('\n')) log(`  says: ${line}`);
      }
    }
    report.races = experiments;
  }

  if (sections.has('gil')) {
    const speedups: number[] = [];
    for (let load = 0; load < 3; load++) {
      const sweep = await pageEfficiency(
        browser,
        `${origin}/?n=14&workers=${workers}&reps=${reps}&mode=gil&autorun=sweep`,
        workers,
        0,
      );
      speedups.push(sweep.first.efficiency * workers);
    }
    report.gil = speedups;
    log(
      `\nThe gil mode (workers behind one lock), N=14, 3 fresh sweeps: ${workers}-worker speedups ${speedups.map((x) => f(x, 2)).join(', ')}`,
    );
  }

  if (sections.has('message')) {
    const table: Record<number, { ratio: number[]; sharedBusy: number[]; messageBusy: number[] }> = {};
    for (let round = 1; round <= rounds; round++) {
      for (const n of [13, 14, 15]) {
        const row = (table[n] ??= { ratio: [], sharedBusy: [], messageBusy: [] });
        const { shared, message } = await messageAgainstShared(browser, origin, n, workers, reps);
        row.ratio.push(message.ms / shared.ms);
        row.sharedBusy.push(...shared.busy);
        row.messageBusy.push(...message.busy);
        log(
          `round ${round} N=${n}: ${workers} workers, message passing ${f(message.ms, 1)} ms, shared memory ${f(shared.ms, 1)} ms (${f(message.ms / shared.ms)}×); lanes busy ${message.busy.map((b) => f(b, 2)).join('/')} vs ${shared.busy.map((b) => f(b, 2)).join('/')}`,
        );
      }
    }
    report.message = table;
    log(`\nMessage passing / shared memory, ${workers}-worker time, ${rounds} fresh sweeps each (median, min–max):`);
    for (const [n, r] of Object.entries(table)) {
      log(`N=${n}: ${range(r.ratio)}; message lanes busy ${range(r.messageBusy, 2)}, shared ${range(r.sharedBusy, 2)}`);
    }
  }

  if (sections.has('modes')) {
    const footing: Record<string, unknown>[] = [];
    for (const n of [14, 15]) {
      for (const mode of ['main', 'cooperative'] as const) {
        const result = await firstRunAgainstOneWorker(browser, origin, n, mode);
        footing.push({ n, mode, ...result });
        log(
          `N=${n}: first ${mode} Run on an idle page ${f(result.firstMs, 1)} ms, one worker ${f(result.workerMs, 1)} ms: ${f(result.ratio)}×`,
        );
      }
    }
    const compares: Record<string, unknown>[] = [];
    for (const n of [13, 14, 15]) {
      for (let i = 0; i < 5; i++) {
        const rows = await compareModels(browser, origin, n, workers, 3);
        const order = [...rows].sort((a, b) => a.ms - b.ms).map((row) => `${row.mode} ${f(row.ms, 1)}`);
        compares.push({ n, rows });
        log(
          `Compare models N=${n} #${i + 1}: ${order.join(' < ')}${rows.every((r) => r.correct) ? '' : ' (MISCOUNTED)'}`,
        );
      }
    }
    report.modes = { footing, compares };
  }

  if (sections.has('probes')) {
    const probe = await browser.newPage();
    await probe.addInitScript(LONG_TASK_RECORDER);
    await probe.goto(`${origin}/?n=15&workers=${workers}`);
    await probe.getByText(/started in/).waitFor();
    await runOnce(probe, workers);
    const longTasks = await longTasksDuringRun(probe, workers);
    log(
      `\nLong tasks (> 50 ms) on the main thread during an N=15 run of ${f(longTasks.runMs, 1)} ms: ${longTasks.longTasks}`,
    );
    await probe.getByLabel('N', { exact: true }).fill('10');
    await runOnce(probe, workers);
    const memory = await memoryAcrossRuns(probe, workers, 50);
    log(
      `50 runs of N=10: JS heap ${f(memory.before.heapMb, 2)} -> ${f(memory.after.heapMb, 2)} MB, workers ${memory.before.workers} -> ${memory.after.workers}`,
    );
    await probe.close();
    const startup = await poolStartup(browser, `${origin}/?n=8&workers=${workers}`);
    log(
      `Pool of ${workers} workers start-up (create, load, warm), ${startup.samples} page loads: median ${f(startup.median, 1)} ms (min ${f(startup.min, 1)}, max ${f(startup.max, 1)})`,
    );
    const size = bundleSize();
    log(`Built JS+CSS+HTML, gzipped: ${f(size.totalGzipKb, 1)} kB`);
    Object.assign(report, { longTasks, memory, poolStartupMs: startup, bundleKb: size.totalGzipKb });
  }
  console.log(JSON.stringify(report));
} finally {
  await browser.close();
  server.kill();
  await referenceServer.close();
}
