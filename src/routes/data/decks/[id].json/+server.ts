import { error, json } from '@sveltejs/kit';
import { buildDecks } from '$lib/server/decks';
import type { EntryGenerator, RequestHandler } from './$types';

// Each deck is a static JSON file, so the study screen fetches only the deck it drills and the service worker can
// keep it for offline use.
export const prerender = true;

export const entries: EntryGenerator = () => buildDecks().map((d) => ({ id: d.id }));

export const GET: RequestHandler = ({ params }) => {
	const deck = buildDecks().find((d) => d.id === params.id);
	if (!deck) error(404, `No deck ${params.id}`);
	return json(deck);
};
