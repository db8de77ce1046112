import { base } from '$app/paths';
import { findDeck } from '$lib/app/catalog';
import { progressStore } from '$lib/app/progress';
import type { PageLoad } from './$types';

// Settings are stored in this browser and the deck is named in the query, so this page renders in the browser.
export const ssr = false;

export const load = (async ({ fetch, url }) => {
	const id = url.searchParams.get('deck') ?? '';
	const store = progressStore();
	const deck = await findDeck(fetch, base, store, id);
	return { id, deck, settings: deck ? store.getSettings(deck.id) : null };
}) satisfies PageLoad;
