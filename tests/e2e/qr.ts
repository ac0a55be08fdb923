import jsQR from 'jsqr';
import type { Page } from '@playwright/test';

/** The QR code as the page draws it, rasterised in the page at `px` pixels and decoded here with jsQR. */
export async function decodeQr(page: Page, name: string | RegExp = /^QR code of /, px = 400): Promise<string | null> {
  const qr = page.getByRole('img', { name });
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
