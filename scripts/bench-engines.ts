import { parseArgs } from 'node:util';
import { launchChromium, startPreview } from './browserSession';
import { waitFor, type Driver } from './browsers/driver';
import { launchFirefox } from './browsers/firefox';
import { launchWebKit } from './browsers/webkit';

/**
 * `npm run bench:engines -- [--rounds 2] [--ns 14,15]`: the page's own 2-worker efficiency (its
 * sweep's median, Repeats 3) in Chromium, Firefox and WebKitGTK (without shared memory, then with it
 * as Safari has it: message passing, then shared memory), one browser open at a time, the
 * engines alternated round by round. Needs `dist/` (npm run build). Prints one JSON line.
 */
const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '2' }, ns: { type: 'string', default: '14,15' } },
});
const PORT = 4178;
const base = `http://127.0.0.1:${PORT}`;

async function chromium(): Promise<Driver> {
  const browser = await launchChromium();
  const page = await browser.newPage();
  return {
    name: 'Chromium',
    version: browser.version(),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    errors: async () => [],
    close: () => browser.close(),
  };
}

/** The Efficiency column's medians, row by row (the spread under them left out). */
const efficiencies = `(() => {
  const table = document.querySelector('[aria-label="Results"] table');
  const at = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim()).indexOf('Efficiency');
  return [...table.querySelectorAll('tbody tr')].map((tr) => tr.children[at].childNodes[0].textContent.trim());
})()`;

const server = await startPreview(PORT);
const measured: Record<string, string[]> = {};
try {
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const launch of [chromium, launchFirefox, () => launchWebKit(4488, false), () => launchWebKit(4489, true)]) {
      const driver = await launch();
      // The service worker first, so no sweep shares the machine with its precaching.
      await driver.goto(`${base}/?n=8&workers=2`);
      await waitFor(
        driver,
        `!('serviceWorker' in navigator) || navigator.serviceWorker.controller`,
        'the service worker',
        20_000,
      );
      for (const n of values.ns.split(',').map(Number)) {
        await driver.goto(`${base}/?n=${n}&workers=2&reps=3&autorun=sweep`);
        const done = `(document.querySelector('[role="status"]')?.textContent ?? '').includes('Sweep done')`;
        await waitFor(driver, done, `the sweep at N=${n}`, 120_000);
        (measured[`${driver.name} ${driver.version} N=${n}`] ??= []).push(
          (await driver.evaluate<string[]>(efficiencies))[1],
        );
      }
      await driver.close();
    }
  }
} finally {
  server.kill();
}
console.log(JSON.stringify({ bench: 'engines', efficiencyAt2Workers: measured }));
