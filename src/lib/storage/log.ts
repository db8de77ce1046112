/**
 * Review-log codec: a run of entries (card slot, time, rating, answer duration) as one sealed string, ~6 characters
 * an entry. Times are stored as the step from the previous entry (the first from the epoch): within a session that
 * is a few seconds, one or two characters. Durations are kept in 100 ms units up to 10 minutes — enough for "time
 * spent" — and rating shares their number: code = units·4 + (rating − 1).
 */
import { CodecError, EPOCH, Reader, Writer, checkInt, seal, unseal } from './codec';

const TAG = 'L';
/** Longest answer duration kept; a card left open over lunch should not count as an hour of study. */
export const MAX_DURATION_MS = 600_000;
const DURATION_UNIT_MS = 100;

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

export function encodeLog(entries: readonly SlotEntry[]): string {
	const w = new Writer();
	let prev = EPOCH;
	for (const e of entries) {
		if (!isRating(e.rating)) throw new CodecError(`rating must be 1–4, got ${String(e.rating)}`);
		w.uint(checkInt(e.slot, 'slot'));
		w.step(checkInt(e.at, 'time') - prev);
		w.uint((coarseDuration(e.durationMs) / DURATION_UNIT_MS) * 4 + e.rating - 1);
		prev = e.at;
	}
	return seal(TAG, w.text());
}

export function decodeLog(value: string): SlotEntry[] {
	const r = new Reader(unseal(TAG, value));
	const out: SlotEntry[] = [];
	let prev = EPOCH;
	while (!r.done) {
		const slot = r.uint();
		const at = prev + r.step();
		const code = r.uint();
		const units = Math.floor(code / 4);
		if (units * DURATION_UNIT_MS > MAX_DURATION_MS) throw new CodecError('duration out of range');
		out.push({ slot, at, rating: ((code % 4) + 1) as Rating, durationMs: units * DURATION_UNIT_MS });
		prev = at;
	}
	return out;
}
