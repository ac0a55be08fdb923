import { expect, test as base, type Page } from '@playwright/test';

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
