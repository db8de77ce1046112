/**
 * The decks built into the app, as the sharing screens need them: to decide whether a deck can go by reference (the
 * instructor's copy is the app's own) and to resolve a reference on the trainee's side. Always the built-in file,
 * never a copy kept in this browser: a reference means "the deck this app ships".
 */
import { builtInSummaries } from '../app/catalog';
import { DeckSchema, type Deck } from '../decks/schema';
import { canonicalJson } from '../share/checksum';
import * as v from 'valibot';

type Fetch = typeof fetch;

/** The built-in deck with this id, or null when the app has none (or it cannot be fetched). */
export async function builtInDeck(fetchFn: Fetch, base: string, id: string): Promise<Deck | null> {
	if (!/^[a-z0-9-]{1,64}$/.test(id)) return null;
	try {
		const index = await builtInIds(fetchFn, base);
		if (!index.has(id)) return null;
		const res = await fetchFn(`${base}/data/decks/${id}.json`);
		if (!res.ok) return null;
		const parsed = v.safeParse(DeckSchema, await res.json());
		return parsed.success ? parsed.output : null;
	} catch {
		return null;
	}
}

/** Ids of the decks built into the app; empty when the list cannot be fetched. */
export async function builtInIds(fetchFn: Fetch, base: string): Promise<Set<string>> {
	try {
		return new Set((await builtInSummaries(fetchFn, base)).map((d) => d.id));
	} catch {
		return new Set();
	}
}

/** Whether `deck` is exactly the app's own deck, so a link can name it instead of carrying it. */
export function isShipped(deck: Deck, shipped: Deck | null): boolean {
	return shipped !== null && canonicalJson(shipped) === canonicalJson(deck);
}
