import { describe, expect, it } from 'vitest';
import { fsrs } from 'ts-fsrs';
import { assignmentProgress, traineeReport, withDeck } from '../../../src/lib/assignments/progress';
import { toReceived } from '../../../src/lib/assignments/records';
import { briefingMorning } from '../../../src/lib/share/due';
import { DAY, makeAssignment, NOW, studiedCard } from './factories';

// A high bar: one Good review today predicts about 94.7 % on the briefing morning, short of it; five reviews clear it.
const a = makeAssignment(4, { target: { allStudied: true, minRecall: 0.95 } });
const ids = a.deck.cards.map((c) => c.id);
const settings = { desiredRetention: 0.9, maximumInterval: 36500, newPerDay: 20 };
const strong = studiedCard([3, 3, 3, 4, 4]);
const fresh = studiedCard([3]);

/** Progress with the given cards studied (by position). */
const progress = (states: (typeof strong | null)[]) => ({
	cards: new Map(states.flatMap((s, i) => (s ? [[ids[i]!, s] as const] : []))),
	log: states.flatMap((s, i) => (s ? [{ cardId: ids[i]!, at: NOW, rating: 3, durationMs: 30_000 }] : []))
});

describe('assignmentProgress', () => {
	it.each([
		{
			when: 'nothing studied, two days left',
			states: [null, null, null, null],
			now: NOW,
			studied: 0,
			status: 'not started'
		},
		{ when: 'all studied well', states: [strong, strong, strong, strong], now: NOW, studied: 4, status: 'ready' },
		{
			when: 'half studied on the day',
			states: [strong, strong, null, null],
			now: NOW + 2 * DAY,
			studied: 2,
			status: 'behind'
		},
		{
			when: 'all studied once, recall too low by the day',
			states: [fresh, fresh, fresh, fresh],
			now: NOW,
			studied: 4,
			status: 'on track'
		}
	])('$when: $studied of 4, $status', ({ states, now, studied, status }) => {
		const got = assignmentProgress(a, progress(states), settings, now);
		expect(got).toMatchObject({ studied, total: 4, status });
	});

	it('predicts recall at 09:00 on the due date with FSRS, as the mean over the assigned cards', () => {
		const got = assignmentProgress(a, progress([strong, fresh, null, null]), settings, NOW);
		const f = fsrs({ request_retention: 0.9, enable_fuzz: false });
		const at = new Date(briefingMorning('2024-03-22'));
		const expected = (f.get_retrievability(strong, at, false) + f.get_retrievability(fresh, at, false)) / 4;
		expect(got.meanRecallOnDue).toBeCloseTo(expected, 3);
		expect(got.daysLeft).toBe(2);
	});

	it('counts only the assigned kinds of the deck kept here', () => {
		const subset = { ...a, kinds: [a.deck.cards[0]!.kind] };
		const got = assignmentProgress(subset, progress([strong, strong, strong, strong]), settings, NOW);
		expect(got).toMatchObject({ studied: 1, total: 1 });
	});
});

describe('traineeReport', () => {
	it('names the trainee and the assignment and sums the time spent', () => {
		const r = traineeReport(a, '  Anna   Lee ', progress([strong, null, fresh, null]), settings, NOW);
		expect(r).toMatchObject({
			trainee: 'Anna Lee',
			assignment: { id: a.id, title: a.title, dueDate: a.dueDate, from: a.from }
		});
		expect(r.totals).toMatchObject({ studied: 2, total: 4, timeSpentMs: 60_000 });
	});
});

describe('withDeck', () => {
	it('gives back the assignment that was accepted, deck and all', () => {
		const subset = { ...a, kinds: [a.deck.cards[1]!.kind] };
		expect(withDeck(toReceived(subset, NOW), subset.deck)).toEqual(subset);
		expect(withDeck(toReceived(a, NOW), a.deck)).toEqual(a);
	});
});
