import { beforeAll, describe, expect, it } from 'vitest';
import { createEmptyCard, State, type Card, type Grade } from '../../../src/lib/scheduler/fsrs';
import { DEFAULT_SETTINGS, type SchedulerSettings } from '../../../src/lib/scheduler/settings';
import { loadAnswers } from '../../../src/lib/study/answer-loader';
import { StudySession, type SessionStore } from '../../../src/lib/study/session.svelte';
import { KERMAN, makeCard, makeDeck } from './factories';

const T0 = Date.UTC(2024, 3, 1, 9, 0, 0);

/** A store in memory that counts saves, so a test can see that nothing was saved. */
function makeStore(): SessionStore & { saved: { cardId: string; rating: Grade }[] } {
	const cards = new Map<string, Card>();
	const saved: { cardId: string; rating: Grade }[] = [];
	return {
		saved,
		load: () => ({ cards: new Map(cards), log: [] }),
		record: (_deck, cardId, next, entry) => {
			cards.set(cardId, next);
			saved.push({ cardId, rating: entry.rating });
		},
		undo: () => null
	};
}

const deck = makeDeck([
	makeCard({ id: 'toll', accept: ['over 130'], choices: ['more than 90', 'at least 175', 'more than 50'] }),
	KERMAN,
	makeCard({ id: 'gap', kind: 'motive', format: 'cloze', prompt: 'to ____ and', answer: 'amplify its reputation' })
]);

function start(settings: Partial<SchedulerSettings> = {}) {
	const store = makeStore();
	const session = new StudySession(deck, { ...DEFAULT_SETTINGS, enableFuzz: false, ...settings }, store, T0, 42);
	return { store, session };
}

// The checker loads on first use in the app; here it is loaded up front (answer-loader.spec.ts covers the wait).
beforeAll(async () => {
	await loadAnswers();
});

describe('a study session with answer modes', () => {
	it.each([
		['auto', 'choice'],
		['typed', 'typed'],
		['reveal', 'reveal'],
		[undefined, 'choice']
	] as const)('starts a new card in the deck’s mode %s as %s', (answerMode, expected) => {
		const { session } = start({ answerMode });
		expect(session.currentId).toBe('toll');
		expect(session.cardMode).toBe(expected);
	});

	it('checks a typed answer, suggests a grade and saves nothing until a grade is chosen', () => {
		const { store, session } = start({ answerMode: 'typed' });
		session.submit('130', T0 + 30_000);
		expect(session.revealed).toBe(true);
		expect(session.outcome).toMatchObject({ result: { verdict: 'correct' }, suggested: 3 });
		expect(store.saved).toEqual([]);
		session.grade(2, T0 + 31_000);
		expect(store.saved).toEqual([{ cardId: 'toll', rating: 2 }]);
		expect(session.outcome).toBeNull();
		expect(session.currentId).toBe('kerman-toll');
	});

	it('picks an option and suggests Again for a wrong one', () => {
		const { store, session } = start();
		const wrong = session.options.findIndex((o) => o !== 'more than 130');
		session.pick(wrong, T0 + 3000);
		expect(session.outcome).toMatchObject({ result: { verdict: 'wrong' }, suggested: 1, picked: wrong });
		expect(store.saved).toEqual([]);
	});

	it('keeps the options’ order for the card within the session', () => {
		const { session } = start();
		const first = session.options;
		session.mode = 'typed';
		session.mode = 'choice';
		expect(session.options).toEqual(first);
		expect(first).toContain('more than 130');
	});

	it('ignores a second answer once the first is checked', () => {
		const { session } = start({ answerMode: 'typed' });
		session.submit('90', T0 + 1000);
		session.submit('130', T0 + 2000);
		expect(session.outcome?.result.verdict).toBe('wrong');
	});

	it('changes the mode for the session only, from the next check on', () => {
		const { session } = start({ answerMode: 'reveal' });
		session.mode = 'typed';
		expect(session.cardMode).toBe('typed');
		expect(session.settings.answerMode).toBe('reveal');
	});

	it('treats a card in review as typed in auto mode', () => {
		const store = makeStore();
		const due = {
			...createEmptyCard(new Date(T0 - 10 * 86_400_000)),
			state: State.Review,
			due: new Date(T0 - 1000),
			stability: 5,
			difficulty: 5,
			reps: 3,
			last_review: new Date(T0 - 5 * 86_400_000)
		} as Card;
		store.load = () => ({ cards: new Map([['toll', due]]), log: [] });
		const session = new StudySession(deck, { ...DEFAULT_SETTINGS, newPerDay: 0 }, store, T0, 1);
		expect(session.currentId).toBe('toll');
		expect(session.cardMode).toBe('typed');
	});
});
