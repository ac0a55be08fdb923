import type { Browser, Page } from '@playwright/test';
import { median } from '../src/core/stats';
import { runOnce, spread } from './benchProbes';
import { freshSweep, readResults, sweepAgain, waitForStatus, type PageRow } from './benchPage';
import { openReference } from './benchReference';

export type Spread = ReturnType<typeof spread>;

/** After closing a tab: its renderer shuts down on the same two cores, so the next measurement waits. */
export async function settle(page: Page): Promise<void> {
  await page.close();
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

/** Efficiency at `workers` from a set of rows: median 1-worker time over median P-worker time, over P. */
export function efficiencyOf(rows: PageRow[], workers: number): number {
  const one = rows.find((row) => row.workers === 1 && row.mode === null);
  const many = rows.find((row) => row.workers === workers && row.mode === null);
  if (!one || !many) return Number.NaN;
  return median(one.samplesMs) / median(many.samplesMs) / workers;
}

/** The reference page, measured the way a benchmark harness should: warm, interleaved, medians. */
export async function referenceEfficiency(browser: Browser, origin: string, n: number, workers: number, reps: number) {
  const reference = await openReference(browser, origin, workers);
  try {
    // Warm on real work, ~300 ms per configuration: the first runs at N=12-13 are slow even here.
    for (const count of [1, workers]) {
      const first = (await reference.time(n, count, 1))[0];
      await reference.time(n, count, Math.min(200, Math.ceil(300 / first)));
    }
    const one: number[] = [];
    const many: number[] = [];
    for (let rep = 0; rep < reps; rep++) {
      one.push(...(await reference.time(n, 1, 1)));
      many.push(...(await reference.time(n, workers, 1)));
    }
    return { efficiency: median(one) / median(many) / workers, oneMs: median(one), manyMs: median(many) };
  } finally {
    await reference.close();
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

export interface PageSweeps {
  first: { efficiency: number; oneMs: number; manyMs: number };
  later: { efficiency: number; oneMs: number; manyMs: number }[];
  rows: PageRow[];
}

const summary = (rows: PageRow[], workers: number) => ({
  efficiency: efficiencyOf(rows, workers),
  oneMs: median(rows.find((r) => r.workers === 1)?.samplesMs ?? [Number.NaN]),
  manyMs: median(rows.find((r) => r.workers === workers)?.samplesMs ?? [Number.NaN]),
});

/** A fresh load of the sweep bookmark (its first sweep), then `later` more sweeps on the same page. */
export async function pageEfficiency(
  browser: Browser,
  url: string,
  workers: number,
  later: number,
): Promise<PageSweeps> {
  const { page, rows } = await freshSweep(browser, url);
  try {
    if (rows.some((row) => !row.correct)) throw new Error(`the page miscounted: ${url}`);
    const laterSweeps = [];
    for (let i = 0; i < later; i++) laterSweeps.push(summary(await sweepAgain(page), workers));
    return { first: summary(rows, workers), later: laterSweeps, rows };
  } finally {
    await settle(page);
  }
}

/** A warm N=8 run on `workers` workers: the reference's wall time and the time the page shows. */
export async function fixedCost(
  browser: Browser,
  referenceOrigin: string,
  pageOrigin: string,
  workers: number,
  runs: number,
) {
  const reference = await openReference(browser, referenceOrigin, workers);
  await reference.time(8, workers, 200);
  const referenceMs = await reference.time(8, workers, runs);
  // A click on Run comes after idle time, and so does each of the page's runs here: the reference
  // timed the same way shows what waking idle cores costs on this machine.
  const referenceAfterIdleMs = await reference.time(8, workers, runs, 50);
  await reference.close();
  const page = await browser.newPage();
  await page.goto(`${pageOrigin}/?n=8&workers=${workers}`);
  await page.getByText(/started in/).waitFor();
  for (let i = 0; i < 20; i++) await runOnce(page, workers);
  const pageMs: number[] = [];
  for (let i = 0; i < runs; i++) pageMs.push(await runOnce(page, workers));
  await settle(page);
  return { reference: spread(referenceMs), referenceAfterIdle: spread(referenceAfterIdleMs), page: spread(pageMs) };
}

/** Fresh loads of the speaker's bookmark: the 2-worker speedup each shows, and any drift warning. */
export async function headline(browser: Browser, url: string, loads: number, workers: number) {
  const speedups: number[] = [];
  const driftWarnings: string[] = [];
  const samples: number[][][] = [];
  for (let load = 0; load < loads; load++) {
    const { page, rows } = await freshSweep(browser, url);
    speedups.push(efficiencyOf(rows, workers) * workers);
    samples.push(rows.map((row) => row.samplesMs));
    const warning = await page.getByRole('note').filter({ hasText: 'drifted' }).allInnerTexts();
    driftWarnings.push(...warning);
    await settle(page);
  }
  return { speedups, maxOverMin: Math.max(...speedups) / Math.min(...speedups), driftWarnings, samples };
}

async function setMode(page: Page, mode: string, workers: number): Promise<void> {
  await page.getByLabel('Mode').selectOption(mode);
  await page.getByLabel('Workers', { exact: true }).fill(String(workers));
}

/**
 * The first Run of a single-thread mode on an idle page, against one warm worker's time on the same
 * page (the median of three Runs after a warm-up one).
 */
export async function firstRunAgainstOneWorker(
  browser: Browser,
  origin: string,
  n: number,
  mode: 'main' | 'cooperative',
) {
  const page = await browser.newPage();
  await page.goto(`${origin}/?n=${n}&workers=1&mode=${mode}`);
  await page
    .getByText(/started in/)
    .waitFor()
    .catch(() => undefined);
  await page.waitForTimeout(2500);
  page.on('dialog', (dialog) => void dialog.accept());
  const firstMs = await runOnce(page, 1, mode === 'main' ? 'Main thread' : 'One thread, cooperative');
  await setMode(page, 'shared', 1);
  const worker = 'Workers, shared memory';
  await runOnce(page, 1, worker);
  const workerMs = [await runOnce(page, 1, worker), await runOnce(page, 1, worker), await runOnce(page, 1, worker)];
  await settle(page);
  return { firstMs, workerMs: median(workerMs), ratio: firstMs / median(workerMs) };
}

/** One "Compare models" on a fresh page: each model's median time, fastest first. */
export async function compareModels(browser: Browser, origin: string, n: number, workers: number, reps: number) {
  const page = await browser.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${origin}/?n=${n}&workers=${workers}&reps=${reps}&autorun=compare`);
  await waitForStatus(page, /Comparison done|failed/);
  const rows = await readResults(page);
  await settle(page);
  return rows.map((row) => ({
    mode: row.mode ?? '?',
    workers: row.workers,
    ms: median(row.samplesMs),
    correct: row.correct,
  }));
}

/** Each lane's busy share of the last run, as the page reads it out for screen readers. */
async function lanesBusy(page: Page): Promise<number[]> {
  const text = (await page.locator('#lanes-text').textContent()) ?? '';
  return [...text.matchAll(/(\d+)% busy/g)].map((match) => Number(match[1]) / 100);
}

/**
 * Message passing against shared memory on fresh pages, alternated: each mode's `workers`-worker median
 * time and its lanes' busy shares in the last run. The price of copying, not of waiting, is the target.
 */
export async function messageAgainstShared(browser: Browser, origin: string, n: number, workers: number, reps: number) {
  const out: Record<'shared' | 'message', { ms: number; busy: number[] }> = {
    shared: { ms: Number.NaN, busy: [] },
    message: { ms: Number.NaN, busy: [] },
  };
  for (const mode of ['shared', 'message'] as const) {
    const { page, rows } = await freshSweep(
      browser,
      `${origin}/?n=${n}&workers=${workers}&reps=${reps}&mode=${mode}&autorun=sweep`,
    );
    if (rows.some((row) => !row.correct)) throw new Error(`the page miscounted N=${n} in ${mode}`);
    out[mode] = { ms: median(rows.find((row) => row.workers === workers)!.samplesMs), busy: await lanesBusy(page) };
    await settle(page);
  }
  return out;
}

/** Per worker count, the page's own account of where the time went (the efficiency chart's text). */
interface PointBreakdown {
  workers: number;
  useful: number;
  waiting: number;
  slower: number;
}

async function readBreakdown(page: Page) {
  const described = (await page.locator('#efficiency-chart-text').textContent()) ?? '';
  const points: PointBreakdown[] = [
    ...described.matchAll(/(\d+) workers?: (\d+)% useful(?: \(waiting (\d+)%, slower (\d+)%\))?/g),
  ].map((m) => ({
    workers: Number(m[1]),
    useful: Number(m[2]) / 100,
    waiting: Number(m[3] ?? 0) / 100,
    slower: Number(m[4] ?? 0) / 100,
  }));
  const words = await page.getByRole('region', { name: 'What was measured' }).innerText();
  const lanes = (await page.locator('#lanes-text').textContent()) ?? '';
  return { points, words, lanes };
}

/**
 * A sweep as a speaker would run it, read back as the page explains it: each point's useful, waiting
 * and slower shares, the words, and the last run's lanes. With `busyCore`, another program keeps that
 * core busy for the whole sweep (started after the pool is warm, stopped by its own process id).
 */
export async function explainedSweep(
  browser: Browser,
  origin: string,
  n: number,
  workers: number,
  reps: number,
  busyCore?: number,
) {
  const { spawn } = await import('node:child_process');
  const page = await browser.newPage();
  await page.goto(`${origin}/?n=${n}&workers=${workers}&reps=${reps}`);
  await page.getByText(/started in/).waitFor();
  const busy =
    busyCore === undefined
      ? null
      : spawn('taskset', ['-c', String(busyCore), 'sh', '-c', 'while :; do :; done'], { stdio: 'ignore' });
  try {
    await page.getByRole('button', { name: 'Sweep', exact: true }).click();
    await waitForStatus(page, SWEEP_DONE_OR_FAILED);
  } finally {
    busy?.kill('SIGKILL');
  }
  const result = await readBreakdown(page);
  await settle(page);
  return result;
}

const SWEEP_DONE_OR_FAILED = /Sweep done|failed/;

/** Median 1-worker over median P-worker time of one mode's rows (by its label in the Mode column). */
function speedupOf(rows: PageRow[], modeLabel: string, workers: number): number {
  const of = (count: number) => rows.find((row) => row.mode === modeLabel && row.workers === count);
  const one = of(1);
  const many = of(workers);
  return one && many ? median(one.samplesMs) / median(many.samplesMs) : Number.NaN;
}

/** Each row's median time (ms per run) and runs per sample, for 1 and 2 workers. */
function timesOf(rows: PageRow[]) {
  return [1, 2].map((workers) => {
    const row = rows.find((r) => r.workers === workers);
    return row ? { workers, ms: median(row.samplesMs), runsPerSample: row.runsPerSample } : null;
  });
}

/** The article's experiment on fresh pages at one N: each one's 2-worker shared-memory speedup. */
export async function articleAgainstSweep(browser: Browser, origin: string, n: number, reps: number) {
  const article = await browser.newPage();
  article.on('dialog', (dialog) => void dialog.accept());
  await article.goto(`${origin}/?n=${n}&reps=${reps}&autorun=article`);
  await waitForStatus(article, /experiment, N=\d+: done|failed/);
  const articleRows = (await readResults(article)).filter((row) => row.mode === 'Workers, shared memory');
  await settle(article);
  const { page, rows } = await freshSweep(browser, `${origin}/?n=${n}&workers=2&reps=${reps}&autorun=sweep`);
  await settle(page);
  return {
    article: speedupOf(articleRows, 'Workers, shared memory', 2),
    sweep: efficiencyOf(rows, 2) * 2,
    articleTimes: timesOf(articleRows),
    sweepTimes: timesOf(rows),
  };
}

/** One way's row of the thread-safety table, read by its column headers. */
export interface RaceWayReading {
  way: string;
  marks: string[];
  time: string;
  vsLocal: string;
}

/** The thread-safety experiment on a fresh page: every way's marks and times, and what the page says. */
export async function raceExperiment(browser: Browser, origin: string, n: number, workers: number) {
  const page = await browser.newPage();
  await page.goto(`${origin}/?n=${n}&workers=${workers}&autorun=races`);
  await waitForStatus(page, /Thread safety, N=\d+ on \d+ workers: done|failed/);
  const region = page.getByRole('region', { name: 'Thread safety' });
  // No helper functions in here: tsx would wrap them in a `__name` call that the page lacks.
  const ways = await region.locator('table').evaluate((table) => {
    const headers = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent?.trim() ?? '');
    const counts = headers.findIndex((h) => h === 'Counts');
    const time = headers.findIndex((h) => h.startsWith('Time (ms'));
    const versus = headers.findIndex((h) => h.startsWith('Time vs'));
    return Array.from(table.querySelectorAll('tbody tr')).map((tr) => ({
      way: tr.children[0].firstChild?.textContent?.trim() ?? '',
      marks: Array.from(tr.children[counts].querySelectorAll('.race-counts > span')).map(
        (mark) => mark.textContent?.trim() ?? '',
      ),
      time: tr.children[time].textContent?.trim() ?? '',
      vsLocal: tr.children[versus].textContent?.trim() ?? '',
    }));
  });
  const words = (await region.locator('p.caption').allInnerTexts()).join('\n');
  await settle(page);
  return { ways: ways as RaceWayReading[], words };
}
