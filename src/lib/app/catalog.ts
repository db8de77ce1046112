/**
 * Where decks come from in the browser: the decks built into the site (static JSON written at build time) and the
 * decks kept in this browser (from the review screen or an assignment link).
 */
import type { Deck, DeckSummary } from '../decks/schema';
import type { ProgressStore } from '../storage';

type Fetch = typeof fetch;

/** What the deck list shows of a deck, without its cards. */
export interface CatalogEntry {
	id: string;
	title: string;
	description: string;
	cardCount: number;
	/** Card ids in deck order, for built-in decks (from the site's deck list); local decks are read when needed. */
	cardIds?: string[];
	origin: 'built-in' | 'local';
}

export async function builtInSummaries(fetchFn: Fetch, base: string): Promise<DeckSummary[]> {
	const res = await fetchFn(`${base}/data/decks/index.json`);
	if (!res.ok) throw new Error(`Could not load the deck list (${res.status})`);
	return (await res.json()) as DeckSummary[];
}

/**
 * Built-in decks first, then local ones; a local deck with a built-in deck's id stands in for it. Local decks come
 * from the store's per-deck summaries, so listing them decompresses nothing.
 */
export function catalog(builtIn: readonly DeckSummary[], store: ProgressStore | null): CatalogEntry[] {
	store?.nameDecks(builtIn);
	const local = (store?.localDecks() ?? []).map((d) => ({ ...d, origin: 'local' as const }));
	const localIds = new Set(local.map((d) => d.id));
	const fromSite = builtIn
		.filter((d) => !localIds.has(d.id))
		.map(({ id, title, description, cardCount, cardIds }) => ({
			id,
			title,
			description,
			cardCount,
			cardIds,
			origin: 'built-in' as const
		}));
	return [...fromSite, ...local];
}

/** The deck reviewed last, else the first of the list (undefined for an empty list). */
export function lastStudied(entries: readonly CatalogEntry[], store: ProgressStore, now: number): string | undefined {
	let best: { id: string; at: number } | undefined;
	for (const e of entries) {
		const at = store.glance(e.id, e.cardCount, now).latest;
		if (at !== null && (!best || at > best.at)) best = { id: e.id, at };
	}
	return best?.id ?? entries[0]?.id;
}

/** Finds a deck by id: a local copy first, else the built-in deck file. */
export async function findDeck(fetchFn: Fetch, base: string, store: ProgressStore, id: string): Promise<Deck | null> {
	const local = store.getDeck(id);
	if (local) return local;
	if (!/^[a-z0-9-]+$/.test(id)) return null;
	const res = await fetchFn(`${base}/data/decks/${id}.json`);
	return res.ok ? ((await res.json()) as Deck) : null;
}
