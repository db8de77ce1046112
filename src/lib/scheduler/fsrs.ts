/**
 * The one place the app talks to ts-fsrs. Everything takes `now` as an argument so tests fix the clock.
 */
import { fsrs, Rating, type Card, type FSRS, type Grade } from 'ts-fsrs';
import type { SchedulerSettings } from './settings';

export { createEmptyCard, Rating, State, type Card, type Grade } from 'ts-fsrs';

export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];
export const GRADE_LABELS: Record<Grade, string> = {
	[Rating.Again]: 'Again',
	[Rating.Hard]: 'Hard',
	[Rating.Good]: 'Good',
	[Rating.Easy]: 'Easy'
};

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
 * Review times are kept to the whole second: storage keeps seconds, and a state that went through storage must
 * schedule exactly as the one in memory, so the scheduler never sees milliseconds.
 */
export function reviewTime(now: number): Date {
	return new Date(Math.floor(now / 1000) * 1000);
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

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Short interval labels as Anki shows them: "<1m", "10m", "3h", "4d", "2.5mo", "1.2y". Months are 30 days and years
 * 365, which is what a learner means by them.
 */
export function formatInterval(ms: number): string {
	if (ms < MINUTE) return '<1m';
	if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
	if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
	const days = ms / DAY;
	if (days < 30) return `${Math.round(days)}d`;
	if (days < 365) return `${trim(days / 30)}mo`;
	return `${trim(days / 365)}y`;
}

function trim(x: number): string {
	return x < 10 ? (Math.round(x * 10) / 10).toString() : Math.round(x).toString();
}
