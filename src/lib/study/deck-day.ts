/**
 * What a learner sets per deck beyond the scheduler's settings — the briefing, suspended cards, leeches — and the
 * cram log. Kept as named records through the progress store (it owns the keys, validation and quota handling), so
 * the FSRS states and the review log stay exactly as plain scheduling leaves them.
 */
import * as v from 'valibot';
import type { Grade } from 'ts-fsrs';
import type { ProgressStore } from '../storage';
import type { Briefing } from '../scheduler/briefing';

type RecordReader = Pick<ProgressStore, 'getRecord'>;
type RecordStore = Pick<ProgressStore, 'getRecord' | 'setRecord'>;

const Ids = v.optional(v.array(v.string()), () => []);

const DaySchema = v.object({
	briefing: v.optional(
		v.nullable(
			v.object({
				at: v.pipe(v.number(), v.integer(), v.minValue(0)),
				target: v.pipe(v.number(), v.minValue(0.7), v.maxValue(0.99))
			})
		),
		null
	),
	suspended: Ids,
	/** Cards flagged as leeches (suspended when flagged; unsuspending keeps the flag). */
	leeches: Ids
});

export type DeckDay = v.InferOutput<typeof DaySchema>;

const CramEntrySchema = v.object({
	cardId: v.string(),
	at: v.number(),
	rating: v.picklist([1, 2, 3, 4]),
	durationMs: v.number()
});

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

const dayName = (deckId: string) => `day:${deckId}`;
const cramName = (deckId: string) => `cram:${deckId}`;

export function readDay(store: RecordReader, deckId: string): DeckDay {
	return store.getRecord(dayName(deckId), DaySchema) ?? v.parse(DaySchema, {});
}

function writeDay(store: RecordStore, deckId: string, day: DeckDay): void {
	store.setRecord(dayName(deckId), day);
}

/** Sets (or with null clears) the deck's briefing. */
export function setBriefing(store: RecordStore, deckId: string, briefing: Briefing | null): void {
	writeDay(store, deckId, { ...readDay(store, deckId), briefing });
}

export function setSuspended(store: RecordStore, deckId: string, cardId: string, suspended: boolean): void {
	const day = readDay(store, deckId);
	const others = day.suspended.filter((id) => id !== cardId);
	writeDay(store, deckId, { ...day, suspended: suspended ? [...others, cardId] : others });
}

/** Flags a card as a leech and suspends it, in one write. */
export function flagLeech(store: RecordStore, deckId: string, cardId: string): void {
	const day = readDay(store, deckId);
	writeDay(store, deckId, {
		...day,
		suspended: [...day.suspended.filter((id) => id !== cardId), cardId],
		leeches: [...day.leeches.filter((id) => id !== cardId), cardId]
	});
}

export function readCram(store: RecordReader, deckId: string): CramEntry[] {
	const list = store.getRecord(cramName(deckId), v.array(CramEntrySchema)) ?? [];
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
