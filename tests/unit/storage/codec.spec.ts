import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Card } from 'ts-fsrs';
import { decodeCards } from '../../../src/lib/storage/cards';
import { ALPHABET, CodecError, Reader, seal, unseal } from '../../../src/lib/storage/codec';
import { Writer, encodeCards, encodeLog } from '../../../src/lib/storage/encode';
import { decodeLog, type SlotEntry } from '../../../src/lib/storage/log';
import { makeCard, T0 } from './helpers';

/** `int` covers ±2^52 (zigzag doubles the magnitude); larger values go through `wide`. */
const safeInt = fc.integer({ min: -(2 ** 52) + 1, max: 2 ** 52 - 1 });
/** Dates up to year ±100,000: differences between two of them stay exact integers. */
const anyDate = fc.integer({ min: -3e15, max: 3e15 }).map((t) => new Date(t));
const arbCard: fc.Arbitrary<Card> = fc
	.record({
		due: anyDate,
		stability: fc.oneof(
			fc.double(),
			fc.integer({ min: 0, max: 3_650_000_000_000 }).map((n) => n / 1e8)
		),
		difficulty: fc.oneof(
			fc.double(),
			fc.integer({ min: 100_000_000, max: 1_000_000_000 }).map((n) => n / 1e8)
		),
		elapsed_days: fc.integer({ min: -1e6, max: 1e6 }),
		scheduled_days: fc.integer({ min: -1e6, max: 1e6 }),
		learning_steps: fc.nat(1000),
		reps: fc.nat(1e6),
		lapses: fc.nat(1e6),
		state: fc.constantFrom(0, 1, 2, 3),
		last_review: fc.option(anyDate, { nil: undefined })
	})
	.map((c) => {
		const card = { ...c } as Card;
		if (c.last_review === undefined) delete card.last_review;
		return card;
	});

describe('numbers', () => {
	it('round-trip unsigned and signed integers and floats bit for bit', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.nat({ max: Number.MAX_SAFE_INTEGER }), safeInt, fc.double())), (xs) => {
				const w = new Writer();
				for (const [u, i, f] of xs)
					w.uint(u)
						.int(i)
						.float(f)
						.wide(i * 2)
						.span(i)
						.step(i);
				const r = new Reader(w.text());
				for (const [u, i, f] of xs) {
					expect(r.uint()).toBe(u);
					expect(r.int()).toBe(i);
					expect(Object.is(r.float(), f)).toBe(true);
					expect([r.wide(), r.span(), r.step()]).toEqual([i * 2, i, i]);
				}
				expect(r.done).toBe(true);
			})
		);
	});

	it('writes only printable ASCII that JSON keeps as is', () => {
		fc.assert(
			fc.property(fc.array(safeInt), (xs) => {
				const w = new Writer();
				xs.forEach((x) => w.int(x));
				const text = w.text();
				expect(JSON.stringify(text)).toBe(`"${text}"`);
				expect([...text].every((ch) => ALPHABET.includes(ch))).toBe(true);
			})
		);
	});

	it.each([
		['a fraction', (w: Writer) => w.uint(1.5)],
		['a negative', (w: Writer) => w.uint(-1)],
		['NaN', (w: Writer) => w.int(NaN)],
		['an unsafe integer', (w: Writer) => w.int(2 ** 60)]
	])('refuses %s rather than rounding it', (_, write) => {
		expect(() => write(new Writer())).toThrow(CodecError);
	});
});

describe('card states', () => {
	it('round-trip every field exactly, for any values', () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.tuple(fc.nat(10_000), arbCard), { selector: (x) => x[0] }), (pairs) => {
				const back = decodeCards(encodeCards(pairs));
				expect(back).toEqual(new Map(pairs));
				for (const [slot, c] of pairs) {
					expect(Object.is(back.get(slot)!.stability, c.stability)).toBe(true);
					expect(Object.is(back.get(slot)!.difficulty, c.difficulty)).toBe(true);
				}
			})
		);
	});

	it('keeps a reviewed card to about 25 characters', () => {
		const cards = Array.from({ length: 64 }, (_, i) => [i, makeCard([3, 3, 3, 2, 3])] as const);
		expect(encodeCards(cards).length / 64).toBeLessThan(30);
	});

	it.each<[string, Partial<Card>]>([
		['an invalid due date', { due: new Date(NaN) }],
		['an invalid last review', { last_review: new Date('x') }],
		['a state outside 0–3', { state: 7 as Card['state'] }],
		['fractional reps', { reps: 1.5 }]
	])('refuses %s', (_, patch) => {
		expect(() => encodeCards([[0, { ...makeCard(), ...patch }]])).toThrow(CodecError);
	});
});

describe('review log', () => {
	const arbEntries = fc.array(
		fc.record({
			slot: fc.nat(5000),
			at: fc.integer({ min: -3e15, max: 3e15 }),
			rating: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
			durationMs: fc.nat(600).map((n) => n * 100)
		})
	);
	it('round-trips entries, times to the millisecond', () => {
		fc.assert(
			fc.property(arbEntries, (entries: SlotEntry[]) => {
				expect(decodeLog(encodeLog(entries))).toEqual(entries);
			})
		);
	});

	it.each([
		['after the latest time a Date holds', 8.64e15 + 1],
		['before the earliest', -8.64e15 - 1]
	])('refuses to read an entry dated %s, which no later write could keep', (_, at) => {
		expect(() => decodeLog(encodeLog([{ slot: 0, at, rating: 3, durationMs: 0 }]))).toThrow(CodecError);
	});

	it('costs about 6 characters an entry within a session', () => {
		const entries = Array.from({ length: 256 }, (_, i) => ({
			slot: i % 500,
			at: T0 + i * 12_000,
			rating: 3 as const,
			durationMs: 6500
		}));
		expect(encodeLog(entries).length / 256).toBeLessThan(7);
	});
});

describe('damaged values are rejected, not misread', () => {
	const value = encodeCards(Array.from({ length: 20 }, (_, i) => [i * 3, makeCard([3, 1, 3])] as const));

	const flips = Array.from({ length: value.length * 7 }, (_, k) => [Math.floor(k / 7), k % 7] as const);
	it('rejects every single-bit flip of every character', () => {
		for (const [i, bit] of flips) {
			const bad = value.slice(0, i) + String.fromCharCode(value.charCodeAt(i) ^ (1 << bit)) + value.slice(i + 1);
			expect(() => decodeCards(bad), `char ${i} bit ${bit}`).toThrow(CodecError);
		}
	});

	it.each([1, 2, 5, 20, value.length - 4])('rejects the value cut short by %i characters', (cut) => {
		expect(() => decodeCards(value.slice(0, value.length - cut))).toThrow(CodecError);
	});

	it.each([
		['a log where cards are expected', encodeLog([{ slot: 1, at: T0, rating: 3, durationMs: 0 }])],
		['an empty string', ''],
		['JSON', '{"due":"2025-01-01"}']
	])('rejects %s', (_, text) => {
		expect(() => decodeCards(text)).toThrow(CodecError);
	});

	it('seal and unseal agree for any payload of the alphabet', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET) }), (p) => {
				expect(unseal('X', seal('X', p))).toBe(p);
			})
		);
	});
});
