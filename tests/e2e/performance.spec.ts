import { button, expect, resultCell, test } from './fixtures';

test('symmetry is a visible choice, in the URL, with the same count; the former switch still opens', async ({
  page,
}) => {
  await page.goto('/?n=11&workers=2');
  const symmetry = page.getByLabel('Symmetry');
  await expect(symmetry).toHaveValue('none');
  await symmetry.selectOption('all');
  await expect(page).toHaveURL(/symmetry=all/);
  await button(page, 'Run').click();
  await expect(resultCell(page, 'Solutions')).toHaveText('2680');
  await expect(page.getByRole('region', { name: 'Results' })).toContainText('all eight symmetries');

  await page.goto('/?n=11&workers=2&symmetry=1');
  await expect(page.getByLabel('Symmetry')).toHaveValue('mirror');
  await button(page, 'Run').click();
  await expect(resultCell(page, 'Solutions')).toHaveText('2680');
  await expect(page.getByRole('region', { name: 'Results' })).toContainText('mirror symmetry');

  await page.goto('/?n=11&workers=2&symmetry=bogus');
  await expect(page.getByText('symmetry must be one of none, mirror, all (got "bogus"); using none')).toBeVisible();
  await expect(page.getByLabel('Symmetry')).toHaveValue('none');
});

test('a run shows the projected speedup on 8/16/32/64 cores from its task costs', async ({ page }) => {
  await page.goto('/?n=12&workers=2&autorun=run');
  const projection = page.getByRole('region', { name: 'Projected speedup' });
  await expect(projection.getByRole('listitem')).toHaveCount(4);
  const labels = await projection.locator('.cores').allTextContents();
  expect(labels).toEqual(['8 cores', '16 cores', '32 cores', '64 cores']);
  for (const text of await projection.locator('strong').allTextContents()) {
    const speedup = Number.parseFloat(text);
    expect(speedup).toBeGreaterThan(1);
    expect(speedup).toBeLessThanOrEqual(64);
  }
});
