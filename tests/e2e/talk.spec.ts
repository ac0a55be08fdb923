import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const STEPS = 9;

/** The talk's region, named by the step it shows. */
const talk = (page: Page, step: number) => page.getByRole('region', { name: `Talk, step ${step} of ${STEPS}` });

/** What the step measured: its sentences under the view. */
const findings = (page: Page) => page.locator('.talk-findings');

/** The step has done what it runs: its sentences are there (the room has none to wait for). */
async function untilStepDone(page: Page, step: number): Promise<void> {
  await expect(talk(page, step)).toBeVisible();
  if (step === STEPS) return;
  await expect(findings(page)).not.toBeEmpty({ timeout: 60_000 });
}

/** No scrolling either way, and no text under 20 px anywhere in the talk. */
async function expectFitsAndLegible(page: Page, where: string): Promise<void> {
  const { overflowX, overflowY, smallest } = await page.evaluate(() => {
    const root = document.scrollingElement!;
    let smallest = { size: Infinity, text: '' };
    for (const element of document.querySelectorAll<HTMLElement>('.talk *')) {
      const own = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
      const box = element.getBoundingClientRect();
      if (!own || box.width === 0 || element.closest('svg')) continue;
      const size = Number.parseFloat(getComputedStyle(element).fontSize);
      if (size < smallest.size) smallest = { size, text: element.textContent!.trim().slice(0, 40) };
    }
    return {
      overflowX: root.scrollWidth - window.innerWidth,
      overflowY: root.scrollHeight - window.innerHeight,
      smallest,
    };
  });
  expect(overflowX, `${where}: sideways scroll`).toBeLessThanOrEqual(0);
  expect(overflowY, `${where}: scroll`).toBeLessThanOrEqual(0);
  expect(smallest.size, `${where}: "${smallest.text}"`).toBeGreaterThanOrEqual(20);
}

for (const [width, height] of [
  [1280, 720],
  [1024, 768],
] as const) {
  test(`the talk at ${width}×${height}: every step with PageDown, counts right, no scrolling, then back with PageUp`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height });
    await page.goto('/?talk=1&n=10&workers=2');
    for (let step = 1; step <= STEPS; step++) {
      await untilStepDone(page, step);
      const said = (await findings(page).textContent()) ?? '';
      if (step === 7) {
        // The race's step: the plain total may lose updates; the safe way is right in every run.
        expect(said).toMatch(/Local count, added once per task: right in every run/);
      } else {
        expect(said, `step ${step}`).not.toMatch(/wrong|differ/);
        if (step !== STEPS) expect(said, `step ${step}`).toMatch(/as OEIS A000170 has it/);
      }
      await expectFitsAndLegible(page, `step ${step}`);
      await page.screenshot({ path: `test-results/talk-${width}-step${step}.png` });
      if (step < STEPS) await page.keyboard.press('PageDown');
    }
    await page.keyboard.press('PageUp');
    await expect(talk(page, STEPS - 1)).toBeVisible();
  });
}
