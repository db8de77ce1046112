/**
 * The Progress page's figures, from a deck's states and logs: reviews per day, cards due per day, true retention and
 * mastery by kind, and the card table's rows. Pure: `now` is an argument and days are study days (they roll over
 * at the deck's hour, as the queue's do).
 */
import type { FSRS } from 'ts-fsrs';
import type { CardKind, DeckCard } from '../decks/schema';
import type { Briefing } from '../scheduler/briefing';
import { studyDayEnd, studyDayStart } from '../scheduler/day';
import { State, type Card } from '../scheduler/fsrs';
import { curveOf, recall } from '../scheduler/recall';

export interface DayCount {
	/** Start of the study day, epoch ms. */
	start: number;
	count: number;
}

interface Logged {
	cardId: string;
	at: number;
	rating: number;
}

/** Study-day starts from `days` − 1 days before today's up to today's. */
function daysBack(now: number, days: number, dayStartsAt: number): number[] {
	const out = [studyDayStart(now, dayStartsAt)];
	while (out.length < days) out.unshift(studyDayStart(out[0]! - 1, dayStartsAt));
	return out;
}

/** Reviews on each of the last `days` study days (today last); cram answers count as reviews here. */
export function reviewsPerDay(log: readonly Logged[], now: number, days: number, dayStartsAt: number): DayCount[] {
	const starts = daysBack(now, days, dayStartsAt);
	const counts = new Map(starts.map((s) => [s, 0]));
	for (const e of log) {
		if (e.at < starts[0]! || e.at > now) continue;
		const s = studyDayStart(e.at, dayStartsAt);
		counts.set(s, (counts.get(s) ?? 0) + 1);
	}
	return starts.map((start) => ({ start, count: counts.get(start) ?? 0 }));
}

/** Studied cards falling due on each of the next `days` study days; overdue cards count on today. */
export function duePerDay(states: Iterable<Card>, now: number, days: number, dayStartsAt: number): DayCount[] {
	const starts = [studyDayStart(now, dayStartsAt)];
	while (starts.length < days) starts.push(studyDayEnd(starts.at(-1)!, dayStartsAt));
	const end = studyDayEnd(starts.at(-1)!, dayStartsAt);
	const counts = new Array<number>(days).fill(0);
	for (const card of states) {
		if (card.state === State.New) continue;
		const due = card.due.getTime();
		if (due >= end) continue;
		let k = 0;
		while (k + 1 < starts.length && starts[k + 1]! <= due) k++;
		counts[k] = (counts[k] ?? 0) + 1;
	}
	return starts.map((start, k) => ({ start, count: counts[k]! }));
}

/** Gaps shorter than this are learning steps, not reviews of something remembered over time. */
const STEP_GAP_MS = 12 * 60 * 60_000;

export interface KindFigures {
	kind: CardKind;
	cards: number;
	/** Reviews after a gap of half a day or more, and how many of them were not Again ("true retention"). */
	reviews: number;
	passed: number;
	/** Cards in review whose predicted recall now is at least 90%. */
	mastered: number;
}

/**
 * True retention and mastery per card kind. As in Anki's "true retention", only reviews count, not learning steps:
 * an answer within 12 hours of the card's previous one is a step.
 */
export function byKind(
	cards: readonly Pick<DeckCard, 'id' | 'kind'>[],
	states: ReadonlyMap<string, Card>,
	log: readonly Logged[],
	f: FSRS,
	now: number
): KindFigures[] {
	const kindOf = new Map(cards.map((c) => [c.id, c.kind]));
	const out = new Map<CardKind, KindFigures>();
	const row = (kind: CardKind) => {
		let r = out.get(kind);
		if (!r) out.set(kind, (r = { kind, cards: 0, reviews: 0, passed: 0, mastered: 0 }));
		return r;
	};
	const decay = curveOf(f);
	for (const c of cards) {
		const r = row(c.kind);
		r.cards++;
		const s = states.get(c.id);
		if (s?.state === State.Review && recall(decay, s, now) >= 0.9) r.mastered++;
	}
	const last = new Map<string, number>();
	for (const e of log) {
		const kind = kindOf.get(e.cardId);
		const before = last.get(e.cardId);
		last.set(e.cardId, e.at);
		if (!kind || before === undefined || e.at - before < STEP_GAP_MS) continue;
		const r = row(kind);
		r.reviews++;
		if (e.rating !== 1) r.passed++;
	}
	return [...out.values()];
}

export interface CardRow {
	id: string;
	kind: CardKind;
	prompt: string;
	difficulty: number | null;
	stability: number | null;
	recallNow: number | null;
	recallAtBriefing: number | null;
	lapses: number;
	suspended: boolean;
	leech: boolean;
}

/** One row per card for the card table; nulls where a card never studied has no figure. */
export function cardRows(
	cards: readonly DeckCard[],
	states: ReadonlyMap<string, Card>,
	f: FSRS,
	briefing: Briefing | null,
	flags: { suspended: readonly string[]; leeches: readonly string[] },
	now: number
): CardRow[] {
	const decay = curveOf(f);
	return cards.map((c) => {
		const s = states.get(c.id);
		const studied = !!s && s.state !== State.New;
		return {
			id: c.id,
			kind: c.kind,
			prompt: c.prompt,
			difficulty: studied ? s.difficulty : null,
			stability: studied ? s.stability : null,
			recallNow: studied ? recall(decay, s, now) : null,
			recallAtBriefing: studied && briefing ? recall(decay, s, briefing.at) : null,
			lapses: s?.lapses ?? 0,
			suspended: flags.suspended.includes(c.id),
			leech: flags.leeches.includes(c.id)
		};
	});
}

export type SortKey = 'prompt' | 'difficulty' | 'stability' | 'recallNow' | 'recallAtBriefing' | 'lapses';

/** Rows sorted by a column; cards without the figure (never studied) always go last. */
export function sortRows(rows: readonly CardRow[], key: SortKey, ascending: boolean): CardRow[] {
	const dir = ascending ? 1 : -1;
	return [...rows].sort((a, b) => {
		const x = a[key];
		const y = b[key];
		if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
		if (typeof x === 'string') return dir * x.localeCompare(y as string);
		return dir * (x - (y as number));
	});
}
