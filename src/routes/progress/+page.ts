import { base } from '$app/paths';
import { builtInSummaries } from '$lib/app/catalog';
import type { PageLoad } from './$types';

// Progress lives in this browser only, so the page renders there.
export const ssr = false;

// The built-in decks' titles, so the import preview and the kept-aside list name decks as the deck list does.
export const load = (async ({ fetch }) => ({ decks: await builtInSummaries(fetch, base) })) satisfies PageLoad;
