import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import { MemoryStorage } from '../../../src/lib/storage/memory';
// Export, import, recovery, migration and the codec of local decks: the browser loads them on demand (parts.ts);
// tests use them throughout.
import '../../../src/lib/storage/rare';
import '../../../src/lib/storage/deck-codec';
import { ProgressStore } from '../../../src/lib/storage/store.svelte';
import type { ReviewEntry } from '../../../src/lib/storage/types';

export const T0 = Date.UTC(2025, 2, 22, 9, 0, 0);
export const MIN = 60_000;
export const DAY = 86_400_000;

/** A store over `storage`, which tests keep beside it to look at and damage stored values directly. */
export function makeStore<S extends Storage = MemoryStorage>(
	storage: S = new MemoryStorage() as unknown as S,
	now = T0
): ProgressStore & { storage: S } {
	return Object.assign(new ProgressStore(storage, { now: () => now }), { storage });
}

/** A card after the given grades, one every `gap` ms from T0, with fuzz off. */
export function makeCard(grades: Grade[] = [3], gap = DAY): Card {
	const f = fsrs({ enable_fuzz: false });
	let card = createEmptyCard(new Date(T0));
	grades.forEach((g, i) => (card = f.next(card, new Date(T0 + i * gap), g).card));
	return card;
}

export function entry(cardId: string, at: number, rating: 1 | 2 | 3 | 4 = 3, durationMs = 4000): ReviewEntry {
	return { cardId, at, rating, durationMs };
}

/** Records `card` for `cardId` at the card's last review time. */
export function recordCard(
	store: ProgressStore,
	deckId: string,
	cardId: string,
	card: Card,
	rating: 1 | 2 | 3 | 4 = 3
) {
	store.record(deckId, cardId, card, entry(cardId, card.last_review!.getTime(), rating));
}
