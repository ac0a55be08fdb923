import { seriousViolations } from './axe';
import { button, expect, resultCell, test, untilSweepDone } from './fixtures';

for (const colorScheme of ['dark', 'light'] as const) {
  test(`axe finds no serious or critical violation after a sweep, ${colorScheme} theme, normal and presenter`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    // An unknown parameter, so the settings notice is on the page and checked too.
    await page.goto('/?n=9&workers=2&reps=1&autorun=sweep&colour=blue');
    await expect(page.getByRole('alert', { name: 'Settings notice' })).toBeVisible();
    await untilSweepDone(page);
    await page
      .locator('details')
      .first()
      .evaluate((details: HTMLDetailsElement) => (details.open = true));
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('p');
    await expect(page.locator('.app')).toHaveClass(/present/);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

for (const colorScheme of ['dark', 'light'] as const) {
  test(`axe finds no serious or critical violation in the thread-safety results, ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/?n=8&workers=2&autorun=races');
    await expect(page.getByRole('status').first()).toContainText('Thread safety, N=8 on 2 workers: done', {
      timeout: 60_000,
    });
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('p');
    await expect(page.locator('.app')).toHaveClass(/present/);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('everything is reachable and usable from the keyboard, with a visible focus ring', async ({ page }) => {
  await page.goto('/?n=8&workers=2');
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        label: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName,
        outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
      };
    });
    if (!focused) continue;
    expect(focused.outline, `focus ring on ${focused.label}`).toBe(true);
    seen.add(focused.label);
  }
  for (const control of ['Run', 'Sweep', 'Compare models', 'Presenter mode', 'Keyboard shortcuts'])
    expect(seen).toContain(control);

  await button(page, 'Run').focus();
  await page.keyboard.press('Enter');
  await expect(resultCell(page, 'Solutions')).toHaveText('92');
});

test('status is announced politely and charts carry text alternatives', async ({ page }) => {
  await page.goto('/?n=8&workers=2&reps=1&autorun=sweep');
  const status = page.locator('[role="status"][aria-live="polite"]').first();
  await expect(status).toContainText('Sweep done');
  for (const chart of ['speedup', 'time', 'efficiency']) {
    const figure = page.locator(`[data-chart="${chart}"]`);
    const describedBy = await figure.getAttribute('aria-describedby');
    await expect(page.locator(`#${describedBy}`)).toContainText('workers');
  }
});

test('with reduced motion the heartbeat and the run spinner stand still', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?n=15&workers=2');
  // Once the meter has counted frames, the heartbeat has had its chance to move.
  await expect(page.locator('.fps')).toHaveText(/^\d+ fps$/);
  expect(await page.locator('.heartbeat-dot').evaluate((dot: HTMLElement) => dot.style.transform)).toBe('');
  await button(page, 'Run').click();
  const spinner = page.locator('.spinner');
  await expect(spinner).toBeVisible();
  expect(await spinner.evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [390, 844],
] as const) {
  test(`layout holds at ${width}x${height}: nothing wider than the screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?n=9&workers=2&reps=1&autorun=sweep');
    await untilSweepDone(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(button(page, 'Run')).toBeInViewport();
  });
}
