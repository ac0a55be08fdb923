import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { beforeLeaving, type Driver } from './driver';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Debian's Firefox ESR, headless, over WebDriver BiDi (no geckodriver, no display). */
export async function launchFirefox(): Promise<Driver> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`no Firefox at ${FIREFOX_PATH} (apt-get install firefox-esr)`);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
  const page = await browser.newPage();
  let errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${String(error)}`));
  const evaluate = <T>(expression: string) => page.evaluate(expression) as Promise<T>;
  return {
    name: 'Firefox',
    version: (await browser.version()).replace(/^firefox\//i, ''),
    setViewport: (width, height) => page.setViewport({ width, height }),
    async goto(url) {
      await beforeLeaving({ evaluate });
      errors = [];
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate,
    errors: async () => [...errors],
    close: () => browser.close(),
  };
}
