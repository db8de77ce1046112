import { json } from '@sveltejs/kit';
import { summarize } from '$lib/decks/schema';
import { buildDecks } from '$lib/server/decks';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => json(buildDecks().map(summarize));
