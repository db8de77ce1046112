import { deckFromQuery } from '$lib/app/deck-page';
import type { PageLoad } from './$types';

// Settings are stored in this browser and the deck is named in the query, so this page renders in the browser.
export const ssr = false;

export const load = (({ fetch, url }) => deckFromQuery(fetch, url)) satisfies PageLoad;
