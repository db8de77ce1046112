import { base } from '$app/paths';
import { findDeck } from '$lib/app/catalog';
import { openProgressStore } from '$lib/app/progress';
import { findReceived } from '$lib/assignments/records';
import { withDeck } from '$lib/assignments/progress';
import type { PageLoad } from './$types';

// The page reads the query (?assignment=id) and this browser's storage (the assignment, its deck, the progress),
// so it renders in the browser; the prerendered file is its shell.
export const ssr = false;

export const load = (async ({ fetch, url }) => {
	const id = url.searchParams.get('assignment') ?? '';
	const store = await openProgressStore();
	const received = findReceived(store, id);
	// The deck is the app's own (sent by reference) or the assignment's copy kept here.
	const deck = received ? await findDeck(fetch, base, store, received.deckId) : null;
	return { id, received, assignment: received && deck ? withDeck(received, deck) : null };
}) satisfies PageLoad;
