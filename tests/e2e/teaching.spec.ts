import { button, expect, resultCell, resultRows, resultsTable, test, untilStatus, untilSweepDone } from './fixtures';

test('Compare models runs all five with identical, correct counts', async ({ page }) => {
  await page.goto('/?n=10&workers=2&reps=1');
  await button(page, 'Compare models').click();
  await untilStatus(page, 'Comparison done', 30_000);
  const rows = resultRows(page);
  await expect(rows).toHaveCount(5);
  await expect(resultsTable(page).getByRole('columnheader', { name: 'Mode' })).toBeVisible();
  const modes = await Promise.all([0, 1, 2, 3, 4].map((i) => resultCell(page, 'Mode', i).textContent()));
  expect(modes).toEqual([
    'Main thread',
    'One thread, cooperative',
    'Workers behind one lock (like threads under the GIL)',
    'Workers, message passing',
    'Workers, shared memory',
  ]);
  for (let i = 0; i < 5; i++) {
    await expect(resultCell(page, 'Solutions', i)).toHaveText('724');
    await expect(resultCell(page, 'Check', i)).toContainText('✓');
  }
  await expect(page.locator('[data-chart="modes"] rect')).toHaveCount(5);
  await expect(
    page.getByText(/Workers, shared memory \(2 threads\): [\d.]+× the speed of the main thread/),
  ).toBeVisible();
});

test('the message mode shows what it copied; shared memory copies nothing', async ({ page }) => {
  await page.goto('/?n=9&workers=2&mode=message&autorun=run');
  await expect(page.getByText(/Last run: \d+ messages, [\d.]+ kB of task data copied/)).toBeVisible();
  await page.goto('/?n=9&workers=2&mode=shared&autorun=run');
  await expect(page.getByText('Last run: 4 messages, no task data copied')).toBeVisible();
});

test("the article's static first-row split projects worse efficiency than auto dynamic at several workers", async ({
  page,
}) => {
  const projected = async (query: string) => {
    await page.goto(`/?n=12&workers=2&${query}&autorun=run`);
    const panel = page.getByRole('region', { name: 'Projected speedup' });
    await expect(panel.locator('strong')).toHaveCount(4);
    return (await panel.locator('strong').allTextContents()).map((text) => Number.parseFloat(text));
  };
  const staticSplit = await projected('split=1&schedule=static');
  const dynamicSplit = await projected('split=auto&schedule=dynamic');
  for (let i = 0; i < 4; i++) expect(staticSplit[i], `${[8, 16, 32, 64][i]} cores`).toBeLessThan(dynamicSplit[i]);
  expect(staticSplit[1]).toBeLessThanOrEqual(12);
});

test('worker lanes are drawn and summarise each worker after a run', async ({ page }) => {
  await page.goto('/?n=11&workers=2&autorun=run');
  const lanes = page.getByRole('figure', { name: 'Worker lanes' });
  await expect(lanes).toContainText(/tasks on 2 workers/);
  await expect(lanes.locator('#lanes-text')).toHaveText(
    /Worker 1: \d+% busy, [\d.]+ nodes per µs, Worker 2: \d+% busy, [\d.]+ nodes per µs/,
  );
  const painted = await lanes.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let opaque = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) opaque++;
    return opaque;
  });
  expect(painted).toBeGreaterThan(1000);
  // Which worker finds a solution first depends on the race; every board shown must be a real solution.
  const boards = page.getByRole('img', { name: /Worker \d+: queens in columns/ });
  await expect(boards.first()).toBeVisible();
  for (const label of await boards.evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('aria-label') ?? ''))) {
    const columns = label
      .replace(/^.*columns /, '')
      .split(', ')
      .map(Number);
    expect(new Set(columns).size).toBe(11);
    columns.forEach((c, r) => columns.forEach((d, s) => s !== r && expect(Math.abs(c - d)).not.toBe(Math.abs(r - s))));
  }
});

