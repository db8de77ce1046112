import { deckFromQuery } from '$lib/app/deck-page';
import type { PageLoad } from './$types';

// The deck is named in the query and may live only in this browser, so the page renders there.
export const ssr = false;

export const load = (({ fetch, url }) => deckFromQuery(fetch, url)) satisfies PageLoad;
