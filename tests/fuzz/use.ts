/**
 * What the screens do later with a value a decoder accepted, so the fuzzer can prove that an accepted value works:
 * the study screen (the session as the screen opens it, "Show answer" previews, grades saved and read back), the
 * home page (each deck's glance and each assignment's progress), the join screen and the class view. Each throws when
 * a screen would fail; a NaN that a screen would print counts as a failure too.
 */
import { Rating, type Card } from 'ts-fsrs';
import { addClassEntries, listClassEntries, type ClassEntry } from '../../src/lib/assignments/class-records';
import { classGroups } from '../../src/lib/assignments/class-view';
import { acceptAssignment, planFromStore } from '../../src/lib/assignments/join';
import { assignmentProgress, withDeck } from '../../src/lib/assignments/progress';
import { listReceived, listSent } from '../../src/lib/assignments/records';
import type { Deck } from '../../src/lib/decks/schema';
import { formatInterval, gradeCard, makeScheduler, recallAt, reviewTime } from '../../src/lib/scheduler/fsrs';
import type { Assignment } from '../../src/lib/share/assignment';
import { summarizeClass } from '../../src/lib/share/class';
import { toCsv, weakestCardsCsv } from '../../src/lib/share/csv';
import type { ProgressStore } from '../../src/lib/storage/store.svelte';
import { StudySession } from '../../src/lib/study/session.svelte';
import { loadScheduler } from '../../src/lib/scheduler/lazy';
import { DECK_ID, NOW, shippedFor } from './seeds';

// The study page loads the scheduler after its first card; here it is loaded first, so the previews and the grade below
// run as they do once it is there (a grade made before it arrives waits for it, and would check nothing here).
await loadScheduler();

/** Cards graded per deck: enough to meet every damaged state a seed holds, few enough to keep a run fast. */
const GRADED = 8;

function check(ok: boolean, what: string): void {
	if (!ok) throw new Error(what);
}

/** A deck as the screens find it: kept in this browser first, else built into the app (catalog.ts's findDeck). */
const findDeck = (store: ProgressStore, id: string): Deck | null => store.getDeck(id) ?? shippedFor(id);

/**
 * The study screen on `deck`: opened as the screen opens it (reconciled, today's progress), a session built on it
 * with its grade previews and one grade, then the cards with a stored state graded Good and read back exactly.
 */
export function study(store: ProgressStore, deck: Deck, now = NOW): void {
	const { progress } = store.open(deck, now);
	const settings = store.getSettings(deck.id);
	const session = new StudySession(deck, settings, store, now, 1, progress);
	for (const next of Object.values(session.previews(now) ?? {})) {
		check(Number.isFinite(next.due.getTime()), `${session.currentId}: a grade preview has no due date`);
		formatInterval(next.due.getTime() - now);
	}
	if (session.currentId) {
		session.grade(Rating.Good, now);
		check(session.error === null, `the study screen could not save a grade: ${session.error}`);
	}
	const f = makeScheduler({ ...settings, enableFuzz: false });
	const states = store.loadToday(deck.id, now).cards;
	const graded = new Map<string, number>();
	// Cards with a stored state first: those are what a damaged value changes.
	const ids = [...new Set([...states.keys(), ...deck.cards.map((c) => c.id)])];
	for (const id of ids.slice(0, GRADED)) {
		const card: Card | null = states.get(id) ?? null;
		const from = card ?? session.stateOf(id);
		const recall = recallAt(f, from, now);
		check(recall >= 0 && recall <= 1, `${id}: predicted recall is ${recall}`);
		const next = gradeCard(f, from, now, Rating.Good);
		check(Number.isFinite(next.stability) && next.stability > 0, `${id}: stability after a grade is ${next.stability}`);
		const at = reviewTime(now).getTime();
		store.grade(deck.id, id, next, { cardId: id, at, rating: Rating.Good, durationMs: 4000 }, card);
		graded.set(id, next.due.getTime());
	}
	const back = store.load(deck.id).cards;
	for (const [id, due] of graded) {
		check(back.get(id)?.due.getTime() === due, `${id}: the saved grade does not read back`);
	}
}

/** The home page: each deck's glance, and each accepted assignment's progress (a throw here blanks the page). */
export function home(store: ProgressStore, now = NOW): void {
	const builtIn = shippedFor(DECK_ID)!;
	const decks = [{ id: builtIn.id, cardCount: builtIn.cards.length }, ...store.localDecks()];
	for (const d of decks) {
		const { counts } = store.glance(d.id, d.cardCount, now);
		for (const [k, n] of Object.entries(counts)) check(Number.isInteger(n) && n >= 0, `${d.id}: ${k} count is ${n}`);
	}
	for (const r of listReceived(store)) {
		const deck = findDeck(store, r.deckId);
		if (!deck) continue;
		const p = assignmentProgress(withDeck(r, deck), store.load(deck.id), store.getSettings(deck.id), now);
		check(p.meanRecallOnDue >= 0 && p.meanRecallOnDue <= 1, `assignment ${r.id}: recall is ${p.meanRecallOnDue}`);
	}
}

/** The decks studied, then the home page. */
export function useStore(store: ProgressStore, deckIds: readonly string[]): void {
	for (const id of deckIds) {
		const deck = findDeck(store, id);
		if (deck) study(store, deck);
		else store.load(id);
	}
	home(store);
}

/** A deck kept in this browser (as the create screen does), read back, and studied. */
export function useDeck(store: ProgressStore, deck: Deck): void {
	store.saveDeck(deck);
	const back = store.getDeck(deck.id);
	check(back !== null, 'a saved deck does not read back');
	if (back) study(store, back);
	home(store);
}

/** The join screen's plan, accepting the assignment, then studying its deck and the home page. */
export function useAssignment(store: ProgressStore, a: Assignment, byReference: boolean): void {
	planFromStore(store, a, byReference ? null : store.getDeck(a.deck.id));
	acceptAssignment(store, a, byReference, NOW);
	check(findDeck(store, a.deck.id) !== null, `the accepted assignment's deck ${a.deck.id} cannot be found`);
	useStore(store, [a.deck.id]);
}

/** The class view: reports kept, read back, grouped, summarised, and both CSV exports. */
export function useReports(store: ProgressStore, added: readonly ClassEntry[]): void {
	const entries = addClassEntries(store, added);
	check(listClassEntries(store).length === entries.length, 'kept reports do not read back');
	for (const g of classGroups(entries, listSent(store), NOW)) {
		const reports = g.entries.map((e) => e.report);
		const summary = summarizeClass(reports, NOW, g.assignment ? { assignment: g.assignment } : {});
		for (const t of summary.trainees) {
			check(t.meanRecallOnDue >= 0 && t.meanRecallOnDue <= 1, `recall is ${t.meanRecallOnDue}`);
		}
		toCsv(summary);
		weakestCardsCsv(summary);
	}
}
