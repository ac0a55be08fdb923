/**
 * The run lifecycle is built on AbortSignal: one AbortController per run (Cancel), one per set of
 * workers (a crash), one for the heartbeat watchdog (a stall), AbortSignal.timeout for start-up. Each
 * aborts with the named error the caller should see.
 */

/** Resolves or rejects with `promise`, or rejects with the signal's reason as soon as it aborts. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    // The listener goes when the promise settles: one run after another must not pile them up.
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Aborts when the first of `signals` does, with its reason. AbortSignal.any where the browser has it
 * (Chrome 116, Firefox 124, Safari 17.4); the same by hand before that, so an older Safari still runs.
 */
export function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const combined = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) return AbortSignal.abort(signal.reason);
    signal.addEventListener('abort', () => combined.abort(signal.reason), { once: true, signal: combined.signal });
  }
  return combined.signal;
}
