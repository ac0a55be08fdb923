import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { median } from '../src/core/stats';
import { readResults } from './benchPage';

export function spread(values: number[]) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), samples: values.length };
}

/** Gzipped bytes of everything the page can load: scripts (workers and lazy chunks too), CSS, HTML. */
export function bundleSize(dist = 'dist'): { files: Record<string, number>; totalGzipKb: number } {
  const files: Record<string, number> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(js|css|html)$/.test(entry.name)) files[path] = gzipSync(readFileSync(path), { level: 9 }).length;
    }
  };
  walk(dist);
  const total = Object.values(files).reduce((a, b) => a + b, 0);
  return { files, totalGzipKb: total / 1000 };
}

const POOL_STARTED = /(\d+) started in ([\d.]+) ms/;

/** Pool start-up as the page reports it (created, module loaded, warmed), over several fresh loads. */
export async function poolStartup(browser: Browser, url: string, loads = 7) {
  const times: number[] = [];
  for (let i = 0; i < loads; i++) {
    const page = await browser.newPage();
    await page.goto(url);
    const text = await page.getByText(POOL_STARTED).textContent({ timeout: 10_000 });
    times.push(Number(POOL_STARTED.exec(text ?? '')?.[2]));
    await page.close();
  }
  return spread(times);
}

/** When the engine's last timed window ended (its `timed run` measure), or -1 before the first. */
function lastRunEnd(page: Page): Promise<number> {
  return page.evaluate(() => {
    const last = performance.getEntriesByName('timed run', 'measure').at(-1);
    return last ? last.startTime + last.duration : -1;
  });
}

/**
 * Presses Run and waits until the engine's end-of-run mark moves and the page is idle again; returns
 * the time the page shows for that worker count (ms), in the row of `mode` (its label) when the table
 * holds several. Polled every 20 ms: the harness's own calls land
 * on the page's thread, so they stay rare.
 */
export async function runOnce(page: Page, workers: number, mode?: string): Promise<number> {
  const before = await lastRunEnd(page);
  const run = page.getByRole('button', { name: 'Run', exact: true });
  await run.click();
  const deadline = Date.now() + 120_000;
  for (;;) {
    await page.waitForTimeout(20);
    if ((await lastRunEnd(page)) !== before && (await run.isEnabled())) {
      const row = (await readResults(page)).find(
        (r) => r.workers === workers && (mode === undefined || r.mode === null || r.mode === mode),
      );
      if (row) return row.samplesMs[0];
    }
    if (Date.now() > deadline) throw new Error('run did not finish');
  }
}

/** Long tasks (> 50 ms) on the main thread between the engine's run marks, during one run. */
export async function longTasksDuringRun(page: Page, workers: number): Promise<{ runMs: number; longTasks: number }> {
  const runMs = await runOnce(page, workers);
  const longTasks = await page.evaluate(() => {
    const window = performance.getEntriesByName('timed run', 'measure').at(-1);
    const start = window?.startTime ?? 0;
    const end = start + (window?.duration ?? 0);
    const entries = (window as unknown as { __longTasks: PerformanceEntry[] }).__longTasks;
    return entries.filter((entry) => entry.startTime >= start && entry.startTime < end).length;
  });
  return { runMs, longTasks };
}

/** Installed before the page's own scripts, so no long task is missed. */
export const LONG_TASK_RECORDER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
`;

/** JS heap (after a forced GC) and live workers, before and after many runs. */
export async function memoryAcrossRuns(page: Page, workers: number, runs: number) {
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
  };
  const before = { heapMb: await heap(), workers: page.workers().length };
  for (let i = 0; i < runs; i++) await runOnce(page, workers);
  const after = { heapMb: await heap(), workers: page.workers().length };
  await cdp.detach();
  return { runs, before, after };
}
