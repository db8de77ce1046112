import { browser } from '$app/environment';
import { deckFromQuery } from '$lib/app/deck-page';
import type { PageLoad } from './$types';

// The deck to drill is named in the query (?deck=id) and may live only in this browser, so the deck is loaded in the
// browser; the prerendered page is the study screen's frame, which paints before any script has run.
export const load = (({ fetch, url }) =>
	browser ? deckFromQuery(fetch, url) : { id: '', deck: null, settings: null }) satisfies PageLoad;
