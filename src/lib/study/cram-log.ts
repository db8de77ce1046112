/**
 * The cram log: answers given in cram sessions, kept per deck through the progress store as a named record beside the
 * deck's day record (deck-day.ts), never in the review log. Apart from deck-day.ts, which the study page reads before
 * its first card: only a cram link's session writes here (through the cram kit, cram.ts) and the Progress page reads it.
 */
import type { Grade } from 'ts-fsrs';
import { isNumber, isObject, type RecordReader, type RecordStore } from './deck-day';

/** A cram answer: in the log, marked as cram, never applied to the card's FSRS state. */
export interface CramEntry {
	cardId: string;
	at: number;
	rating: Grade;
	durationMs: number;
	cram: true;
}

/** Cram answers kept per deck: enough for a year of heavy cramming, bounded so the record stays small. */
export const CRAM_KEPT = 5000;

const cramName = (deckId: string) => `cram:${deckId}`;

/** A stored cram log, or null when it is not one. */
export function readCramRecord(value: unknown): Omit<CramEntry, 'cram'>[] | null {
	if (!Array.isArray(value)) return null;
	const out: Omit<CramEntry, 'cram'>[] = [];
	for (const e of value as unknown[]) {
		if (!isObject(e)) return null;
		const { cardId, at, rating, durationMs } = e;
		if (typeof cardId !== 'string' || !isNumber(at) || !isNumber(durationMs)) return null;
		if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) return null;
		out.push({ cardId, at, rating, durationMs });
	}
	return out;
}

export function readCram(store: RecordReader, deckId: string): CramEntry[] {
	const list = store.getRecord(cramName(deckId), readCramRecord) ?? [];
	return list.map((e) => ({ ...e, cram: true as const }));
}

/** Adds a cram answer to the deck's cram log (the oldest go once CRAM_KEPT are kept). */
export function recordCram(store: RecordStore, deckId: string, entry: Omit<CramEntry, 'cram'>): void {
	const list = readCram(store, deckId).map(({ cardId, at, rating, durationMs }) => ({
		cardId,
		at,
		rating,
		durationMs
	}));
	list.push({ cardId: entry.cardId, at: entry.at, rating: entry.rating, durationMs: entry.durationMs });
	store.setRecord(cramName(deckId), list.slice(-CRAM_KEPT));
}
