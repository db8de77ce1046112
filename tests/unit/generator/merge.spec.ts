/**
 * How counts of one document become one question: counts the text ties only by a guess to the same event, told on
 * different days, are one count as it went on (the later asked, the earlier its context), while counts whose order
 * or event the text leaves open stay apart.
 */
import { describe, expect, it } from 'vitest';
import { groupFacts } from '../../../src/lib/generator/merge';
import type { Fact } from '../../../src/lib/generator/types';

const GUESS = 'the sentence names no event; read as the truck bombing in Karsk from an earlier paragraph';

/** A wounded count of `value`, read for a check as event `eventId`, told on `told`. */
const count = (value: number, told: string | undefined, over: Partial<Fact> = {}): Fact => ({
	kind: 'toll',
	value: `more than ${value}`,
	normalized: `injured:>${value}`,
	qualifier: 'more than',
	measure: 'injured',
	written: `more than ${value}`,
	sentence: `Officials said more than ${value} were wounded.`,
	evidence: { doc: 'wire', paragraph: 3, quote: `Officials said more than ${value} were wounded.` },
	eventId: 'e1',
	check: GUESS,
	told,
	...over
});

/** Each group as [asked, earlier counts]. */
const grouped = (facts: Fact[]) => groupFacts(facts).map((g) => [g.main.value, g.earlier.map((f) => f.value)]);

describe('counts read for a check', () => {
	it.each<[string, Fact[], (string | string[])[][]]>([
		[
			'told on two days for the same event: the later day is asked, the earlier is its context',
			[count(100, '2016-01-07'), count(200, '2016-01-08')],
			[['more than 200', ['more than 100']]]
		],
		[
			'the later day first in the text (a live page, newest first): still the later day is asked',
			[count(200, '2016-01-08'), count(100, '2016-01-07')],
			[['more than 200', ['more than 100']]]
		],
		[
			'a replaced count read for a check, told before the count the text ties to the event, is its context (r271)',
			[count(24, '2016-12-11', { superseded: true }), count(25, '2016-12-12', { check: undefined, update: true })],
			[['more than 25', ['more than 24']]]
		],
		[
			"a smaller count on a later day is more likely another event's: two questions, for the reviewer to settle",
			[count(47, '2016-01-07'), count(7, '2016-01-08')],
			[
				['more than 47', []],
				['more than 7', []]
			]
		],
		[
			'the same count told again on another day agrees with it',
			[count(2, '2018-07-23'), count(2, '2018-07-22')],
			[['more than 2', []]]
		],
		[
			'told the same day, with no time to order them: two questions, for the reviewer to settle',
			[count(100, '2016-01-07'), count(200, '2016-01-07')],
			[
				['more than 100', []],
				['more than 200', []]
			]
		],
		[
			'read as two events: two questions',
			[count(100, '2016-01-07'), count(200, '2016-01-08', { eventId: 'e2' })],
			[
				['more than 100', []],
				['more than 200', []]
			]
		],
		[
			'of two measures: two questions',
			[
				count(100, '2016-01-07'),
				count(200, '2016-01-08', { measure: 'killed', normalized: 'killed:>200', sentence: 'More than 200 died.' })
			],
			[
				['more than 100', []],
				['more than 200', []]
			]
		]
	])('%s', (_why, facts, expected) => {
		expect(grouped(facts)).toEqual(expected);
	});

	// "13:25 — 39 dead" ties the count to the event; "14:10 — Correction: it has revised the toll down to 38" only by a
	// guess (review round 17, g02).
	const trusted = count(39, undefined, { check: undefined });
	const revised = (over: Partial<Fact> = {}) =>
		count(38, undefined, { update: true, sentence: 'It has revised the toll down to 38.', ...over });
	it.each<[string, Fact[], (string | string[])[][], (string | undefined)[]]>([
		[
			'a count the text calls revised, alone in its sentence, replaces the trusted count before it, checked',
			[trusted, revised()],
			[['more than 38', ['more than 39']]],
			[GUESS]
		],
		[
			'… not one revising a count beside it in its own sentence, whose event is the same guess',
			[
				trusted,
				count(16, undefined, { superseded: true, sentence: 'He put the toll at 16; it later rose to 38.' }),
				revised({ sentence: 'He put the toll at 16; it later rose to 38.' })
			],
			[
				['more than 39', ['more than 16']],
				['more than 38', []]
			],
			[undefined, GUESS]
		]
	])('%s', (_why, facts, expected, checks) => {
		expect(grouped(facts)).toEqual(expected);
		expect(groupFacts(facts).map((g) => g.check)).toEqual(checks);
	});
});
