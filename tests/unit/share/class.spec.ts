import { describe, expect, it } from 'vitest';
import { realisticAssignment } from '../../../src/lib/share/capacity';
import { summarizeClass } from '../../../src/lib/share/class';
import type { Report, ReportCard } from '../../../src/lib/share/report';

const assignment = { ...realisticAssignment(4), dueDate: '2024-03-22', target: { allStudied: true, minRecall: 0.8 } };
const ids = assignment.deck.cards.map((c) => c.id);

/** A report whose cards have the recalls given, `null` for a card never studied. */
function makeReport(
	trainee: string,
	recalls: (number | null)[],
	generatedAt = '2024-03-20T08:00:00.000Z',
	assignmentId = assignment.id,
	version = assignment.version
): Report {
	const cards = assignment.deck.cards.map((c, i): ReportCard => {
		const r = recalls[i] ?? null;
		return r === null
			? { id: c.id, kind: c.kind, state: 'new', reviews: 0, lapses: 0, recallOnDue: 0 }
			: { id: c.id, kind: c.kind, state: 'review', reviews: 3, lapses: 0, recallOnDue: r, lastReview: generatedAt };
	});
	const studied = cards.filter((c) => c.state !== 'new').length;
	return {
		format: 'briefing-trainer-report',
		version: 2,
		trainee,
		assignment: { id: assignmentId, title: 'Crocus', dueDate: assignment.dueDate, from: assignment.from, version },
		generatedAt,
		cards,
		totals: {
			studied,
			total: cards.length,
			meanRecallOnDue: cards.reduce((s, c) => s + c.recallOnDue, 0) / 4,
			timeSpentMs: studied * 60_000
		},
		signature: 'S'.repeat(43)
	};
}

const anna = makeReport('Anna', [0.9, 0.9, 0.85, 0.95]);
const boris = makeReport('Boris', [0.9, 0.9, null, null]);
const vera = makeReport('Vera', [0.5, null, null, null]);
const at = (day: number, hour: number) => new Date(2024, 2, day, hour).getTime();

