import { describe, expect, it } from 'vitest';
import type { Card } from 'ts-fsrs';
import { afterGrade, buildQueue, doneToday, nextCard } from '../../../src/lib/scheduler/queue';
import { at, learningCard, makeSettings, reviewCard } from './factories';

const NOW = '2024-03-22T10:00:00+03:00';
const ids = (n: number) => Array.from({ length: n }, (_, i) => `c${i + 1}`);

function queueOf(
	states: Record<string, Card>,
	opts: { cards?: string[]; log?: { cardId: string; at: number }[]; newPerDay?: number; reviewsPerDay?: number } = {}
) {
	return buildQueue({
		cardIds: opts.cards ?? ids(10),
		states: new Map(Object.entries(states)),
		log: opts.log ?? [],
		settings: makeSettings({ newPerDay: opts.newPerDay ?? 20, reviewsPerDay: opts.reviewsPerDay ?? 200 }),
		now: at(NOW)
	});
}

describe('buildQueue', () => {
	it('introduces new cards in deck order up to the daily limit', () => {
		expect(queueOf({}, { newPerDay: 3 }).fresh).toEqual(['c1', 'c2', 'c3']);
	});

	it('counts new cards already introduced today against the limit', () => {
		const states = {
			c1: learningCard('2024-03-22T10:09:00+03:00', 1),
			c2: learningCard('2024-03-22T10:09:00+03:00', 1)
		};
		const log = [
			{ cardId: 'c1', at: at('2024-03-22T09:50:00+03:00') },
			{ cardId: 'c2', at: at('2024-03-22T09:51:00+03:00') }
		];
		expect(queueOf(states, { log, newPerDay: 3 }).fresh).toEqual(['c3']);
	});

	it('includes review cards due before the study day ends (04:00), most overdue first', () => {
		const q = queueOf({
			c1: reviewCard('2024-03-23T03:59:00+03:00'),
			c2: reviewCard('2024-03-20T08:00:00+03:00'),
			c3: reviewCard('2024-03-23T04:00:00+03:00'),
			c4: reviewCard('2024-03-22T09:00:00+03:00')
		});
		expect(q.review).toEqual(['c2', 'c4', 'c1']);
	});

	it('cuts reviews to the daily limit minus reviews already done today', () => {
		const states = {
			c1: reviewCard('2024-03-21T08:00:00+03:00'),
			c2: reviewCard('2024-03-21T09:00:00+03:00'),
			c3: reviewCard('2024-03-21T10:00:00+03:00'),
			c9: reviewCard('2024-03-30T10:00:00+03:00', 5)
		};
		const log = [{ cardId: 'c9', at: at('2024-03-22T08:00:00+03:00') }];
		expect(queueOf(states, { log, reviewsPerDay: 3 }).review).toEqual(['c1', 'c2']);
	});

	it('never holds back learning cards, and orders them by due time', () => {
		const q = queueOf(
			{ c1: learningCard('2024-03-22T10:10:00+03:00'), c2: learningCard('2024-03-22T10:01:00+03:00') },
			{ reviewsPerDay: 0 }
		);
		expect(q.learning).toEqual(['c2', 'c1']);
	});
});

describe('doneToday', () => {
	it('tells new cards (all reps today) from reviews (reps before today)', () => {
		const states = new Map([
			['a', learningCard('2024-03-22T10:10:00+03:00', 2)],
			['b', reviewCard('2024-03-25T10:00:00+03:00', 4)]
		]);
		const log = [
			{ cardId: 'b', at: at('2024-03-21T09:00:00+03:00') },
			{ cardId: 'a', at: at('2024-03-22T09:00:00+03:00') },
			{ cardId: 'a', at: at('2024-03-22T09:01:00+03:00') },
			{ cardId: 'b', at: at('2024-03-22T09:02:00+03:00') }
		];
		expect(doneToday({ states, log, settings: makeSettings(), now: at(NOW) })).toEqual({ newDone: 1, reviewsDone: 1 });
	});
});

describe('nextCard', () => {
	const states = new Map<string, Card>([
		['due-learning', learningCard('2024-03-22T09:59:00+03:00')],
		['later-learning', learningCard('2024-03-22T10:15:00+03:00')],
		['far-learning', learningCard('2024-03-22T11:00:00+03:00')],
		['rev', reviewCard('2024-03-22T08:00:00+03:00')]
	]);
	const q = {
		learning: ['later-learning', 'due-learning'],
		review: ['rev'],
		fresh: ['new1'],
		dayEnd: at('2024-03-23T04:00:00+03:00')
	};

	it.each([
		['a due learning card comes first', q, { id: 'due-learning' }],
		['then reviews', { ...q, learning: ['later-learning'] }, { id: 'rev' }],
		['then new cards', { ...q, learning: ['later-learning'], review: [] }, { id: 'new1' }],
		[
			'then a learning card within 20 minutes',
			{ ...q, learning: ['later-learning'], review: [], fresh: [] },
			{ id: 'later-learning' }
		],
		[
			'else it waits for the next learning card',
			{ ...q, learning: ['far-learning'], review: [], fresh: [] },
			{ id: null, nextLearningAt: at('2024-03-22T11:00:00+03:00') }
		],
		[
			'and is done when nothing is left',
			{ ...q, learning: [], review: [], fresh: [] },
			{ id: null, nextLearningAt: null }
		]
	])('%s', (_what, queue, expected) => {
		expect(nextCard(queue, states, at(NOW))).toEqual(expected);
	});

	it('a graded card leaves its list and returns to learning only if its step falls today', () => {
		const afterAgain = afterGrade(q, 'rev', learningCard('2024-03-22T10:10:00+03:00'));
		expect(afterAgain.review).toEqual([]);
		expect(afterAgain.learning).toContain('rev');
		const afterGood = afterGrade(q, 'new1', reviewCard('2024-03-25T10:00:00+03:00'));
		expect(afterGood.fresh).toEqual([]);
		expect(afterGood.learning).not.toContain('new1');
	});
});
