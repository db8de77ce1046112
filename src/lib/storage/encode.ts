/**
 * Writing progress values: the Writer that packs numbers (the mirror of codec.ts's Reader), card states (of cards.ts's
 * reader), log segments (of log.ts's), and a whole deck's keys at once. The formats, and why each field round-trips
 * exactly, are written out beside their readers.
 *
 * Why apart from the readers: a page that only reads progress (the deck list, the study page until its first grade)
 * need not download them. The store's ledger (ledger.ts), which writes grades, provides them to the few writes the
 * store makes before a grade (reconcile.ts, deck-progress.ts); backup, recovery and migration import them.
 */
import type { Card } from 'ts-fsrs';
import { CARDS_TAG } from './cards';
import { CONT, CodecError, DAY_MS, EPOCH, HALF, TERM, checkInt, seal, zig } from './codec';
import { CHUNK_SLOTS, SEGMENT_ENTRIES, checkCardId, chunkKey, indexKey, segmentKey } from './keys';
import { DURATION_UNIT_MS, LOG_TAG, coarseDuration, isRating, type SlotEntry } from './log';
import { encodeIndex, type DeckKeys } from './progress';
import type { Change } from './write';

/**
 * Forward whole seconds: even codes. Otherwise zig(ms)·2 + 1, where code 1 (zero ms) cannot occur because zero is
 * whole seconds; it marks the escape for values too large for the code, which follow as `wide`.
 */
function stepCode(ms: number): number {
	checkInt(ms, 'time');
	const code = ms >= 0 && ms % 1000 === 0 ? (ms / 1000) * 2 : zig(ms) * 2 + 1;
	return Number.isSafeInteger(code) ? code : 1;
}

/** Appends numbers to a string; `text()` is the payload. */
export class Writer {
	private parts: string[] = [];

	uint(v: number): this {
		checkInt(v, 'value');
		if (v < 0) throw new CodecError(`value must not be negative, got ${v}`);
		let s = '';
		while (v >= HALF) {
			s += CONT[v % HALF];
			v = Math.floor(v / HALF);
		}
		this.parts.push(s + TERM[v]);
		return this;
	}

	/** Signed integers up to ±2^52 (zigzag doubles them). */
	int(v: number): this {
		return this.uint(zig(checkInt(v, 'value')));
	}

	/** Any safe integer as sign, high and low 32-bit words: the escape for times far from the epoch. */
	wide(v: number): this {
		checkInt(v, 'value');
		const m = Math.abs(v);
		return this.uint(v < 0 ? 1 : 0)
			.uint(Math.floor(m / 2 ** 32))
			.uint(m % 2 ** 32);
	}

	/**
	 * ts-fsrs rounds stability and difficulty to 8 decimals, so x·1e8 is an exact small integer: tag 0. Anything
	 * else (including -0, NaN, huge values) is written as its raw float64 bits: tag 1 and four 16-bit words.
	 */
	float(x: number): this {
		const n = Math.round(x * 1e8);
		if (Number.isSafeInteger(zig(n) * 2) && Object.is(n / 1e8, x) && !Object.is(x, -0)) return this.uint(zig(n) * 2);
		const view = new DataView(new ArrayBuffer(8));
		view.setFloat64(0, x);
		this.uint(1);
		for (let i = 0; i < 8; i += 2) this.uint(view.getUint16(i));
		return this;
	}

	/**
	 * A time difference in ms, in the coarsest exact unit: minutes (tag 0), seconds (1) or ms (2). Code 1 (zero
	 * seconds) can never occur, since zero is whole minutes, so it marks the escape for huge values.
	 */
	span(ms: number): this {
		checkInt(ms, 'time');
		const code = ms % 60_000 === 0 ? zig(ms / 60_000) * 3 : ms % 1000 === 0 ? zig(ms / 1000) * 3 + 1 : zig(ms) * 3 + 2;
		return Number.isSafeInteger(code) ? this.uint(code) : this.uint(1).wide(ms);
	}

	/** A forward step in whole seconds (the common case, tag 0), else any signed ms difference (tag 1). */
	step(ms: number): this {
		const code = stepCode(ms);
		this.uint(code);
		return code === 1 ? this.wide(ms) : this;
	}

	/** Like `step`, with 0 reserved for "no value" (a card never reviewed has no last_review). */
	optionalStep(ms: number | undefined): this {
		if (ms === undefined) return this.uint(0);
		const code = stepCode(ms);
		this.uint(code + 1);
		return code === 1 ? this.wide(ms) : this;
	}

