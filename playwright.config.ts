import { mkdirSync, writeFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/findChromium';

const browser = findChromium();
if ('problem' in browser) {
  console.error(browser.problem);
  // Outside CI the suite is reported as not run, with why (scripts/test-summary.mjs); CI never skips it.
  if (process.env.CI) process.exit(1);
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/e2e.json', JSON.stringify({ notRun: browser.problem }));
  process.exit(0);
}

// Not the default preview port, so a preview left running by hand is never mistaken for this build.
const PORT = 4317;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  outputDir: 'test-results',
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath: browser.path,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
