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
export async function waitFor(driver: Driver, expression: string, what: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await driver.evaluate<boolean>(`Boolean(${expression})`).catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
