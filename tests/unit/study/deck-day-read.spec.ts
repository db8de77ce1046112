import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { readCramRecord } from '../../../src/lib/study/cram-log';
import { readDayRecord } from '../../../src/lib/study/deck-day';

/**
 * The study screen's records (briefing, suspended cards, leeches; the cram log) are read by hand so the study page
 * needs no validation library before its first card. These are the schemas they were read with before: for every
 * value, the readers must accept what the schemas accepted, with the same result, and refuse what they refused.
 */
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
	leeches: Ids
});
const CramSchema = v.array(
	v.object({ cardId: v.string(), at: v.number(), rating: v.picklist([1, 2, 3, 4]), durationMs: v.number() })
);

function agrees<T>(schema: v.GenericSchema<unknown, T>, read: (x: unknown) => T | null, value: unknown) {
	const r = v.safeParse(schema, value);
	const hand = read(value);
	expect(hand).toStrictEqual(r.success ? r.output : null);
	return hand !== null;
}

describe('the study day record: the hand-written reader and the schema agree', () => {
	it.each<[string, unknown, boolean]>([
		['an empty record: no briefing, nothing suspended', {}, true],
		['a briefing and suspended cards', { briefing: { at: 1e12, target: 0.9 }, suspended: ['a', 'b'] }, true],
		['a cleared briefing', { briefing: null, leeches: ['c'] }, true],
		['unknown fields are dropped, in the briefing too', { x: 1, briefing: { at: 0, target: 0.7, y: 2 } }, true],
		['a briefing at a fractional time', { briefing: { at: 1.5, target: 0.9 } }, false],
		['a briefing before 1970', { briefing: { at: -1, target: 0.9 } }, false],
		['a target above 0.99', { briefing: { at: 0, target: 1 } }, false],
		['a briefing without a target', { briefing: { at: 0 } }, false],
		['a briefing as text', { briefing: 'tomorrow' }, false],
		['a suspended id that is a number', { suspended: [1] }, false],
		['suspended as text', { suspended: 'a' }, false],
		['leeches null', { leeches: null }, false],
		['null', null, false],
		['a list', [], true],
		['text', 'x', false]
	])('%s', (_name, value, valid) => {
		expect(agrees(DaySchema, readDayRecord, value)).toBe(valid);
	});

	it('agrees on random records', () => {
		const junk = fc.oneof(fc.constant(null), fc.constant(undefined), fc.double(), fc.string(), fc.boolean());
		const briefing = fc.oneof(
			junk,
			fc.record(
				{
					at: fc.oneof(fc.integer({ min: -5, max: 2e12 }), fc.double(), junk),
					target: fc.oneof(fc.double({ min: 0.6, max: 1.1 }), junk)
				},
				{ requiredKeys: [] }
			)
		);
		const list = fc.oneof(junk, fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }), fc.array(fc.string()));
		const record = fc.record({ briefing, suspended: list, leeches: list }, { requiredKeys: [] });
		fc.assert(
			fc.property(fc.oneof(record, junk), (r) => void agrees(DaySchema, readDayRecord, r)),
			{
				numRuns: 2000,
				seed: 7
			}
		);
	});
});

describe('the cram log: the hand-written reader and the schema agree', () => {
	const entry = { cardId: 'a', at: 1e12, rating: 3, durationMs: 4000 };
	it.each<[string, unknown, boolean]>([
		['an empty log', [], true],
		['entries, with unknown fields dropped', [entry, { ...entry, rating: 1, cram: true }], true],
		['a rating of 0', [{ ...entry, rating: 0 }], false],
		['a rating as text', [{ ...entry, rating: '3' }], false],
		['a missing duration', [{ cardId: 'a', at: 1, rating: 2 }], false],
		['a time that is NaN', [{ ...entry, at: NaN }], false],
		['one bad entry among good ones', [entry, null], false],
		['an object', { 0: entry }, false]
	])('%s', (_name, value, valid) => {
		expect(agrees(CramSchema, readCramRecord, value)).toBe(valid);
	});

	it('agrees on random logs', () => {
		const junk = fc.oneof(fc.constant(null), fc.constant(undefined), fc.double(), fc.string());
		const e = fc.record(
			{
				cardId: fc.oneof(fc.string(), junk),
				at: fc.oneof(fc.double(), junk),
				rating: fc.oneof(fc.integer({ min: 0, max: 5 }), junk),
				durationMs: fc.oneof(fc.nat(), junk)
			},
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(fc.oneof(fc.array(e, { maxLength: 3 }), junk), (r) => void agrees(CramSchema, readCramRecord, r)),
			{
				numRuns: 2000,
				seed: 9
			}
		);
	});
});
