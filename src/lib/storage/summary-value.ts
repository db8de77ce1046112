/**
 * A deck's summary as it is stored (see summary.ts for what it holds and how it is made): its type, and its stored
 * text written and read back. Reading needs none of the code that makes a summary, so every page has this part at
 * once (a deck's title comes from its summary) and the rest loads with the store's ledger (parts.ts).
 */
import { shortHash } from './codec';

export interface DeckSummaryValue {
	v: 2;
	/** Checksums of the index, chunks and tail segment this summary was computed from. */
	sig: string;
	/** Title, description and card count of the local deck, when the deck is kept in this browser. */
	title?: string;
	description?: string;
	cardCount?: number;
	dayStartsAt: number;
	/** Cards with a state other than New, and how many of those are not in the deck (known from the deck's cards). */
	nonNew: number;
	outside: number;
	/**
	 * [study-day start, learning cards due, review cards due], one row per day that has any, earliest first, for the
	 * days that start before `until` only: the counts of a later day need the summary made again (summary.ts).
	 */
	due: [number, number, number][];
	until: number;
	/** Start of the study day `newDone`/`reviewsDone` count. */
	day: number;
	newDone: number;
	reviewsDone: number;
	/** When the next card comes due (ms), or null if none is studied. */
	next: number | null;
	/** Time of the latest review in the log: a review after "now" means a wrong clock somewhere. */
	latest: number | null;
	/** Reviews in the log. */
	reviews: number;
	/** Number of the log's last segment, so checking `sig` needs no scan of every key. */
	tail?: number;
}

/**
 * The stored text of a summary: its JSON led by `c`, a short checksum of the rest. A summary is trusted while its
 * `sig` matches the deck's values, so damage to the summary itself (a count, a title) must be caught by its own check.
 */
export function encodeSummary(s: DeckSummaryValue): string {
	const { c: _, ...rest } = s as DeckSummaryValue & { c?: unknown };
	const body = JSON.stringify(rest);
	return `{"c":${JSON.stringify(shortHash(body))},${body.slice(1)}`;
}

const isCount = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0;
const isTime = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const isDueRow = (r: unknown) => Array.isArray(r) && r.length === 3 && isTime(r[0]) && isCount(r[1]) && isCount(r[2]);

/** Whether every field holds what `summarize` writes: counts are whole and not negative, times are finite. */
function wellFormed(s: Record<string, unknown>): boolean {
	return (
		s.v === 2 &&
		typeof s.sig === 'string' &&
		Number.isInteger(s.dayStartsAt) &&
		(s.dayStartsAt as number) >= 0 &&
		(s.dayStartsAt as number) < 24 &&
		[s.nonNew, s.outside, s.newDone, s.reviewsDone, s.reviews].every(isCount) &&
		(s.outside as number) <= (s.nonNew as number) &&
		isTime(s.day) &&
		Array.isArray(s.due) &&
		s.due.every(isDueRow) &&
		isTime(s.until) &&
		[s.next, s.latest].every((t) => t === null || isTime(t)) &&
		(s.tail === undefined || isCount(s.tail)) &&
		[s.title, s.description].every((t) => t === undefined || typeof t === 'string') &&
		(s.cardCount === undefined || isCount(s.cardCount))
	);
}

/**
 * A stored summary, or null when it is missing, damaged, or not one this code wrote (then it is made again).
 * The checksum is checked on the stored text itself (`{"c":"…",` then the body as `encodeSummary` wrote it), which
 * spares writing the value out again to check it; text that parses to the same value but was written differently
 * fails the check, and the summary is made again — it is only ever derived from the deck's progress.
 */
export function decodeSummary(raw: string | null): DeckSummaryValue | null {
	if (raw === null || !raw.startsWith('{"c":"')) return null;
	const end = raw.indexOf('",', 6);
	if (end < 0 || shortHash(`{${raw.slice(end + 2)}`) !== raw.slice(6, end)) return null;
	try {
		const parsed = JSON.parse(raw) as unknown;
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
		const { c, ...rest } = parsed as Record<string, unknown>;
		if (typeof c !== 'string') return null;
		return wellFormed(rest) ? (rest as unknown as DeckSummaryValue) : null;
	} catch {
		return null;
	}
}
