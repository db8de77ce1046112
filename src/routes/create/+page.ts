import { base } from '$app/paths';
import { builtInSummaries } from '$lib/app/catalog';
import { loadDeckCodec } from '$lib/storage';
import type { PageLoad } from './$types';

// The screen works on what this browser holds (pasted documents, the decks kept here), so it renders in the browser;
// the prerendered file is only its shell. The built-in deck list is loaded so a new deck's id cannot silently shadow one.
export const ssr = false;

// Publishing keeps the deck in this browser: the store's deck codec loads with the page (see $lib/storage/parts.ts).
export const load = (async ({ fetch }) => {
	const [builtIn] = await Promise.all([builtInSummaries(fetch, base), loadDeckCodec()]);
	return { builtIn };
}) satisfies PageLoad;
