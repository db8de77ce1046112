/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Keeps the app working offline and lets a new deployment reach learners:
 * - every built file, static asset and prerendered page is cached at install, fetched with `cache: 'reload'` so a
 *   stale copy in the browser's HTTP cache never becomes this version's offline copy;
 * - deck data (`/data/…`) and page data (`__data.json`) are fetched network-first, so a redeployed deck is drilled
 *   on the next visit; the cache answers only when the network does not, and keeps the newest copy fetched;
 * - everything else (hashed, immutable build files and page shells) is served cache-first.
 * A new version installs beside the old one and waits; the page shows a reload button (UpdateBanner), which asks
 * the waiting worker to take over. Its cache replaces the old one when it activates.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `bt-cache-${version}`;
const ASSETS = [...build, ...files, ...prerendered];

/** The message UpdateBanner sends when the learner asks for the new version (a worker script cannot export it). */
const SKIP_WAITING = 'skip-waiting';

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(CACHE).then((cache) => cache.addAll(ASSETS.map((url) => new Request(url, { cache: 'reload' }))))
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type === SKIP_WAITING) void sw.skipWaiting();
});

/** Data that changes with a deployment while its URL stays the same. */
function isData(url: URL): boolean {
	return url.pathname.startsWith(`${base}/data/`) || url.pathname.endsWith('/__data.json');
}

async function networkFirst(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		// `no-cache` revalidates with the server, so the HTTP cache cannot hand back last week's deck either.
		const response = await fetch(request, { cache: 'no-cache' });
		if (response.ok) await cache.put(url.pathname, response.clone());
		return response;
	} catch (err) {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
		throw err;
	}
}

async function cacheFirst(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	// Pages are cached under their path; the query (?deck=…) only tells the page which deck to show.
	const hit = (await cache.match(url.pathname)) ?? (await cache.match(request));
	return hit ?? fetch(request);
}

sw.addEventListener('fetch', (event) => {
	if (event.request.method !== 'GET') return;
	const url = new URL(event.request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(isData(url) ? networkFirst(event.request, url) : cacheFirst(event.request, url));
});
