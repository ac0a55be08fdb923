// The DOM side of exporting: downloads, a chart as PNG, the clipboard. The formats: state/interchange/.
import { currentTheme, PALETTES } from './theme';

export function downloadText(filename: string, mime: string, text: string): void {
  downloadBlob(filename, new Blob([text], { type: mime }));
}

function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start reading the URL after click() returns; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Replaces var(--name[, fallback]) with `lookup(name)`: an SVG drawn as a standalone image sees no page CSS. */
export function resolveCssVariables(markup: string, lookup: (name: string) => string): string {
  return markup.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (whole, name: string, fallback?: string) => {
    const value = lookup(name).trim();
    return value || fallback?.trim() || whole;
  });
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart could not be drawn as an image'));
    image.src = url;
  });
}

export async function svgToPngBlob(svg: SVGSVGElement, background: string, scale = 2): Promise<Blob> {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width || svg.width.baseVal.value);
  const height = Math.round(box.height || svg.height.baseVal.value);
  if (!(width > 0 && height > 0)) throw new Error('The chart has no size yet: is it visible?');

  const clone = svg.cloneNode(true) as SVGSVGElement;
  const style = getComputedStyle(svg);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // Text would fall back to the image's default serif font and currentColor to black outside the page.
  clone.style.fontFamily = style.fontFamily;
  clone.style.color = style.color;
  const markup = resolveCssVariables(new XMLSerializer().serializeToString(clone), (name) =>
    style.getPropertyValue(name),
  );

  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas');
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The panel's own colour, so the PNG looks like the page in either theme. */
function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = getComputedStyle(node).backgroundColor;
    if (color && color !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(color)) return color;
  }
  return PALETTES[currentTheme()].panel;
}

export async function downloadChartPng(container: Element, filename: string): Promise<void> {
  // Legend icons are small SVGs too; the plot (Recharts' or the hand-drawn model comparison) is the largest.
  const surfaces = Array.from(container.querySelectorAll<SVGSVGElement>('svg'));
  const area = (svg: SVGSVGElement) => svg.getBoundingClientRect().width * svg.getBoundingClientRect().height;
  const svg = surfaces.sort((a, b) => area(b) - area(a))[0];
  if (!svg) throw new Error(`No chart drawing found in ${container.getAttribute('data-chart') ?? 'this panel'}`);
  downloadBlob(filename, await svgToPngBlob(svg, backgroundOf(container)));
}

/**
 * A clipboard write can wait indefinitely (an unfocused page, a permission prompt nobody answers): after
 * this long the link is shown to copy by hand instead of leaving the visitor waiting.
 */
const CLIPBOARD_WAIT_MS = 1500;

/**
 * Puts `url` on the clipboard and says what happened: 'copied', or 'selected' when the clipboard refused
 * or did not answer in time (permissions, an insecure context, an unfocused page), so the caller shows
 * the URL selected, to copy by hand.
 */
export async function copyLink(url: string): Promise<'copied' | 'selected'> {
  try {
    const gaveUp = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('no answer')), CLIPBOARD_WAIT_MS),
    );
    await Promise.race([navigator.clipboard.writeText(url), gaveUp]);
    return 'copied';
  } catch {
    return 'selected';
  }
}
