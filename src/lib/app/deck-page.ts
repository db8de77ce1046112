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
	// The deck's own progress is enough here; pages that read more ask for it (the layout reads every deck's but on
	// the study page).
	const store = await openProgressStore(id ? [id] : 'all');
	const deck = id ? await findDeck(fetchFn, base, store, id) : null;
	return { id, deck, settings: deck ? store.getSettings(deck.id) : null };
}
