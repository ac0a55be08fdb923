import type { Page } from '@playwright/test';
import { expect, test, untilStatus, untilSweepDone } from './fixtures';

/** Each chart's plotted rectangle (the page's own `plot-area`) and the lanes' canvas, in px tall. */
async function plotHeights(page: Page): Promise<Record<string, number>> {
  return page.evaluate(`(() => {
    const heights = {};
    for (const figure of document.querySelectorAll('[data-chart]')) {
      const boxes = [...figure.querySelectorAll('.plot-area')].map((e) => e.getBoundingClientRect().height);
      heights[figure.dataset.chart] = Math.round(Math.max(0, ...boxes));
    }
    const lanes = document.querySelector('figure[aria-label="Worker lanes"] canvas');
    heights.lanes = Math.round(lanes.getBoundingClientRect().height);
    return heights;
  })()`);
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const [width, height] of [
  [1024, 768],
  [800, 600],
  [390, 844],
]) {
  test(`presenter mode at ${width}×${height}: every plot at least 150 px tall, nothing sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?n=10&workers=2&reps=1&present=1&autorun=sweep');
    await untilSweepDone(page);
    const heights = await plotHeights(page);
    expect(Object.keys(heights).sort()).toEqual(['efficiency', 'lanes', 'speedup', 'time']);
    for (const [chart, px] of Object.entries(heights)) expect(px, chart).toBeGreaterThanOrEqual(150);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });
}

test('presenter mode at 1280×720: everything the room reads is at least 20 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?n=10&workers=2&reps=1&present=1&autorun=sweep');
  await untilSweepDone(page);
  const sizes = await page.evaluate(`(() => {
    const px = (element) => parseFloat(getComputedStyle(element).fontSize);
    const visible = (element) => element.getClientRects().length > 0;
    const texts = [...document.querySelectorAll('[data-chart] svg text')].filter(visible);
    const readable = [
      ...document.querySelectorAll('figcaption, [role="status"], [aria-label="What was measured"] p, .legend'),
    ].filter(visible);
    return {
      svgTexts: texts.length,
      smallestSvgText: Math.min(...texts.map(px)),
      smallest: Math.min(...readable.map(px)),
      smallestOf: readable.filter((e) => px(e) < 20).map((e) => e.textContent.slice(0, 40)),
      lanes: Number(document.querySelector('figure[aria-label="Worker lanes"] canvas').dataset.textPx),
    };
  })()`);
  const measured = sizes as { svgTexts: number; smallestSvgText: number; smallest: number; lanes: number };
  expect(measured.svgTexts).toBeGreaterThan(10);
  expect(measured.smallestSvgText).toBeGreaterThanOrEqual(20);
  expect(sizes).toMatchObject({ smallestOf: [] });
  expect(measured.smallest).toBeGreaterThanOrEqual(20);
  expect(measured.lanes).toBeGreaterThanOrEqual(20);
});

test('on a phone every control is a tap target of at least 44 px, and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?n=10&workers=2&reps=1&autorun=sweep');
  await untilSweepDone(page);
  const small = await page.evaluate(`(() =>
    [...document.querySelectorAll('button, select, input, label.checkbox')]
      .filter((element) => element.getClientRects().length > 0 && !element.closest('details:not([open])'))
      .filter((element) => !(element.tagName === 'INPUT' && element.type === 'checkbox'))
      .map((element) => ({ what: element.getAttribute('aria-label') || element.textContent.trim().slice(0, 30) || element.tagName,
        height: Math.round(element.getBoundingClientRect().height) }))
      .filter(({ height }) => height < 44))()`);
  expect(small).toEqual([]);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  // The models table fits the phone instead of hiding its last column behind a scroll.
  const models = page.getByRole('table', { name: /Python models/ });
  const fit = await models.evaluate((table) => table.scrollWidth - (table.parentElement?.clientWidth ?? 0));
  expect(fit).toBeLessThanOrEqual(0);
});

test('a first visit says in each empty panel which key fills it', async ({ page }) => {
  await page.goto('/?n=10&workers=2');
  for (const name of ['Speedup versus workers', 'Wall time versus workers', 'Efficiency versus workers']) {
    await expect(page.getByRole('figure', { name })).toContainText('press Sweep (S)');
  }
  await expect(page.getByRole('figure', { name: 'Worker lanes' })).toContainText('drawn live');
});

test('a comparison reads right at 1280×720: said to be a comparison while it runs, no table column out of view, bytes copied on the chart in presenter mode', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?n=13&workers=2&reps=2');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  await page.keyboard.press('c');
  await expect(page.getByRole('region', { name: 'What was measured' })).toContainText('Comparing the five models');
  await expect(page.getByRole('region', { name: 'What was measured' })).not.toContainText('Add workers');
  await untilStatus(page, 'Comparison done', 60_000);
  const table = page.getByRole('group', { name: 'Results table' });
  const { scroll, client } = await table.evaluate((element) => ({
    scroll: element.scrollWidth,
    client: element.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
  await expect(page.getByRole('region', { name: 'What was measured' }).locator('p').first()).toContainText(
    /the speed of the main thread/,
  );
  await page.keyboard.press('p');
  await expect(page.getByRole('figure', { name: 'Wall time by concurrency model' })).toContainText(/copied [\d.]+ kB/);
});

test('a long run shows a progress bar with the time left, and it goes when the run is cancelled', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/?n=17&workers=2');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  await page.keyboard.press('Space');
  const bar = page.getByRole('progressbar', { name: 'Progress' });
  await expect(bar).toBeVisible({ timeout: 10_000 });
  await expect(bar).toContainText(/\d+% · about [\d.]+ (s|min) left/, { timeout: 10_000 });
  const first = Number(await bar.getAttribute('aria-valuenow'));
  await expect
    .poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 10_000 })
    .toBeGreaterThan(first);
  await page.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
});

test("the lanes project the last run's tasks onto 8, 16 and 64 cores, idle cores and all", async ({ page }) => {
  await page.goto('/?n=12&workers=2&split=1&schedule=static&autorun=run');
  await untilStatus(page, 'Done: N=12');
  const lanes = page.getByRole('figure', { name: 'Worker lanes' });
  await lanes.getByRole('button', { name: '16 cores', exact: true }).click();
  await expect(lanes.getByRole('button', { name: '16 cores', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(lanes).toContainText("the last run's 12 tasks projected on 16 cores by the static schedule");
  // The article's one-row split has 12 tasks: on 16 cores, four have nothing to do.
  await expect(lanes).toContainText('Worker 16: 0% busy');
  await expect(lanes).toContainText('Worker 13: 0% busy');
  await lanes.getByRole('button', { name: 'Measured', exact: true }).click();
  await expect(lanes).toContainText('last run: 12 tasks on 2 workers');
});

for (const [width, height] of [
  [1280, 720],
  [1024, 768],
]) {
  test(`presenter mode at ${width}×${height} fits the screen whatever cautions and explanations appear: no scrolling, every plot at least 150 px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?n=13&workers=2&reps=1&present=1&autorun=sweep');
    await untilSweepDone(page, 60_000);
    // Presenter mode says every caution on one line (ui/Insights.tsx): here the longest it can be, with
    // all three a sweep can bring, drawn as the page draws it.
    await page.evaluate(() => {
      const note = document.createElement('p');
      note.className = 'warning';
      note.textContent =
        '⚠ the 1-worker time drifted 23% · 2 workers superlinear: the machine changed speed · the tab was hidden during a run (the normal view says more)';
      const insights = document.querySelector('[aria-label="What was measured"]')!;
      // And the longest explanation a sweep can bring under its headline (the page's words, three lines here).
      const detail = document.createElement('p');
      detail.className = 'caption detail';
      detail.textContent =
        "Both workers were busy 98%–99% of the time, but each computed at 0.95× a lone worker's speed: cores run slower when all of them are busy (lower clock speeds, shared caches and memory), or another program takes some of their time.";
      insights.querySelector('.caption')?.after(detail);
      // In place of the one this sweep may have brought (a drift on a busy machine): there is only ever one line.
      insights.querySelector('.warning')?.remove();
      insights.append(note);
    });
    await page.screenshot({ path: `test-results/present-${width}-cautions.png` });
    const overflow = await page.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight);
    expect(overflow, 'vertical scroll').toBeLessThanOrEqual(0);
    for (const [chart, px] of Object.entries(await plotHeights(page))) expect(px, chart).toBeGreaterThanOrEqual(150);
  });
}
