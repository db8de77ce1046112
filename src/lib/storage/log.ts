/**
 * Review-log codec: a run of entries (card slot, time, rating, answer duration) as one sealed string, ~6 characters
 * an entry. Times are stored as the step from the previous entry (the first from the epoch): within a session that
 * is a few seconds, one or two characters. Durations are kept in 100 ms units up to 10 minutes — enough for "time
 * spent" — and rating shares their number: code = units·4 + (rating − 1). `encodeLog` (encode.ts) writes it.
 */
import { CodecError, EPOCH, Reader, unseal } from './codec';

/** The tag of a sealed log segment (encode.ts writes them). */
export const LOG_TAG = 'L';
/** Longest answer duration kept; a card left open over lunch should not count as an hour of study. */
export const MAX_DURATION_MS = 600_000;
export const DURATION_UNIT_MS = 100;
/** The latest (and, negated, earliest) time a JavaScript Date holds. */
const MAX_TIME_MS = 8.64e15;

export type Rating = 1 | 2 | 3 | 4;

/** A log entry as stored: the card is a slot in the deck's id index. */
export interface SlotEntry {
	slot: number;
	/** Epoch ms. */
	at: number;
	rating: Rating;
	durationMs: number;
}

/** Durations are coarse on purpose: round to 100 ms and cap, so a stored entry reads back as this value. */
export function coarseDuration(ms: number): number {
	if (!Number.isFinite(ms) || ms <= 0) return 0;
	return Math.round(Math.min(ms, MAX_DURATION_MS) / DURATION_UNIT_MS) * DURATION_UNIT_MS;
}

export function isRating(x: unknown): x is Rating {
	return x === 1 || x === 2 || x === 3 || x === 4;
}

export function decodeLog(value: string): SlotEntry[] {
	const r = new Reader(unseal(LOG_TAG, value));
	const out: SlotEntry[] = [];
	let prev = EPOCH;
	while (!r.done) {
		const slot = r.uint();
		const at = prev + r.step();
		// A time no Date can hold (a damaged step) would decode, then fail the next write of this segment.
		if (!Number.isSafeInteger(at) || Math.abs(at) > MAX_TIME_MS) throw new CodecError('time out of range');
		const code = r.uint();
		const units = Math.floor(code / 4);
		if (units * DURATION_UNIT_MS > MAX_DURATION_MS) throw new CodecError('duration out of range');
		out.push({ slot, at, rating: ((code % 4) + 1) as Rating, durationMs: units * DURATION_UNIT_MS });
		prev = at;
	}
	return out;
}
