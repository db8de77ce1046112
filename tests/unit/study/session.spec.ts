import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createEmptyCard, State, type Card, type Grade } from '../../../src/lib/scheduler/fsrs';
import { DEFAULT_SETTINGS, type SchedulerSettings } from '../../../src/lib/scheduler/settings';
import { loadAnswers } from '../../../src/lib/study/answer-loader';
import { loadOptionOrder } from '../../../src/lib/study/option-loader.svelte';
import { StudySession, type SessionStore } from '../../../src/lib/study/session.svelte';
import { MemoryStorage } from '../../../src/lib/storage/memory';
import { ProgressStore } from '../../../src/lib/storage/store.svelte';
import { KERMAN, makeCard, makeDeck } from './factories';

const T0 = Date.UTC(2024, 3, 1, 9, 0, 0);

/** A store in memory that counts saves, so a test can see that nothing was saved. */
function makeStore(): SessionStore & { saved: { cardId: string; rating: Grade }[] } {
	const cards = new Map<string, Card>();
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

// The checker and the options' order load after the first card in the app; here they are loaded up front
// (answer-loader.spec.ts and options.svelte.spec.ts cover the wait).
beforeAll(async () => {
	await Promise.all([loadAnswers(), loadOptionOrder()]);
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
		store.loadToday = () => ({ cards: new Map([['toll', due]]), log: [] });
		const session = new StudySession(deck, { ...DEFAULT_SETTINGS, newPerDay: 0 }, store, T0, 1);
		expect(session.currentId).toBe('toll');
		expect(session.cardMode).toBe('typed');
	});
});

describe('two tabs studying one deck, through the real store', () => {
	const settings = { ...DEFAULT_SETTINGS, enableFuzz: false, answerMode: 'reveal' as const };
	function twoTabs() {
		const storage = new MemoryStorage();
		const a = new ProgressStore(storage, { now: () => T0 });
		const b = new ProgressStore(storage, { now: () => T0 });
		return { a, b, tabA: new StudySession(deck, settings, a, T0, 1), tabB: new StudySession(deck, settings, b, T0, 1) };
	}

	it('a card graded in the other tab leaves this screen, and grading it anyway saves nothing twice', () => {
		const { a, tabA, tabB } = twoTabs();
		expect(tabA.currentId).toBe('toll');
		expect(tabB.currentId).toBe('toll');
		tabB.reveal();
		tabB.grade(3, T0 + 5000);
		// Before the storage event arrives, tab A still shows the card: its grade is refused, not duplicated.
		tabA.reveal();
		tabA.grade(3, T0 + 6000);
		expect(tabA.error).toMatch(/another tab/);
		expect(tabA.currentId).not.toBe('toll');
		expect(a.load(deck.id).log).toHaveLength(1);
	});

	it('undo is refused once the other tab graded the same card, and both reviews stay', () => {
		const { a, b, tabA, tabB } = twoTabs();
		tabA.reveal();
		tabA.grade(1, T0 + 5000);
		tabB.reload(T0 + 70_000);
		expect(tabB.currentId).toBe('toll');
		tabB.reveal();
		tabB.grade(3, T0 + 70_000);
		tabA.undo(T0 + 71_000);
		expect(tabA.error).toMatch(/another tab/);
		expect(b.load(deck.id).log.map((e) => e.rating)).toEqual([1, 3]);
		expect(a.canUndo(deck.id)).toBe(false);
	});

	it('undo in this tab brings the card back with its previous state', () => {
		const { a, tabA } = twoTabs();
		tabA.reveal();
		tabA.grade(3, T0 + 5000);
		expect(a.canUndo(deck.id)).toBe(true);
		tabA.undo(T0 + 6000);
		expect(tabA.currentId).toBe('toll');
		expect(tabA.graded).toBe(0);
		expect(a.load(deck.id).log).toEqual([]);
	});
});

describe('configuring a session', () => {
	it('counts the grades made in it when the day is set again (a card suspended mid-session)', () => {
		const store = new ProgressStore(new MemoryStorage(), { now: () => T0 });
		const settings = { ...DEFAULT_SETTINGS, enableFuzz: false, answerMode: 'reveal' as const, newPerDay: 2 };
		const session = new StudySession(deck, settings, store, T0, 1);
		session.configure({}, T0);
		expect(session.counts.new).toBe(2);
		session.reveal();
		session.grade(3, T0 + 10_000);
		expect(session.counts.new).toBe(1);
		// Suspending a card sets the day again: today's new card already studied still counts against the limit.
		session.configure({ suspended: new Set(['gap']) }, T0 + 20_000);
		expect(session.counts.new).toBe(1);
	});
});

