/** Shapes the UI sees. */
import type { Card } from 'ts-fsrs';
import type { Rating } from './log';

export interface ReviewEntry {
	cardId: string;
	/** Epoch ms; the scheduler passes whole seconds. */
	at: number;
	rating: Rating;
	/** How long the answer took; stored in 100 ms units, capped at 10 minutes. */
	durationMs: number;
}

export interface DeckProgress {
	deckId: string;
	cards: Map<string, Card>;
	/** In time order. */
	log: ReviewEntry[];
	/** Cards whose saved state could not be read this time: they start again as new. */
	lost: string[];
}

/** Something the user should be told about their saved progress. */
export interface Notice {
	kind: 'corrupt' | 'quota' | 'migrated' | 'clock';
	message: string;
	/** The kept-aside key (corrupt), or the deck whose reviews are dated in the future (clock). */
	key?: string;
}

/** What an undo did: the card put back (`restored`, null when it was new), or why it could not. */
export type UndoResult =
	{ ok: true; cardId: string; restored: Card | null; rating: ReviewEntry['rating'] } | { ok: false; message: string };
