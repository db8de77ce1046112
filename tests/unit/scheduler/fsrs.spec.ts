import { describe, expect, it } from 'vitest';
import { State, type Grade } from 'ts-fsrs';
import {
	createEmptyCard,
	formatInterval,
	gradeCard,
	makeScheduler,
	previewGrades,
	recallAt
} from '../../../src/lib/scheduler/fsrs';
import { at, makeSettings } from './factories';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe('scheduling wrapper (fuzz off, default steps 1m 10m / 10m, retention 0.90)', () => {
	it('gives a new card the intervals Anki users expect on its buttons', () => {
		const f = makeScheduler(makeSettings());
		const now = at('2024-03-22T10:00:00+03:00');
		const p = previewGrades(f, createEmptyCard(new Date(now)), now);
		expect(([1, 2, 3, 4] as Grade[]).map((g) => formatInterval(p[g].due.getTime() - now))).toEqual([
			'1m',
			'6m',
			'10m',
			'8d'
		]);
	});

	it('follows the full sequence Good, Good, Good, Again, Good, Good, dropping milliseconds from review times', () => {
		const f = makeScheduler(makeSettings());
		let now = at('2024-03-22T10:00:00.700+03:00');
		let card = createEmptyCard(new Date(now));
		const seen: [string, State, number, number][] = [];
		for (const g of [3, 3, 3, 1, 3, 3] as Grade[]) {
			card = gradeCard(f, card, now, g);
			seen.push([card.due.toISOString(), card.state, card.scheduled_days, card.lapses]);
			now = card.due.getTime();
		}
		expect(seen).toEqual([
			['2024-03-22T07:10:00.000Z', State.Learning, 0, 0],
			['2024-03-24T07:10:00.000Z', State.Review, 2, 0],
			['2024-04-04T07:10:00.000Z', State.Review, 11, 0],
			['2024-04-04T07:20:00.000Z', State.Relearning, 0, 1],
			['2024-04-06T07:20:00.000Z', State.Review, 2, 1],
			['2024-04-11T07:20:00.000Z', State.Review, 5, 1]
		]);
	});

	it('asks for more reviews at a higher desired retention', () => {
		const now = at('2024-03-22T10:00:00+03:00');
		const interval = (retention: number) => {
			const f = makeScheduler(makeSettings({ desiredRetention: retention }));
			let card = gradeCard(f, createEmptyCard(new Date(now)), now, 3);
			card = gradeCard(f, card, card.due.getTime(), 3);
			return gradeCard(f, card, card.due.getTime(), 3).scheduled_days;
		};
		expect(interval(0.97)).toBeLessThan(interval(0.9));
		expect(interval(0.9)).toBeLessThan(interval(0.8));
	});

	it('holds Good reviews at the maximum interval (ts-fsrs keeps Good one day above a capped Hard)', () => {
		const f = makeScheduler(makeSettings({ maximumInterval: 3 }));
		let now = at('2024-03-22T10:00:00+03:00');
		let card = createEmptyCard(new Date(now));
		const intervals: number[] = [];
		for (let i = 0; i < 6; i++) {
			card = gradeCard(f, card, now, 3);
			intervals.push(card.scheduled_days);
			now = card.due.getTime();
		}
		expect(intervals).toEqual([0, 2, 4, 4, 4, 4]);
	});

	it('predicts recall: 0 for a new card, about the desired retention when a review card falls due', () => {
		const f = makeScheduler(makeSettings());
		const now = at('2024-03-22T10:00:00+03:00');
		expect(recallAt(f, createEmptyCard(new Date(now)), now)).toBe(0);
		const card = gradeCard(f, createEmptyCard(new Date(now)), now, 4);
		expect(recallAt(f, card, card.due.getTime())).toBeCloseTo(0.9, 1);
	});

	it('schedules a card whose last review is dated after now (a clock that was wrong) as if reviewed at that moment', () => {
		const f = makeScheduler(makeSettings());
		const now = at('2024-03-22T10:00:00+03:00');
		const ahead = now + 3 * DAY;
		// Reviewed Good twice on a phone whose clock ran three days fast: the card is in review, last reviewed "later".
		const learning = gradeCard(f, createEmptyCard(new Date(ahead)), ahead, 3);
		const card = gradeCard(f, learning, learning.due.getTime(), 3);
		const last = card.last_review!.getTime();
		expect(last).toBeGreaterThan(now);
		for (const g of [1, 2, 3, 4] as Grade[]) {
			expect(gradeCard(f, card, now, g)).toEqual(gradeCard(f, card, last, g));
			expect(previewGrades(f, card, now)[g]).toEqual(gradeCard(f, card, last, g));
		}
		expect(recallAt(f, card, now)).toBe(1);
	});
});

describe('formatInterval', () => {
	it.each([
		[30_000, '<1m'],
		[MIN, '1m'],
		[10 * MIN, '10m'],
		[90 * MIN, '2h'],
		[DAY, '1d'],
		[3 * DAY, '3d'],
		[45 * DAY, '1.5mo'],
		[400 * DAY, '1.1y'],
		[4000 * DAY, '11y']
	])('%i ms is "%s"', (ms, label) => {
		expect(formatInterval(ms)).toBe(label);
	});
});
