import jsQR from 'jsqr';
import type { Page } from '@playwright/test';
import { button, expect, test } from './fixtures';

/** The QR code as the page draws it, rasterised in the page at `px` pixels and decoded here with jsQR. */
async function decodeQr(page: Page, px = 400): Promise<string | null> {
  const qr = page.getByRole('img', { name: /^QR code of / });
  const pixels = await qr.evaluate(async (svg: SVGSVGElement, size: number) => {
    const markup = new XMLSerializer().serializeToString(svg);
    const image = new Image(size, size);
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, size, size);
    return Array.from(context.getImageData(0, 0, size, size).data);
  }, px);
  return jsQR(Uint8ClampedArray.from(pixels), px, px)?.data ?? null;
}

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
