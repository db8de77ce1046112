import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { staticIcons } from './scripts/static-icons';
import { workerAssets } from './scripts/worker-assets';

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
const RUNTIME =
	/\/node_modules\/(svelte|@sveltejs\/kit|clsx|esm-env|devalue)\/|\/src\/lib\/scheduler\/(queue|day|card)\.ts$|^\0?vite\/preload-helper/;

/**
 * Svelte runtime pieces that neither the home nor the study page uses (input and select bindings, `<svelte:element>`):
 * they go with the pages that do, instead of into the file every page loads. Nothing in the runtime file imports them
 * (attributes.js reaches select.js only from spread attributes, which the app does not use).
 */
const RUNTIME_FORMS =
	/\/node_modules\/svelte\/src\/internal\/client\/dom\/(elements\/bindings\/(input|select)|blocks\/svelte-element)\.js$/;

/**
 * The code every page shares (the store and what the pages around it read) as one file rather than one file per
 * combination of pages: each file a page loads costs a request and a compression window of its own, and Rollup cut
 * the home and study pages' share into eight files of 0.2–14 KB. The few hundred bytes of it some pages never run
 * cost less than the files they save.
 */
const SHARED =
	/\/src\/lib\/(storage\/[\w-]+(\.svelte)?\.ts|app\/(catalog|durable\.svelte|pause|deck-page|progress)\.ts|study\/deck-day\.ts|components\/(Glyph|Notices|Counts)\.svelte)$/;

/** What the study screen draws a card with, which the timeline, settings and create pages borrow a part of. */
const STUDY = /\/src\/lib\/(study\/(modes|choices)\.ts|components\/(GradeButtons|ProgressBar)\.svelte)$/;

type ModuleInfo = { importedIds: readonly string[] } | null;
let eager: Set<string> | undefined;

/** The modules the store imports statically, to its leaves: the storage code every page runs before it draws. */
function eagerFromStore(getModuleInfo: (id: string) => ModuleInfo): Set<string> {
	if (eager) return eager;
	const root = fileURLToPath(new URL('./src/lib/storage/store.svelte.ts', import.meta.url));
	eager = new Set([root]);
	for (const id of eager) for (const dep of getModuleInfo(id)?.importedIds ?? []) eager.add(dep);
	return eager;
}

const manualChunks = (id: string, meta: { getModuleInfo: (id: string) => ModuleInfo }) => {
	if (RUNTIME_FORMS.test(id)) return 'forms';
	if (RUNTIME.test(id)) return 'runtime';
	// Storage modules that load on demand (migrations, backups, the deck codec) stay in chunks of their own.
	// (later.ts, the scheduling of work after a paint, is the study screen's as much as the ledger's.)
	if (
		SHARED.test(id) &&
		(!id.includes('/storage/') || id.endsWith('/later.ts') || eagerFromStore(meta.getModuleInfo).has(id))
	)
		return 'shared';
	if (STUDY.test(id)) return 'study';
	return undefined;
};

const UNIT = ['tests/unit/**/*.spec.ts', 'src/**/*.spec.ts'];
const FRESH_MODULES = [
	'tests/unit/storage/parts.spec.ts',
	'tests/unit/study/answer-loader.spec.ts',
	'tests/unit/study/grading-loader.spec.ts',
	'tests/unit/study/answer-offline.spec.ts'
];
/** Tests that run effects, in an environment that builds modules for the browser (see effects-environment.ts). */
const EFFECTS = ['tests/unit/**/*.svelte.spec.ts'];

export default defineConfig({
	plugins: [staticIcons(), sveltekit(), workerAssets()],
	build: {
		// Terser writes every page's JS 2–3 KB (gzip) smaller than Vite's default minifier (esbuild): /study/ 63.9 →
		// 61.6 KB, / 56.5 → 54.7 KB at the time. It makes the build about a minute slower. Not with `passes: 2`, which
		// saved another 140 B on /study/ and left the study page spinning before its first card over a year of storage
		// (`npm run bench:browser`), while every test with less storage passed.
		minify: 'terser',
		// Vite's default build target is Chrome 107, Firefox 104, Safari 16 (2022): Terser may write ES2020 (shorthand
		// properties and the like) and need not work around Safari 10's bugs. About 0.2 KB gzip less on each page.
		terserOptions: { ecma: 2020, safari10: false },
		rollupOptions: { output: { manualChunks } }
	},
	// The document reader's worker (src/lib/create/reader.worker.ts) is started as a module worker, so it is built as
	// one: an ES module, not Vite's default classic script.
	worker: { format: 'es' },
	test: {
		environment: 'node',
		// Scheduling counts days in the user's zone; pin one so tests mean the same everywhere.
		env: { TZ: 'Europe/Moscow' },
		expect: { requireAssertions: true },
		projects: [
			{
				// Test files share their workers' loaded modules: importing the app afresh for each of ninety files was over
				// half of the unit run's time. Every test builds its own store over its own storage, so none depends on a
				// module being new.
				extends: true,
				test: {
					name: 'unit',
					include: UNIT,
					exclude: [...FRESH_MODULES, ...EFFECTS],
					isolate: false,
					setupFiles: ['tests/unit/setup.ts']
				}
			},
			// Except those that test what a module does before its on-demand parts have loaded: they load what they need.
			{ extends: true, test: { name: 'fresh modules', include: FRESH_MODULES } },
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'effects',
					include: EFFECTS,
					environment: './tests/unit/effects-environment.ts',
					setupFiles: ['tests/unit/setup.ts'],
					server: { deps: { inline: ['svelte'] } }
				}
			}
		]
	}
});