describe('summarizeClass', () => {
	// With one new card a day expected: Boris needs 2 more days, Vera 3.
	it.each([
		{ when: '20 March, 2 study days left', now: at(20, 12), statuses: ['ready', 'on track', 'behind'] },
		{ when: '18 March, 4 study days left', now: at(18, 12), statuses: ['ready', 'on track', 'on track'] },
		{ when: '21 March, 1 study day left', now: at(21, 23), statuses: ['ready', 'behind', 'behind'] },
		{ when: 'the briefing day', now: at(22, 8), statuses: ['ready', 'behind', 'behind'] }
	])('statuses on $when: Anna, Boris, Vera → $statuses', ({ now, statuses }) => {
		const summary = summarizeClass([vera, anna, boris], now, { assignment, newPerDay: 1 });
		expect(summary.trainees.map((t) => [t.name, t.status, t.onTrack])).toEqual([
			['Anna', statuses[0], statuses[0] !== 'behind'],
			['Boris', statuses[1], statuses[1] !== 'behind'],
			['Vera', statuses[2], statuses[2] !== 'behind']
		]);
	});

	const summary = summarizeClass([vera, anna, boris], at(20, 12), { assignment, newPerDay: 1 });

	it('counts each trainee against the assigned cards', () => {
		expect(
			summary.trainees.map((t) => ({
				name: t.name,
				studied: t.studied,
				total: t.total,
				mean: t.meanRecallOnDue,
				time: t.timeSpentMs
			}))
		).toEqual([
			{ name: 'Anna', studied: 4, total: 4, mean: expect.closeTo(0.9, 6) as number, time: 240_000 },
			{ name: 'Boris', studied: 2, total: 4, mean: expect.closeTo(0.45, 6) as number, time: 120_000 },
			{ name: 'Vera', studied: 1, total: 4, mean: expect.closeTo(0.125, 6) as number, time: 60_000 }
		]);
	});

	it('lists the weakest cards first, with their prompts', () => {
		expect(summary.weakestCards.map((c) => [c.cardId, Number(c.meanRecall.toFixed(4)), c.notStudiedBy])).toEqual([
			[ids[2], 0.2833, 2],
			[ids[3], 0.3167, 2],
			[ids[1], 0.6, 1],
			[ids[0], 0.7667, 0]
		]);
		expect(summary.weakestCards[0]?.prompt).toBe(assignment.deck.cards[2]?.prompt);
	});

	it('gives mastery by kind: mean recall and share of trainee × card pairs studied', () => {
		expect(
			summary.masteryByKind.map((k) => [k.kind, Number(k.meanRecall.toFixed(4)), Number(k.studiedShare.toFixed(4))])
		).toEqual([
			['date', 0.7667, 1],
			['toll', 0.6, 0.6667],
			['actor', 0.2833, 0.3333],
			['motive', 0.3167, 0.3333]
		]);
	});

	it('keeps only the newest report of a trainee who sent two, whatever the case or spacing of the name, and says so', () => {
		const older = makeReport('anna ', [0.5, null, null, null], '2024-03-18T08:00:00.000Z');
		const s = summarizeClass([anna, older, boris], at(20, 12), { assignment });
		expect(s.trainees.map((t) => [t.name, t.studied])).toEqual([
			['Anna', 4],
			['Boris', 2]
		]);
		expect(s.duplicates).toEqual(['Anna sent 2 reports; only the newest (2024-03-20T08:00:00.000Z) is counted.']);
	});

	it('leaves out reports for another assignment, and says so', () => {
		const other = makeReport('Gleb', [1, 1, 1, 1], '2024-03-20T08:00:00.000Z', 'kerman-briefing');
		const s = summarizeClass([anna, other], at(20, 12), { assignment });
		expect(s.trainees.map((t) => t.name)).toEqual(['Anna']);
		expect(s.mismatched).toHaveLength(1);
		expect(s.mismatched[0]).toContain('Gleb');
		expect(s.mismatched[0]).toContain('kerman-briefing');
	});

	it('without the assignment, uses the cards the reports list and the default target (90 %)', () => {
		const s = summarizeClass([anna, makeReport('Dina', [0.8, 0.8, 0.8, 0.8])], at(20, 12));
		expect(s.trainees.map((t) => [t.name, t.status, t.total])).toEqual([
			['Anna', 'ready', 4],
			['Dina', 'on track', 4]
		]);
		expect(s.weakestCards.every((c) => c.prompt === undefined)).toBe(true);
	});

	it.each([
		{ when: 'a week ahead', now: at(15, 12) },
		{ when: 'the briefing day', now: at(22, 8) }
	])('calls a trainee who has studied nothing “not started”, never “on track” ($when)', ({ now }) => {
		const none = makeReport('Zoya', [null, null, null, null]);
		const s = summarizeClass([none], now, { assignment, newPerDay: 20 });
		expect(s.trainees.map((t) => [t.status, t.onTrack])).toEqual([['not started', false]]);
	});

	it('compares a report made for an earlier version only on the cards both versions share, and marks it', () => {
		// Version 1 had the first two cards only; the current version 2 has all four.
		const v2 = { ...assignment, version: 2 };
		const old = makeReport('Anna', [0.9, 0.9, null, null], '2024-03-19T08:00:00.000Z', assignment.id, 1);
		const earlier = { ...old, cards: old.cards.slice(0, 2), totals: { ...old.totals, total: 2 } };
		const current = makeReport('Boris', [0.9, 0.9, null, null], '2024-03-20T08:00:00.000Z', assignment.id, 2);
		const s = summarizeClass([earlier, current], at(20, 12), { assignment: v2, newPerDay: 1 });
		expect(s.trainees.map((t) => [t.name, t.studied, t.total, t.status, t.earlierVersion])).toEqual([
			['Anna', 2, 2, 'ready', 1],
			['Boris', 2, 4, 'on track', null]
		]);
		// Anna's report says nothing about cards 3 and 4: only Boris counts there.
		const byId = new Map(s.weakestCards.map((c) => [c.cardId, c.notStudiedBy]));
		expect([byId.get(ids[2]!), byId.get(ids[0]!)]).toEqual([1, 0]);
	});

	it('never takes a report dated in the future as a trainee’s newest, and flags it', () => {
		const future = makeReport('Anna', [1, 1, 1, 1], '2099-01-01T00:00:00.000Z');
		const real = makeReport('Anna', [0.5, null, null, null], '2024-03-20T08:00:00.000Z');
		const s = summarizeClass([future, real], at(20, 12), { assignment });
		expect(s.trainees.map((t) => [t.generatedAt, t.futureDated])).toEqual([['2024-03-20T08:00:00.000Z', false]]);
	});

	it('is empty without reports', () => {
		expect(summarizeClass([], at(20, 12), { assignment }).trainees).toEqual([]);
	});
});
