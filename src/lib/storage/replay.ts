/**
 * Card states rebuilt from the review log. The log is the record of what happened; a state is what FSRS makes of
 * it. So when a state is lost (a corrupted chunk) or two histories meet (an import, a migration onto existing data),
 * replaying the reviews through the deck's scheduler gives the state those reviews mean.
 *
 * ts-fsrs is deterministic for a given history and parameters (its fuzz is seeded from the review time, reps and
 * D·S), so replaying a card's whole log with the settings it was studied under gives back its state exactly; with
 * settings changed since, it gives the state those reviews mean under the settings of today.
 */
import type { Card, Grade } from 'ts-fsrs';
import { createEmptyCard } from '../scheduler/card';
import { needScheduler } from '../scheduler/lazy';
import type { SchedulerSettings } from '../scheduler/settings';

export interface LoggedGrade {
	cardId: string;
	at: number;
	rating: Grade;
}

/** Each card's reviews, in time order (the input must be in time order, as logs are). */
export function reviewsByCard<T extends LoggedGrade>(log: readonly T[]): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const e of log) {
		const list = out.get(e.cardId);
		if (list) list.push(e);
		else out.set(e.cardId, [e]);
	}
	return out;
}

/**
 * The state `reviews` (of one card) lead to from a new card, replayed in time order; null when there are none, or
 * when ts-fsrs refuses the history (a review time it cannot use): then there is no state those reviews can mean.
 */
export function replayCard(reviews: readonly LoggedGrade[], settings: SchedulerSettings): Card | null {
	// Logs are kept in time order, but a v1 log or an import may not be: sorting (stably) changes nothing otherwise.
	const ordered = [...reviews].sort((a, b) => a.at - b.at);
	const first = ordered[0];
	if (!first) return null;
	// Reached while reading storage: the study page, which loads the scheduler late, loads it and reads again.
	const { gradeCard, makeScheduler } = needScheduler('Rebuilding cards from their reviews');
	const f = makeScheduler(settings);
	try {
		let card = createEmptyCard(new Date(first.at));
		for (const e of ordered) card = gradeCard(f, card, e.at, e.rating);
		return card;
	} catch {
		return null;
	}
}
