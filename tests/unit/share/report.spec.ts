import { describe, expect, it } from 'vitest';
import { FSRS6_DEFAULT_DECAY } from 'ts-fsrs';
import { createEmptyCard, gradeCard, makeScheduler, Rating, type Card } from '../../../src/lib/scheduler/fsrs';
import { DEFAULT_SETTINGS } from '../../../src/lib/scheduler/settings';
import { realisticAssignment } from '../../../src/lib/share/capacity';
import { buildReport, checkReport, signReport, verifyReport, type ReportInput } from '../../../src/lib/share/report';

const assignment = { ...realisticAssignment(3), dueDate: '2024-03-22' };
const [a, b, c] = assignment.deck.cards as [
	(typeof assignment.deck.cards)[0],
	(typeof assignment.deck.cards)[0],
	(typeof assignment.deck.cards)[0]
];
const f = makeScheduler({ ...DEFAULT_SETTINGS, enableFuzz: false });
/** Moscow time (the pinned zone): 20 March 2024, 10:00. */
const studied = new Date(2024, 2, 20, 10).getTime();

/** A card graded at `at` with each of `grades`, one minute apart, then once more a day later. */
function reviewed(grades: Rating[], at = studied): Card {
	let card = createEmptyCard(new Date(at - 86_400_000));
	grades.forEach((g, i) => (card = gradeCard(f, card, at - 86_400_000 + i * 60_000, g as 1 | 2 | 3 | 4)));
	return gradeCard(f, card, at, Rating.Good);
}

function input(over: Partial<ReportInput> = {}): ReportInput {
	return {
		trainee: '  Anna   Petrova ',
		assignment,
		cards: assignment.deck.cards,
		states: new Map([
			[b.id, reviewed([Rating.Good, Rating.Good])],
			[c.id, reviewed([Rating.Again, Rating.Again, Rating.Good])]
		]),
		log: [
			{ cardId: b.id, at: studied, rating: 3, durationMs: 4_000 },
			{ cardId: c.id, at: studied, rating: 1, durationMs: 9_500 },
			{ cardId: 'not-assigned', at: studied, rating: 3, durationMs: 60_000 },
			{ cardId: c.id, at: studied, rating: 3, durationMs: -5 }
		],
		params: { desiredRetention: 0.9, maximumInterval: 36500 },
		now: new Date(2024, 2, 20, 18).getTime(),
		...over
	};
}

/** FSRS-6's forgetting curve written out: R(t) = (1 + F·t/S)^−D, with F = 0.9^(−1/D) − 1 so that R(S) = 90 %. */
function expectedRecall(card: Card, elapsedDays: number): number {
	const D = FSRS6_DEFAULT_DECAY;
	return Math.pow(1 + ((Math.pow(0.9, -1 / D) - 1) * elapsedDays) / card.stability, -D);
}

describe('buildReport', () => {
	const report = buildReport(input());
	const byId = new Map(report.cards.map((x) => [x.id, x]));

	it('lists every assigned card in deck order, a card never studied as new with recall 0', () => {
		expect(report.cards.map((x) => x.id)).toEqual([a.id, b.id, c.id]);
		expect(byId.get(a.id)).toEqual({ id: a.id, kind: a.kind, state: 'new', reviews: 0, lapses: 0, recallOnDue: 0 });
	});

	it('predicts recall for 09:00 on the due date: last review 20 March 10:00 → 1 whole day elapsed, not 2', () => {
		const states = input().states;
		expect(byId.get(b.id)?.recallOnDue).toBeCloseTo(expectedRecall(states.get(b.id)!, 1), 4);
		expect(byId.get(c.id)?.recallOnDue).toBeCloseTo(expectedRecall(states.get(c.id)!, 1), 4);
		// The card failed twice is held less firmly than the one answered well throughout.
		expect(byId.get(c.id)!.recallOnDue).toBeLessThan(byId.get(b.id)!.recallOnDue);
	});

	it('counts reviews and lapses and dates the last review', () => {
		expect(byId.get(c.id)).toMatchObject({ reviews: 4, lastReview: new Date(studied).toISOString() });
		expect(byId.get(c.id)?.state).toMatch(/^(learning|review|relearning)$/);
	});

	it('a later briefing means lower predicted recall', () => {
		const later = buildReport(input({ assignment: { ...assignment, dueDate: '2024-04-22' } }));
		expect(later.cards[1]!.recallOnDue).toBeLessThan(report.cards[1]!.recallOnDue);
	});

	it('totals: studied, total, mean recall over all cards (unstudied count 0), time on assigned cards only', () => {
		const mean = (byId.get(b.id)!.recallOnDue + byId.get(c.id)!.recallOnDue) / 3;
		expect(report.totals).toEqual({
			studied: 2,
			total: 3,
			meanRecallOnDue: expect.closeTo(mean, 4) as number,
			timeSpentMs: 13_500
		});
	});

	it('keeps the name as typed, spaces tidied, and says when the report was made', () => {
		expect(report.trainee).toBe('Anna Petrova');
		expect(report.generatedAt).toBe('2024-03-20T15:00:00.000Z');
		expect(report.assignment).toEqual({
			id: assignment.id,
			title: assignment.title,
			dueDate: '2024-03-22',
			from: assignment.from,
			version: assignment.version
		});
	});

	it('refuses to build a report without a name', () => {
		expect(() => buildReport(input({ trainee: '   ' }))).toThrow(/name/);
	});
});

describe('signed reports', () => {
	const body = buildReport(input());
	const other = 'b3RoZXItc2VjcmV0LXh5eg';

	it('a report signed with the assignment’s secret is valid and verifies under it, and only under it', async () => {
		const signed = await signReport(body, assignment.secret);
		expect(checkReport(signed)).toEqual({ ok: true, value: signed });
		expect(await verifyReport(signed, assignment.secret)).toBe(true);
		expect(await verifyReport(signed, other)).toBe(false);
	});

	it.each([
		{ name: 'a changed recall', edit: (r: typeof body) => ({ ...r, totals: { ...r.totals, timeSpentMs: 1 } }) },
		{ name: 'another trainee’s name', edit: (r: typeof body) => ({ ...r, trainee: 'Boris' }) },
		{
			name: 'another assignment version',
			edit: (r: typeof body) => ({ ...r, assignment: { ...r.assignment, version: 9 } })
		}
	])('a signed report edited afterwards ($name) no longer verifies', async ({ edit }) => {
		const signed = await signReport(body, assignment.secret);
		expect(await verifyReport({ ...edit(signed), signature: signed.signature }, assignment.secret)).toBe(false);
	});

	it('a made-up signature never verifies, and verifying never throws', async () => {
		expect(await verifyReport({ ...body, signature: 'A'.repeat(43) }, assignment.secret)).toBe(false);
		expect(await verifyReport({ ...body, signature: '!!' }, 'not-a-secret')).toBe(false);
	});
});
