import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, Rating, State, type Card } from 'ts-fsrs';
import { briefingQueue, forecastBriefing, recallIfStudied, studyDays } from '../../../src/lib/scheduler/briefing';
import { makeScheduler } from '../../../src/lib/scheduler/fsrs';
import { buildQueue } from '../../../src/lib/scheduler/queue';
import { curveOf, recall } from '../../../src/lib/scheduler/recall';
import { at, makeSettings, reviewCard } from './factories';
import { simulate } from './simulate';

const settings = makeSettings({ newPerDay: 20, reviewsPerDay: 200 });
const f = makeScheduler(settings);
const w = curveOf(f);
const cardIds = Array.from({ length: 60 }, (_, i) => `card-${i + 1}`);
/** Seven mornings at 09:00, from Sunday 1 December to Saturday 7 December (Moscow time). */
const mornings = Array.from({ length: 7 }, (_, i) => at(`2024-12-0${i + 1}T09:00:00+03:00`));
const BRIEFING = { at: at('2024-12-07T14:00:00+03:00'), target: 0.9 };

describe('studyDays', () => {
	it.each([
		['a briefing at 14:00 leaves its own morning', '2024-12-01T09:00:00+03:00', '2024-12-07T14:00:00+03:00', 7],
		[
			'a briefing at 03:00 falls before the day rolls over at 04:00',
			'2024-12-01T09:00:00+03:00',
			'2024-12-07T03:00:00+03:00',
			6
		],
		['a briefing later today leaves today', '2024-12-01T09:00:00+03:00', '2024-12-01T15:00:00+03:00', 1],
		['a briefing past leaves none', '2024-12-01T09:00:00+03:00', '2024-11-30T15:00:00+03:00', 0]
	])('%s', (_what, now, briefing, count) => {
		expect(studyDays(at(now), at(briefing), 4)).toHaveLength(count);
	});
});

describe.each([
	{ desiredRetention: 0.9, target: 0.9, plainBelow: false },
	{ desiredRetention: 0.8, target: 0.9, plainBelow: true },
	{ desiredRetention: 0.9, target: 0.95, plainBelow: true }
])('a briefing in 7 days (FSRS aims at $desiredRetention, target $target), following the queue daily', (row) => {
	const s = makeSettings({ newPerDay: 20, reviewsPerDay: 200, desiredRetention: row.desiredRetention });
	const f = makeScheduler(s);
	const briefing = { ...BRIEFING, target: row.target };
	const withBriefing = simulate({ f, cardIds, settings: s, briefing, sessions: mornings });
	const belowTarget = (states: Map<string, Card>) =>
		cardIds.filter((id) => recall(curveOf(f), states.get(id)!, briefing.at) < briefing.target);

	it('brings every card to the target recall at the briefing', () => {
		expect(belowTarget(withBriefing.states)).toEqual([]);
		expect(withBriefing.log.some((r) => r.rating === 1)).toBe(true); // the learner did forget now and then
	});

	// Only where FSRS aims lower than the briefing's target does plain scheduling fall short of it.
	if (row.plainBelow)
		it('where plain FSRS, followed the same way, leaves cards below the target', () => {
			const plain = simulate({ f, cardIds, settings: s, briefing: null, sessions: mornings });
			expect(belowTarget(plain.states).length).toBeGreaterThan(5);
		});

	it('leaves states exactly as plain ts-fsrs gives them for the same reviews', () => {
		const plainFsrs = fsrs({ ...f.parameters });
		const replayed = new Map<string, Card>();
		for (const r of withBriefing.log) {
			const card: Card = replayed.get(r.cardId) ?? createEmptyCard(new Date(r.at));
			replayed.set(r.cardId, plainFsrs.next(card, new Date(r.at), r.rating).card);
		}
		expect(replayed).toEqual(withBriefing.states);
	});

	it('after the briefing, the queue is plain FSRS again', () => {
		const after = at('2024-12-08T09:00:00+03:00');
		const input = { cardIds, states: withBriefing.states, log: withBriefing.log, settings: s, now: after };
		expect(briefingQueue({ ...input, f, briefing }).queue).toEqual(buildQueue(input));
		expect(briefingQueue({ ...input, f, briefing: null }).queue).toEqual(buildQueue(input));
	});
});

