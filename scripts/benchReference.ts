import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import type { PreviewServer } from 'vite';
import type { ReferencePage } from '../bench/reference/protocol';
import { isolationHeaders } from '../build/security';

const root = fileURLToPath(new URL('../bench/reference/', import.meta.url));
const outDir = fileURLToPath(new URL('../dist-bench/reference/', import.meta.url));

/** Builds the bare reference page (bench/reference) for production, as the app is built. */
export async function buildReference(): Promise<void> {
  const { build } = await import('vite');
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
    worker: { format: 'es' },
  });
}

/** Serves the built reference page cross-origin isolated, on its own port. */
export async function serveReference(port: number): Promise<PreviewServer> {
  const { preview } = await import('vite');
  return preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, headers: isolationHeaders },
  });
}

export interface ReferenceSession {
  time(n: number, workers: number, runs: number, idleMs?: number): Promise<number[]>;
  kernel(n: number): Promise<number>;
  close(): Promise<void>;
}

/** Opens the reference page with `workers` warm workers. */
export async function openReference(browser: Browser, origin: string, workers: number): Promise<ReferenceSession> {
  const page: Page = await browser.newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'reference' in window);
  await page.evaluate((count) => (window as unknown as { reference: ReferencePage }).reference.start(count), workers);
  return {
    time: (n, count, runs, idleMs = 0) =>
      page.evaluate(([a, b, c, d]) => (window as unknown as { reference: ReferencePage }).reference.time(a, b, c, d), [
        n,
        count,
        runs,
        idleMs,
      ] as const),
    kernel: (n) => page.evaluate((a) => (window as unknown as { reference: ReferencePage }).reference.kernel(a), n),
    close: () => page.close(),
  };
}
