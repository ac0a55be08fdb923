import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { estimatedNodes, knownSolutions } from '../src/core/known';
import { median } from '../src/core/stats';
import { countOsrEntries } from '../bench/browser/osrTrace';
import type { KernelBenchPage, KernelReply, KernelRequest } from '../bench/browser/protocol';
import { createVariants, timeSolve, warmUp, type Algorithm, type Timing } from '../bench/kernels/variants';

/**
 * `npm run bench:kernel -- [--from 12] [--to 16] [--reps 5] [--browser] [--kernels a,b] [--json]`:
 * the single-threaded kernels side by side, in Node and (--browser) in a headless-Chromium worker,
 * each against the C reference (bench/queens.c, gcc -O3 -march=native) measured in the same run.
 * Every repeat runs C and every kernel once, in an order that rotates, so machine noise lands on all
 * of them alike; ratios are per repeat (kernel time / C time of the same repeat).
 */
const { values } = parseArgs({
  options: {
    from: { type: 'string', default: '12' },
    to: { type: 'string', default: '16' },
    reps: { type: 'string', default: '5' },
    browser: { type: 'boolean', default: false },
    kernels: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const from = Number(values.from);
const to = Number(values.to);
const reps = Number(values.reps);
const inRepo = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const log = (line: string) => {
  if (!values.json) console.error(line);
};

interface Probe {
  engine: 'c' | 'node' | 'chromium';
  kernel: string;
  algorithm: Algorithm;
  time(n: number): Promise<Timing>;
  /** The function its search runs in (Chromium), to read V8's trace by. */
  hot?: string;
}

/** The C reference, once per algorithm: each JS kernel is set against the C build of its own algorithm. */
function compileC(): Probe[] | string {
  if (spawnSync('gcc', ['--version']).error) return 'gcc not found: C reference and ratios skipped';
  const binary = inRepo('bench/out/queens');
  mkdirSync(inRepo('bench/out'), { recursive: true });
  execFileSync('gcc', ['-O3', '-march=native', '-o', binary, inRepo('bench/queens.c')]);
  return (['plain', 'all'] as const).map((algorithm) => ({
    engine: 'c' as const,
    kernel: algorithm === 'plain' ? 'queens.c' : 'queens.c all',
    algorithm,
    time: async (n: number) => {
      const args = [String(n), '1', ...(algorithm === 'all' ? ['all'] : [])];
      const [, solutions, nodes, ms] = execFileSync(binary, args, { encoding: 'utf8' }).trim().split(' ').map(Number);
      return { ms, solutions, nodes };
    },
  }));
}

function nodeProbes(): Probe[] {
  const wanted = values.kernels?.split(',');
  return createVariants()
    .filter((v) => !wanted || wanted.includes(v.id))
    .map((variant) => {
      warmUp(variant);
      return {
        engine: 'node' as const,
        kernel: variant.id,
        algorithm: variant.algorithm ?? 'plain',
        time: async (n: number) => timeSolve(variant, n),
      };
    });
}

/**
 * Serves bench/browser/ with Vite (the project's config, so the page is cross-origin isolated). No
 * file watching or HMR socket: an edit elsewhere in the tree must not reload the page mid-run. The
 * app's Content-Security-Policy forbids compiling WebAssembly, so this page gets its own.
 */
async function chromiumProbes(): Promise<{
  probes: Probe[];
  version: string;
  /** Closes the browser; resolves to the OSR entries after the warm-up per function (null: not counted). */
  close(): Promise<Map<string, number> | null>;
}> {
  const { createServer } = await import('vite');
  const { launchTracedChromium } = await import('./browserSession');
  const server = await createServer({
    root: inRepo(''),
    server: {
      host: '127.0.0.1',
      port: 4180,
      hmr: false,
      ws: false,
      watch: null,
      headers: {
        'Content-Security-Policy': "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
      },
    },
    logLevel: 'warn',
    optimizeDeps: { noDiscovery: true },
  });
  await server.listen();
  // A kernel whose optimised code is thrown away after the warm-up can go on being entered through
  // V8's slower on-stack-replacement code (measured: README, "All eight symmetries"). V8 traces each
  // such entry; those after the worker's end-of-warm-up mark are counted per function.
  const { browser, close: closeBrowser } = await launchTracedChromium(['--trace-osr']);
  const page = await browser.newPage();
  await page.goto(`${server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4180/'}bench/browser/kernel.html`);
  await page.waitForFunction(() => 'kernelBench' in window);
  const call = (request: KernelRequest) =>
    page.evaluate((r) => (window as unknown as { kernelBench: KernelBenchPage }).kernelBench.call(r), request);
  const warmed = (await call({ kind: 'warm' })) as Extract<KernelReply, { ids: string[] }>;
  const wanted = values.kernels?.split(',');
  const variants = new Map(createVariants().map((variant) => [variant.id, variant]));
  const probes = warmed.ids
    .filter((id) => !wanted || wanted.includes(id))
    .map((id) => ({
      engine: 'chromium' as const,
      kernel: id,
      algorithm: variants.get(id)?.algorithm ?? 'plain',
      hot: variants.get(id)?.hot,
      time: async (n: number) => (await call({ kind: 'time', id, n })) as Timing,
    }));
  const close = async () => {
    try {
      return countOsrEntries(await closeBrowser());
    } finally {
      await server.close();
    }
  };
  return { probes, version: `Chromium ${browser.version()}`, close };
}

/** Rounded to 4 significant digits: far below the run-to-run noise, and it keeps the JSON line short. */
const round = (x: number) => Number(x.toPrecision(4));
const spread = (xs: number[]) => ({
  median: round(median(xs)),
  min: round(Math.min(...xs)),
  max: round(Math.max(...xs)),
});

const c = compileC();
const chromium = values.browser ? await chromiumProbes() : undefined;
const cProbes = typeof c === 'string' ? [] : c;
const probes = [...cProbes, ...nodeProbes(), ...(chromium?.probes ?? [])];

const rows = [];
// Counted once the browser has closed, when the whole trace is in: per function, over the whole run.
let osrEntries: Map<string, number> | null | undefined;
try {
  for (let n = from; n <= to; n++) {
    const samples = new Map<Probe, Timing[]>(probes.map((p) => [p, []]));
    for (let rep = 0; rep < reps; rep++) {
      for (let i = 0; i < probes.length; i++) {
        const probe = probes[(i + rep) % probes.length];
        samples.get(probe)?.push(await probe.time(n));
      }
      log(`N=${n} repeat ${rep + 1}/${reps} done`);
    }
    const cTimes = (algorithm: Algorithm) =>
      samples.get(cProbes.find((probe) => probe.algorithm === algorithm)!)?.map((t) => t.ms);
    for (const probe of probes) {
      const timings = samples.get(probe) ?? [];
      const ms = timings.map((t) => t.ms);
      const { solutions, nodes } = timings[0];
      rows.push({
        n,
        engine: probe.engine,
        kernel: probe.kernel,
        ...spread(ms),
        nodesPerSecond: Math.round(nodes / (median(ms) / 1000)),
        ratioToC:
          probe.engine !== 'c' && cTimes(probe.algorithm)
            ? spread(ms.map((t, i) => t / cTimes(probe.algorithm)![i]))
            : undefined,
        // The plain search visits exactly the known tree; the symmetric one is checked by its count.
        correct: timings.every(
          (t) => t.solutions === knownSolutions(n) && (probe.algorithm === 'all' || t.nodes === estimatedNodes(n)),
        ),
        solutions,
        nodes,
        samplesMs: ms.map(round),
      });
    }
  }
} finally {
  osrEntries = await chromium?.close();
}
const hotOf = new Map(probes.filter((probe) => probe.engine === 'chromium').map((probe) => [probe.kernel, probe.hot]));
const osrEntriesOf = (kernel: string) => osrEntries?.get(hotOf.get(kernel) ?? '') ?? 0;

const environment = {
  node: process.version,
  v8: process.versions.v8,
  chromium: chromium?.version,
  cpu: cpus()[0]?.model,
  c: typeof c === 'string' ? c : 'gcc -O3 -march=native bench/queens.c (plain, and `all` for all eight symmetries)',
};
if (!values.json) {
  console.log(
    `${environment.cpu}; Node ${environment.node} (V8 ${environment.v8})${chromium ? `; ${chromium.version}` : ''}`,
  );
  console.log(`median of ${reps} per point after warm-up; x C = kernel time / C time of the same repeat`);
  if (osrEntries === null)
    console.log(
      "V8 trace: the worker's end-of-warm-up mark is missing (or a thread that began tracing later emptied the file): OSR entries not counted",
    );
  else if (osrEntries)
    console.log(
      `V8 trace, after the warm-up, functions entered through on-stack replacement (whole run): ${
        [...osrEntries].map(([name, count]) => `${name} x${count}`).join(', ') || 'none'
      }`,
    );
  console.log(typeof c === 'string' ? `${c}\n` : '');
  console.log('  N  engine    kernel            median ms    min ms    max ms  Mnodes/s  x C median (min-max)  check');
  for (const r of rows) {
    const ratio = r.ratioToC
      ? `${r.ratioToC.median.toFixed(2)} (${r.ratioToC.min.toFixed(2)}-${r.ratioToC.max.toFixed(2)})`
      : '-';
    console.log(
      `${String(r.n).padStart(3)}  ${r.engine.padEnd(8)}  ${r.kernel.padEnd(16)} ${r.median.toFixed(1).padStart(10)} ` +
        `${r.min.toFixed(1).padStart(9)} ${r.max.toFixed(1).padStart(9)} ${(r.nodesPerSecond / 1e6).toFixed(0).padStart(9)}  ` +
        `${ratio.padEnd(20)}  ${r.correct ? 'ok' : 'WRONG'}` +
        (r.engine === 'chromium' && osrEntriesOf(r.kernel) > 0
          ? `  its OSR code entered ${osrEntriesOf(r.kernel)} times (whole run)`
          : ''),
    );
  }
}
// Per function over the whole run; null when the trace could not be read (absent without --browser).
const osrEntriesAfterWarmUp = osrEntries === null ? null : osrEntries && Object.fromEntries(osrEntries);
console.log(JSON.stringify({ environment, from, to, reps, rows, osrEntriesAfterWarmUp }));
