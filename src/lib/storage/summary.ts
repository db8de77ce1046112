/**
 * A deck's summary: what the home screen shows of a deck, kept as one small JSON value that every write refreshes,
 * so the deck list never decodes a deck's cards or log (nor decompresses a local deck) just to show its counts.
 *
 * The counts must be the study queue's counts (scheduler/queue.ts), so the summary keeps exactly what `buildQueue`
 * counts: cards due per study day (learning and review apart), today's new and review cards already done, and how
 * many studied cards the deck has. Study days depend on the deck's day-start hour, which the summary records; a
 * summary made under another hour is stale. `sig` names the stored values it was computed from (their checksums),
 * so a summary that no longer matches them — another writer, a value set aside — is recomputed, never trusted.
 */
import { State, type Card } from 'ts-fsrs';
import { studyDayEnd, studyDayStart } from '../scheduler/day';
import { doneToday, type QueueCounts } from '../scheduler/queue';
import type { SchedulerSettings } from '../scheduler/settings';

export interface DeckSummaryValue {
	v: 1;
	/** Checksums of the index, chunks and tail segment this summary was computed from. */
	sig: string;
	/** Title, description and card count of the local deck, when the deck is kept in this browser. */
	title?: string;
	description?: string;
	cardCount?: number;
	dayStartsAt: number;
	/** Cards with a state other than New, and how many of those are not in the deck (known from the deck's cards). */
	nonNew: number;
	outside: number;
	/** [study-day start, learning cards due, review cards due], one row per day that has any, earliest first. */
	due: [number, number, number][];
	/** Start of the study day `newDone`/`reviewsDone` count. */
	day: number;
	newDone: number;
	reviewsDone: number;
	/** When the next card comes due (ms), or null if none is studied. */
	next: number | null;
	/** Time of the latest review in the log: a review after "now" means a wrong clock somewhere. */
	latest: number | null;
	/** Reviews in the log. */
	reviews: number;
}

export interface SummaryInput {
	sig: string;
	states: ReadonlyMap<string, Card>;
	/** Reviews of the study day containing `now` (or more; older ones are ignored), in time order. */
	recent: readonly { cardId: string; at: number }[];
	latest: number | null;
	reviews: number;
	dayStartsAt: number;
	now: number;
	/** The deck's card ids when known, to count studied cards that are no longer in it. */
	deckIds?: ReadonlySet<string>;
	previous?: DeckSummaryValue | null;
}

export function computeSummary(input: SummaryInput): DeckSummaryValue {
	const { states, dayStartsAt, now } = input;
	const buckets = new Map<number, [number, number]>();
	let nonNew = 0;
	let outside = 0;
	let next: number | null = null;
	for (const [id, card] of states) {
		if (card.state === State.New) continue;
		nonNew++;
		// The queue counts only the deck's cards: progress kept for a card removed from the deck is not due.
		if (input.deckIds && !input.deckIds.has(id)) {
			outside++;
			continue;
		}
		const due = card.due.getTime();
		next = next === null ? due : Math.min(next, due);
		const day = studyDayStart(due, dayStartsAt);
		const b = buckets.get(day) ?? [0, 0];
		b[card.state === State.Review ? 1 : 0]++;
		buckets.set(day, b);
	}
	const day = studyDayStart(now, dayStartsAt);
	const today = input.recent.filter((e) => e.at >= day);
	const done = doneToday({ states, log: today, settings: { dayStartsAt, newPerDay: 0, reviewsPerDay: 0 }, now });
	const prev = input.previous;
	return {
		v: 1,
		sig: input.sig,
		...(prev?.title === undefined
			? {}
			: { title: prev.title, description: prev.description, cardCount: prev.cardCount }),
		dayStartsAt,
		nonNew,
		outside: input.deckIds ? outside : Math.min(prev?.outside ?? 0, nonNew),
		due: [...buckets].sort((a, b) => a[0] - b[0]).map(([d, [l, r]]) => [d, l, r]),
		day,
		newDone: done.newDone,
		reviewsDone: done.reviewsDone,
		next,
		latest: input.latest,
		reviews: input.reviews
	};
}

/**
 * Today's new / learning / due counts from a summary, equal to `countsOf(buildQueue(...))` over the deck's cards.
 * `cardCount` is the number of cards in the deck as the screen knows it.
 */
export function countsFromSummary(
	s: DeckSummaryValue,
	cardCount: number,
	settings: Pick<SchedulerSettings, 'newPerDay' | 'reviewsPerDay' | 'dayStartsAt'>,
	now: number
): QueueCounts {
	const end = studyDayEnd(now, settings.dayStartsAt);
	const today = studyDayStart(now, settings.dayStartsAt);
	let learning = 0;
	let review = 0;
	for (const [day, l, r] of s.due) {
		if (day >= end) break;
		learning += l;
		review += r;
	}
	const sameDay = s.day === today;
	const newDone = sameDay ? s.newDone : 0;
	const reviewsDone = sameDay ? s.reviewsDone : 0;
	const unseen = Math.max(0, cardCount - (s.nonNew - s.outside));
	return {
		new: Math.min(unseen, Math.max(0, settings.newPerDay - newDone)),
		learning,
		due: Math.min(review, Math.max(0, settings.reviewsPerDay - reviewsDone))
	};
}

/** A stored summary, or null when it is missing or not one this code wrote. */
export function decodeSummary(raw: string | null): DeckSummaryValue | null {
	if (raw === null) return null;
	try {
		const s = JSON.parse(raw) as DeckSummaryValue;
		return s && s.v === 1 && typeof s.sig === 'string' && Array.isArray(s.due) ? s : null;
	} catch {
		return null;
	}
}
