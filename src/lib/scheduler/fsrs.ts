/**
 * The one place the app talks to ts-fsrs. Everything takes `now` as an argument so tests fix the clock.
 */
import { fsrs, type Card, type FSRS, type Grade } from 'ts-fsrs';
import { Rating, reviewTime } from './card';
import { provideScheduler } from './lazy';
import type { SchedulerSettings } from './settings';

export type { Card, Grade } from 'ts-fsrs';
export { createEmptyCard, formatInterval, GRADE_LABELS, GRADES, Rating, reviewTime, State } from './card';

/** Builds a ts-fsrs scheduler from a deck's settings. */
export function makeScheduler(s: SchedulerSettings): FSRS {
	return fsrs({
		request_retention: s.desiredRetention,
		maximum_interval: s.maximumInterval,
		enable_fuzz: s.enableFuzz,
		enable_short_term: true,
		learning_steps: s.learningSteps,
		relearning_steps: s.relearningSteps
	});
}

/**
 * When a card is reviewed: `now`, unless its last review is dated later (a device clock that was wrong, kept as the
 * learner's record). ts-fsrs refuses a review before the last one, so it is scheduled as if made at that moment.
 */
function reviewAt(card: Card, now: number): Date {
	const last = card.last_review?.getTime();
	return reviewTime(last !== undefined && last > now ? last : now);
}

/** The state each grade would give, for the labels on the answer buttons. */
export function previewGrades(f: FSRS, card: Card, now: number): Record<Grade, Card> {
	const at = reviewAt(card, now);
	const preview = f.repeat(card, at);
	return {
		[Rating.Again]: preview[Rating.Again].card,
		[Rating.Hard]: preview[Rating.Hard].card,
		[Rating.Good]: preview[Rating.Good].card,
		[Rating.Easy]: preview[Rating.Easy].card
	};
}

/** The state after grading `card` at `now`. */
export function gradeCard(f: FSRS, card: Card, now: number, grade: Grade): Card {
	return f.next(card, reviewAt(card, now), grade).card;
}

/** Predicted probability of recall at `at` (0 for a card never studied). */
export function recallAt(f: FSRS, card: Card, at: number): number {
	if (card.state === 0) return 0;
	const last = card.last_review?.getTime() ?? at;
	return f.get_retrievability(card, new Date(Math.max(at, last)), false);
}

// Storage reads that meet a damaged chunk rebuild its cards by replaying the log, which needs the scheduler: any page
// that imports this module can do that at once; the study page loads it when it must (lazy.ts).
provideScheduler({ makeScheduler, gradeCard, previewGrades });
