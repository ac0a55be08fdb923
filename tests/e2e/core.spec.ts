import {
  button,
  chartSeries,
  expect,
  resultCell,
  resultRows,
  resultsTable,
  setField,
  test,
  untilSweepDone,
} from './fixtures';

test('the page is cross-origin isolated and says so', async ({ page }) => {
  await page.goto('/');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe('function');
  const environment = page.getByRole('region', { name: 'Environment' });
  await expect(environment).toContainText(/Cross-origin isolated\s*yes/);
  await expect(environment).toContainText(/SharedArrayBuffer\s*yes/);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  await expect(environment).toContainText(new RegExp(`Logical cores\\s*${cores}`));
});

test('a sweep at N=10 with 2 workers fills the table with correct counts and draws both charts', async ({ page }) => {
  await page.goto('/');
  await setField(page, 'N', 10);
  await setField(page, 'Workers', 2);
  await expect(page).toHaveURL(/n=10/);
  await button(page, 'Sweep').click();
  await untilSweepDone(page);

  const headers = await resultsTable(page).getByRole('columnheader').allTextContents();
  // The six columns of the core issue, with the teaching issue's Karp-Flatt metric after Efficiency.
  expect(headers).toEqual(['Workers', 'Time (ms)', 'Speedup', 'Efficiency', 'Karp-Flatt', 'Solutions', 'Check']);
  const rows = resultRows(page);
  await expect(rows).toHaveCount(2);
  for (const [index, workers] of [1, 2].entries()) {
    await expect(resultCell(page, 'Workers', index)).toHaveText(String(workers));
    await expect(resultCell(page, 'Solutions', index)).toHaveText('724');
    await expect(resultCell(page, 'Check', index)).toContainText('✓');
  }
  await expect(resultCell(page, 'Speedup')).toHaveText('1.00×');

  for (const chart of ['time', 'speedup']) {
    const curve = chartSeries(page, chart, 'series-measured').locator('path').first();
    await expect(curve).toBeVisible();
    expect(await curve.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
  }
  // Ideal and measured: two points are not enough for an Amdahl fit.
  await expect(chartSeries(page, 'speedup')).toHaveCount(2);
  // N=10 runs for well under a millisecond: the page says so instead of claiming a speedup.
  await expect(page.getByRole('region', { name: 'What was measured' })).toContainText(
    /N=10 takes [\d.]+ ms on 2 workers: too short to show scaling .*; try N=\d+ or more/,
  );
});

test('Cancel during an N=17 run returns control in under a second', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/?n=17&workers=2');
  const run = button(page, 'Run');
  await run.click();
  await expect(page.getByRole('status')).toContainText('running N=17');
  // Cancel once the run's orders are out (engine/runClock.ts marks it): its clock starts within moments.
  await page.waitForFunction(() => performance.getEntriesByName('timed run dispatched').length > 0);
  const cancelledAt = Date.now();
  await button(page, 'Cancel').click();
  await expect(run).toBeEnabled({ timeout: 1000 });
  expect(Date.now() - cancelledAt).toBeLessThan(1000);
  await expect(page.getByRole('status')).toHaveText('Cancelled');
  await expect(resultRows(page).first()).toContainText('Press Run, Sweep or Compare models');

  await setField(page, 'N', 8);
  await run.click();
  await expect(resultCell(page, 'Solutions')).toHaveText('92');
});

test('bad URL values show a notice and fall back to defaults', async ({ page }) => {
  await page.goto('/?n=abc&workers=-3');
  const notice = page.getByRole('alert', { name: 'Settings notice' });
  await expect(notice).toContainText('N must be a whole number from 1 to 20');
  await expect(notice).toContainText('Workers must be a whole number from 1 to 64');
  await expect(page.getByLabel('N', { exact: true })).toHaveValue('14');
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  await expect(page.getByLabel('Workers', { exact: true })).toHaveValue(String(Math.min(cores, 64)));
  await expect(page).toHaveURL(/\?n=14&workers=\d+&reps=3$/);
});

test('autorun=run starts a run on load, as a speaker bookmark does', async ({ page }) => {
  await page.goto('/?n=9&workers=2&autorun=run');
  await expect(resultCell(page, 'Solutions')).toHaveText('352');
  await expect(resultCell(page, 'Check')).toContainText('✓');
});

test('a bad value typed into a field is refused with a message; the setting keeps its last good value', async ({
  page,
}) => {
  await page.goto('/?n=8&workers=2');
  const n = page.getByLabel('N', { exact: true });
  await n.fill('99');
  await expect(page.getByText('N must be a whole number from 1 to 20 (got 99)')).toBeVisible();
  await n.blur();
  // The field shows what was typed (and nothing starts, tests/e2e/input.spec.ts); the setting is untouched.
  await expect(n).toHaveValue('99');
  await expect(page).toHaveURL(/n=8/);
  await n.focus();
  await page.keyboard.press('Escape');
  await expect(n).toHaveValue('8');
});
