import { base } from '$app/paths';
import { deckFromQuery } from '$lib/app/deck-page';
import { openProgressStore } from '$lib/app/progress';
import { builtInDeck, isShipped } from '$lib/assignments/decks';
import { lastSentFor } from '$lib/assignments/records';
import type { PageLoad } from './$types';

// The page reads the query (?deck=id) and this browser's storage (decks kept here, assignments made here), so it
// renders in the browser; the prerendered file is its shell.
export const ssr = false;

export const load = (async ({ fetch, url }) => {
	const { id, deck } = await deckFromQuery(fetch, url);
	// A deck the app ships goes by reference; one kept only here (or changed here) goes inside the link.
	const shipped = deck ? isShipped(deck, await builtInDeck(fetch, base, deck.id)) : false;
	return { id, deck, shipped, previous: deck ? lastSentFor(await openProgressStore(), deck.id) : null };
}) satisfies PageLoad;
