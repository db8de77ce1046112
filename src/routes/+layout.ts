import { browser } from '$app/environment';
import { openProgressStore } from '$lib/app/progress';

// Every page is prerendered so the built site runs from any static host; pages that read browser storage render
// their content in the browser (they set `ssr = false`).
export const prerender = true;
export const trailingSlash = 'always';

// In the browser the progress store is opened before any page renders, so components may simply call
// `progressStore()` (see $lib/app/progress.ts). Loads of pages that use it await it themselves: they run alongside.
export const load = async () => {
	if (browser) await openProgressStore();
	return {};
};
