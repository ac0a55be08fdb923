import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { startPlainServer } from '../support/plainServer';
import { button, cellOf, expect, resultCell, resultRows, test, untilSweepDone } from './fixtures';

const solutions = (page: Page) => resultCell(page, 'Solutions');

// A worker computing is deaf to the outside until its task ends, so the browser test makes one crash
// between runs; the unit tests (faults.test.ts) crash workers in the middle of a run.
test('a worker that has crashed fails the next run with a clear message; the pool is rebuilt and the run after is correct', async ({
  page,
}) => {
  await page.goto('/?n=12&workers=2');
  await expect(page.getByText(/2 started in/)).toBeVisible();
  await expect.poll(() => page.workers().length).toBe(2);
  // An uncaught exception inside one worker, the way a bug in worker code would surface.
  await page.workers()[0].evaluate(() =>
    setTimeout(() => {
      throw new Error('simulated solver bug');
    }),
  );
  await button(page, 'Run').click();
  await expect(page.getByRole('alert').filter({ hasText: 'The run failed because a worker crashed' })).toContainText(
    'simulated solver bug',
  );
  await expect(button(page, 'Run')).toBeEnabled();

  await page.getByLabel('N', { exact: true }).fill('9');
  await button(page, 'Run').click();
  await expect(solutions(page)).toHaveText('352');
  await expect.poll(() => page.workers().length).toBe(2);
});

test('when Web Workers cannot be created, the main-thread modes still work and the page says why', async ({ page }) => {
  await page.addInitScript(() => {
    // What a locked-down browser or a strict policy does to `new Worker(...)`.
    (window as unknown as { Worker: unknown }).Worker = function blocked() {
      throw new Error('Workers are disabled in this browser');
    };
  });
  await page.goto('/?n=9&workers=2');
  await expect(page.getByRole('note').filter({ hasText: 'Web Workers cannot be started here' })).toContainText(
    'Workers are disabled in this browser',
  );
  await expect(page.getByLabel('Mode')).toHaveValue('cooperative');
  await button(page, 'Run').click();
  await expect(solutions(page)).toHaveText('352');
  await page.getByLabel('Mode').selectOption('main');
  await button(page, 'Run').click();
  const mainRow = resultRows(page).filter({ hasText: 'Main thread' });
  await expect(cellOf(mainRow, 'Solutions')).toHaveText('352');
});

test('a tab hidden mid-run: the run completes and its time is flagged', async ({ page }) => {
  await page.goto('/?n=15&workers=2');
  await expect(page.getByText(/2 started in/)).toBeVisible();
  await button(page, 'Run').click();
  await expect(page.getByRole('status').first()).toContainText('running N=15');
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(solutions(page)).toHaveText('2279184', { timeout: 20_000 });
  await expect(resultRows(page).first().locator('.flag')).toBeVisible();
  await expect(page.getByText(/The tab was hidden during a measurement/)).toBeVisible();
});

// Runs of ~1,000 tasks, so each kept by mistake would hold ~60 kB: 130 of them would add 8 MB. The
// threshold leaves room for V8's compiled code and Chrome's paint-timing entries, which grow a little
// over the first few hundred runs and then level off (measured: 10.3 -> 12.0 MB over 600 runs).
test('soak: 100 runs and 30 cancels leave the same workers and a flat heap', async ({ page }) => {
  test.setTimeout(150_000);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/?n=12&workers=2&split=3');
  await expect(page.getByText(/2 started in/)).toBeVisible();
  const run = button(page, 'Run');
  const cancel = button(page, 'Cancel');
  const n = page.getByLabel('N', { exact: true });
  const cdp = await page.context().newCDPSession(page);
  // The smallest of a few readings after forced collections: one reading can catch garbage in flight.
  const heapMb = async () => {
    const readings: number[] = [];
    for (let i = 0; i < 3; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      readings.push((await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6);
    }
    return Math.min(...readings);
  };
  const runs = async (count: number) => {
    await n.fill('12');
    for (let i = 0; i < count; i++) {
      await run.click();
      await expect(run).toBeEnabled();
    }
    await expect(solutions(page)).toHaveText('14200');
  };
  const cancels = async (count: number) => {
    await n.fill('16');
    for (let i = 0; i < count; i++) {
      await run.click();
      await expect(cancel).toBeEnabled();
      await cancel.click();
      await expect(run).toBeEnabled();
    }
  };
  // Both paths once first, so the code V8 compiles for them is in the baseline, not counted as growth.
  await runs(10);
  await cancels(3);
  await runs(1);
  const before = { heap: await heapMb(), workers: page.workers().length };
  await runs(100);
  await cancels(30);
  await runs(1);
  const after = { heap: await heapMb(), workers: page.workers().length };
  expect(after.workers).toBe(before.workers);
  expect(after.heap - before.heap, `heap ${before.heap.toFixed(2)} -> ${after.heap.toFixed(2)} MB`).toBeLessThan(3);
});

test.describe('without cross-origin isolation', () => {
  // No COOP/COEP from the server and no service worker to add them: no SharedArrayBuffer at all.
  test.use({ serviceWorkers: 'block' });

  test('workers fall back to message passing, the page says so, and the counts are the same', async ({ page }) => {
    const server = await startPlainServer(fileURLToPath(new URL('../../dist', import.meta.url)));
    try {
      await page.goto(`${server.url}?n=10&workers=2&reps=1&autorun=sweep`);
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
      await expect(page.getByRole('region', { name: 'Environment' })).toContainText(
        'workers cannot share memory: the shared-memory mode hands tasks out by message instead',
      );
      await untilSweepDone(page);
      await expect(resultRows(page)).toHaveCount(2);
      for (let i = 0; i < 2; i++) await expect(resultCell(page, 'Solutions', i)).toHaveText('724');
      await expect(page.getByText(/Last run: \d+ messages, [\d.]+ kB of task data copied/)).toBeVisible();
    } finally {
      await server.close();
    }
  });
});
