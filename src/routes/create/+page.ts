import { base } from '$app/paths';
import { builtInSummaries } from '$lib/app/catalog';
import type { PageLoad } from './$types';

// The screen works on what this browser holds (pasted documents, the decks kept here), so it renders in the browser;
// the prerendered file is only its shell. The built-in deck list is loaded so a new deck's id cannot silently shadow one.
export const ssr = false;

export const load = (async ({ fetch }) => ({ builtIn: await builtInSummaries(fetch, base) })) satisfies PageLoad;
