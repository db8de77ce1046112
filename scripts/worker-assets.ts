/**
 * A Vite plugin that lists each web worker a chunk starts among that chunk's assets in the build manifest.
 *
 * Why: SvelteKit gives the service worker its list of built files (`build` from `$service-worker`) from the client
 * manifest, and Vite leaves worker files out of it (their URLs are written into the chunk, not recorded as its assets).
 * The document reader's worker (src/lib/create/reader.worker.ts) would then be the one built file missing from the
 * offline cache, and /create could not propose cards offline. Recorded as an asset of the chunk that names it, it is
 * cached with the rest at install, fetched afresh with each new version like every other file.
 */
import type { Plugin } from 'vite';

/**
 * A worker file as a chunk names it once built, relative or from the root: `new URL("../workers/reader.worker-AbC.js",
 * import.meta.url)`, `"/_app/immutable/workers/reader.worker-AbC.js"`.
 */
const WORKER_URL = /workers\/([\w.-]+\.js)\b/g;

/**
 * The worker files a chunk's code starts, as bundle file names: each worker entry it names, with every file built
 * under the workers folder (a worker's own chunks and assets, should it ever have any), since those are loaded by the
 * worker, not named by the page.
 */
export function workersNamed(code: string, files: readonly string[]): string[] {
	// Not a source map: a build with maps writes them beside the worker, and the host may not serve them (the browser bench
	// deletes them), and one missing file fails the service worker's whole install.
	const inWorkers = files.filter((f) => /(?:^|\/)workers\//.test(f) && !f.endsWith('.map'));
	const named = [...code.matchAll(WORKER_URL)].some(([, name]) =>
		inWorkers.some((f) => f.endsWith(`/workers/${name}`))
	);
	return named ? inWorkers : [];
}

export function workerAssets(): Plugin {
	return {
		name: 'worker-assets-in-manifest',
		apply: 'build',
		// After Vite's worker plugin has written the workers' URLs into the chunks, before its manifest plugin reads the
		// chunks' assets.
		enforce: 'post',
		generateBundle(_options, bundle) {
			const files = Object.keys(bundle);
			for (const chunk of Object.values(bundle)) {
				if (chunk.type !== 'chunk' || !chunk.viteMetadata) continue;
				for (const file of workersNamed(chunk.code, files)) chunk.viteMetadata.importedAssets.add(file);
			}
		}
	};
}
