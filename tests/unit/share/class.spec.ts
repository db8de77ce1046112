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
	assignmentId = assignment.id
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
		version: 1,
		trainee,
		assignment: { id: assignmentId, title: 'Crocus', dueDate: assignment.dueDate, from: assignment.from },
		generatedAt,
		cards,
		totals: {
			studied,
			total: cards.length,
			meanRecallOnDue: cards.reduce((s, c) => s + c.recallOnDue, 0) / 4,
			timeSpentMs: studied * 60_000
		}
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

	it('is empty without reports', () => {
		expect(summarizeClass([], at(20, 12), { assignment }).trainees).toEqual([]);
	});
});
