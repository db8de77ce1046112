/**
 * Briefing day: a deck studied for a fixed moment rather than for "someday". Until that moment the queue makes sure
 * every card's predicted recall at the briefing reaches a target; afterwards it is plain FSRS again. Nothing here
 * changes how a grade updates a card — only which cards are shown on which day — so clearing the briefing leaves
 * exactly the states plain ts-fsrs gives for the same reviews.
 */
import { dateDiffInDays, State, type Card, type FSRS } from 'ts-fsrs';
import { studyDayEnd, studyDayStart } from './day';
import { createEmptyCard, gradeCard, Rating, reviewTime } from './fsrs';
import { buildQueue, doneToday, type QueueInput, type StudyQueue } from './queue';
import { curveOf, recall } from './recall';

export interface Briefing {
	/** The moment of the briefing, epoch ms. */
	at: number;
	/** Predicted recall every card should have at that moment (0.7–0.99). */
	target: number;
}

export const DEFAULT_TARGET = 0.9;

export interface BriefingPlan {
	queue: StudyQueue;
	/** Review cards shown today although FSRS would show them later, because they would fall below the target. */
	broughtForward: string[];
	/** Today's new-card limit when it had to rise so every card is learned in time; null when unchanged. */
	newPerDay: number | null;
	/** Cards that need a review before the briefing but fit in no day's review limit. */
	short: number;
	/** Study days left, today and the morning of the briefing included. */
	daysLeft: number;
}

/**
 * Start times of the study days from today up to the one the briefing falls in. The briefing's own day counts when
 * it starts before the briefing: a 14:00 briefing leaves the morning for a last pass.
 */
export function studyDays(now: number, briefingAt: number, dayStartsAt: number): number[] {
	const days: number[] = [];
	for (let start = studyDayStart(now, dayStartsAt); start < briefingAt && days.length < 3660;) {
		days.push(start);
		start = studyDayEnd(start, dayStartsAt);
	}
	return days;
}

/**
 * Today's queue under a briefing. With no briefing, or once it has passed, this is exactly `buildQueue`.
 *
 * - New cards: every card must be learned before the briefing, so today introduces at least an even share of those
 *   not yet started (the daily new limit rises if it must, and `newPerDay` says so).
 * - Reviews: a card whose recall at the briefing would be below target, and which FSRS would not show on any study
 *   day before it, is brought forward. The weakest (lowest stability) are placed on the last days, where a review
 *   helps the briefing most; the strongest are reviewed first, since one early review lifts them above the target
 *   for good. Each day takes an even share within its review limit; what does not fit later is shown today.
 */
export function briefingQueue(input: QueueInput & { f: FSRS; briefing: Briefing | null }): BriefingPlan {
	const { briefing, states, settings, now } = input;
	const plain = (): BriefingPlan => ({
		queue: buildQueue(input),
		broughtForward: [],
		newPerDay: null,
		short: 0,
		daysLeft: 0
	});
	if (!briefing || briefing.at <= now) return plain();
	const days = studyDays(now, briefing.at, settings.dayStartsAt);
	if (days.length === 0) return plain();

	const { newDone, reviewsDone } = doneToday(input);
	const notStarted = input.cardIds.filter((id) => (states.get(id)?.state ?? State.New) === State.New).length;
	const evenNew = Math.ceil((notStarted + newDone) / days.length);
	const newPerDay = Math.max(settings.newPerDay, evenNew);
	const queue = buildQueue({ ...input, settings: { ...settings, newPerDay } });

	const w = curveOf(input.f);
	const lastEnd = studyDayEnd(days.at(-1)!, settings.dayStartsAt);
	const natural = new Array<number>(days.length).fill(0);
	const needy: { id: string; stability: number; r: number }[] = [];
	for (const id of input.cardIds) {
		const card = states.get(id);
		if (!card || card.state === State.New) continue;
		const due = card.due.getTime();
		if (due < queue.dayEnd) continue; // shown today already (or held back by today's limit)
		if (due < lastEnd) {
			const k = dayIndex(days, due);
			natural[k] = (natural[k] ?? 0) + 1;
			continue; // FSRS shows it on a later study day; the plan is made again then
		}
		const r = recall(w, card, briefing.at);
		if (r < briefing.target) needy.push({ id, stability: card.stability, r });
	}

	needy.sort((a, b) => a.stability - b.stability || a.id.localeCompare(b.id));
	const share = Math.ceil(needy.length / days.length);
	let from = 0;
	for (let k = days.length - 1; k >= 1 && from < needy.length; k--) {
		from += Math.min(share, Math.max(0, settings.reviewsPerDay - natural[k]!), needy.length - from);
	}
	const room = Math.max(0, settings.reviewsPerDay - reviewsDone - queue.review.length);
	const today = needy.slice(from, from + room).sort((a, b) => a.r - b.r);
	const broughtForward = today.map((c) => c.id);
	return {
		queue: { ...queue, review: [...queue.review, ...broughtForward] },
		broughtForward,
		newPerDay: newPerDay > settings.newPerDay ? newPerDay : null,
		short: needy.length - from - today.length,
		daysLeft: days.length
	};
}

