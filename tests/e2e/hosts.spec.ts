import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { previewHeaders } from '../../build/security';
import { answers } from '../../scripts/browserSession';
import { expect, resultCell, test, untilStatus } from './fixtures';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NGINX = '/usr/sbin/nginx';
// Not 4190: fetch refuses that port (it is on the Fetch standard's list of bad ports).
const PORT = 4201;

/** Debian's nginx serving dist/ with the shipped site config, in a throwaway prefix, in the foreground. */
async function startNginx(): Promise<ChildProcess> {
  const prefix = mkdtempSync(path.join(tmpdir(), 'pq-nginx-'));
  mkdirSync(path.join(prefix, 'logs'));
  const site = readFileSync(path.join(ROOT, 'build/hosts/nginx.conf'), 'utf8')
    .replace('listen 8080;', `listen 127.0.0.1:${PORT};`)
    .replace('root /var/www/parallel-queens;', `root ${path.join(ROOT, 'dist')};`);
  writeFileSync(path.join(prefix, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${path.join(prefix, kind)};`)
    .join('\n');
  // Started as root, nginx runs its workers as `nobody`, who cannot read a checkout under a private
  // directory (a clean clone in a 0700 temporary directory): there they run as this user, as they do
  // anyway when nginx is started by anyone else.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `${user}daemon off;\nworker_processes 1;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/logs/error.log;\nevents {}\n` +
      `http {\ninclude /etc/nginx/mime.types;\naccess_log off;\n${temp}\ninclude ${prefix}/site.conf;\n}\n`,
  );
  const server = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', `${prefix}/logs/error.log`], {
    stdio: 'ignore',
  });
  if (await answers(`http://127.0.0.1:${PORT}/`, 10_000)) return server;
  server.kill();
  const log = readFileSync(path.join(prefix, 'logs/error.log'), 'utf8').slice(-500);
  throw new Error(`nginx did not answer on ${PORT}: ${log}`);
}

test.describe('served by nginx with the shipped config', () => {
  let nginx: ChildProcess | null = null;
  test.beforeAll(async () => {
    // Outside CI a machine without nginx skips this (listed in the summary); CI never skips it.
    test.skip(
      !existsSync(NGINX) && process.env.CI !== 'true',
      'nginx is not installed (Debian: apt-get install nginx)',
    );
    expect(existsSync(NGINX), 'nginx is installed (apt-get install nginx)').toBe(true);
    nginx = await startNginx();
  });
  test.afterAll(() => void nginx?.kill());

  test('headers, caching, isolation and a correct run', async ({ page }) => {
    const base = `http://127.0.0.1:${PORT}`;
    const shell = await fetch(`${base}/`);
    for (const [name, value] of Object.entries(previewHeaders)) expect(shell.headers.get(name), name).toBe(value);
    expect(shell.headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${base}/sw.js`)).headers.get('cache-control')).toBe('no-cache');
    const asset = (await shell.text()).match(/\/assets\/[^"]+\.js/)?.[0];
    expect(asset).toBeTruthy();
    const hashed = await fetch(`${base}${asset}`);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(hashed.headers.get('content-type')).toMatch(/javascript/);
    // Robots get their text file; a missing chunk is a 404 and never the page's HTML.
    const robots = await fetch(`${base}/robots.txt`);
    expect(robots.headers.get('content-type')).toMatch(/text\/plain/);
    expect(await robots.text()).toMatch(/^User-agent: \*$/m);
    const missing = await fetch(`${base}/assets/index-missing.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<div id="root">');

    await page.goto(`${base}/?n=8&workers=2&autorun=run`);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    await untilStatus(page, 'Done: N=8');
    await expect(resultCell(page, 'Solutions')).toHaveText('92');
  });
});
