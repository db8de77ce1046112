import { beforeEach, describe, expect, it } from 'vitest';
import { State, type Card, type Grade } from '../../../src/lib/scheduler/fsrs';
import { DEFAULT_SETTINGS } from '../../../src/lib/scheduler/settings';
import { StudySession, type SessionDay, type SessionStore } from '../../../src/lib/study/session.svelte';
import { findSiblings } from '../../../src/lib/study/siblings';
import { makeCard, makeDeck } from './factories';

const T0 = Date.UTC(2024, 3, 1, 9, 0, 0);
const DAY = 86_400_000;

function makeStore(initial: Record<string, Card> = {}): SessionStore & { saved: { cardId: string; rating: Grade }[] } {
	const cards = new Map(Object.entries(initial));
	const saved: { cardId: string; rating: Grade }[] = [];
	return {
		saved,
		loadToday: () => ({ cards: new Map(cards), log: [] }),
		grade: (_deck, cardId, next, entry) => {
			cards.set(cardId, next);
			saved.push({ cardId, rating: entry.rating });
		},
		undo: () => null,
		canUndo: () => false,
		ledgerLoaded: () => true,
		loadLedger: () => Promise.resolve()
	};
}

const card = (id: string, quote: string) =>
	makeCard({ id, prompt: `Question ${id}?`, answer: `answer ${id}`, source: { doc: 'aj', paragraph: 1, quote } });
const deck = makeDeck([
	card('toll', 'More than 130 people have been killed, including three children'),
	card('children', 'including three children'),
	card('other', 'something else entirely'),
	card('more', 'a fourth quote'),
	card('last', 'a fifth quote')
]);
const siblings = findSiblings(deck.cards);

/** How the day reaches the session: the study screen gives it to the constructor; a change later goes to `configure`. */
type Given = 'to the constructor' | 'to configure';
let given: Given = 'to the constructor';

function start(initial: Record<string, Card> = {}, day: Partial<SessionDay> = {}) {
	const store = makeStore(initial);
	const settings = { ...DEFAULT_SETTINGS, enableFuzz: false, answerMode: 'reveal' as const };
	if (given === 'to the constructor') {
		const session = new StudySession(deck, settings, store, T0, 1, store.loadToday(deck.id, T0), { siblings, ...day });
		return { store, session };
	}
	const session = new StudySession(deck, settings, store, T0, 1);
	session.configure({ siblings, ...day }, T0);
	return { store, session };
}

function answer(session: StudySession, grade: Grade, at: number) {
	session.reveal();
	session.grade(grade, at);
}

const reviewState = (over: Partial<Card> = {}): Card => ({
	due: new Date(T0 - DAY),
	stability: 3,
	difficulty: 5,
	elapsed_days: 0,
	scheduled_days: 3,
	learning_steps: 0,
	reps: 5,
	lapses: 0,
	state: State.Review,
	last_review: new Date(T0 - 4 * DAY),
	...over
});

describe.each<Given>(['to the constructor', 'to configure'])('the day given %s', (how) => {
	beforeEach(() => {
		given = how;
	});

	describe('siblings in a session', () => {
		it('buries a sibling for the day once one is answered', () => {
			const { session } = start();
			expect(session.currentId).toBe('toll');
			expect(session.counts.new).toBe(5);
			answer(session, 4, T0 + 10_000);
			expect(session.queue.fresh).toEqual(['other', 'more', 'last']);
		});

		it('keeps learning siblings three cards apart while anything else can be shown', () => {
			const learning = (): Card => ({
				...reviewState(),
				state: State.Learning,
				due: new Date(T0 - 60_000),
				learning_steps: 1,
				stability: 1
			});
			const { session } = start({ toll: learning(), children: learning() });
			const shown: string[] = [];
			for (let i = 0; i < 5 && session.currentId; i++) {
				shown.push(session.currentId);
				answer(session, 4, T0 + i * 10_000);
			}
			expect(shown.slice(0, 2)).toEqual(['toll', 'other']);
			const gap = shown.indexOf('children') - shown.indexOf('toll');
			expect(gap).toBeGreaterThan(3);
		});
	});

	describe('suspended cards, leeches and cram', () => {
		it('leaves suspended cards out of the queue', () => {
			const { session } = start({}, { suspended: new Set(['toll', 'other']) });
			expect([...session.queue.fresh]).toEqual(['children', 'more', 'last']);
		});

		it('suspends a card on its eighth lapse and says so', () => {
			const flagged: string[] = [];
			const { session, store } = start({ other: reviewState({ lapses: 7 }) }, { onLeech: (id) => flagged.push(id) });
			expect(session.currentId).toBe('other');
			answer(session, 1, T0 + 5000);
			expect(store.saved).toEqual([{ cardId: 'other', rating: 1 }]);
			expect(flagged).toEqual(['other']);
			expect(session.leeches).toEqual(['other']);
			expect(session.queue.learning).not.toContain('other');
		});

		it('a cram answer is logged as cram and changes no card state', () => {
			const before = reviewState();
			const logged: { cardId: string; rating: Grade }[] = [];
			const { session, store } = start(
				{ other: before },
				{ cram: { ids: ['other', 'more'], record: (e) => logged.push({ cardId: e.cardId, rating: e.rating }) } }
			);
			expect(session.cramming).toBe(true);
			expect(session.currentId).toBe('other');
			answer(session, 1, T0 + 5000);
			expect(session.currentId).toBe('more');
			answer(session, 3, T0 + 9000);
			answer(session, 3, T0 + 14_000); // "other" came back after its Again
			expect(logged).toEqual([
				{ cardId: 'other', rating: 1 },
				{ cardId: 'more', rating: 3 },
				{ cardId: 'other', rating: 3 }
			]);
			expect(store.saved).toEqual([]);
			expect(session.stateOf('other')).toEqual(before);
			expect(session.currentId).toBeNull();
			expect(session.canUndo).toBe(false);
		});

		it('with a briefing, brings forward a card FSRS would show after it', () => {
			const far = reviewState({ due: new Date(T0 + 20 * DAY), stability: 1.5, last_review: new Date(T0 - 2 * DAY) });
			const plain = start({ other: far });
			expect(plain.session.queue.review).toEqual([]);
			const { session } = start({ other: far }, { briefing: { at: T0 + 5 * 60 * 60_000, target: 0.9 } });
			expect(session.queue.review).toEqual(['other']);
			expect(session.broughtForward).toBe(1);
		});
	});
});
