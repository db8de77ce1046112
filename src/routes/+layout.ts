import { browser } from '$app/environment';
import { openProgressStore } from '$lib/app/progress';
import { loadScheduler } from '$lib/scheduler/lazy';
import { loadLedger } from '$lib/storage';

// Every page is prerendered so the built site runs from any static host; pages that read browser storage render
// their content in the browser (they set `ssr = false`).
export const prerender = true;
export const trailingSlash = 'always';

// In the browser the progress store is opened before any page renders, so components may simply call
// `progressStore()` (see $lib/app/progress.ts). Loads of pages that use it await it themselves: they run alongside.
// Any read may meet a damaged chunk whose cards are rebuilt by replaying their reviews, which needs the scheduler, so
// it loads here too, with the store's ledger (grades and deck counts, see $lib/storage/parts.ts) — except for the
// study page, which shows its first card first and loads them itself ($lib/study/open.ts, session.svelte.ts),
// waiting for them where a read or a grade needs them.
export const load = async ({ url }) => {
	if (!browser) return {};
	const study = url.pathname.endsWith('/study/');
	// The study page reads one deck's progress: its first card waits for that deck alone (storage/tiered.ts).
	const need = study ? [url.searchParams.get('deck') ?? ''] : 'all';
	await Promise.all([openProgressStore(need), study ? null : loadScheduler(), study ? null : loadLedger()]);
	return {};
};
