/**
 * Meaning, not just shape: a card state is accepted only if ts-fsrs can schedule it. The codec proves a value is a
 * well-formed state; this proves it is a sensible one — a backup with stability −5 or NaN, or a review state with no
 * last review, decodes fine and then breaks every screen that grades it.
 *
 * Used for every state that comes from outside this tab's own grading: stored chunks, backups, v1 migration, links
 * and reports (`checkCardState` is exported from `$lib/storage` for them).
 */
import type { Card } from 'ts-fsrs';
import { S_MIN } from '../scheduler/card';

/** Dates a real review can have: after the first FSRS apps, before anyone now alive stops studying. */
export const EARLIEST_MS = Date.UTC(2000, 0, 1);
export const LATEST_MS = Date.UTC(2200, 0, 1);
/** ts-fsrs clamps difficulty to [1, 10] and keeps stability at or above 0.01 once a card has been reviewed. */
const MIN_D = 1;
const MAX_D = 10;
/** A stability of a million days is already absurd; anything above is damage, not learning. */
const MAX_S = 1e6;

export type CardCheck = { ok: true } | { ok: false; field: keyof Card; message: string };

const bad = (field: keyof Card, message: string): CardCheck => ({ ok: false, field, message });
const wholeAtLeast = (x: unknown, min: number) => typeof x === 'number' && Number.isSafeInteger(x) && x >= min;

function timeOf(d: unknown): number | null {
	const t = d instanceof Date ? d.getTime() : NaN;
	return Number.isFinite(t) && t >= EARLIEST_MS && t < LATEST_MS ? t : null;
}

/**
 * Whether `card` is a state ts-fsrs can schedule, naming the first field that is not:
 * - integers: state 0–3, reps, lapses ≤ reps, learning_steps, elapsed_days and scheduled_days all whole and ≥ 0;
 * - dates: due (and last_review when present) valid and between 2000 and 2200; due not before last_review;
 * - new cards (state 0) may have zero stability and difficulty; every other state needs a last review, at least
 *   one rep, finite stability in (0, 10⁶] and difficulty in [1, 10]; relearning means at least one lapse.
 */
export function checkCardState(card: Card): CardCheck {
	if (typeof card !== 'object' || card === null) return bad('state', 'is not a card state');
	if (!wholeAtLeast(card.state, 0) || card.state > 3) return bad('state', 'must be 0 (new) to 3 (relearning)');
	for (const f of ['reps', 'lapses', 'learning_steps', 'elapsed_days', 'scheduled_days'] as const) {
		if (!wholeAtLeast(card[f], 0)) return bad(f, `must be a whole number ≥ 0, got ${String(card[f])}`);
	}
	if (card.lapses > card.reps) return bad('lapses', `${card.lapses} lapses but only ${card.reps} reviews`);
	const due = timeOf(card.due);
	if (due === null) return bad('due', 'must be a valid date between 2000 and 2200');
	const last = card.last_review === undefined ? undefined : timeOf(card.last_review);
	if (last === null) return bad('last_review', 'must be a valid date between 2000 and 2200');
	if (last !== undefined && due < last) return bad('due', 'is before the last review');
	const { stability: s, difficulty: d } = card;
	if (typeof s !== 'number' || !Number.isFinite(s) || s < 0 || s > MAX_S)
		return bad('stability', `must be a finite number of days, got ${String(s)}`);
	if (typeof d !== 'number' || !Number.isFinite(d) || d < 0 || d > MAX_D)
		return bad('difficulty', `must be between 1 and 10, got ${String(d)}`);
	if (card.state === 0) return { ok: true };
	if (last === undefined) return bad('last_review', 'is missing on a card that has been reviewed');
	if (card.reps < 1) return bad('reps', 'must be at least 1 on a card that has been reviewed');
	if (s < S_MIN) return bad('stability', `must be at least ${S_MIN} on a card that has been reviewed, got ${s}`);
	if (d < MIN_D) return bad('difficulty', `must be between 1 and 10, got ${d}`);
	if (card.state === 3 && card.lapses < 1) return bad('lapses', 'must be at least 1 on a relearning card');
	return { ok: true };
}

/** `checkCardState` as a message with the field named, for import errors and notices; null when the state is fine. */
export function cardStateProblem(card: Card): string | null {
	const r = checkCardState(card);
	return r.ok ? null : `${r.field}: ${r.message}`;
}
