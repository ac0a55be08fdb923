import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { soakTalk } from '../../scripts/talkSoak';
import { savedSweep } from '../support/testData';
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

test('the talk keys: a number then Enter jumps, B blanks and restores, a reload keeps the step, Esc returns to the page', async ({
  page,
}) => {
  await page.goto('/?talk=2&n=10&workers=2');
  await untilStepDone(page, 2);
  await page.keyboard.press('4');
  await expect(talk(page, 2)).toContainText('go to 4');
  await page.keyboard.press('Enter');
  await untilStepDone(page, 4);
  await page.keyboard.press('b');
  await expect(page.getByRole('region', { name: /screen blanked/ })).toBeVisible();
  await expect(talk(page, 4)).toHaveCount(0);
  await page.keyboard.press('b');
  await expect(talk(page, 4)).toBeVisible();
  await page.keyboard.press('End');
  await expect(talk(page, STEPS)).toBeVisible();
  await page.keyboard.press('Home');
  await untilStepDone(page, 1);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: "The talk's keys" });
  await expect(help.getByRole('row', { name: /PageDown.*Next step/ })).toBeVisible();
  await expect(help.getByRole('row', { name: /Run/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.keyboard.press('5');
  await page.keyboard.press('Enter');
  await untilStepDone(page, 5);
  expect(new URL(page.url()).searchParams.get('talk')).toBe('5');
  await page.reload();
  await untilStepDone(page, 5);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  expect(new URL(page.url()).searchParams.get('talk')).toBeNull();
  await expect(page.getByLabel('N', { exact: true })).toHaveValue('10');
});

test('moving on while a step measures cancels it: none of its runs is timed after the key, and the next step counts right', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/?talk=5&n=14&workers=2');
  await expect(talk(page, 5)).toBeVisible();
  // Every timed window, as it ends, with the worker count it ran on (engine/runClock.ts).
  await page.evaluate(() => {
    const seen: { start: number; workers: number }[] = [];
    (window as unknown as { seen: typeof seen }).seen = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceMeasure[])
        if (entry.name === 'timed run') seen.push({ start: entry.startTime, workers: entry.detail.workers });
    }).observe({ type: 'measure' });
  });
  // Step 5 sweeps up to 4 workers on this 2-core machine: wait until it is timing, then move on.
  await page.waitForFunction(() => (window as unknown as { seen: unknown[] }).seen.length > 0);
  const movedAt = await page.evaluate(() => performance.now());
  await page.keyboard.press('PageDown');
  await untilStepDone(page, 6);
  await expect(findings(page)).toContainText('as OEIS A000170 has it');
  const after = await page.evaluate(
    (at) => (window as unknown as { seen: { start: number; workers: number }[] }).seen.filter((s) => s.start > at),
    movedAt,
  );
  // Step 6 sweeps 1 and 2 workers; a 4-worker window after the key would be step 5 still running.
  expect(after.length).toBeGreaterThan(0);
  expect(after.filter((window) => window.workers > 2)).toEqual([]);
  // Leaving mid-run: the page is idle at once, its workers free.
  await page.keyboard.press('PageUp');
  await expect(talk(page, 5)).toBeVisible();
  await page.waitForFunction(
    (at) => (window as unknown as { seen: { start: number }[] }).seen.some((s) => s.start > at),
    await page.evaluate(() => performance.now()),
  );
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled({ timeout: 2000 });
  await expect(page.getByRole('status').first()).toContainText('Cancelled');
});

test('a talk opened without N sizes each step to this device and says so; the address leaves N out', async ({
  page,
}) => {
  await page.goto('/?talk=1&workers=2');
  await expect(talk(page, 1)).toContainText(
    /N=\d+: the largest board whose experiment should end in about [\d.]+ s here/,
  );
  await untilStepDone(page, 1);
  expect(new URL(page.url()).searchParams.has('n')).toBe(false);
});

test('the speaker view: notes, the next title and a clock; either window moves both; it starts no worker', async ({
  page,
}) => {
  await page.goto('/?talk=1&n=10&workers=2');
  await untilStepDone(page, 1);
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('v')]);
  const view = speaker.getByRole('main', { name: 'Speaker view' });
  await expect(view.getByRole('region', { name: 'Notes' })).toContainText('Say:');
  await expect(view.getByLabel('Next step')).toContainText("Next: Computing on the page's own thread");
  await expect(view.getByLabel('Time since the talk started')).toHaveText(/^\d+:\d\d$/);
  await expect(view.getByRole('region', { name: 'Figures' })).toContainText('as OEIS A000170 has it');
  await speaker.keyboard.press('PageDown');
  await untilStepDone(page, 2);
  await page.keyboard.press('PageDown');
  await expect(view).toContainText('Step 3 of 9');
  await view.getByRole('button', { name: 'Previous' }).click();
  await untilStepDone(page, 2);
  expect(speaker.workers()).toHaveLength(0);
  await speaker.close();
  await page.keyboard.press('PageDown');
  await untilStepDone(page, 3);
});

