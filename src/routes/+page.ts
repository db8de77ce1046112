import { base } from '$app/paths';
import { builtInSummaries } from '$lib/app/catalog';
import type { PageLoad } from './$types';

// The deck list is build-time content, inlined into the prerendered page; counts come from this browser's progress.
export const load = (async ({ fetch }) => ({ decks: await builtInSummaries(fetch, base) })) satisfies PageLoad;
