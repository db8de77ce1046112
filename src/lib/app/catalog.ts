/**
 * Where decks come from in the browser: the decks built into the site (static JSON written at build time) and the
 * decks kept in this browser (from the review screen or an assignment link).
 */
import type { Deck, DeckSummary } from '../decks/schema';
import { summarize } from '../decks/schema';
import type { ProgressStore } from '../storage';

type Fetch = typeof fetch;

export interface CatalogEntry extends DeckSummary {
	origin: 'built-in' | 'local';
}

export async function builtInSummaries(fetchFn: Fetch, base: string): Promise<DeckSummary[]> {
	const res = await fetchFn(`${base}/data/decks/index.json`);
	if (!res.ok) throw new Error(`Could not load the deck list (${res.status})`);
	return (await res.json()) as DeckSummary[];
}

/** Built-in decks first, then local ones; a local deck with a built-in deck's id stands in for it. */
export function catalog(builtIn: DeckSummary[], store: ProgressStore): CatalogEntry[] {
	const local = store.listDecks().map((d) => ({ ...summarize(d), origin: 'local' as const }));
	const localIds = new Set(local.map((d) => d.id));
	return [...builtIn.filter((d) => !localIds.has(d.id)).map((d) => ({ ...d, origin: 'built-in' as const })), ...local];
}

/** Finds a deck by id: a local copy first, else the built-in deck file. */
export async function findDeck(fetchFn: Fetch, base: string, store: ProgressStore, id: string): Promise<Deck | null> {
	const local = store.getDeck(id);
	if (local) return local;
	if (!/^[a-z0-9-]+$/.test(id)) return null;
	const res = await fetchFn(`${base}/data/decks/${id}.json`);
	return res.ok ? ((await res.json()) as Deck) : null;
}
