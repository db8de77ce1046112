import { base } from '$app/paths';
import { builtInSummaries, catalog, findDeck, lastStudied } from '$lib/app/catalog';
import { openProgressStore } from '$lib/app/progress';
import { loadScheduler } from '$lib/scheduler/lazy';
import { loadLedger, loadRareParts } from '$lib/storage';
import type { PageLoad } from './$types';

// Progress lives in this browser only, so the page renders there.
export const ssr = false;

// The built-in decks' titles, named to the store (`catalog`) so the import preview and the kept-aside list name decks as
// the deck list does; the store's export, import and recovery code, which only this page uses; and the charts (their
// own chunk) with the deck studied last. All of it is there before the page shows: charts that arrived afterwards pushed the
// buttons below them down the screen, and a tap on "Export progress" at that moment landed on a chart.
export const load = (async ({ fetch }) => {
	const [decks, , , , charts] = await Promise.all([
		builtInSummaries(fetch, base),
		loadRareParts(),
		// Which deck was studied last is read from the decks' summaries. The root layout loads the ledger too, but a
		// page's load runs alongside the layout's, not after it.
		loadLedger(),
		// Reading a deck whose stored states are damaged rebuilds them by replaying reviews, which needs the scheduler.
		loadScheduler(),
		import('$lib/components/progress/ProgressCharts.svelte')
	]);
	const store = await openProgressStore();
	const entries = catalog(decks, store);
	const shown = lastStudied(entries, store, Date.now());
	const first = shown ? await findDeck(fetch, base, store, shown).catch(() => null) : null;
	return { charts: { ProgressCharts: charts.default, decks: entries, first } };
}) satisfies PageLoad;
