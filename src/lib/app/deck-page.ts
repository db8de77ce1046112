import { base } from '$app/paths';
import type { Deck } from '../decks/schema';
import type { DeckSettings } from '../storage';
import { builtInDeck } from './catalog';
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
	// The site's file for the deck is asked for while the store opens (which first reads IndexedDB and loads its code),
	// so a phone on a slow network waits for the two side by side, not one after the other. A copy kept in this browser
	// still wins: the file is then not used. Its failure (offline, not cached) only counts if it is needed.
	const fromSite = id ? builtInDeck(fetchFn, base, id) : null;
	fromSite?.catch(() => {});
	// The deck's own progress is enough here; pages that read more ask for it (the layout reads every deck's but on
	// the study page).
	const store = await openProgressStore(id ? [id] : 'all');
	const deck = id ? (store.getDeck(id) ?? (await fromSite)) : null;
	return { id, deck, settings: deck ? store.getSettings(deck.id) : null };
}
