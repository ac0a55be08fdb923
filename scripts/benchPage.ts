import type { Browser, Page } from '@playwright/test';

/** A row of the page's results table, read by column header, with the samples behind its median. */
export interface PageRow {
  mode: string | null;
  workers: number;
  samplesMs: number[];
  /** "×8 runs per sample" when the page batched its samples, else 1. */
  runsPerSample: number;
  solutions: number;
  correct: boolean;
}

/** Reads the Results table the way a person does: by its column headers. */
export function readResults(page: Page): Promise<PageRow[]> {
  return page.locator('section[aria-label="Results"] table').evaluate((table) => {
    const headers = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent?.trim() ?? '');
    // No helper functions in here: tsx would wrap them in a `__name` call that the page lacks.
    const index: Record<string, number> = {};
    for (const name of ['Mode', 'Workers', 'Time', 'Solutions', 'Check'])
      index[name] = headers.findIndex((h) => h.startsWith(name));
    return Array.from(table.querySelectorAll('tbody tr'))
      .map((tr) => Array.from(tr.querySelectorAll('td')))
      .filter((cells) => cells.length === headers.length)
      .map((cells) => {
        const time = cells[index.Time];
        const mode = index.Mode;
        return {
          mode: mode >= 0 ? (cells[mode].textContent ?? null) : null,
          workers: Number(cells[index.Workers].textContent),
          samplesMs: JSON.parse(time.getAttribute('data-samples-ms') ?? '[]') as number[],
          runsPerSample: Number(time.getAttribute('data-runs-per-sample') ?? '1'),
          solutions: Number(cells[index.Solutions].textContent),
          correct: cells[index.Check].textContent?.includes('✓') ?? false,
        };
      });
  });
}

/**
 * Waits for the status line to say a sweep, run or comparison is over, without polling: one call that
 * the page answers when its status changes. Polling (Playwright's default: every animation frame)
 * would put the harness's own work on the page's thread during the timed runs.
 */
export async function waitForStatus(page: Page, pattern: RegExp, timeoutMs = 30 * 60_000): Promise<string> {
  page.setDefaultTimeout(timeoutMs);
  // A string, not a function: tsx would wrap the inner functions in a `__name` helper the page lacks.
  const text = await page.evaluate<string>(`new Promise((resolve) => {
    const pattern = new RegExp(${JSON.stringify(pattern.source)});
    const status = () => document.querySelector('[role="status"]')?.textContent ?? '';
    const check = () => (pattern.test(status()) ? (resolve(status()), true) : false);
    if (check()) return;
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  })`);
  if (/failed/i.test(text)) throw new Error(`the page says: ${text}`);
  return text;
}

export const SWEEP_DONE = /Sweep done|failed/;

/** A fresh tab on the speaker's bookmark: loads, sweeps by itself, and is read once the sweep is done. */
export async function freshSweep(browser: Browser, url: string): Promise<{ page: Page; rows: PageRow[] }> {
  const page = await browser.newPage();
  // A long sweep asks first (N=16 on one worker, say): the benchmark asked for it, so it says yes.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(url);
  await waitForStatus(page, SWEEP_DONE);
  return { page, rows: await readResults(page) };
}

/** Presses Sweep again on an open page and reads the new results. */
export async function sweepAgain(page: Page): Promise<PageRow[]> {
  await page.getByRole('button', { name: 'Sweep', exact: true }).click();
  await page.waitForFunction(
    () => !/Sweep done/.test(document.querySelector('[role="status"]')?.textContent ?? ''),
    undefined,
    { polling: 100 },
  );
  await waitForStatus(page, SWEEP_DONE);
  return readResults(page);
}
