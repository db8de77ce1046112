import { deckFromQuery } from '$lib/app/deck-page';
import type { PageLoad } from './$types';

// The deck to drill is named in the query (?deck=id) and may live only in this browser, so this page renders in the
// browser; the prerendered file is just its shell.
export const ssr = false;

export const load = (({ fetch, url }) => deckFromQuery(fetch, url)) satisfies PageLoad;
