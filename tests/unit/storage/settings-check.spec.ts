import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { checkSettings, defaultSettings } from '../../../src/lib/storage/settings-check';
import { DeckSettingsSchema } from '../../../src/lib/storage/settings';

/**
 * Stored settings are read by a hand-written check (no valibot on the study page's first read) and imported ones by
 * the schema, which says what is wrong. Both must reach the same verdict, name the same field and give the same
 * settings, for every value: otherwise a backup could import settings the app then sets aside, or the reverse.
 */
function bothAgree(value: unknown) {
	const schema = v.safeParse(DeckSettingsSchema, value);
	const hand = checkSettings(value);
	expect(hand.ok).toBe(schema.success);
	if (hand.ok && schema.success) {
		expect(hand.settings).toStrictEqual(schema.output);
		expect(Object.keys(hand.settings)).toEqual(Object.keys(schema.output));
	} else if (!hand.ok && !schema.success) {
		const key = schema.issues[0].path?.[0]?.key;
		expect(hand.field).toBe(key === undefined ? null : key);
	}
	return hand;
}

const ok = { ...defaultSettings(), answerMode: 'typed' };

describe('stored settings: the hand-written check and the schema agree', () => {
	it.each<[string, unknown, boolean]>([
		['nothing stored in the object: every default', {}, true],
		['a full, valid record', ok, true],
		['fields the app does not know are dropped', { ...ok, theme: 'dark' }, true],
		['an explicit undefined takes the default', { desiredRetention: undefined, answerMode: undefined }, true],
		['retention at both bounds', { desiredRetention: 0.7, maximumInterval: 36500 }, true],
		['retention below its bound', { desiredRetention: 0.69 }, false],
		['retention above its bound', { desiredRetention: 1 }, false],
		['retention as text', { desiredRetention: '0.9' }, false],
		['retention NaN', { desiredRetention: NaN }, false],
		['maximum interval zero', { maximumInterval: 0 }, false],
		['maximum interval not whole', { maximumInterval: 10.5 }, false],
		['maximum interval infinite', { maximumInterval: Infinity }, false],
		['fuzz as text', { enableFuzz: 'yes' }, false],
		['fuzz null', { enableFuzz: null }, false],
		['steps valid', { learningSteps: ['1m', '1.5h', '36500d'], relearningSteps: [] }, true],
		['a step too long', { learningSteps: ['36501d'] }, false],
		['a step without unit', { relearningSteps: ['10'] }, false],
		['steps as text', { learningSteps: '1m 10m' }, false],
		['a step that is a number', { learningSteps: [1] }, false],
		['new per day at its bound', { newPerDay: 9999, reviewsPerDay: 99999, dayStartsAt: 23 }, true],
		['new per day negative', { newPerDay: -1 }, false],
		['reviews per day too many', { reviewsPerDay: 100000 }, false],
		['day start 24', { dayStartsAt: 24 }, false],
		['every answer mode', { answerMode: 'choice' }, true],
		['an unknown answer mode', { answerMode: 'essay' }, false],
		['answer mode null', { answerMode: null }, false],
		['the first bad field is named', { newPerDay: -1, desiredRetention: 2 }, false],
		['null', null, false],
		['a number', 4, false],
		['text', '{}', false],
		['an array (an object with none of the fields)', [], true]
	])('%s', (_name, value, valid) => {
		expect(bothAgree(value).ok).toBe(valid);
	});

	it('agrees on random records built from valid and invalid field values', () => {
		const anyValue = fc.oneof(fc.constant(undefined), fc.constant(null), fc.double(), fc.integer(), fc.string());
		const field = <T>(good: fc.Arbitrary<T>) => fc.option(fc.oneof(good, anyValue), { nil: undefined });
		const step = fc.oneof(
			fc.constantFrom('1m', '10m', '1h', '1d', '2.5h', '36500d', '36501d', '0m', '1', 'm', '1.d'),
			fc.string()
		);
		const record = fc.record(
			{
				desiredRetention: field(fc.double({ min: 0.6, max: 1.05 })),
				maximumInterval: field(fc.integer({ min: -2, max: 40000 })),
				enableFuzz: field(fc.boolean()),
				learningSteps: field(fc.array(step, { maxLength: 3 })),
				relearningSteps: field(fc.array(step, { maxLength: 3 })),
				newPerDay: field(fc.integer({ min: -2, max: 10001 })),
				reviewsPerDay: field(fc.integer({ min: -2, max: 100001 })),
				dayStartsAt: field(fc.double({ min: -1, max: 25 })),
				answerMode: field(fc.constantFrom('auto', 'reveal', 'typed', 'choice', 'essay')),
				extra: field(fc.string())
			},
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(record, (r) => void bothAgree(r)),
			{ numRuns: 2000, seed: 12 }
		);
	});

	it('returns settings that share no array with the stored value', () => {
		const stored = { learningSteps: ['1m'] };
		const r = checkSettings(stored);
		expect(r.ok && r.settings.learningSteps).not.toBe(stored.learningSteps);
	});
});
