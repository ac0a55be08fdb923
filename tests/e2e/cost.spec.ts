import { seriousViolations } from './axe';
import { button, expect, test } from './fixtures';

const costPanel = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'COST' });

for (const n of [12, 13]) {
  test(`COST at N=${n}: both searches count right and its sentence holds on this device's cores`, async ({ page }) => {
    await page.goto(`/?n=${n}&workers=2&autorun=cost`);
    const panel = costPanel(page);
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `COST, N=${n}` })
        .filter({ hasText: 'done' }),
    ).toBeAttached({ timeout: 120_000 });
    const counts = panel.getByRole('list', { name: 'Counts checked' });
    await expect(counts.getByRole('listitem')).toHaveCount(2);
    await expect(counts).not.toContainText('✗');
    const total = { 12: '14,200', 13: '73,712' }[n]!;
    const distinct = { 12: '1,787', 13: '9,233' }[n]!;
    await expect(counts).toContainText(
      `All eight symmetries: ${total} solutions (A000170: ${total}), ${distinct} distinct (A002562: ${distinct})`,
    );
    await expect(counts).toContainText(`Plain: ${total} solutions`);
    const sentence = (await panel.locator('.cost-sentence').textContent()) ?? '';
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const measured = /needs (\d+) workers? to match it \(measured\)|never needs more workers/.exec(sentence);
    const projected =
      /would need (about (\d+) cores|more than 64 cores) to match it \(projected from its task costs/.exec(sentence);
    expect(measured !== null || projected !== null, sentence).toBe(true);
    // Measured only up to the cores this device reports; past them, the page says it projected.
    if (measured?.[1]) expect(Number(measured[1])).toBeLessThanOrEqual(cores);
    if (projected?.[2]) {
      expect(Number(projected[2])).toBeGreaterThan(Math.min(cores, 64));
      expect(sentence).toContain(`this device has ${cores} cores`);
    }
    await expect(panel.getByRole('img')).toBeVisible();
  });
}

test('COST runs from its key and closes; the symmetry choice reaches Compare', async ({ page }) => {
  await page.goto('/?n=11&workers=2');
  await page.getByText(/started in/).waitFor();
  await page.keyboard.press('o');
  await expect(costPanel(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'COST, N=11' }).filter({ hasText: 'done' })).toBeAttached({
    timeout: 120_000,
  });
  await costPanel(page).getByRole('button', { name: 'Close' }).click();
  await expect(costPanel(page)).toHaveCount(0);

  await page.getByLabel('Symmetry').selectOption('all');
  await button(page, 'Compare models').click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Compar/ })
      .filter({ hasText: 'done' }),
  ).toBeAttached({
    timeout: 120_000,
  });
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results).toContainText('all eight symmetries');
  // Every model counted N=11 with all eight symmetries, each right.
  await expect(results.getByRole('cell', { name: '2680', exact: true })).toHaveCount(5);
});

for (const [width, height] of [
  [1280, 720],
  [1024, 768],
] as const) {
  test(`COST in presenter mode at ${width}×${height}: one screen, text at least 20 px, axe clean`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?n=12&workers=2&present=1&autorun=cost');
    await expect(page.getByRole('status').filter({ hasText: 'COST, N=12' }).filter({ hasText: 'done' })).toBeAttached({
      timeout: 120_000,
    });
    const overflow = await page.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const locator of [costPanel(page).locator('.cost-sentence'), costPanel(page).getByRole('listitem').first()]) {
      const px = await locator.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
      expect(px).toBeGreaterThanOrEqual(20);
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
}
