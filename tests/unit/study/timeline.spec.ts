import { describe, expect, it } from 'vitest';
import { buildTimeline, eventTitle, groupTimeline, readDate } from '../../../src/lib/study/timeline';
import { inversions, move, orderGrade, pickEvents, trueOrder } from '../../../src/lib/study/order-drill';
import { makeCard, makeDeck } from './factories';

const dated = (id: string, prompt: string, answer: string, extra = {}) =>
	makeCard({
		id,
		kind: 'date',
		prompt,
		answer,
		source: { doc: 'aj', paragraph: 1, quote: `quote of ${id}` },
		...extra
	});

const DECK = makeDeck([
	dated('crocus', 'On what date did gunmen attack the Crocus City Hall concert venue in Moscow?', '22 March 2024'),
	dated('taliban', 'When did the Taliban take control of Afghanistan?', 'August 2021'),
	dated('founded', 'In what year did ISIS-K formally emerge in the Afghanistan-Pakistan area?', '2015'),
	dated('baghuz', 'On what date did the US-led coalition push ISIL out of Baghuz?', '23 March 2019'),
	dated('core', 'Since what year has the core Islamic State not controlled territory, according to Byman?', '2019'),
	dated('kerman', 'When did the ISKP suicide bombings in Kerman, Iran, take place?', 'January 2024', {
		variants: [{ answer: '3 January 2024', source: { doc: 'byman', paragraph: 8, quote: 'in January' } }]
	}),
	dated('lost', 'By when had ISIL lost 95 percent of its territory?', 'by the end of 2017'),
	makeCard({ id: 'toll' })
]);

describe('readDate and eventTitle', () => {
	it.each([
		['22 March 2024', { year: 2024, month: 3, day: 22 }],
		['August 2021', { year: 2021, month: 8 }],
		['2015', { year: 2015 }],
		['by the end of 2017', { year: 2017 }],
		['more than 130', null]
	])('%s', (text, expected) => {
		expect(readDate(text)).toEqual(expected);
	});

	it.each([
		['When did the Taliban take control of Afghanistan?', 'The Taliban take control of Afghanistan'],
		[
			'When did ISKP fighters attack Kabul University ("Six months later" after May 2020)?',
			'ISKP fighters attack Kabul University'
		],
		[
			'In what year was the last successful jihadist attack on U.S. soil, per Byman?',
			'The last successful jihadist attack on U.S. soil'
		],
		['Which year is it?', 'Quote here']
	])('%s', (prompt, title) => {
		expect(eventTitle({ format: 'qa', prompt, source: { doc: 'aj', paragraph: 1, quote: 'quote here' } })).toBe(title);
	});
});

describe('buildTimeline', () => {
	const events = buildTimeline(DECK);
	it('places every dated card, earliest first, a year before the months and days inside it', () => {
		expect(events.map((e) => e.cardId)).toEqual(['founded', 'lost', 'core', 'baghuz', 'taliban', 'kerman', 'crocus']);
	});
	it('keeps every source’s account where sources disagree', () => {
		const kerman = events.find((e) => e.cardId === 'kerman')!;
		expect(kerman.disputed).toBe(true);
		expect(kerman.accounts.map((a) => [a.label, a.sourceTitle])).toEqual([
			['January 2024', 'Moscow concert hall attack'],
			['3 January 2024', 'What to Make of the ISIS-K Attack on Moscow']
		]);
		expect(events.find((e) => e.cardId === 'crocus')!.disputed).toBe(false);
	});
	it.each([
		['year', ['2015', '2017', '2019', '2021', '2024']],
		['month', ['2015', '2017', '2019', 'March 2019', 'August 2021', 'January 2024', 'March 2024']],
		['day', ['2015', '2017', '2019', '23 March 2019', 'August 2021', 'January 2024', '22 March 2024']]
	] as const)('groups by %s as you zoom', (zoom, labels) => {
		expect(groupTimeline(events, zoom).map((g) => g.label)).toEqual(labels);
	});
});

describe('the ordering drill', () => {
	const events = buildTimeline(DECK);
	it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i: four events with separate dates, not already in order', (seed) => {
		const four = pickEvents(events, seed)!;
		expect(four).toHaveLength(4);
		const sorted = trueOrder(four);
		for (let i = 1; i < 4; i++) expect(sorted[i - 1]!.end).toBeLessThanOrEqual(sorted[i]!.start);
		expect(
			inversions(
				four.map((e) => e.cardId),
				four
			)
		).toBeGreaterThan(0);
	});
	it('needs four events that can be told apart', () => {
		expect(
			pickEvents(
				events.filter((e) => e.year === 2019 || e.year === 2015),
				1
			)
		).toBeNull();
	});
	const four = events.filter((e) => ['founded', 'baghuz', 'taliban', 'crocus'].includes(e.cardId));
	it.each([
		[['founded', 'baghuz', 'taliban', 'crocus'], 0, 3],
		[['baghuz', 'founded', 'taliban', 'crocus'], 1, 2],
		[['baghuz', 'taliban', 'founded', 'crocus'], 2, 1],
		[['crocus', 'taliban', 'baghuz', 'founded'], 6, 1]
	])('%j: %i pairs wrong, grade %i', (order, wrong, grade) => {
		expect(inversions(order, four)).toBe(wrong);
		expect(orderGrade(order, four)).toBe(grade);
	});
	it('moves an event up or down, and not past either end', () => {
		expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
		expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
	});
});
