import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Headless in a sandbox-less container, and quiet: without the networking flags Chromium keeps calling home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const SYSTEM_CHROMES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

function playwrightsOwnChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The browser a newcomer's machine already has: CHROMIUM_PATH, then Playwright's own download, then
 * a system Chrome or Chromium. Returns a one-line explanation instead when there is none.
 */
export function findChromium(): { path: string } | { problem: string } {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    return existsSync(fromEnv)
      ? { path: fromEnv }
      : { problem: `CHROMIUM_PATH is set to ${fromEnv}, but no file is there.` };
  }
  const found = playwrightsOwnChromium() ?? SYSTEM_CHROMES.find((path) => existsSync(path));
  if (found) return { path: found };
  return {
    problem:
      'No Chromium found for the end-to-end tests: install one (Debian/Ubuntu: sudo apt-get install -y chromium; ' +
      'or: npx playwright install chromium) or set CHROMIUM_PATH to a Chrome/Chromium binary.',
  };
}
