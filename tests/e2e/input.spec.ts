import { button, control, expect, resultCell, test, untilStatus } from './fixtures';

test('a number field never runs a value it does not show: typed 25 refuses to start, typed 12 runs 12', async ({
  page,
}) => {
  await page.goto('/?n=8&workers=2');
  const n = control(page, 'N');
  await n.fill('25');
  await expect(n).toHaveValue('25');
  await expect(n).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('N must be a whole number from 1 to 20 (got 25)')).toBeVisible();
  await expect(button(page, 'Run')).toBeDisabled();
  await expect(button(page, 'Sweep')).toBeDisabled();
  // Leaving the field keeps what was typed, and still refuses; the shortcut refuses too.
  await n.blur();
  await expect(n).toHaveValue('25');
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toContainText('Nothing started');
  await expect(resultCell(page, 'Solutions')).toHaveCount(0);

  await n.fill('12');
  await expect(n).toHaveAttribute('aria-invalid', 'false');
  await button(page, 'Run').click();
  await untilStatus(page, 'Done: N=12');
  await expect(resultCell(page, 'Solutions')).toHaveText('14200');
});

test('text and fractions get plain messages, one at a time, and Escape brings the last good value back', async ({
  page,
}) => {
  await page.goto('/?n=8&workers=2');
  const workers = control(page, 'Workers');
  await workers.fill('1.5');
  await expect(page.getByText(/Workers must be a whole number from 1 to 64 \(got "1\.5"\)/)).toBeVisible();
  await workers.blur();
  await workers.focus();
  await workers.blur();
  // One message, not one per visit.
  await expect(page.getByText(/Workers must be/)).toHaveCount(1);
  await workers.focus();
  await page.keyboard.press('Escape');
  await expect(workers).toHaveValue('2');
  await expect(button(page, 'Run')).toBeEnabled();

  const repeats = control(page, 'Repeats');
  // Chromium lets only an "e" through as text in a number field: "3e" reads as no number at all.
  await repeats.focus();
  await page.keyboard.press('End');
  await page.keyboard.type('e');
  await expect(page.getByText('Repeats must be a whole number from 1 to 20, not text')).toBeVisible();
  await expect(button(page, 'Run')).toBeDisabled();
});

test('a main-thread run says where it runs, shows that the page is frozen, and Cancel does not pretend', async ({
  page,
}) => {
  // The banner and the Cancel button as the page last painted them, recorded from before the app starts.
  await page.addInitScript(`
    window.frozenLooks = [];
    new MutationObserver(() => {
      const banner = [...document.querySelectorAll('[role="note"]')].some((note) =>
        note.textContent.includes('The page is frozen'));
      const cancel = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Cancel');
      window.frozenLooks.push({ at: performance.now(), banner, cancelDisabled: cancel ? cancel.disabled : null });
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  `);
  await page.goto('/?n=14&workers=2&mode=main');
  await button(page, 'Run').click();
  await untilStatus(page, 'Done: N=14', 30_000);
  const status = page.getByRole('status');
  await expect(status).toContainText("the page's own thread");
  await expect(status).toContainText(/The page was frozen for those \d+ ms/);
  await expect(status).not.toContainText('2 workers');
  const { looks, start } = await page.evaluate<{ looks: unknown; start: unknown }>(`({
    looks: window.frozenLooks,
    start: performance.getEntriesByName('timed run', 'measure').at(-1).startTime,
  })`);
  const whenFrozen = (looks as { at: number; banner: boolean; cancelDisabled: boolean }[])
    .filter((look) => look.at <= (start as number))
    .at(-1);
  expect(whenFrozen).toMatchObject({ banner: true, cancelDisabled: true });
  await expect(page.getByRole('note').filter({ hasText: 'The page is frozen' })).toHaveCount(0);
});
