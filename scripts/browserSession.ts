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

export async function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumOptions());
}

function chromiumOptions(jsFlags: string[] = []) {
  const found = findChromium();
  if ('problem' in found) {
    console.error(found.problem);
    process.exit(1);
  }
  return {
    executablePath: found.path,
    args: jsFlags.length > 0 ? [...CHROMIUM_ARGS, `--js-flags=${jsFlags.join(',')}`] : CHROMIUM_ARGS,
  };
}

/**
 * Chromium with V8 trace flags, their output sent to a file: on stdout a renderer's lines are
 * block-buffered and lost when it is closed. `close` returns the lines, in the order V8 wrote them.
 */
export async function launchTracedChromium(
  traceFlags: string[],
): Promise<{ browser: Browser; close(): Promise<string[]> }> {
  const dir = mkdtempSync(join(tmpdir(), 'v8-trace-'));
  const file = join(dir, 'trace.txt');
  const browser = await chromium.launch(
    chromiumOptions([...traceFlags, '--redirect-code-traces', `--redirect-code-traces-to=${file}`]),
  );
  const close = async () => {
    await browser.close();
    const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
    rmSync(dir, { recursive: true, force: true });
    return lines;
  };
  return { browser, close };
}
