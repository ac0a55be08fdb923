import { button, control, expect, resultCell, test, untilStatus } from './fixtures';

test('after clicking a button or choosing from a menu with the mouse, Space, S and C drive the demo', async ({
  page,
}) => {
  await page.goto('/?n=8&workers=2');
  await expect(button(page, 'Run')).toBeEnabled();
  await button(page, 'Presenter mode').click();
  await expect(page).toHaveURL(/present=1/);
  await page.keyboard.press('Space');
  await untilStatus(page, 'Done: N=8');
  // Still presenting: Space ran instead of pressing the button again.
  await expect(page).toHaveURL(/present=1/);

  const mode = control(page, 'Mode');
  await mode.click();
  await mode.selectOption('message');
  await page.keyboard.press('s');
  await untilStatus(page, 'Sweep done');
  await expect(mode).toHaveValue('message');
  await page.keyboard.press('c');
  await untilStatus(page, 'Comparison done', 30_000);
});

test('cancelling a sweep brings back the results it replaced; a changed N is said, in presenter mode too', async ({
  page,
}) => {
  await page.goto('/?n=9&workers=2&present=1');
  await expect(button(page, 'Run')).toBeEnabled();
  await page.keyboard.press('Space');
  await untilStatus(page, 'Done: N=9');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('note').filter({ hasText: 'Showing N=9; N is now 10' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await page.goto('/?n=15&workers=2&reps=2');
  await button(page, 'Run').click();
  await untilStatus(page, 'Done: N=15', 30_000);
  await page.keyboard.press('s');
  await expect(page.getByRole('status')).toContainText('Sweep N=15');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status')).toHaveText('Cancelled: showing the results from before it');
  await expect(resultCell(page, 'Solutions')).toHaveText('2279184');
  await expect(resultCell(page, 'Workers')).toHaveText('2');
});
