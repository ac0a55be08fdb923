import { button, chartSeries, expect, test, untilSweepDone } from './fixtures';

test('a shared result opens on another device as a labelled overlay; a damaged link changes nothing', async ({
  page,
  browser,
}) => {
  await page.goto('/?n=10&workers=2&reps=1&autorun=sweep');
  await untilSweepDone(page);
  await button(page, 'Share result').click();
  const link = await page.getByLabel(/result link/i).inputValue();
  expect(link).toMatch(/#result=1\.[\w-]+$/);

  // Another device: a fresh context, nothing in its history.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(link);
  const notice = second.getByRole('alert', { name: 'Settings notice' });
  await expect(notice).toContainText(/Opened a shared result: N=10 on Chrome [\d.]+( \(headless\))? · 2 cores/);
  await expect(second.getByRole('checkbox', { name: /^Overlay on chart: .*Chrome/ })).toBeChecked();
  // Drawn on the speedup chart of a device that has measured nothing itself.
  await expect(chartSeries(second, 'speedup', 'series-overlay')).toHaveCount(1);
  expect(new URL(second.url()).hash).toBe('');

  // A damaged link: a message that says what was wrong, and nothing kept.
  const third = await (await browser.newContext()).newPage();
  await third.goto(`${link.slice(0, link.indexOf('#'))}#result=1.e30`);
  await expect(third.getByRole('alert', { name: 'Settings notice' })).toContainText(
    "This link's result could not be opened: its data is not a complete sweep",
  );
  await expect(third.getByRole('checkbox', { name: /^Overlay on chart/ })).toHaveCount(0);
  await other.close();
});
