import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export interface PlainServer {
  /** Where the site lives, ending in the base path: http://127.0.0.1:port/base/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a build from `root` at `base` the way GitHub Pages does as far as isolation goes: correct content
 * types, index.html for directories, and no COOP, COEP or CORP headers at all.
 */
export async function startPlainServer(root: string, base = '/'): Promise<PlainServer> {
  const rootDir = path.resolve(root);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.join(rootDir, pathname.slice(base.length), pathname.endsWith('/') ? 'index.html' : '');
    if (!pathname.startsWith(base) || !file.startsWith(rootDir)) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
