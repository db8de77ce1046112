import { base } from '$app/paths';
import { findDeck } from '$lib/app/catalog';
import { progressStore } from '$lib/app/progress';
import { lastSentFor } from '$lib/assignments/records';
import type { PageLoad } from './$types';

// The page reads the query (?deck=id) and this browser's storage (decks kept here, assignments made here), so it
// renders in the browser; the prerendered file is its shell.
export const ssr = false;

export const load = (async ({ fetch, url }) => {
	const id = url.searchParams.get('deck') ?? '';
	const store = progressStore();
	const deck = id ? await findDeck(fetch, base, store, id) : null;
	return { id, deck, previous: deck ? lastSentFor(store, deck.id) : null };
}) satisfies PageLoad;
