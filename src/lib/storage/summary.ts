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
import type { Card } from 'ts-fsrs';
import { State } from '../scheduler/card';
import { studyDayEnd, studyDayStart } from '../scheduler/day';
import type { QueueCounts } from '../scheduler/queue';
import type { SchedulerSettings } from '../scheduler/settings';
import { DAY_MS } from './codec';
import type { DeckSummaryValue } from './summary-value';

/**
 * How many days of due rows a summary keeps. A year of study spreads a deck's cards over a year of due days, and
 * keeping every day made each summary about 6,600 characters: the home page checked and parsed 130 thousand of them
 * before it could list twenty decks. Two weeks covers every day a learner opens the app between grades; a deck left
 * longer has its summary made again once, from its progress, on the first visit after.
 */
const SUMMARY_DAYS = 14;

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
 * instead of re-reading the deck, and the totals the summary stores follow by the one card's change.
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
	/** The stored totals, kept by each card's change; made whole again when the deck's card ids change. */
	totals?: Totals;
}

/**
 * What `summarize` writes besides the model's own fields, as sums over cards. Each card adds its share (its due day
 * and kind, whether it is outside the deck, whether today's reviews made it new today), so a grade takes the card's
 * old share away and adds its new one. `next` is a minimum, which cannot be taken apart: when the card that held it
 * moves, it is found again by a scan of the marks (`nextStale`).
 */
