import type { Locator, Page } from '@playwright/test';
import { button, expect, test, untilStatus } from './fixtures';

/** The thread-safety table's row for a way, found by its row header (the way's name, then its Python twin). */
function wayRow(page: Page, way: string): Locator {
  return page
    .getByRole('region', { name: 'Thread safety' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${way.replace(/[.+]/g, '\\$&')}`) }) });
}

/** A row's cell under the column headed `column` (the row header counts as the first cell). */
function cellUnder(row: Locator, column: string): Locator {
  const header = `../../thead/tr/th[normalize-space()=${JSON.stringify(column)}]`;
  return row.locator(`xpath=./*[count(../${header}/preceding-sibling::th) + 1]`);
}

/** Every run's mark in a way's Counts cell: "✓", or "✗" with how far off. */
async function marks(page: Page, way: string): Promise<string[]> {
  return cellUnder(wayRow(page, way), 'Counts').locator('.race-counts > span').allTextContents();
}

// A race needs both workers computing at once. When another program takes a core, they take turns and the
// plain total comes out right; the page says so from each run's pace (0.9-1.6x one worker's in the one
// failure seen, against near 2x when they race). Measured with the start line's second step: alone 0 of 80
// plain-total runs right (16 experiments), and 1 clean-clone CI run of 2 had 4 of 5 right in the full suite.
// One retry, reported by Playwright as flaky, keeps a busy moment of this shared VM from failing CI.
test.describe.configure({ retries: 1 });

test('thread safety at N=12 on 2 workers: the plain total loses updates, every safe way is exact', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?n=12&workers=2&autorun=races');
  await untilStatus(page, 'Thread safety, N=12 on 2 workers: done', 110_000);

  const plain = await marks(page, 'Plain total, no Atomics');
  expect(plain).toHaveLength(5);
  const wrong = plain.filter((mark) => mark.startsWith('✗'));
  expect(wrong.length, `plain total: ${plain.join(' ')}`).toBeGreaterThanOrEqual(4);
  // Lost updates only make the count smaller.
  for (const mark of wrong) expect(mark).toMatch(/^✗ −[\d,]+$/);
  await expect(cellUnder(wayRow(page, 'Plain total, no Atomics'), 'Counts')).toContainText(
    /wrong in \d of 5 runs: lost [\d,–]+ of 14,200 solutions/,
  );

  for (const way of ['Atomics.add per solution', 'Lock per solution', 'Local count, added once per task']) {
    expect(await marks(page, way), way).toEqual(['✓', '✓', '✓', '✓', '✓']);
    await expect(cellUnder(wayRow(page, way), 'Counts')).toContainText('right in every run (5 runs)');
  }
  // The claim race is real but may be rare: whatever it counted is checked and said.
  const cursor = await marks(page, 'Tasks claimed without Atomics');
  expect(cursor).toHaveLength(5);
  for (const mark of cursor) expect(mark).toMatch(/^(✓|✗ \+[\d,]+)$/);

  const words = page.getByRole('region', { name: 'Thread safety' });
  await expect(words).toContainText(/On one worker, where no race is possible, the plain total is right/);
  await expect(words).toContainText(/False sharing: own counters side by side in one cache line took [\d.]+×/);
  await expect(cellUnder(wayRow(page, 'Local count, added once per task'), 'Time vs local count')).toHaveText('1.00×');
});

test('thread safety starts from its button and from R, and refuses a board it cannot count', async ({ page }) => {
  await page.goto('/?n=17&workers=2');
  await page.getByText(/started in/).waitFor();
  await button(page, 'Thread safety: races, atomics and locks, live').click();
  await untilStatus(page, 'Nothing started: the thread-safety experiment runs N up to 16');
  await expect(page.getByRole('region', { name: 'Thread safety' })).toHaveCount(0);

  await page.getByLabel('N', { exact: true }).fill('8');
  await page.getByLabel('N', { exact: true }).blur();
  await page.keyboard.press('r');
  await untilStatus(page, 'Thread safety, N=8 on 2 workers: done', 60_000);
  await expect(wayRow(page, 'Atomics.add per solution')).toContainText('right in every run');
  await button(page, 'Close the experiment').click();
  await expect(page.getByRole('region', { name: 'Thread safety' })).toHaveCount(0);
});
