/**
 * What the screens do later with a value a decoder accepted, so the fuzzer can prove that an accepted value works:
 * the study screen (queue, "Show answer" previews, a grade saved and read back), the home page (counts and
 * assignment progress) and the class view. Each throws when a screen would fail; a NaN that a screen would print
 * counts as a failure too.
 */
import { createEmptyCard, Rating, type Card } from 'ts-fsrs';
import { deckCounts } from '../../src/lib/app/counts';
import { assignmentProgress, withDeck } from '../../src/lib/assignments/progress';
import { acceptAssignment, planFromStore } from '../../src/lib/assignments/join';
import { listReceived } from '../../src/lib/assignments/records';
import type { Deck } from '../../src/lib/decks/schema';
import { formatInterval, gradeCard, makeScheduler, previewGrades, recallAt } from '../../src/lib/scheduler/fsrs';
import { buildQueue, nextCard } from '../../src/lib/scheduler/queue';
import type { Assignment } from '../../src/lib/share/assignment';
import { summarizeClass } from '../../src/lib/share/class';
import { toCsv, weakestCardsCsv } from '../../src/lib/share/csv';
import type { Report } from '../../src/lib/share/report';
import type { ProgressStore } from '../../src/lib/storage/store';
import { NOW } from './seeds';

/** Cards graded per deck: enough to meet every damaged state a seed holds, few enough to keep a run fast. */
const GRADED = 8;

function check(ok: boolean, what: string): void {
	if (!ok) throw new Error(what);
}

/** The study screen on `deckId`: today's queue, the grade previews, a Good grade saved, read back exactly. */
export function study(store: ProgressStore, deckId: string, cardIds: readonly string[] = [], now = NOW): void {
	const progress = store.load(deckId);
	const settings = store.getSettings(deckId);
	const f = makeScheduler({ ...settings, enableFuzz: false });
	const ids = [...new Set([...cardIds, ...progress.cards.keys()])];
	const queue = buildQueue({ cardIds: ids, states: progress.cards, log: progress.log, settings, now });
	nextCard(queue, progress.cards, now);
	const graded = new Map<string, number>();
	// Cards with a stored state first: those are what a damaged value changes.
	for (const id of [...new Set([...progress.cards.keys(), ...ids])].slice(0, GRADED)) {
		const card: Card = progress.cards.get(id) ?? createEmptyCard<Card>(new Date(now));
		for (const next of Object.values(previewGrades(f, card, now))) {
			check(Number.isFinite(next.due.getTime()), `${id}: a grade preview has no due date`);
			formatInterval(next.due.getTime() - now);
		}
		const recall = recallAt(f, card, now);
		check(recall >= 0 && recall <= 1, `${id}: predicted recall is ${recall}`);
		const next = gradeCard(f, card, now, Rating.Good);
		check(Number.isFinite(next.stability) && next.stability > 0, `${id}: stability after a grade is ${next.stability}`);
		store.record(deckId, id, next, { cardId: id, at: now, rating: Rating.Good, durationMs: 4000 });
		graded.set(id, next.due.getTime());
	}
	const back = store.load(deckId).cards;
	for (const [id, due] of graded) {
		check(back.get(id)?.due.getTime() === due, `${id}: the saved grade does not read back`);
	}
}

/** The home page: each deck's counts, and each accepted assignment's progress (a throw here blanks the page). */
export function home(store: ProgressStore, now = NOW): void {
	for (const deck of store.listDecks())
		deckCounts(
			store,
			deck.id,
			deck.cards.map((c) => c.id),
			now
		);
	for (const r of listReceived(store)) {
		const deck = store.getDeck(r.deckId);
		if (!deck) continue;
		const p = assignmentProgress(withDeck(r, deck), store.load(deck.id), store.getSettings(deck.id), now);
		check(p.meanRecallOnDue >= 0 && p.meanRecallOnDue <= 1, `assignment ${r.id}: recall is ${p.meanRecallOnDue}`);
	}
}

/** The decks studied, then the home page. */
export function useStore(store: ProgressStore, deckIds: readonly string[]): void {
	for (const id of deckIds) study(store, id, store.getDeck(id)?.cards.map((c) => c.id) ?? []);
	home(store);
}

/** A deck kept in this browser (as the create screen does), read back, and its first cards studied. */
export function useDeck(store: ProgressStore, deck: Deck): void {
	store.saveDeck(deck);
	const back = store.getDeck(deck.id);
	check(back !== null, 'a saved deck does not read back');
	study(
		store,
		deck.id,
		back?.cards.map((c) => c.id)
	);
}

/** Opening an assignment (the join screen's plan), accepting it, then studying and the home page. */
export function useAssignment(store: ProgressStore, a: Assignment): void {
	planFromStore(store, a, store.getDeck(a.deck.id));
	acceptAssignment(store, a, NOW);
	store.reconcile(a.deck.id, a.deck.cards, NOW);
	useStore(store, [a.deck.id]);
}

/** The class view: the summary tables and both CSV exports. */
export function useReport(report: Report): void {
	const summary = summarizeClass([report], NOW);
	for (const t of summary.trainees) {
		check(t.meanRecallOnDue >= 0 && t.meanRecallOnDue <= 1, `recall is ${t.meanRecallOnDue}`);
	}
	toCsv(summary);
	weakestCardsCsv(summary);
}
