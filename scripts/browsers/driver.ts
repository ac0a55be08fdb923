/**
 * What the cross-browser suite needs from a browser, whatever drives it: Firefox through puppeteer-core
 * (WebDriver BiDi), WebKitGTK through webdriverio (classic WebDriver). Scripts are strings: they run in
 * the page as they are written, with nothing added by a bundler.
 */
export interface Driver {
  name: string;
  version: string;
  setViewport(width: number, height: number): Promise<void>;
  goto(url: string): Promise<void>;
  /** Evaluates a JavaScript expression in the page and returns its (JSON-able) value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Errors the page logged since the last goto: the driver's console events and the page's own log. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

/** Polls an expression until it is truthy; fails with `what` after `timeoutMs`. */
export async function waitFor(
  driver: Pick<Driver, 'evaluate'>,
  expression: string,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await driver.evaluate<boolean>(`Boolean(${expression})`).catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/**
 * True once the page in view has its panels' chunks, which it loads after its first paint (one per idle
 * moment), or has none to load. A page left while a chunk is still on its way through the service worker
 * makes Firefox report "A ServiceWorker intercepted the request and encountered an unexpected error" as
 * an error of the next page (measured: 6 of 60 quick leaves; none of 30 once the chunks were in).
 */
const PANELS_IN = `(() => {
  if (!document.querySelector('#root') || document.readyState !== 'complete') return true;
  const chunks = performance.getEntriesByType('resource').filter((entry) => /\\/assets\\/(Charts|Extras|Explanations)-[^/]*\\.js$/.test(entry.name) && entry.responseEnd > 0);
  return chunks.length >= 3;
})()`;

/** Before a driver leaves a page: a few seconds for its chunks to arrive, then it leaves anyway. */
export async function beforeLeaving(driver: Pick<Driver, 'evaluate'>): Promise<void> {
  await waitFor(driver, PANELS_IN, 'the page to have its panels', 5_000).catch(() => undefined);
}