	text(): string {
		return this.parts.join('');
	}
}

function time(d: Date | undefined, what: string): number {
	const t = d instanceof Date ? d.getTime() : NaN;
	if (Number.isNaN(t)) throw new CodecError(`${what} is not a valid date`);
	return t;
}

/** Writes one card: fields in a fixed order, each in its shortest exact form. */
export function writeCard(w: Writer, c: Card): void {
	const state = checkInt(c.state, 'state');
	if (state < 0 || state > 3) throw new CodecError(`state must be 0–3, got ${state}`);
	const steps = checkInt(c.learning_steps, 'learning_steps');
	if (steps < 0) throw new CodecError('learning_steps must not be negative');
	w.uint(steps * 4 + state);
	w.uint(checkInt(c.reps, 'reps'));
	w.uint(checkInt(c.lapses, 'lapses'));
	w.int(c.elapsed_days);
	w.int(c.scheduled_days);
	const last = c.last_review === undefined ? undefined : time(c.last_review, 'last_review');
	w.optionalStep(last === undefined ? undefined : last - EPOCH);
	// due is almost always last_review + scheduled_days (reviews) or + a few minutes (steps): store what is left.
	const due = time(c.due, 'due');
	w.span(due - (last ?? EPOCH) - c.scheduled_days * DAY_MS);
	w.float(c.stability);
	w.float(c.difficulty);
}

/** Encodes slot → card pairs (any order) as one sealed value. */
export function encodeCards(cards: Iterable<readonly [number, Card]>): string {
	const sorted = [...cards].sort((a, b) => a[0] - b[0]);
	const w = new Writer();
	let prev = -1;
	for (const [slot, card] of sorted) {
		checkInt(slot, 'slot');
		if (slot <= prev) throw new CodecError(`slot ${slot} appears twice`);
		w.uint(slot - prev - 1);
		writeCard(w, card);
		prev = slot;
	}
	return seal(CARDS_TAG, w.text());
}

/** One card alone (used by the archive of relearned cards). */
export function encodeCard(card: Card): string {
	return encodeCards([[0, card]]);
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
	return seal(LOG_TAG, w.text());
}

/** A chunk's text, or null (the key is removed) when it holds no card. */
export const encodeChunk = (cards: Map<number, Card>): string | null => (cards.size ? encodeCards(cards) : null);
export const encodeSegment = (entries: readonly SlotEntry[]): string => encodeLog(entries);

/**
 * The keys that store a whole deck's progress from scratch: used by migration and import, which rewrite a deck at
 * once. Existing ids keep their slots (the answer fingerprints are kept by slot); keys no longer needed are removed.
 */
export function deckChanges(
	deckId: string,
	previousIds: readonly string[],
	keys: DeckKeys,
	cards: ReadonlyMap<string, Card>,
	log: readonly { cardId: string; at: number; rating: 1 | 2 | 3 | 4; durationMs: number }[]
): Change[] {
	const ids = [...previousIds];
	const slotOf = new Map(ids.map((id, i) => [id, i]));
	const slot = (id: string): number => {
		let s = slotOf.get(id);
		if (s === undefined) {
			s = ids.push(checkCardId(id)) - 1;
			slotOf.set(id, s);
		}
		return s;
	};
	const chunks = new Map<number, Map<number, Card>>();
	for (const [id, card] of cards) {
		const s = slot(id);
		const n = Math.floor(s / CHUNK_SLOTS);
		if (!chunks.has(n)) chunks.set(n, new Map());
		chunks.get(n)!.set(s, card);
	}
	const entries = log.map((e) => ({ slot: slot(e.cardId), at: e.at, rating: e.rating, durationMs: e.durationMs }));
	const changes: Change[] = [{ key: indexKey(deckId), value: encodeIndex(ids) }];
	const written = new Set<string>([indexKey(deckId)]);
	for (const [n, c] of chunks) {
		changes.push({ key: chunkKey(deckId, n), value: encodeCards(c) });
		written.add(chunkKey(deckId, n));
	}
	for (let i = 0, n = 0; i < entries.length; i += SEGMENT_ENTRIES, n++) {
		changes.push({ key: segmentKey(deckId, n), value: encodeLog(entries.slice(i, i + SEGMENT_ENTRIES)) });
		written.add(segmentKey(deckId, n));
	}
	for (const key of [...keys.chunks.values(), ...keys.segments.values()]) {
		if (!written.has(key)) changes.push({ key, value: null });
	}
	return changes;
}