/** Index of the study day (by start time) that `at` falls in. */
function dayIndex(days: readonly number[], at: number): number {
	let k = days.length - 1;
	while (k > 0 && days[k]! > at) k--;
	return k;
}

export interface BriefingForecast {
	/** Mean predicted recall at the briefing over every card (cards never studied count as 0). */
	current: number;
	/** The same if today's queue is studied and each card answered Good. */
	afterToday: number;
	/** Cards in today's queue. */
	todayCount: number;
	/** Cards still below target at the briefing after today's queue. */
	below: number;
	total: number;
}

/**
 * Predicted recall at `at` of `card` once answered Good at every step it meets today. A card already in review needs
 * only its new stability, which ts-fsrs's `next_state` gives at a fraction of the cost of a full `next` (the
 * forecast prices a whole day's queue); cards in or before their learning steps go through `next` step by step.
 */
export function recallIfStudied(f: FSRS, decay: number, card: Card, now: number, dayEnd: number, at: number): number {
	if (card.state === State.Review && card.last_review) {
		// Elapsed days as ts-fsrs counts them for a review: UTC calendar days, not 24-hour periods.
		// (None when the last review is dated later, by a clock that was wrong: ts-fsrs refuses a negative time.)
		const elapsed = Math.max(0, dateDiffInDays(card.last_review, reviewTime(now)));
		const memory = f.next_state({ difficulty: card.difficulty, stability: card.stability }, elapsed, Rating.Good);
		return recall(decay, { ...card, stability: memory.stability, last_review: reviewTime(now) }, at);
	}
	let c = card;
	let t = now;
	for (let i = 0; i < 6; i++) {
		c = gradeCard(f, c, t, Rating.Good);
		if (c.state === State.Review || c.due.getTime() >= dayEnd) break;
		t = Math.max(t, c.due.getTime());
	}
	return recall(decay, c, at);
}

/**
 * "Predicted recall at the briefing: 84% → 93% if you study today's 18 cards." Linear in the deck for the current
 * figure; only today's queue (bounded by the daily limits) is run through the scheduler.
 */
export function forecastBriefing(
	f: FSRS,
	cardIds: readonly string[],
	states: ReadonlyMap<string, Card>,
	queue: StudyQueue,
	briefing: Briefing,
	now: number
): BriefingForecast {
	const w = curveOf(f);
	const today = new Set([...queue.learning, ...queue.review, ...queue.fresh]);
	let current = 0;
	let after = 0;
	let below = 0;
	for (const id of cardIds) {
		const card = states.get(id);
		const r = card ? recall(w, card, briefing.at) : 0;
		current += r;
		const next = today.has(id)
			? recallIfStudied(f, w, card ?? createEmptyCard(reviewTime(now)), now, queue.dayEnd, briefing.at)
			: r;
		after += next;
		if (next < briefing.target) below++;
	}
	const n = Math.max(1, cardIds.length);
	return { current: current / n, afterToday: after / n, todayCount: today.size, below, total: cardIds.length };
}
