// Qapı's service worker: the app shell and the bundle, kept so the catalog,
// the service pages and the calculators open without a connection. Never
// the API: answers about people are not cached, and forms and lookups say
// plainly that they need a connection (their drafts stay on the device).
//
// `cargo xtask` writes the version (a hash of every file listed) and the
// files in below. The bundle's files are named by a hash of their contents,
// so an old page and a new one never mix assets: each asks for its own
// folder's. The previous version's cache stays until the next one, for a
// page still open on it; this version's own cache is always asked first.
const VERSION = '__QAPI_VERSION__';
const FILES = __QAPI_FILES__;
const CACHE = 'qapi-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting())
      // A half-filled cache must not pass for this version's next time.
      .catch((error) => caches.delete(CACHE).then(() => Promise.reject(error))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const older = (await caches.keys()).filter((name) => name.startsWith('qapi-') && name !== CACHE);
      await Promise.all(older.slice(0, -1).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) {
    return;
  }
  if (request.mode === 'navigate') {
    // Any page: the network's shell, else the kept one, which routes by itself.
    event.respondWith(fetch(request).catch(() => kept('/')));
  } else if (url.pathname.endsWith('.pack')) {
    // A page's modules in one file, for a first visit: when this version's
    // modules are kept here, the loader is told to take them one by one.
    const main = new Request(url.pathname.replace(/[^/]+$/, 'qapi_bg.wasm'));
    event.respondWith(kept(main).then((held) => (held ? new Response(null, { status: 404 }) : fetch(request))));
  } else if (url.pathname === '/config.json') {
    event.respondWith(fetch(request).catch(() => kept(request)));
  } else {
    event.respondWith(kept(request).then((response) => response || fetch(request)));
  }
});

// This version's copy, else the previous version's (for a page still open on
// it). Whatever the request's headers: a kept file is the same for all
// (its `Vary` names the encoding and, for host sites, CORS's `Origin`).
function kept(request) {
  return caches
    .open(CACHE)
    .then((cache) => cache.match(request, { ignoreVary: true }))
    .then((response) => response || caches.match(request, { ignoreVary: true }));
}
