import { base } from '$app/paths';
import type { Deck } from '../decks/schema';
import type { DeckSettings } from '../storage';
import { findDeck } from './catalog';
import { openProgressStore } from './progress';

/**
 * What a page about one deck (`?deck=<id>`) loads: the deck, from this browser or the built site, and its settings.
 * Such pages render in the browser, because the deck may exist only here.
 */
export async function deckFromQuery(
	fetchFn: typeof fetch,
	url: URL
): Promise<{ id: string; deck: Deck | null; settings: DeckSettings | null }> {
	const id = url.searchParams.get('deck') ?? '';
	const store = await openProgressStore();
	const deck = id ? await findDeck(fetchFn, base, store, id) : null;
	return { id, deck, settings: deck ? store.getSettings(deck.id) : null };
}