test('presenter mode: toggled by URL and key, shortcuts drive the demo', async ({ page }) => {
  await page.goto('/?n=9&workers=2&present=1');
  await expect(page.locator('.app')).toHaveClass(/present/);
  await expect(page.getByRole('region', { name: 'Environment' })).toBeHidden();

  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('N', { exact: true })).toHaveValue('10');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByLabel('N', { exact: true })).toHaveValue('8');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Workers', { exact: true })).toHaveValue('1');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('Workers', { exact: true })).toHaveValue('2');
  await expect(page).toHaveURL(/n=8&workers=2/);

  await page.keyboard.press('m');
  await expect(page.getByLabel('Mode')).toHaveValue('main');
  await page.keyboard.press('m');
  await expect(page.getByLabel('Mode')).toHaveValue('cooperative');
  await page.keyboard.press('m');
  await expect(page.getByLabel('Mode')).toHaveValue('gil');
  await page.keyboard.press('m');
  await page.keyboard.press('m');
  await expect(page.getByLabel('Mode')).toHaveValue('shared');

  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toContainText('Done: N=8, 2 workers');
  await page.keyboard.press('s');
  await untilSweepDone(page);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByLabel('N', { exact: true }).fill('17');
  await page.getByLabel('N', { exact: true }).blur();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toContainText('running N=17');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status')).toHaveText('Cancelled');

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  // Focus leaves the closing dialog a moment after it is hidden; keys typed inside a dialog are its own.
  await expect.poll(() => page.evaluate(() => !document.activeElement?.closest('dialog'))).toBe(true);

  await page.keyboard.press('p');
  await expect(page.locator('.app')).not.toHaveClass(/present/);
  await expect(page).not.toHaveURL(/present=1/);
});

test('main-thread mode freezes the heartbeat and says why; large N asks first', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/?n=12&workers=2&mode=main');
  await expect(page.getByLabel('Workers', { exact: true })).toHaveValue('2');
  await expect(page.getByText('this mode uses 1 thread')).toBeVisible();
  await button(page, 'Run').click();
  await expect(page.getByRole('status').first()).toBeVisible();
  await expect(resultCell(page, 'Workers')).toHaveText('1');
  expect(dialogs).toEqual([]);

  await page.getByLabel('N', { exact: true }).fill('16');
  await page.getByLabel('N', { exact: true }).blur();
  await button(page, 'Run').click();
  expect(dialogs).toHaveLength(1);
  expect(dialogs[0]).toMatch(/freezes this page for about/);
  await expect(button(page, 'Run')).toBeEnabled();
});

test('the fps meter reads frozen, not its last healthy value, while the main thread solves', async ({ page }) => {
  // Every change of the meter's text, with when it happened, recorded from before the app starts.
  await page.addInitScript(() => {
    const changes: { at: number; text: string }[] = [];
    (window as unknown as { fpsChanges: typeof changes }).fpsChanges = changes;
    new MutationObserver(() => {
      const text = document.querySelector('[aria-label="Page heartbeat"] .fps')?.textContent ?? '';
      if (changes.at(-1)?.text !== text) changes.push({ at: performance.now(), text });
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('/?n=14&workers=1&mode=main');
  await expect(page.getByLabel('Page heartbeat')).toContainText(/\d+ fps/);
  await button(page, 'Run').click();
  await untilStatus(page, 'Done: N=14', 30_000);
  const { changes, start, end } = await page.evaluate(() => ({
    changes: (window as unknown as { fpsChanges: { at: number; text: string }[] }).fpsChanges,
    // The run's timed window, as the engine measured it (engine/runClock.ts).
    start: performance.getEntriesByName('timed run', 'measure').at(-1)!.startTime,
    end:
      performance.getEntriesByName('timed run', 'measure').at(-1)!.startTime +
      performance.getEntriesByName('timed run', 'measure').at(-1)!.duration,
  }));
  // What the meter showed when the freeze began, and nothing else until it ended.
  const shown = changes.filter((change) => change.at <= start).at(-1);
  expect(shown?.text).toBe('0 fps · frozen');
  expect(changes.filter((change) => change.at > start && change.at < end)).toEqual([]);
  expect(end - start).toBeGreaterThan(50);
});

test('the gil mode counts exactly and its workers take turns: never two computing at once', async ({ page }) => {
  for (const n of [8, 11, 14]) {
    await page.goto(`/?n=${n}&workers=2&mode=gil&autorun=run`);
    await untilStatus(page, `Done: N=${n}`, 30_000);
    await expect(resultCell(page, 'Check')).toContainText('✓');
  }
  // Busy time per lane, as the lanes' text alternative gives it: behind one lock they add up to one
  // worker's worth at most (two shared-memory workers add up to nearly two).
  const lanes = await page.getByLabel('Worker lanes').locator('#lanes-text').textContent();
  const busy = [...(lanes ?? '').matchAll(/(\d+)% busy/g)].map((match) => Number(match[1]));
  expect(busy).toHaveLength(2);
  expect(busy.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(105);
  expect(Math.min(...busy)).toBeGreaterThan(10);
});
