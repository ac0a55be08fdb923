/* global self, caches, BUILD */
// Service worker source. build/precachePlugin.ts emits it as sw.js with
// `const BUILD = { cacheName, urls, headers }` prepended: the build hash, every file of the build
// (relative to this script, so any --base works) and the cross-origin isolation headers.

// The app shell: served for navigations when the network is gone.
const SHELL_URL = new URL('./', self.location.href).href;
// A build file is the same for every requester; hosts that send `Vary: Origin` (vite preview) would
// otherwise make module scripts, which carry an Origin header, miss the copies cached without one.
// Every kept cache is searched: a page still running the previous build finds its own files there.
// The query is ignored too: a worker script loaded afresh (`?retry=1`, engine/workerHandle.ts) is the same file.
const MATCH = { ignoreVary: true, ignoreSearch: true };
/** Builds whose files are kept: this one and the one before, for pages opened before the deploy. */
const KEPT_BUILDS = 2;
// Responses carry this when the host did not send COEP and the worker added it, so the page can
// tell isolation that came from here apart from isolation the host set up itself.
const MARKER = 'X-Isolation-By';

self.addEventListener('install', (event) => {
  // cache: 'reload' skips the HTTP cache, which could hold files from an older build.
  const requests = BUILD.urls.map((url) => new Request(url, { cache: 'reload' }));
  // addAll rejects on any non-OK response, so a broken deploy never becomes the offline copy.
  event.waitUntil(
    caches
      .open(BUILD.cacheName)
      .then((cache) => cache.addAll(requests))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  // caches.keys() lists caches oldest first: all but this build's and the newest other one go. A page
  // opened on the previous build loads its lazy chunks and worker from that one after the deploy.
  event.waitUntil(
    caches
      .keys()
      .then((names) => {
        const older = names.filter((name) => name !== BUILD.cacheName);
        return Promise.all(
          older.slice(0, Math.max(0, older.length - (KEPT_BUILDS - 1))).map((name) => caches.delete(name)),
        );
      })
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  // The app makes no cross-origin requests; anything else is left to the browser untouched.
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? networkFirst(request) : cacheFirst(request));
});

/** Navigations get the newest page when online and the precached shell when offline. */
async function networkFirst(request) {
  try {
    return withIsolation(await fetch(request));
  } catch (error) {
    const cached = await caches.match(SHELL_URL, MATCH);
    if (!cached) throw error;
    return withIsolation(cached);
  }
}

/** Everything else is a content-hashed build file (or the favicon): the precached copy never goes stale. */
async function cacheFirst(request) {
  const cached = await caches.match(request, MATCH);
  return withIsolation(cached ?? (await fetch(request)));
}

/** Re-issues a response with COOP/COEP/CORP, which is what isolates pages on hosts that cannot set headers. */
function withIsolation(response) {
  // Opaque redirects (status 0) cannot be rebuilt, and the browser follows them itself.
  if (response.type === 'opaqueredirect') return response;
  const headers = new Headers(response.headers);
  if (!headers.has('Cross-Origin-Embedder-Policy')) headers.set(MARKER, 'service-worker');
  // A header the host sent wins: it may have chosen a different policy on purpose.
  for (const [name, value] of Object.entries(BUILD.headers)) {
    if (!headers.has(name)) headers.set(name, value);
  }
  // These statuses forbid a body, and the Response constructor throws if given one.
  const body = [204, 205, 304].includes(response.status) ? null : response.body;
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
