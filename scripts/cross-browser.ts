import { mkdirSync, writeFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { startPreview } from './browserSession';
import type { Driver } from './browsers/driver';
import { launchFirefox } from './browsers/firefox';
import { SCENARIOS, type Expectations } from './browsers/scenarios';
import { launchWebKit } from './browsers/webkit';

/**
 * `npm run test:browsers`: the same scenarios in Firefox and WebKitGTK (without shared memory, and with
 * it as Safari has it) against the built app (`dist/`, served by `vite preview` with the isolation
 * headers), each engine in a fresh profile. Playwright
 * drives neither of Debian's builds (tests/e2e covers Chromium). Writes reports/browsers.json.
 */
const PORT = 4176;
const base = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | null = await startPreview(PORT);
const control = {
  async stop() {
    const stopping = server;
    server = null;
    if (!stopping || stopping.exitCode !== null) return;
    const exited = new Promise((resolve) => stopping.once('exit', resolve));
    stopping.kill();
    await exited;
  },
  async start() {
    server ??= await startPreview(PORT);
  },
};

interface Outcome {
  engine: string;
  version: string;
  scenario: string;
  ok: boolean;
  error?: string;
  ms: number;
}
const outcomes: Outcome[] = [];
const notRunEngines: string[] = [];
/** Each engine and whether it must have shared memory: a scenario asserts it, never adapts to it. */
const engines: [string, () => Promise<Driver>, Expectations][] = [
  ['Firefox', launchFirefox, { sharedMemory: true }],
  ['WebKitGTK', () => launchWebKit(4455, false), { sharedMemory: false }],
  ['WebKitGTK + SharedArrayBuffer', () => launchWebKit(4457, true), { sharedMemory: true }],
];
try {
  for (const [engine, launch, expected] of engines) {
    let driver: Driver;
    try {
      driver = await launch();
      await driver.setViewport(1280, 900);
    } catch (error) {
      // Outside CI an engine this machine lacks is reported as not run, with why; CI never skips one.
      if (process.env.CI !== 'true') {
        notRunEngines.push(`${engine}: ${String(error)}`);
        console.log(`- ${engine}: not run: ${String(error)}`);
        continue;
      }
      for (const scenario of SCENARIOS) {
        outcomes.push({
          engine,
          version: '?',
          scenario: scenario.name,
          ok: false,
          error: `could not start: ${String(error)}`,
          ms: 0,
        });
      }
      console.log(`✘ ${engine}: could not start: ${String(error)}`);
      continue;
    }
    for (const scenario of SCENARIOS) {
      const t0 = performance.now();
      try {
        await scenario.run(driver, base, control, expected);
        outcomes.push({
          engine,
          version: driver.version,
          scenario: scenario.name,
          ok: true,
          ms: performance.now() - t0,
        });
        console.log(
          `  ✓ ${engine} ${driver.version} › ${scenario.name} (${((performance.now() - t0) / 1000).toFixed(1)}s)`,
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        outcomes.push({
          engine,
          version: driver.version,
          scenario: scenario.name,
          ok: false,
          error: message,
          ms: performance.now() - t0,
        });
        console.log(`  ✘ ${engine} ${driver.version} › ${scenario.name}\n      ${message}`);
        await control.start();
      }
    }
    await driver.close();
  }
} finally {
  await control.stop();
}
const passed = outcomes.filter((outcome) => outcome.ok).length;
const failed = outcomes.length - passed;
mkdirSync('reports', { recursive: true });
writeFileSync('reports/browsers.json', JSON.stringify({ passed, failed, outcomes, notRunEngines }, null, 2));
console.log(
  `browsers: ${passed} passed, ${failed} failed${notRunEngines.length ? `, ${notRunEngines.length} engines not run` : ''}`,
);
process.exit(failed > 0 ? 1 : 0);
