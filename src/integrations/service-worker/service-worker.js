// @ts-check
// The service worker's code. src/integrations/offline.ts writes it to sw.js after
// `const OFFLINE = { version, base, files: [[path, hash], …] }`: the build's files, each with a hash of its content.
// Type-checked against the WebWorker library by this folder's tsconfig.json (`npm run check`); OFFLINE is in offline.d.ts.

// The lib's `self` is any worker's scope; this one is a service worker's.
const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

// One cache per build, named by its version; the prefix names this site's base, so that sites sharing an origin keep apart.
const PREFIX = `offline:${OFFLINE.base}:`;
const CACHE = PREFIX + OFFLINE.version;
const HASH = 'x-content-hash';

// Names that change whenever their content does (Vite's and Pagefind's hashed files): the kept copy is always right.
const HASHED = /\/_astro\/|\/pagefind\/(index|fragment|filter)\/|\.pf_meta$/;

/**
 * A file unchanged since the last build is copied from that build's cache, not downloaded again.
 * @param {Cache} cache
 * @param {[path: string, hash: string]} file
 */
async function keep(cache, [path, hash]) {
  const url = OFFLINE.base + path;
  const previous = await caches.match(url, { ignoreVary: true });
  if (previous?.headers.get(HASH) === hash) return cache.put(url, previous);
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const headers = new Headers(response.headers);
  headers.set(HASH, hash);
  const { status, statusText } = response;
  return cache.put(url, new Response(await response.blob(), { status, statusText, headers }));
}

// The Traditional edition (OFFLINE.hant) is kept only for a reader who opens it: when one of its pages is asked for,
// and again with each new build once the previous copy holds it.
const HANT = OFFLINE.base + 'zh-Hant/';
/** @param {Cache} cache */
const keepHant = (cache) => Promise.all((OFFLINE.hant ?? []).map((file) => keep(cache, file)));
const hadHant = () => caches.match(HANT, { ignoreVary: true }).then(Boolean);

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        Promise.all([
          ...OFFLINE.files.map((file) => keep(cache, file)),
          hadHant().then((had) => (had ? keepHant(cache) : [])),
        ]),
      )
      .then(() => worker.skipWaiting()),
  );
});

// The new build's copy is whole: drop the older ones.
worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE))
      .then((old) => Promise.all(old.map((key) => caches.delete(key))))
      .then(() => worker.clients.claim()),
  );
});

// Pagefind asks for some files with ?ts=… and pages may carry ?q=…: the kept copy is the file without them.
/** @param {RequestInfo} request */
const kept = (request) =>
  caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true, ignoreVary: true }));

/** @param {Request} request */
async function fromCopy(request) {
  return (await kept(request)) ?? fetch(request);
}

// Pages and unhashed files come from the network while there is one, so a new build shows at once.
/** @param {Request} request */
async function fromNetwork(request) {
  try {
    return await fetch(request, { cache: 'no-cache' });
  } catch (error) {
    // A page not in the copy (a mistyped address) gets the site's own 404 page, with its links, rather than the browser's error.
    const copy =
      (await kept(request)) ?? (request.mode === 'navigate' ? await kept(OFFLINE.base + '404.html') : undefined);
    if (copy) return copy;
    throw error;
  }
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith(OFFLINE.base)) return;
  event.respondWith(HASHED.test(url.pathname) ? fromCopy(request) : fromNetwork(request));
  if (request.mode === 'navigate' && url.pathname.startsWith(HANT))
    event.waitUntil(caches.open(CACHE).then((cache) => keepHant(cache).catch(() => undefined)));
});
