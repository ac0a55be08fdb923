import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/findChromium';

export function build(): void {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}

/** Serves dist/ with `vite preview` (COOP/COEP on) and resolves once it answers. */
export async function startPreview(port: number): Promise<ChildProcess> {
  // Node itself rather than `npx`, so killing this process stops the server (npx would leave it running).
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      stdio: 'ignore',
    },
  );
  if (await answers(`http://127.0.0.1:${port}/`, 20_000)) return server;
  server.kill();
  throw new Error(`vite preview did not answer on port ${port}`);
}

/** Polls a URL until it answers OK; false when `timeoutMs` passes first (a server still starting, say). */
export async function answers(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return false;
}

/** Chromium as the project drives it headless; `jsFlags` are handed to V8 (`--js-flags`). */
export async function launchChromium(jsFlags: string[] = []): Promise<Browser> {
  const found = findChromium();
  if ('problem' in found) {
    console.error(found.problem);
    process.exit(1);
  }
  const args = jsFlags.length > 0 ? [...CHROMIUM_ARGS, `--js-flags=${jsFlags.join(',')}`] : CHROMIUM_ARGS;
  return chromium.launch({ executablePath: found.path, args });
}

/** V8 keeps the trace file's name in a buffer of this many bytes and cuts a longer one short. */
const V8_TRACE_PATH_LIMIT = 128;

/**
 * Chromium with V8 trace flags, their output sent to a file: on stdout a renderer's lines are
 * block-buffered and lost when it is closed. V8 appends and closes the file line by line, but each
 * isolate empties it when it first traces, so a thread that starts tracing late erases what came
 * before. `close` returns the lines, in the order V8 wrote them.
 */
export async function launchTracedChromium(
  traceFlags: string[],
): Promise<{ browser: Browser; close(): Promise<string[]> }> {
  const dir = mkdtempSync(join(tmpdir(), 'v8-trace-'));
  const file = join(dir, 'trace.txt');
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  if (file.length >= V8_TRACE_PATH_LIMIT) {
    removeDir();
    throw new Error(`V8 would cut the trace file's path short: ${file}`);
  }
  let browser: Browser;
  try {
    browser = await launchChromium([...traceFlags, '--redirect-code-traces', `--redirect-code-traces-to=${file}`]);
  } catch (error) {
    removeDir();
    throw error;
  }
  const close = async () => {
    try {
      await browser.close();
      return existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
    } finally {
      removeDir();
    }
  };
  return { browser, close };
}
