// The lookup app's service worker, written by crates/site (src/app_files.rs) with the build's
// version and files. It precaches every file the app can load, under a cache named for the
// build, and answers from that cache first: after one visit the app works with no network.
// A new build is a new sw.js (its version differs): it installs, takes over, and deletes the
// caches of older builds. Only the lookup app registers it; the embed never does.
const VERSION = __VERSION__;
const CACHE = `http-status-lookup-${VERSION}`;
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('http-status-lookup-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

const scope = new URL(self.registration.scope);

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin) return;
  event.respondWith(answer(request, url));
});

/** From this build's cache, else the network; a page missing from both is the app's first page. */
async function answer(request, url) {
  const cache = await caches.open(CACHE);
  // `?q=` searches and `#` links are one page: the page without them.
  const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode === 'navigate' && url.pathname.startsWith(scope.pathname)) {
      const first = await cache.match(scope.href);
      if (first) return first;
    }
    throw error;
  }
}