interface Totals {
	/** The deck's card ids these totals were counted against (undefined: not known). */
	ids: ReadonlySet<string> | undefined;
	nonNew: number;
	outside: number;
	/** Study-day start → [learning due, review due]; days with neither are removed. */
	buckets: Map<number, [number, number]>;
	newDone: number;
	reviewsDone: number;
	next: number | null;
	nextStale: boolean;
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

/** Whether the card is due in the deck's queue at all: studied, and (when the deck's ids are known) in the deck. */
const counted = (t: Totals, id: string) => !t.ids || t.ids.has(id);

/** Adds (`sign` 1) or takes away (−1) one card's share of the totals. */
function share(m: SummaryModel, t: Totals, id: string, sign: 1 | -1): void {
	const mark = m.marks.get(id);
	const n = m.today.get(id);
	// A card seen today whose every rep is from today was new today (queue.ts's `doneToday`).
	if (n !== undefined) {
		if ((mark?.reps ?? 0) <= n) t.newDone += sign;
		else t.reviewsDone += sign;
	}
	if (!mark || mark.kind === 'new') return;
	t.nonNew += sign;
	if (!counted(t, id)) {
		t.outside += sign;
		return;
	}
	const b = t.buckets.get(mark.day) ?? [0, 0];
	b[mark.kind === 'review' ? 1 : 0] += sign;
	if (b[0] === 0 && b[1] === 0) t.buckets.delete(mark.day);
	else t.buckets.set(mark.day, b);
	if (sign > 0) {
		if (!t.nextStale) t.next = t.next === null ? mark.due : Math.min(t.next, mark.due);
	} else if (mark.due === t.next) t.nextStale = true;
}

function totalsOf(m: SummaryModel, ids: ReadonlySet<string> | undefined): Totals {
	const t: Totals = {
		ids,
		nonNew: 0,
		outside: 0,
		buckets: new Map(),
		newDone: 0,
		reviewsDone: 0,
		next: null,
		nextStale: false
	};
	const seen = new Set<string>();
	for (const id of m.marks.keys()) {
		seen.add(id);
		share(m, t, id, 1);
	}
	// Cards reviewed today without a stored state (taken back to new) still count as done today.
	for (const id of m.today.keys()) if (!seen.has(id)) share(m, t, id, 1);
	return t;
}

/** Moves the model to the study day of `now`: a new day starts with nothing done. */
function rollDay(m: SummaryModel, now: number): void {
	const day = studyDayStart(now, m.dayStartsAt);
	if (day === m.day) return;
	m.day = day;
	m.today.clear();
	if (m.totals) {
		m.totals.newDone = 0;
		m.totals.reviewsDone = 0;
	}
}

/** Changes one card of the model, its totals following: its share is taken away, `change` runs, it is added back. */
function changeCard(m: SummaryModel, cardId: string, change: () => void): void {
	if (m.totals) share(m, m.totals, cardId, -1);
	change();
	if (m.totals) share(m, m.totals, cardId, 1);
}

/** The model after `cardId` was graded into `next` at `at` (the grade's time; `now` the clock's). */
export function gradeModel(m: SummaryModel, cardId: string, next: Card, at: number, now: number): void {
	rollDay(m, now);
	changeCard(m, cardId, () => {
		m.marks.set(cardId, markOf(next, m.dayStartsAt));
		if (at >= m.day && at <= now) m.today.set(cardId, (m.today.get(cardId) ?? 0) + 1);
	});
	m.latest = m.latest === null ? at : Math.max(m.latest, at);
	m.reviews++;
}

/**
 * The model after a grade at `at` was taken back and `cardId` put back to `previous` (null: new). The latest review
 * time and the log size are the log's after the undo (`log`), since a maximum cannot be taken apart.
 */
export function ungradeModel(
	m: SummaryModel,
	cardId: string,
	previous: Card | null,
	at: number,
	now: number,
	log: { latest: number | null; reviews: number }
): void {
	rollDay(m, now);
	changeCard(m, cardId, () => {
		if (previous) m.marks.set(cardId, markOf(previous, m.dayStartsAt));
		else m.marks.delete(cardId);
		const n = m.today.get(cardId);
		if (n !== undefined && at >= m.day && at <= now) {
			if (n > 1) m.today.set(cardId, n - 1);
			else m.today.delete(cardId);
		}
	});
	m.latest = log.latest;
	m.reviews = log.reviews;
}

/**
 * The stored summary of a model. Counts follow `buildQueue`: only the deck's cards (`deckIds`, when known) are
 * due; a card seen today whose every rep is from today was new today (queue.ts's `doneToday`). The totals are
 * counted once per set of deck ids and then kept by `gradeModel` / `ungradeModel`, so this costs the number of due
 * days, not the number of cards.
 */
export function summarize(
	m: SummaryModel,
	sig: string,
	deckIds: ReadonlySet<string> | undefined,
	previous: DeckSummaryValue | null
): DeckSummaryValue {
	if (!m.totals || m.totals.ids !== deckIds) m.totals = totalsOf(m, deckIds);
	const t = m.totals;
	if (t.nextStale) {
		// forEach, not for…of: iterating a Map's entries makes an array per card, and this runs after most grades (the
		// card graded was usually the one due first). Garbage made after every grade brings the next pause for
		// collection sooner, and on a phone one such pause lasts as long as drawing the next card.
		let next: number | null = null;
		m.marks.forEach((mark, id) => {
			if (mark.kind !== 'new' && counted(t, id)) next = next === null ? mark.due : Math.min(next, mark.due);
		});
		t.next = next;
		t.nextStale = false;
	}
	const until = m.day + SUMMARY_DAYS * DAY_MS;
	const meta =
		previous?.title === undefined
			? {}
			: { title: previous.title, description: previous.description, cardCount: previous.cardCount };
	return {
		v: 2,
		sig,
		...meta,
		dayStartsAt: m.dayStartsAt,
		nonNew: t.nonNew,
		outside: deckIds ? t.outside : Math.min(previous?.outside ?? 0, t.nonNew),
		due: dueRows(t.buckets, m.day, until),
		until,
		day: m.day,
		newDone: t.newDone,
		reviewsDone: t.reviewsDone,
		next: t.next,
		latest: m.latest,
		reviews: m.reviews
	};
}

/**
 * The stored due rows: the days before the summary's own day in one row (every count from then on includes them all,
 * and a learner back from a break has hundreds), then each day before `until`.
 */
function dueRows(buckets: Map<number, [number, number]>, day: number, until: number): [number, number, number][] {
	// One pass without an array per bucket: a year of study leaves hundreds of due days, and this runs after every grade.
	let first = Infinity;
	let learning = 0;
	let review = 0;
	const out: [number, number, number][] = [];
	buckets.forEach(([l, r], d) => {
		if (d >= until) return;
		if (d >= day) out.push([d, l, r]);
		else {
			first = Math.min(first, d);
			learning += l;
			review += r;
		}
	});
	out.sort((a, b) => a[0] - b[0]);
	if (first !== Infinity) out.unshift([first, learning, review]);
	return out;
}

/**
 * Whether the summary's due rows hold today's counts: from its own study day (the days before are one row, see
 * `dueRows`; a clock set back needs them apart) to the end of its last row (`until`). Otherwise it is made again from
 * the deck's progress.
 */
export function coversToday(s: DeckSummaryValue, now: number): boolean {
	return studyDayStart(now, s.dayStartsAt) >= s.day && studyDayEnd(now, s.dayStartsAt) <= s.until;
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
