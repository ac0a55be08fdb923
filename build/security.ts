import type { ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

/** Cross-origin isolation: without COOP and COEP the page gets no SharedArrayBuffer. */
export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const STRICT_SOURCES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  // Chart PNG export draws the SVG through a blob: image; the favicon may be inlined as data:.
  'img-src': "'self' blob: data:",
  'worker-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

function policy(sources: Record<string, string>): string {
  return Object.entries(sources)
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');
}

/** What the built page allows: its own origin only, no inline script, no eval. */
export const contentSecurityPolicy = policy(STRICT_SOURCES);

/**
 * The dev server injects an inline React Refresh preamble and <style> tags for hot reloading, so dev
 * alone allows inline scripts and styles; still no eval and nothing from another origin.
 */
export const devContentSecurityPolicy = policy({
  ...STRICT_SOURCES,
  'script-src': "'self' 'unsafe-inline'",
  'style-src': "'self' 'unsafe-inline'",
});

export const previewHeaders = {
  ...isolationHeaders,
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export const devHeaders = { ...previewHeaders, 'Content-Security-Policy': devContentSecurityPolicy };

/**
 * Puts the policy into the built index.html as a <meta> tag, so it holds on static hosts that send
 * no headers at all (frame-ancestors cannot be set that way; the header files carry it).
 */
export function cspMetaTag(): Plugin {
  return {
    name: 'parallel-queens-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Sends the headers on every response of the dev and preview servers, 304s included: Vite's own
 * `headers` options reach only full (200) responses, so a revalidated file came back 304 with no COEP,
 * CORP or CSP, and WebKitGTK 2.50 then refused to start a worker from a revalidated script (the
 * "second page" failure: engine/workerHandle.ts). nginx and Caddy (build/hosts/) send them on every
 * response too, and cache the hashed files as immutable, so those are not revalidated at all.
 */
export function headersOnEveryResponse(dev: Record<string, string>, preview: Record<string, string>): Plugin {
  const setAll = (headers: Record<string, string>) => (_req: unknown, res: ServerResponse, next: () => void) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    next();
  };
  return {
    name: 'parallel-queens-headers-on-every-response',
    configureServer: (server) => void server.middlewares.use(setAll(dev)),
    configurePreviewServer: (server) => void server.middlewares.use(setAll(preview)),
  };
}
