/** Reading numbers and typed dates: what the checker's verdicts and the generator's figures rest on. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNumbers } from '../../../src/lib/lang/numbers';
import { formatDate, MONTHS, parseDate, weekdayFor } from '../../../src/lib/lang/dates';

describe('findNumbers', () => {
	it.each([
		['more than 130', 130, 'more', false],
		['130+', 130, 'more', false],
		['one hundred and thirty', 130, 'exact', false],
		['a hundred', 100, 'exact', false],
		['1,155', 1155, 'exact', false],
		['1.5 million', 1_500_000, 'exact', false],
		['at least 22', 22, 'atLeast', false],
		['no more than 5', 5, 'atMost', false],
		['about 130', 130, 'about', false],
		['nearly 300', 300, 'nearly', false],
		['almost 100', 100, 'nearly', false],
		['40 percent', 40, 'exact', true],
		['40%', 40, 'exact', true],
		['95 per cent', 95, 'exact', true],
		['two dozen', 24, 'exact', false],
		['forty-two', 42, 'exact', false]
	] as const)('%s → %d (%s, percent %s)', (text, value, qualifier, percent) => {
		const [first] = findNumbers(text);
		expect(first).toMatchObject({ value, qualifier, percent });
	});

	it('reads several numbers with the nouns they count', () => {
		const found = findNumbers('at least 175 civilians and 13 US soldiers');
		expect(found.map((n) => [n.value, n.qualifier, n.noun])).toEqual([
			[175, 'atLeast', 'civilian'],
			[13, 'exact', 'soldier']
		]);
	});

	it.each(['', 'many', 'hundreds of people'])('finds no number in %j', (text) => {
		expect(findNumbers(text)).toEqual([]);
	});

	it('never repairs a misspelt number word', () => {
		expect(findNumbers('one hundered and thirty').map((n) => n.value)).not.toContain(130);
	});
});

describe('parseDate', () => {
	it.each([
		['22 March 2024', { year: 2024, month: 3, day: 22 }],
		['March 22, 2024', { year: 2024, month: 3, day: 22 }],
		['22/3/2024', { year: 2024, month: 3, day: 22 }],
		['3/22/2024', { year: 2024, month: 3, day: 22 }],
		['2024-03-22', { year: 2024, month: 3, day: 22 }],
		['Friday 22 March 2024', { year: 2024, month: 3, day: 22, weekday: 5 }],
		['22nd of March 2024', { year: 2024, month: 3, day: 22 }],
		['Mar 22 2024', { year: 2024, month: 3, day: 22 }],
		['March 2024', { year: 2024, month: 3 }],
		['2024-03', { year: 2024, month: 3 }],
		['by the end of 2017', { year: 2017 }]
	])('%s', (text, expected) => {
		expect(parseDate(text)).toMatchObject(expected);
	});

	it('reads a numeric date with both parts at most 12 both ways', () => {
		expect(parseDate('4/1/2024')).toMatchObject({ month: 1, day: 4, monthFirst: { month: 4, day: 1 } });
	});

	const NOT_DATES = ['', 'Friday', 'yesterday', '31 February 2024', '22/13/2024', 'maybe later'];
	it.each(NOT_DATES)('reads no date in %j', (text) => {
		expect(parseDate(text)).toBeUndefined();
	});

	it('knows the weekdays of the briefing dates', () => {
		expect([weekdayFor(2024, 3, 22), weekdayFor(2024, 3, 23), weekdayFor(2019, 3, 23)]).toEqual([5, 6, 6]);
	});

	it('round-trips any calendar date through every written form', () => {
		const min = new Date('1900-01-01T00:00:00Z');
		const dates = fc.date({ min, max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
		fc.assert(
			fc.property(dates, (d) => {
				const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
				const want = { year, month, day };
				const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
				const us = `${MONTHS[month - 1]} ${day}, ${year}`;
				for (const text of [formatDate(want), iso, us]) expect(parseDate(text)).toMatchObject(want);
			})
		);
	});
});
