import { expect, test as base, type Locator, type Page } from '@playwright/test';

/**
 * Every page fails its test on any console error, uncaught exception, or request that leaves the
 * page's origin (the demo must work offline and COEP would block third parties anyway).
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'blob:' || url.protocol === 'data:' || request.isNavigationRequest()) return;
        if (url.origin !== new URL(page.url()).origin) errors.push(`request left the origin: ${request.url()}`);
      });
      await use(errors);
      expect(errors, 'console errors, page errors or third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function setField(page: Page, label: string, value: string | number): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(String(value));
  await input.blur();
}

export function resultsTable(page: Page) {
  return page.getByRole('region', { name: 'Results' }).getByRole('table');
}

export function resultRows(page: Page) {
  return resultsTable(page).locator('tbody tr');
}

/** A button by its accessible name, exactly ("Run" is not "Run the article's experiment"). */
export function button(page: Page, name: string): Locator {
  return page.getByRole('button', { name, exact: true });
}

/** A form control by its label, exactly. */
export function control(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true });
}

/**
 * The cell of result row `row` (0-based) under the column headed `column`, found by the header's text,
 * so a column added or hidden moves nothing. No such header: no cell, and the test fails.
 */
export function resultCell(page: Page, column: string, row = 0): Locator {
  return cellOf(resultRows(page).nth(row), column);
}

/** The cell of a result row (a `tr` locator) under the column headed `column`. */
export function cellOf(row: Locator, column: string): Locator {
  // From a cell: its row, the body, the table, then the table's header row.
  const header = `../../../thead/tr/th[normalize-space()=${JSON.stringify(column)}]`;
  return row.locator(`xpath=./td[${header}][count(${header}/preceding-sibling::th) + 1]`);
}

/** Waits until the status line says a run, sweep or comparison is over. */
export async function untilStatus(page: Page, text: string | RegExp, timeout = 20_000): Promise<void> {
  await expect(page.getByRole('status').first()).toContainText(text, { timeout });
}

export const untilSweepDone = (page: Page, timeout?: number) => untilStatus(page, 'Sweep done', timeout);

/** The lines a chart plots, by the page's own `series` class (ui/charts/chartParts.tsx). */
export function chartSeries(page: Page, chart: string, series = 'series'): Locator {
  return page.locator(`[data-chart="${chart}"] .${series}`);
}

/** A quick real sweep (N=10, 2 workers) saved with Export JSON: the file's path, as another device would send it. */
export async function exportedSweep(page: Page): Promise<string> {
  await page.goto('/?n=10&workers=2&reps=1&autorun=sweep');
  await untilSweepDone(page);
  const downloading = page.waitForEvent('download');
  await button(page, 'Export JSON').click();
  return (await downloading).path();
}
