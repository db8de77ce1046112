import { browser } from '$app/environment';
import { deckFromQuery } from '$lib/app/deck-page';
import { pause } from '$lib/app/pause';
import { openProgressStore } from '$lib/app/progress';
import { openForStudy } from '$lib/study/open';
import type { PageLoad } from './$types';

// The deck to drill is named in the query (?deck=id) and may live only in this browser, so the deck is loaded in the
// browser; the prerendered page is the study screen's frame, which paints before any script has run. Cram links'
// code (parsing the set, choosing its cards) loads only with a cram link, beside the deck. The deck's progress is read
// here, once, where the read may wait for the scheduler when it needs it, in short tasks (study/open.ts).
export const load = (async ({ fetch, url }) => {
	if (!browser) return { id: '', deck: null, settings: null, cramKit: null, opened: null };
	const [found, cramKit] = await Promise.all([
		deckFromQuery(fetch, url),
		url.searchParams.has('cram') ? import('$lib/study/cram') : null
	]);
	const opened = found.deck
		? await pause().then(async () =>
				openForStudy(await openProgressStore([found.deck!.id]), found.deck!, Date.now(), pause)
			)
		: null;
	return { ...found, cramKit, opened };
}) satisfies PageLoad;
