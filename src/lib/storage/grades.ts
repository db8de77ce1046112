/**
 * Grades and their undo: the one owner of this tab's undo history. A grade is saved (card, log entry, and for a card
 * seen first, the id index, in one all-or-nothing commit) before `grade` returns — IndexedDB's confirmation follows
 * (tiered.ts); undo takes back this tab's
 * last grade of a deck only while the card's stored state is still the one this tab wrote. The store (store.svelte.ts)
 * wraps these with its reactive revisions.
 */
import type { Card } from 'ts-fsrs';
import type { Db } from './db';
import type { DeckStore } from './deck-progress';
import { DeckWrites } from './deck-writes';
import { encodeCards } from './encode';
import { checkCardId, checkDeckId } from './keys';
import { isRating } from './log';
import type { DeckSettings } from './settings-check';
import type { Summaries } from './summaries';
import type { ReviewEntry, UndoResult } from './types';
import { StaleCardError } from './write';
import { checkCardState } from './validate';

interface UndoItem {
	cardId: string;
	previous: Card | null;
	/** The state this tab wrote, encoded: undo applies only while it is still the stored one. */
	wrote: string;
	entry: ReviewEntry;
}

const same = (a: Card | null, b: Card | null) => (a && encodeCards([[0, a]])) === (b && encodeCards([[0, b]]));

export class Grades {
	readonly #db: Db;
	readonly #decks: DeckStore;
	readonly #writes: DeckWrites;
	readonly #summaries: Summaries;
	// Not state: the store's `canUndo` reads the deck's revision, which every grade and undo moves.
	readonly #undo = new Map<string, UndoItem[]>();

	constructor(db: Db, decks: DeckStore, summaries: Summaries) {
		this.#db = db;
		this.#decks = decks;
		this.#writes = new DeckWrites(db, decks);
		this.#summaries = summaries;
	}

	canUndo(deckId: string): boolean {
		return (this.#undo.get(deckId)?.length ?? 0) > 0;
	}

	/** Forgets the deck's undo history (after the deck was rewritten as a whole, or another tab graded over it). */
	forget(deckId: string): void {
		this.#undo.delete(deckId);
	}

	/** See ProgressStore.grade. */
	grade(
		deckId: string,
		cardId: string,
		next: Card,
		entry: ReviewEntry,
		expected: Card | null | undefined,
		settings: DeckSettings
	): void {
		checkDeckId(deckId);
		checkCardId(cardId);
		if (entry.cardId !== cardId) throw new TypeError(`entry is for ${entry.cardId}, not ${cardId}`);
		if (!isRating(entry.rating)) throw new TypeError(`rating must be 1–4, got ${String(entry.rating)}`);
		const check = checkCardState(next);
		if (!check.ok) throw new TypeError(`cannot save card ${cardId}: ${check.field} ${check.message}`);
		if (expected !== undefined && !same(this.#decks.stateOf(deckId, cardId), expected))
			throw new StaleCardError(cardId);
		const current = this.#summaries.beforeGrade(deckId, settings);
		const { changes, previous, stored } = this.#writes.gradeChanges(deckId, cardId, next, entry);
		// The screen that graded shows the error where the grade was made; a notice would say it twice.
		this.#db.commit(changes, { quiet: true });
		const stack = this.#undo.get(deckId) ?? [];
		stack.push({ cardId, previous, wrote: encodeCards([[0, next]]), entry: stored });
		this.#undo.set(deckId, stack);
		// The summary follows the grade in place; it is a derived value, so it is written after (see summary.ts's sig).
		this.#summaries.afterGrade(deckId, current, { cardId, next, at: stored.at }, settings, this.#db.clock());
	}

	/**
	 * See ProgressStore.undo. `refused` is called when another tab graded the card since (the history is then dropped).
	 */
	undo(deckId: string, settings: () => DeckSettings, refused: () => void): UndoResult | null {
		const stack = this.#undo.get(deckId);
		const item = stack?.at(-1);
		if (!stack || !item) return null;
		const now = this.#decks.stateOf(deckId, item.cardId);
		if (!now || encodeCards([[0, now]]) !== item.wrote) {
			stack.length = 0;
			refused();
			return {
				ok: false,
				message: 'This card was graded again in another tab, so the grade here cannot be undone; both reviews are kept.'
			};
		}
		const s = settings();
		const current = this.#summaries.beforeGrade(deckId, s);
		const changes = this.#writes.undoChanges(deckId, item.cardId, item.previous, item.entry);
		this.#db.commit(changes);
		stack.pop();
		// Like a grade's, the summary follows in place (unless the log entry was not found: then it is recomputed).
		const undone = { cardId: item.cardId, previous: item.previous, at: item.entry.at };
		this.#summaries.afterUndo(deckId, current && changes.length > 1, undone, s, this.#db.clock());
		return { ok: true, cardId: item.cardId, restored: item.previous, rating: item.entry.rating };
	}
}