describe('briefingQueue', () => {
	const now = at('2024-12-01T09:00:00+03:00');
	/** Review cards last seen on 1 November with the given stability, due long after the briefing. */
	const studied = (stabilities: number[]) =>
		new Map(
			stabilities.map((s, i) => [
				`c${i + 1}`,
				{
					...reviewCard('2025-03-01T09:00:00+03:00'),
					stability: s,
					last_review: new Date(at('2024-11-01T09:00:00+03:00'))
				}
			])
		);

	it('brings forward only cards that would fall below target: an even share a day, the strongest today', () => {
		// Fourteen cards (stability 3–16 days) will be below 90% at the briefing; two (5000 days) will not.
		const states = studied([...Array.from({ length: 14 }, (_, i) => i + 3), 5000, 5000]);
		const plan = briefingQueue({ cardIds: [...states.keys()], states, log: [], settings, now, f, briefing: BRIEFING });
		// Fourteen over seven days is two a day; the six later days take the weakest twelve.
		expect(plan.broughtForward).toEqual(['c13', 'c14']);
		expect(plan.queue.review).toEqual(['c13', 'c14']);
		expect(plan.short).toBe(0);
		expect(plan.daysLeft).toBe(7);
	});

	it('raises the new-card limit when the deck could not otherwise be learned in time', () => {
		const plan = briefingQueue({
			cardIds: Array.from({ length: 300 }, (_, i) => `n${i}`),
			states: new Map(),
			log: [],
			settings,
			now,
			f,
			briefing: BRIEFING
		});
		expect(plan.newPerDay).toBe(43);
		expect(plan.queue.fresh).toHaveLength(43);
	});

	it('keeps within the review limit and counts what does not fit', () => {
		const states = studied(Array.from({ length: 50 }, () => 3));
		const tight = makeSettings({ reviewsPerDay: 5 });
		const plan = briefingQueue({
			cardIds: [...states.keys()],
			states,
			log: [],
			settings: tight,
			now,
			f,
			briefing: BRIEFING
		});
		expect(plan.queue.review).toHaveLength(5);
		expect(plan.short).toBe(50 - 5 * 7);
	});
});

describe('forecastBriefing', () => {
	it('predicts the rise from studying today’s queue', () => {
		const now = at('2024-12-06T09:00:00+03:00');
		const states = new Map<string, Card>([
			[
				'a',
				{
					...reviewCard('2024-12-06T08:00:00+03:00'),
					stability: 4,
					last_review: new Date(at('2024-12-02T09:00:00+03:00'))
				}
			],
			[
				'b',
				{
					...reviewCard('2025-02-01T09:00:00+03:00'),
					stability: 90,
					last_review: new Date(at('2024-11-30T09:00:00+03:00'))
				}
			]
		]);
		const cardIds = ['a', 'b', 'c'];
		const plan = briefingQueue({ cardIds, states, log: [], settings, now, f, briefing: BRIEFING });
		const fc = forecastBriefing(f, cardIds, states, plan.queue, BRIEFING, now);
		expect(fc.todayCount).toBe(2); // the due card and the new one
		expect(fc.current).toBeCloseTo(
			(recall(w, states.get('a')!, BRIEFING.at) + recall(w, states.get('b')!, BRIEFING.at)) / 3,
			6
		);
		expect(fc.afterToday).toBeGreaterThan(fc.current + 0.3);
		expect(fc.below).toBe(0);
		expect(fc.total).toBe(3);
	});
});

describe('recallIfStudied', () => {
	it.each([
		[
			'a review card',
			{
				...reviewCard('2024-12-05T08:00:00+03:00'),
				stability: 6,
				difficulty: 6,
				last_review: new Date(at('2024-11-28T22:30:00+03:00'))
			}
		],
		['a new card', createEmptyCard(new Date(at('2024-12-01T00:00:00+03:00')))]
	])('gives what a full ts-fsrs review (Good until graduated) gives, for %s', (_what, card) => {
		const now = at('2024-12-05T09:00:00+03:00');
		let full = f.next(card, new Date(now), Rating.Good).card;
		if (full.state !== State.Review) full = f.next(full, full.due, Rating.Good).card;
		const dayEnd = at('2024-12-06T04:00:00+03:00');
		expect(recallIfStudied(f, w, card, now, dayEnd, BRIEFING.at)).toBe(recall(w, full, BRIEFING.at));
	});
});
