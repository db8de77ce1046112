/**
 * What the study screen needs of ts-fsrs before any card is graded: its constants, a new card and review times.
 * Written out here, without ts-fsrs itself, so the study page can show its first card from stored due dates while the
 * scheduler (about 7 KB gzip) is still loading; grading and the interval labels load it (lazy.ts). The values are
 * ts-fsrs 5's own, and a test holds them to it (tests/unit/scheduler/card.spec.ts).
 */
import type { Card, Grade, Rating as RatingEnum, State as StateEnum } from 'ts-fsrs';

/** ts-fsrs's `State`, as the enum's own member types. */
export const State = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as {
	readonly New: StateEnum.New;
	readonly Learning: StateEnum.Learning;
	readonly Review: StateEnum.Review;
	readonly Relearning: StateEnum.Relearning;
};

/** The type of a card's state, as in ts-fsrs. */
export type State = StateEnum;

/** ts-fsrs's `Rating`, as the enum's own member types. */
export const Rating = { Manual: 0, Again: 1, Hard: 2, Good: 3, Easy: 4 } as {
	readonly Manual: RatingEnum.Manual;
	readonly Again: RatingEnum.Again;
	readonly Hard: RatingEnum.Hard;
	readonly Good: RatingEnum.Good;
	readonly Easy: RatingEnum.Easy;
};

/** The type of a rating, as in ts-fsrs. */
export type Rating = RatingEnum;

export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];
export const GRADE_LABELS: Record<Grade, string> = {
	[Rating.Again]: 'Again',
	[Rating.Hard]: 'Hard',
	[Rating.Good]: 'Good',
	[Rating.Easy]: 'Easy'
};

/** ts-fsrs's least stability of a reviewed card (`S_MIN`). */
export const S_MIN = 0.001;

/** A card never studied, due at `now`: field for field what ts-fsrs's `createEmptyCard(now)` gives. */
export function createEmptyCard(now: Date): Card {
	return {
		due: now,
		stability: 0,
		difficulty: 0,
		elapsed_days: 0,
		scheduled_days: 0,
		reps: 0,
		lapses: 0,
		learning_steps: 0,
		state: State.New,
		last_review: undefined
	};
}

/**
 * Review times are kept to the whole second: storage keeps seconds, and a state that went through storage must
 * schedule exactly as the one in memory, so the scheduler never sees milliseconds.
 */
export function reviewTime(now: number): Date {
	return new Date(Math.floor(now / 1000) * 1000);
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
