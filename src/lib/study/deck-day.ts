/**
 * What a learner sets per deck beyond the scheduler's settings — the briefing, suspended cards, leeches (the cram
 * log is cram-log.ts). Kept as named records through the progress store (it owns the keys, validation and quota handling), so
 * the FSRS states and the review log stay exactly as plain scheduling leaves them.
 */
import type { ProgressStore } from '../storage';
import type { Briefing } from '../scheduler/briefing';

export type RecordReader = Pick<ProgressStore, 'getRecord'>;
export type RecordStore = Pick<ProgressStore, 'getRecord' | 'setRecord'>;

/** What the study screen's records hold once read (the study day's briefing, suspended cards, leeches). */
export interface DeckDay {
	briefing: Briefing | null;
	suspended: string[];
	/** Cards flagged as leeches (suspended when flagged; unsuspending keeps the flag). */
	leeches: string[];
}

// The records are read by hand rather than with valibot: the study page reads them before its first card, and the
// library would be most of what that read costs. tests/unit/study/deck-day-read.spec.ts holds these readers to the
// schemas they replace, value by value. A field absent (or undefined) takes its default; a present field must be valid.
export type Fields = Record<string, unknown>;
export const isObject = (x: unknown): x is Fields => !!x && typeof x === 'object';
export const isNumber = (x: unknown): x is number => typeof x === 'number' && !Number.isNaN(x);
const ids = (o: Fields, key: string): string[] | null => {
	const x = key in o ? o[key] : undefined;
	if (x === undefined) return [];
	return Array.isArray(x) && x.every((id) => typeof id === 'string') ? [...(x as string[])] : null;
};

function briefingOf(o: Fields): Briefing | null | undefined {
	const b = 'briefing' in o ? o.briefing : undefined;
	if (b === undefined || b === null) return null;
	if (!isObject(b)) return undefined;
	const { at, target } = b;
	const ok = isNumber(at) && Number.isInteger(at) && at >= 0 && isNumber(target) && target >= 0.7 && target <= 0.99;
	return ok ? { at, target } : undefined;
}

/** A stored day record, or null when it is not one. */
export function readDayRecord(value: unknown): DeckDay | null {
	if (!isObject(value)) return null;
	const briefing = briefingOf(value);
	const suspended = ids(value, 'suspended');
	const leeches = ids(value, 'leeches');
	return briefing === undefined || !suspended || !leeches ? null : { briefing, suspended, leeches };
}

const dayName = (deckId: string) => `day:${deckId}`;

export function readDay(store: RecordReader, deckId: string): DeckDay {
	return store.getRecord(dayName(deckId), readDayRecord) ?? { briefing: null, suspended: [], leeches: [] };
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