describe('a grade is written after the next card shows', () => {
	const settings = { ...DEFAULT_SETTINGS, enableFuzz: false, answerMode: 'reveal' as const };
	/** A session whose writes wait in `waiting` until the test runs them, as the screen's next frame would. */
	function behind(store: SessionStore) {
		const session = new StudySession(deck, settings, store, T0, 1);
		const waiting: (() => void)[] = [];
		session.writeBehind((write) => waiting.push(write));
		const frame = () => waiting.splice(0).forEach((w) => w());
		return { session, frame };
	}
	function gradeShown(session: StudySession, rating: Grade, at: number) {
		session.reveal();
		const id = session.currentId;
		session.grade(rating, at);
		return id;
	}

	it('shows the next card before the grade is stored, and stores it on the next frame', () => {
		const store = makeStore();
		const { session, frame } = behind(store);
		const first = gradeShown(session, 3, T0 + 5000);
		expect(session.currentId).not.toBe(first);
		expect(session.graded).toBe(1);
		expect(store.saved).toEqual([]);
		frame();
		expect(store.saved).toEqual([{ cardId: first, rating: 3 }]);
	});

	it('a grade made before the code that saves it has loaded is saved once it arrives, on the card graded', async () => {
		let loaded = false;
		let arrive = () => {};
		const store = {
			...makeStore(),
			ledgerLoaded: () => loaded,
			loadLedger: () => new Promise<void>((r) => (arrive = () => ((loaded = true), r())))
		};
		const { session, frame } = behind(store);
		const first = gradeShown(session, 3, T0 + 5000);
		expect([session.currentId, session.graded, store.saved]).toEqual([first, 0, []]);
		arrive();
		await vi.waitFor(() => expect(session.graded).toBe(1));
		expect(session.currentId).not.toBe(first);
		frame();
		expect(store.saved).toEqual([{ cardId: first, rating: 3 }]);
	});

	it.each([
		['the next grade', (s: StudySession) => gradeShown(s, 4, T0 + 9000)],
		['leaving or hiding the screen', (s: StudySession) => s.flush()],
		['a re-read after another tab wrote', (s: StudySession) => s.reload(T0 + 9000)]
	])('writes a waiting grade first on %s, so grades are stored in the order they were made', (_, act) => {
		const store = makeStore();
		const { session } = behind(store);
		const first = gradeShown(session, 3, T0 + 5000);
		act(session);
		expect(store.saved[0]).toEqual({ cardId: first, rating: 3 });
	});

	it('undo before the write takes back exactly that grade', () => {
		const store = new ProgressStore(new MemoryStorage(), { now: () => T0 });
		const { session } = behind(store);
		const first = gradeShown(session, 1, T0 + 5000);
		session.undo(T0 + 6000);
		expect(session.currentId).toBe(first);
		expect(session.graded).toBe(0);
		expect(store.load(deck.id).log).toEqual([]);
	});

	it('a write storage refuses puts the card back on screen, uncounted, with the reason', () => {
		const store = makeStore();
		store.grade = () => {
			throw Object.assign(new Error('Browser storage is full: nothing was saved.'), { name: 'StorageFullError' });
		};
		const { session, frame } = behind(store);
		const first = gradeShown(session, 3, T0 + 5000);
		frame();
		expect(session.currentId).toBe(first);
		expect(session.revealed).toBe(false);
		expect(session.graded).toBe(0);
		expect(session.tally[3]).toBe(0);
		expect(session.error).toMatch(/full/);
	});

	it('a card graded in another tab before the write keeps that tab’s review only, and does not come back', () => {
		const storage = new MemoryStorage();
		const a = new ProgressStore(storage, { now: () => T0 });
		const b = new ProgressStore(storage, { now: () => T0 });
		const tabB = new StudySession(deck, settings, b, T0, 1);
		const { session: tabA, frame } = behind(a);
		gradeShown(tabB, 3, T0 + 4000);
		const first = gradeShown(tabA, 1, T0 + 5000);
		frame();
		expect(tabA.error).toMatch(/another tab/);
		expect(tabA.currentId).not.toBe(first);
		expect(tabA.graded).toBe(0);
		expect(a.load(deck.id).log.map((e) => e.rating)).toEqual([3]);
	});
});
