import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import type { Assignment } from '../../../src/lib/share/assignment';
import { realisticAssignment } from '../../../src/lib/share/capacity';
import type { Deck, DeckCard } from '../../../src/lib/decks/schema';
import { MemoryStorage } from '../../../src/lib/storage/memory';
// Accepting an assignment keeps its deck: the codec of local decks, which the browser loads on demand (parts.ts).
import '../../../src/lib/storage/deck-codec';
import { ProgressStore } from '../../../src/lib/storage/store.svelte';

/** 20 March 2024, 12:00 in Moscow (the pinned zone): two study days before a briefing on the 22nd. */
export const NOW = new Date(2024, 2, 20, 12).getTime();
export const DAY = 86_400_000;

/** An assignment of `n` realistic cards, due on 22 March 2024, with any field overridden. */
export function makeAssignment(n = 6, over: Partial<Assignment> = {}): Assignment {
	return { ...realisticAssignment(n), dueDate: '2024-03-22', createdAt: '2024-03-18T09:00:00.000Z', ...over };
}

export function makeDeck(cards: DeckCard[], over: Partial<Deck> = {}): Deck {
	return { ...realisticAssignment(1).deck, cards, ...over };
}

export function makeStore(storage: Storage = new MemoryStorage()): ProgressStore {
	return new ProgressStore(storage, { now: () => NOW });
}

/** A card after `grades`, one a day ending at `until`, fuzz off. */
export function studiedCard(grades: Grade[], until = NOW): Card {
	const f = fsrs({ enable_fuzz: false });
	const start = until - (grades.length - 1) * DAY;
	let card = createEmptyCard(new Date(start));
	grades.forEach((g, i) => (card = f.next(card, new Date(start + i * DAY), g).card));
	return card;
}

/** Every key and value in a Storage, to show that something left it unchanged. */
export function snapshot(storage: Storage): Record<string, string | null> {
	const out: Record<string, string | null> = {};
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (key !== null) out[key] = storage.getItem(key);
	}
	return out;
}
