import { deckFromQuery } from '$lib/app/deck-page';
import { progressStore } from '$lib/app/progress';
import { lastSentFor } from '$lib/assignments/records';
import type { PageLoad } from './$types';

// The page reads the query (?deck=id) and this browser's storage (decks kept here, assignments made here), so it
// renders in the browser; the prerendered file is its shell.
export const ssr = false;

export const load = (async ({ fetch, url }) => {
	const { id, deck } = await deckFromQuery(fetch, url);
	return { id, deck, previous: deck ? lastSentFor(progressStore(), deck.id) : null };
}) satisfies PageLoad;
