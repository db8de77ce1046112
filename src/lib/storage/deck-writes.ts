/**
 * The writes a grade and its undo make to a deck's progress: the card's chunk, the log's tail segment and, for a card
 * seen for the first time, the id index. Each method returns the changes and writes nothing; Grades (grades.ts)
 * commits them all or none (write.ts). Part of the ledger (parts.ts), with the encoders it needs, so a page that has
 * not graded yet has not downloaded them.
 */
import type { Card } from 'ts-fsrs';
import type { Db } from './db';
import type { DeckStore } from './deck-progress';
import { encodeChunk, encodeSegment } from './encode';
import { CHUNK_SLOTS, SEGMENT_ENTRIES, chunkKey, indexKey, segmentKey } from './keys';
import { titleOf } from './library';
import { encodeIndex } from './progress';
import { coarseDuration, type SlotEntry } from './log';
import type { ReviewEntry } from './types';
import type { Change } from './write';

export class DeckWrites {
	readonly #db: Db;
	readonly #decks: DeckStore;

	constructor(db: Db, decks: DeckStore) {
		this.#db = db;
		this.#decks = decks;
	}

	/**
	 * The changes that save a graded card and its log entry: the card's chunk, the log's tail segment and, for a card
	 * seen for the first time, the id index. Nothing is written here; the caller commits.
	 */
	gradeChanges(
		deckId: string,
		cardId: string,
		next: Card,
		entry: ReviewEntry
	): { changes: Change[]; previous: Card | null; stored: ReviewEntry } {
		const changes: Change[] = [];
		const ids = this.#decks.ids(deckId, true);
		let slot = ids.indexOf(cardId);
		if (slot < 0) {
			slot = ids.push(cardId) - 1;
			changes.push({ key: indexKey(deckId), value: encodeIndex(ids) });
		}
		const n = Math.floor(slot / CHUNK_SLOTS);
		const chunk = this.#writableChunk(deckId, n);
		const previous = chunk.get(slot) ?? null;
		chunk.set(slot, next);
		changes.push(this.#chunkChange(deckId, n, chunk));
		const stored: ReviewEntry = { ...entry, durationMs: coarseDuration(entry.durationMs) };
		const [tail, entries] = this.#writableTail(deckId);
		entries.push({ slot, at: stored.at, rating: stored.rating, durationMs: stored.durationMs });
		changes.push(this.#segmentChange(deckId, tail, entries));
		return { changes, previous, stored };
	}

	/**
	 * The changes that put `cardId` back to `previous` (null: new) and remove the latest log entry equal to `e`.
	 */
	undoChanges(deckId: string, cardId: string, previous: Card | null, e: ReviewEntry): Change[] {
		const ids = this.#decks.ids(deckId, true);
		const slot = ids.indexOf(cardId);
		if (slot < 0) return [];
		const n = Math.floor(slot / CHUNK_SLOTS);
		const chunk = this.#writableChunk(deckId, n);
		if (previous) chunk.set(slot, previous);
		else chunk.delete(slot);
		const changes: Change[] = [this.#chunkChange(deckId, n, chunk)];
		for (let s = this.#decks.tail(deckId); s >= 0; s--) {
			const entries = this.#decks.segment(deckId, s);
			if (!entries) continue;
			const i = entries.findLastIndex(
				(x) => x.slot === slot && x.at === e.at && x.rating === e.rating && x.durationMs === e.durationMs
			);
			if (i >= 0) {
				changes.push(
					this.#segmentChange(
						deckId,
						s,
						entries.filter((_, j) => j !== i)
					)
				);
				break;
			}
		}
		return changes;
	}

	/** The change that writes chunk `n` as `cards`, remembered decoded (DeckStore.rememberChunk). */
	#chunkChange(deckId: string, n: number, cards: Map<number, Card>): Change {
		const key = chunkKey(deckId, n);
		const value = encodeChunk(cards);
		if (value !== null) this.#decks.rememberChunk(key, value, cards);
		return { key, value };
	}

	/** The change that writes segment `n` as `entries`, remembered decoded like `#chunkChange`'s chunk. */
	#segmentChange(deckId: string, n: number, entries: SlotEntry[]): Change {
		const key = segmentKey(deckId, n);
		const value = encodeSegment(entries);
		this.#decks.rememberSegment(key, value, entries);
		return { key, value };
	}

	/** A chunk about to be rewritten: a damaged one is set aside first (strictly: if that fails, nothing is written). */
	#writableChunk(deckId: string, n: number): Map<number, Card> {
		const c = this.#decks.chunk(deckId, n);
		if (c.problem === null) return new Map(c.cards);
		// Read (and rebuild) the whole deck first, so its cards come back from the log rather than being lost.
		const ids = this.#decks.ids(deckId, true);
		const p = this.#decks.read(deckId, { repair: true });
		const out = new Map<number, Card>();
		for (let s = n * CHUNK_SLOTS; s < Math.min(ids.length, (n + 1) * CHUNK_SLOTS); s++) {
			const card = p.cards.get(ids[s]!);
			if (card) out.set(s, card);
		}
		return out;
	}

	/** The segment new entries go to and its entries: the last one, or a fresh one when the last is full or damaged. */
	#writableTail(deckId: string): [number, SlotEntry[]] {
		const n = this.#decks.tail(deckId);
		const entries = this.#decks.segment(deckId, n);
		if (entries === null) {
			this.#db.setAside([segmentKey(deckId, n)], titleOf(this.#db, deckId), '', true);
			return [n + 1, []];
		}
		return entries.length >= SEGMENT_ENTRIES ? [n + 1, []] : [n, [...entries]];
	}
}
