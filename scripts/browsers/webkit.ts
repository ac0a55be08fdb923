import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { remote } from 'webdriverio';
import { answers } from '../browserSession';
import { beforeLeaving, type Driver } from './driver';

/** Where Debian puts MiniBrowser, WebKitGTK's test browser (the package has no fixed path for it). */
function miniBrowser(): string {
  const listed = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' });
  const path = listed.split('\n').find((line) => line.endsWith('/MiniBrowser'));
  if (!path || !existsSync(path)) throw new Error('no MiniBrowser (apt-get install webkit2gtk-driver)');
  return path;
}

/**
 * WebKitGTK (Safari's engine) through WebKitWebDriver under Xvfb, in classic WebDriver mode: it refuses
 * BiDi sessions. Classic WebDriver has no console events, so errors come from the page's own log.
 * `sharedMemory`: with JavaScriptCore's `SharedArrayBuffer` switched on (`JSC_useSharedArrayBuffer=1`,
 * passed by the driver to MiniBrowser and its web process), as Safari has it on isolated pages.
 */
export async function launchWebKit(port = 4455, sharedMemory = false): Promise<Driver> {
  const binary = miniBrowser();
  const server: ChildProcess = spawn(
    'xvfb-run',
    [
      '-a',
      '-s',
      '-screen 0 1280x2400x24',
      'WebKitWebDriver',
      `--port=${port}`,
      '--host=127.0.0.1',
      '--replace-on-new-session',
    ],
    {
      stdio: 'ignore',
      detached: true,
      env: sharedMemory ? { ...process.env, JSC_useSharedArrayBuffer: '1' } : process.env,
    },
  );
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  // Xvfb, the driver and the browser outlive a killed script unless their group is stopped with it.
  process.once('exit', stop);
  try {
    if (!(await answers(`http://127.0.0.1:${port}/status`, 15_000))) throw new Error('WebKitWebDriver did not start');
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      } as WebdriverIO.Capabilities,
    });
    const version = String((browser.capabilities as { browserVersion?: string }).browserVersion ?? 'unknown');
    const evaluate = async <T>(expression: string) => (await browser.execute(`return (${expression});`)) as T;
    return {
      name: sharedMemory ? 'WebKitGTK + SharedArrayBuffer' : 'WebKitGTK',
      version,
      setViewport: (width, height) => browser.setWindowSize(width, height),
      goto: async (url) => {
        await beforeLeaving({ evaluate });
        await browser.url(url);
      },
      evaluate,
      errors: async () =>
        (await browser.execute('return window.pageErrors ? window.pageErrors.slice() : [];')) as string[],
      async close() {
        await browser.deleteSession().catch(() => undefined);
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}
