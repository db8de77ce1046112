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
import type { QueueCounts } from '../scheduler/queue';
import type { SchedulerSettings } from '../scheduler/settings';
import { shortHash } from './codec';

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
	/** Number of the log's last segment, so checking `sig` needs no scan of every key. */
	tail?: number;
}

/** What the summary needs of one card state, with its study day worked out once (dates are slow to make). */
export interface CardMark {
	kind: 'new' | 'learning' | 'review';
	due: number;
	/** Start of the study day the card is due in. */
	day: number;
	reps: number;
}

export function markOf(card: Card, dayStartsAt: number): CardMark {
	const kind = card.state === State.New ? 'new' : card.state === State.Review ? 'review' : 'learning';
	const due = card.due.getTime();
	return { kind, due, day: kind === 'new' ? 0 : studyDayStart(due, dayStartsAt), reps: card.reps };
}

/**
 * A deck's summary inputs as kept in memory between writes, so a grade updates one card's mark and today's count
 * instead of re-reading the deck.
 */
export interface SummaryModel {
	dayStartsAt: number;
	marks: Map<string, CardMark>;
	/** Start of the study day `today` counts. */
	day: number;
	/** Reviews per card in that study day. */
	today: Map<string, number>;
	latest: number | null;
	reviews: number;
}

export function buildModel(
	states: ReadonlyMap<string, Card>,
	recent: readonly { cardId: string; at: number }[],
	extra: { dayStartsAt: number; now: number; latest: number | null; reviews: number }
): SummaryModel {
	const marks = new Map<string, CardMark>();
	for (const [id, card] of states) marks.set(id, markOf(card, extra.dayStartsAt));
	const day = studyDayStart(extra.now, extra.dayStartsAt);
	const today = new Map<string, number>();
	for (const e of recent) if (e.at >= day && e.at <= extra.now) today.set(e.cardId, (today.get(e.cardId) ?? 0) + 1);
	return { dayStartsAt: extra.dayStartsAt, marks, day, today, latest: extra.latest, reviews: extra.reviews };
}

/** The model after `cardId` was graded into `next` at `at` (the grade's time; `now` the clock's). */
export function gradeModel(m: SummaryModel, cardId: string, next: Card, at: number, now: number): void {
	m.marks.set(cardId, markOf(next, m.dayStartsAt));
	const day = studyDayStart(now, m.dayStartsAt);
	if (day !== m.day) {
		m.day = day;
		m.today.clear();
	}
	if (at >= day && at <= now) m.today.set(cardId, (m.today.get(cardId) ?? 0) + 1);
	m.latest = m.latest === null ? at : Math.max(m.latest, at);
	m.reviews++;
}

/**
 * The stored summary of a model. Counts follow `buildQueue`: only the deck's cards (`deckIds`, when known) are
 * due; a card seen today whose every rep is from today was new today (queue.ts's `doneToday`).
 */
export function summarize(
	m: SummaryModel,
	sig: string,
	deckIds: ReadonlySet<string> | undefined,
	previous: DeckSummaryValue | null
): DeckSummaryValue {
	const buckets = new Map<number, [number, number]>();
	let nonNew = 0;
	let outside = 0;
	let next: number | null = null;
	for (const [id, mark] of m.marks) {
		if (mark.kind === 'new') continue;
		nonNew++;
		// The queue counts only the deck's cards: progress kept for a card removed from the deck is not due.
		if (deckIds && !deckIds.has(id)) {
			outside++;
			continue;
		}
		next = next === null ? mark.due : Math.min(next, mark.due);
		const b = buckets.get(mark.day) ?? [0, 0];
		b[mark.kind === 'review' ? 1 : 0]++;
		buckets.set(mark.day, b);
	}
	let newDone = 0;
	let reviewsDone = 0;
	for (const [id, n] of m.today) {
		if ((m.marks.get(id)?.reps ?? 0) <= n) newDone++;
		else reviewsDone++;
	}
	const meta =
		previous?.title === undefined
			? {}
			: { title: previous.title, description: previous.description, cardCount: previous.cardCount };
	return {
		v: 1,
		sig,
		...meta,
		dayStartsAt: m.dayStartsAt,
		nonNew,
		outside: deckIds ? outside : Math.min(previous?.outside ?? 0, nonNew),
		due: [...buckets].sort((a, b) => a[0] - b[0]).map(([d, [l, r]]) => [d, l, r]),
		day: m.day,
		newDone,
		reviewsDone,
		next,
		latest: m.latest,
		reviews: m.reviews
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

/**
 * The stored text of a summary: its JSON led by `c`, a short checksum of the rest. A summary is trusted while its
 * `sig` matches the deck's values, so damage to the summary itself (a count, a title) must be caught by its own check.
 */
export function encodeSummary(s: DeckSummaryValue): string {
	const { c: _, ...rest } = s as DeckSummaryValue & { c?: unknown };
	const body = JSON.stringify(rest);
	return `{"c":${JSON.stringify(shortHash(body))},${body.slice(1)}`;
}

const isCount = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0;
const isTime = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const isDueRow = (r: unknown) => Array.isArray(r) && r.length === 3 && isTime(r[0]) && isCount(r[1]) && isCount(r[2]);

/** Whether every field holds what `summarize` writes: counts are whole and not negative, times are finite. */
function wellFormed(s: Record<string, unknown>): boolean {
	return (
		s.v === 1 &&
		typeof s.sig === 'string' &&
		Number.isInteger(s.dayStartsAt) &&
		(s.dayStartsAt as number) >= 0 &&
		(s.dayStartsAt as number) < 24 &&
		[s.nonNew, s.outside, s.newDone, s.reviewsDone, s.reviews].every(isCount) &&
		(s.outside as number) <= (s.nonNew as number) &&
		isTime(s.day) &&
		Array.isArray(s.due) &&
		s.due.every(isDueRow) &&
		[s.next, s.latest].every((t) => t === null || isTime(t)) &&
		(s.tail === undefined || isCount(s.tail)) &&
		[s.title, s.description].every((t) => t === undefined || typeof t === 'string') &&
		(s.cardCount === undefined || isCount(s.cardCount))
	);
}

/** A stored summary, or null when it is missing, damaged, or not one this code wrote (then it is made again). */
export function decodeSummary(raw: string | null): DeckSummaryValue | null {
	if (raw === null) return null;
	try {
		const parsed = JSON.parse(raw) as unknown;
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
		const { c, ...rest } = parsed as Record<string, unknown>;
		if (typeof c !== 'string' || shortHash(JSON.stringify(rest)) !== c) return null;
		return wellFormed(rest) ? (rest as unknown as DeckSummaryValue) : null;
	} catch {
		return null;
	}
}
