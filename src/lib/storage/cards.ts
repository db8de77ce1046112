/**
 * Card-state codec: a set of (slot, ts-fsrs Card) pairs as one sealed string. A slot is a card's position in its
 * deck's id index, so a state costs ~25 characters instead of ~220 as JSON.
 *
 * Every field of `Card` round-trips exactly (S and D bit for bit, dates to the millisecond), because ts-fsrs seeds
 * its fuzz from review time, reps and difficulty·stability: a state that drifted by one ulp would schedule differently.
 * The writing half (`writeCard`, `encodeCards`) is in encode.ts, field for field the mirror of `readCard`.
 */
import type { Card } from 'ts-fsrs';
import { CodecError, DAY_MS, EPOCH, Reader, unseal } from './codec';

/** The tag of a sealed set of card states (encode.ts writes them). */
export const CARDS_TAG = 'C';

export function readCard(r: Reader): Card {
	const a = r.uint();
	const reps = r.uint();
	const lapses = r.uint();
	const elapsed_days = r.int();
	const scheduled_days = r.int();
	const sinceEpoch = r.optionalStep();
	const last = sinceEpoch === undefined ? undefined : EPOCH + sinceEpoch;
	const due = (last ?? EPOCH) + scheduled_days * DAY_MS + r.span();
	const stability = r.float();
	const difficulty = r.float();
	const card: Card = {
		due: new Date(due),
		stability,
		difficulty,
		elapsed_days,
		scheduled_days,
		learning_steps: Math.floor(a / 4),
		reps,
		lapses,
		state: a % 4
	};
	if (last !== undefined) card.last_review = new Date(last);
	if (!Number.isFinite(due) || (last !== undefined && !Number.isFinite(last))) throw new CodecError('bad date');
	return card;
}

/** Decodes what `encodeCards` wrote; throws CodecError on anything else. */
export function decodeCards(value: string): Map<number, Card> {
	const r = new Reader(unseal(CARDS_TAG, value));
	const out = new Map<number, Card>();
	let prev = -1;
	while (!r.done) {
		const slot = prev + 1 + r.uint();
		out.set(slot, readCard(r));
		prev = slot;
	}
	return out;
}

export function decodeCard(value: string): Card {
	const m = decodeCards(value);
	const c = m.get(0);
	if (!c || m.size !== 1) throw new CodecError('not a single card');
	return c;
}
