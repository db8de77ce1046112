/**
 * Opening a deck for study, in the study page's load (which may wait, where the screen may not): today's progress,
 * read once, with the scheduler loaded first when that read needs it.
 */
import type { Deck } from '../decks/schema';
import { loadScheduler, SchedulerNotLoadedError } from '../scheduler/lazy';
import { LedgerNotLoadedError, loadLedger, type DeckProgress, type ProgressStore } from '../storage';
import { readDay, type DeckDay } from './deck-day';
import { findSiblingsInSlices } from './siblings';

export interface OpenedDeck {
	/** When the deck was opened: the session starts from this moment. */
	start: number;
	progress: DeckProgress;
	/** Cards whose answer changed since last time: archived, and relearned from now. */
	relearn: string[];
	/** Each card's siblings (siblings.ts). */
	siblings: Map<string, Set<string>>;
	/** The deck's briefing, suspended cards and leeches, as read at the start. */
	day: DeckDay;
}

/**
 * `store.open` in its steps, with the deck's siblings, pausing (`await pause()`) between the steps so that opening a
 * large deck is a few short tasks rather than one long one. The scheduler loads after the first card, except where the queue or the read needs it
 * first: a briefing plans today's queue with it, and a damaged chunk's cards are rebuilt by replaying their reviews.
 * Answers are reconciled once, so the cards that changed are named even when the read had to wait.
 */
export async function openForStudy(
	store: ProgressStore,
	deck: Deck,
	start: number,
	pause: () => Promise<void>
): Promise<OpenedDeck> {
	const day = readDay(store, deck.id);
	if (day.briefing) await loadScheduler();
	store.nameDecks([deck]);
	const cards = deck.cards.map((c) => ({ id: c.id, answer: c.answer }));
	const { relearn } = await withParts(() => store.reconcile(deck.id, cards, start));
	await pause();
	const progress = await withParts(() => store.loadToday(deck.id, start));
	return { start, relearn, progress, day, siblings: await findSiblingsInSlices(deck.cards, pause) };
}

/**
 * Runs `run`, which may need code the study page loads after its first card: the scheduler (a damaged chunk's cards
 * are rebuilt by replaying their reviews) or the ledger (archiving the cards whose answer changed, writing rebuilt
 * states back). Both refuse before writing anything, so when either is missing both are loaded and `run` runs again.
 */
async function withParts<T>(run: () => T): Promise<T> {
	try {
		return run();
	} catch (e) {
		if (!(e instanceof SchedulerNotLoadedError) && !(e instanceof LedgerNotLoadedError)) throw e;
	}
	await Promise.all([loadScheduler(), loadLedger()]);
	return run();
}