test('a lesson: each device predicts, then measures; the link carries the prediction; the board sets it against the measured', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const links: string[] = [];
  for (const guess of ['3', '1.5']) {
    const device = await (await browser.newContext()).newPage();
    await device.goto('/?talk=5&lesson=1&n=11&workers=2');
    const question = device.getByRole('form', { name: 'Your prediction' });
    await expect(question).toContainText('How many times faster will all the cores be than one?');
    // Nothing runs before the prediction.
    expect(await device.evaluate(() => performance.getEntriesByName('timed run').length)).toBe(0);
    await question.getByLabel('Times faster').fill('lots');
    await question.getByRole('button', { name: 'Predict' }).click();
    await expect(question.getByRole('alert')).toHaveText('A number from 0.1 to 1000, such as 3.5');
    await question.getByLabel('Times faster').fill(guess);
    await question.getByRole('button', { name: 'Predict' }).click();
    await untilStepDone(device, 5);
    await expect(findings(device)).toContainText(
      new RegExp(`Predicted ${Number(guess).toFixed(1)}×; measured \\d+\\.\\d×`),
    );
    await device.keyboard.press('Escape');
    await device.getByRole('button', { name: 'Share result' }).click();
    links.push(
      await device
        .getByRole('region', { name: 'Export' })
        .getByRole('textbox', { name: /result link/i })
        .inputValue(),
    );
    await device.context().close();
  }

  const teacher = await (await browser.newContext()).newPage();
  await teacher.goto('/?n=8');
  const importer = teacher.getByRole('region', { name: 'Import from other devices' });
  await importer.getByLabel(/result links/i).fill(links.join('\n'));
  await importer.getByRole('button', { name: 'Open links' }).click();
  await expect(importer.getByRole('listitem')).toHaveCount(2);
  await teacher.keyboard.press('b');
  const board = teacher.getByRole('dialog', { name: /^Board/ });
  const predicted = board.getByRole('cell', { name: /at 2, measured \d+\.\d×/ });
  await expect(predicted).toHaveCount(2);
  await expect(board).toContainText('3.0× at 2');
  await expect(board).toContainText('1.5× at 2');
  await teacher.context().close();
});

test('a damaged prediction in a link is refused in words and changes nothing', async ({ page }) => {
  // A link as a page writes it (no id or origin), with a prediction that is not a number.
  const sweep: Record<string, unknown> = { ...savedSweep('x'), prediction: { workers: 8, speedup: 'lots' } };
  delete sweep.id;
  delete sweep.origin;
  const payload = Buffer.from(JSON.stringify(sweep)).toString('base64url');
  await page.goto(`/?n=8#result=1.${payload}`);
  await expect(page.getByRole('alert', { name: 'Settings notice' })).toContainText(
    "This link's result could not be opened: its prediction is damaged or out of range",
  );
  await expect(page.getByRole('checkbox', { name: /^Overlay on chart/ })).toHaveCount(0);
});

for (const colorScheme of ['dark', 'light'] as const) {
  test(`axe finds no serious or critical violation on any step, ${colorScheme} theme (the question and the blank screen too)`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    await page.goto('/?talk=3&lesson=1&n=10&workers=2');
    await expect(page.getByRole('form', { name: 'Your prediction' })).toBeVisible();
    expect(await seriousViolations(page), 'the question').toEqual([]);
    await page.goto('/?talk=1&n=10&workers=2');
    for (let step = 1; step <= STEPS; step++) {
      await untilStepDone(page, step);
      expect(await seriousViolations(page), `step ${step}`).toEqual([]);
      if (step < STEPS) await page.keyboard.press('PageDown');
    }
    await page.keyboard.press('b');
    expect(await seriousViolations(page), 'blank').toEqual([]);
  });
}

test('on a phone (390×844) every step fits the width: no sideways scrolling', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?talk=1&n=10&workers=2');
  for (let step = 1; step <= STEPS; step++) {
    await untilStepDone(page, step);
    const sideways = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
    expect(sideways, `step ${step}`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/talk-390-step${step}.png` });
    if (step < STEPS) await page.keyboard.press('PageDown');
  }
});

test('soak: the talk looped for 2 minutes leaves the heap flat and the same workers', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const soak = await soakTalk(page, '/?talk=1&n=11&workers=2', 2);
  expect(soak.loops).toBeGreaterThanOrEqual(2);
  expect(soak.workers.end).toBe(soak.workers.start);
  const { start, end } = soak.heapMb;
  expect(end - start, `heap ${start.toFixed(2)} -> ${end.toFixed(2)} MB over ${soak.loops} loops`).toBeLessThan(3);
});
