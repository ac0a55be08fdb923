/**
 * Resolves once the page has nothing queued: `ready` (lazy chunks loaded) settled, two animation frames
 * painted (React's last commit and the charts drawn), then an idle moment. The measurement protocol
 * waits for it before timing, so the page's own rendering is not counted against the workers.
 * Hidden tabs get no frames and no idle callbacks, hence the time limits.
 */
export async function untilQuiet(ready: Promise<unknown> = Promise.resolve()): Promise<void> {
  await ready.catch(() => undefined);
  await nextFrame();
  await nextFrame();
  await nextIdle(200);
}

/**
 * Resolves in the page's next idle moment, or after `timeoutMs` when it is never idle; where there are
 * no idle callbacks (WebKit, Node), after `fallbackMs`.
 */
export function nextIdle(timeoutMs: number, fallbackMs = 0): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, fallbackMs);
  });
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      });
    }
  });
}
