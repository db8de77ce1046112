import { buildQueue, countsOf, type QueueCounts } from '../scheduler/queue';
import type { ProgressStore } from '../storage';

/** Today's new / learning / due counts for a deck, as the home screen shows them. */
export function deckCounts(store: ProgressStore, deckId: string, cardIds: string[], now: number): QueueCounts {
	const progress = store.load(deckId);
	const settings = store.getSettings(deckId);
	return countsOf(buildQueue({ cardIds, states: progress.cards, log: progress.log, settings, now }));
}
