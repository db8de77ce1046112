import { base } from '$app/paths';
import { findDeck } from '$lib/app/catalog';
import { progressStore } from '$lib/app/progress';
import type { PageLoad } from './$types';

// The deck to drill is named in the query (?deck=id) and may live only in this browser, so this page renders in the
// browser; the prerendered file is just its shell.
export const ssr = false;

export const load = (async ({ fetch, url }) => {
	const id = url.searchParams.get('deck') ?? '';
	const store = progressStore();
	const deck = await findDeck(fetch, base, store, id);
	return { id, deck, settings: deck ? store.getSettings(deck.id) : null };
}) satisfies PageLoad;
