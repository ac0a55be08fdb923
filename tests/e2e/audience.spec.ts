import { button, expect, test } from './fixtures';
import { decodeQr } from './qr';

test('the audience link shows a QR code that decodes to the page with its settings, and says it in text', async ({
  page,
}) => {
  await page.goto('/?n=13&workers=2&reps=5&present=1');
  await button(page, 'Audience link').waitFor();
  // The key opens it, in presenter mode too.
  await page.keyboard.press('l');
  const dialog = page.getByRole('dialog', { name: 'Open this demo on your device' });
  await expect(dialog).toBeVisible();
  const expected = `${new URL(page.url()).origin}/?n=13&workers=2&reps=5`;
  expect(await decodeQr(page)).toBe(expected);
  await expect(dialog).toContainText(expected);

  // A sweep on opening only when the speaker asks for one.
  await dialog.getByLabel('Start a sweep when opened').check();
  expect(await decodeQr(page)).toBe(`${expected}&autorun=sweep`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  await button(page, 'Audience link').click();
  await expect(page.getByRole('dialog', { name: 'Open this demo on your device' })).toBeVisible();
});
