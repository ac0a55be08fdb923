import type { IsolationSource } from './environment';
import { createStore } from './store';

/** When the page last reloaded itself to come under the service worker, per tab. */
const RELOAD_KEY = 'parallel-queens:isolation-reload';
/** A page loaded this soon after such a reload does not try again: the reload did not help. */
const RELOAD_GUARD_MS = 60_000;
/**
 * The address as loaded: the app soon rewrites it (dropping `autorun`, say), but the reload into isolation
 * should do what the visitor's link asked for.
 */
const LOADED_URL = globalThis.location?.href;
/** Set by the service worker on responses whose host sent no COEP of its own (src/sw/sw-template.js). */
const MARKER = 'X-Isolation-By';

/**
 * Set once a newer build's service worker has taken over a page that was running an older one: the
 * page keeps working (its files stay cached, src/sw/sw-template.js) and offers a reload to the new one.
 */
export const updates = createStore({ newVersion: false });
const CONTROLLED_AT_LOAD = Boolean(globalThis.navigator?.serviceWorker?.controller);
globalThis.navigator?.serviceWorker?.addEventListener('controllerchange', () => {
  if (CONTROLLED_AT_LOAD) updates.setState({ newVersion: true });
});

/**
 * Registers the offline / isolation service worker built into sw.js. Resolves to null where there is none
 * (dev server, browsers without service workers, failed registration); never rejects.
 */
export async function registerServiceWorker(): Promise<ServiceWorkerRegistration | null> {
  const container = globalThis.navigator?.serviceWorker;
  if (import.meta.env.DEV || !container) return null;
  try {
    // Only a page the worker did not serve can gain isolation by reloading; one it served already has its headers.
    const servedByNetwork = !container.controller;
    const base = import.meta.env.BASE_URL;
    const registration = await container.register(`${base}sw.js`, { scope: base });
    if (servedByNetwork && !globalThis.crossOriginIsolated) void container.ready.then(reloadOnce);
    return registration;
  } catch {
    // Offline support and isolation are extras: the app works without them, by message passing.
    return null;
  }
}

/**
 * The page was served without the service worker (first visit, or a hard reload), so it lacks the headers
 * the worker adds. Now that the worker is active, a reload goes through it. The time stamp stops a loop
 * where reloads keep bypassing the worker (say, a page outside its scope) while still letting a later
 * hard reload recover.
 */
function reloadOnce(): void {
  try {
    if (Date.now() - Number(sessionStorage.getItem(RELOAD_KEY)) < RELOAD_GUARD_MS) return;
    sessionStorage.setItem(RELOAD_KEY, String(Date.now()));
  } catch {
    return; // Without storage there is no loop guard, so no reload.
  }
  location.replace(LOADED_URL);
}

let source: Promise<IsolationSource> | undefined;

/**
 * Where this page's cross-origin isolation comes from. The page cannot read its own response headers, so it
 * fetches its shell, which a controlling worker answers from the same cache and marks when it added COEP.
 */
export function isolationSource(): Promise<IsolationSource> {
  source ??= detectIsolationSource();
  return source;
}

async function detectIsolationSource(): Promise<IsolationSource> {
  if (!globalThis.crossOriginIsolated) return 'none';
  if (!globalThis.navigator?.serviceWorker?.controller) return 'headers';
  try {
    const response = await fetch(import.meta.env.BASE_URL);
    return response.headers.has(MARKER) ? 'service-worker' : 'headers';
  } catch {
    return 'headers';
  }
}
