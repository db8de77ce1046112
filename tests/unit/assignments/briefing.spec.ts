import { describe, expect, it } from 'vitest';
import { acceptAssignment } from '../../../src/lib/assignments/join';
import { readDay, setBriefing } from '../../../src/lib/study/deck-day';
import { DAY, makeAssignment, makeStore, NOW } from './factories';

/** 09:00 on a March 2024 day in the pinned zone (Moscow), as the briefing of an assignment due that day. */
const morning = (day: number) => new Date(2024, 2, day, 9).getTime();

describe('accepting an assignment sets the deck’s briefing to the due day', () => {
	it.each([
		{
			what: 'a deck with no briefing gets the morning of the due day',
			own: null,
			due: '2024-03-22',
			expected: { at: morning(22), target: 0.8 }
		},
		{
			what: 'a briefing the trainee set, still to come, stays theirs',
			own: { at: morning(25), target: 0.95 },
			due: '2024-03-22',
			expected: { at: morning(25), target: 0.95 }
		},
		{
			what: 'a briefing that has passed gives way to the assignment’s',
			own: { at: NOW - DAY, target: 0.95 },
			due: '2024-03-22',
			expected: { at: morning(22), target: 0.8 }
		},
		{
			what: 'an assignment whose day has passed sets nothing',
			own: null,
			due: '2024-03-19',
			expected: null
		}
	])('$what', ({ own, due, expected }) => {
		const store = makeStore();
		const a = makeAssignment(3, { dueDate: due, target: { allStudied: true, minRecall: 0.8 } });
		if (own) setBriefing(store, a.deck.id, own);
		const { briefing } = acceptAssignment(store, a, false, NOW);
		expect(readDay(store, a.deck.id).briefing).toEqual(expected);
		// What accepting reports is what it set: nothing when the trainee's own briefing or no briefing stands.
		expect(briefing).toEqual(own === null || own.at < NOW ? expected : null);
	});

	it.each([
		{ minRecall: 0.5, target: 0.7 },
		{ minRecall: 0.85, target: 0.85 },
		{ minRecall: 1, target: 0.99 }
	])('a mean recall target of $minRecall plans every card for $target', ({ minRecall, target }) => {
		const store = makeStore();
		const a = makeAssignment(3, { target: { allStudied: true, minRecall } });
		acceptAssignment(store, a, true, NOW);
		expect(readDay(store, a.deck.id).briefing).toEqual({ at: morning(22), target });
	});

	it('follows the instructor when a newer version moves the day, unless the trainee had moved it themselves', () => {
		const store = makeStore();
		const v1 = makeAssignment(3, { dueDate: '2024-03-22' });
		const v2 = { ...v1, version: 2, dueDate: '2024-03-29' };
		acceptAssignment(store, v1, false, NOW);
		acceptAssignment(store, v2, false, NOW + 1000);
		expect(readDay(store, v1.deck.id).briefing?.at).toBe(morning(29));

		const other = makeStore();
		acceptAssignment(other, v1, false, NOW);
		setBriefing(other, v1.deck.id, { at: morning(24), target: 0.9 });
		acceptAssignment(other, v2, false, NOW + 1000);
		expect(readDay(other, v1.deck.id).briefing).toEqual({ at: morning(24), target: 0.9 });
	});
});
