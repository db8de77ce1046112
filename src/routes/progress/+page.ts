import { base } from '$app/paths';
import { builtInSummaries } from '$lib/app/catalog';
import { loadRareParts } from '$lib/storage';
import type { PageLoad } from './$types';

// Progress lives in this browser only, so the page renders there.
export const ssr = false;

// The built-in decks' titles, so the import preview and the kept-aside list name decks as the deck list does; and the
// store's export, import and recovery code, which only this page uses.
export const load = (async ({ fetch }) => {
	const [decks] = await Promise.all([builtInSummaries(fetch, base), loadRareParts()]);
	return { decks };
}) satisfies PageLoad;
