import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const TEMPLATE = 'src/sw/sw-template.js';
const SERVICE_WORKER = 'sw.js';

/** Host configuration files (Netlify, Cloudflare Pages) and source maps: no page ever requests them. */
const notServed = (file: string) => /(^|\/)_(headers|redirects)$|\.map$|(^|\/)\./.test(file);

/** Files under public/, which Vite copies to the output itself, so they are not in the bundle. */
function publicFiles(dir: string): string[] {
  if (!dir || !existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join('/'));
}

/**
 * Emits the service worker as sw.js with the build's file list, a cache name that changes with any
 * file, and the isolation headers, so the whole demo works offline and on hosts that cannot set headers.
 */
export function precachePlugin(headers: Record<string, string>): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'parallel-queens:precache',
    apply: 'build',
    // After Vite's own plugins have emitted index.html, CSS and the worker chunk into the bundle.
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      const files = new Map<string, string | Uint8Array>();
      const publicDir = config.build.copyPublicDir ? config.publicDir : '';
      for (const file of publicFiles(publicDir)) files.set(file, readFileSync(path.join(publicDir, file)));
      for (const output of Object.values(bundle)) {
        files.set(output.fileName, output.type === 'chunk' ? output.code : output.source);
      }
      const template = readFileSync(path.resolve(config.root, TEMPLATE), 'utf8');

      const names = [...files.keys()].filter((file) => !notServed(file) && file !== SERVICE_WORKER).sort();
      const hash = createHash('sha256').update(template);
      for (const name of names) hash.update(name).update(files.get(name)!);
      const build = {
        cacheName: `parallel-queens-${hash.digest('hex').slice(0, 12)}`,
        // The shell is requested as the directory, which is how hosts serve it and how users link it.
        urls: names.map((name) => (name === 'index.html' ? './' : `./${name}`)),
        headers,
      };
      this.emitFile({
        type: 'asset',
        fileName: SERVICE_WORKER,
        source: `const BUILD = ${JSON.stringify(build)};\n${template}`,
      });
    },
  };
}
