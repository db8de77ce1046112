import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * Svelte's and SvelteKit's runtime, which every page runs, ship as one file: compressed whole it is smaller than the
 * dozen pieces Rollup would otherwise cut it into, one per combination of pages that share a piece (the rest of the
 * code is chunked as Rollup does by default). Rollup's `experimentalMinChunkSize`, used before, merged small chunks by
 * size alone and so put code the study and home pages never run (valibot, lucide icons, the download helper) into
 * their files: with this split /study/ and / each load about 5 KB gzip less.
 *
 * scheduler/queue.ts rides along because SvelteKit (2.70) leaves a chunk out of a page's preloads when it first meets
 * it through a dynamic import of another chunk (`find_deps` marks it seen without adding it): the study page would then
 * fetch the queue only after its own script had loaded. Inside the runtime file it is always preloaded.
 */
const RUNTIME = /\/node_modules\/(svelte|@sveltejs\/kit|clsx|esm-env|devalue)\/|\/src\/lib\/scheduler\/queue\.ts$/;
const runtimeChunk = (id: string) => (RUNTIME.test(id) ? 'runtime' : undefined);

export default defineConfig({
	plugins: [sveltekit()],
	build: { rollupOptions: { output: { manualChunks: runtimeChunk } } },
	test: {
		include: ['tests/unit/**/*.spec.ts', 'src/**/*.spec.ts'],
		environment: 'node',
		// Scheduling counts days in the user's zone; pin one so tests mean the same everywhere.
		env: { TZ: 'Europe/Moscow' },
		setupFiles: ['tests/unit/setup.ts'],
		expect: { requireAssertions: true }
	}
});
