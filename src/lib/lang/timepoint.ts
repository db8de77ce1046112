/**
 * Points on a story's timeline and the arithmetic on them: a date known to the day, the month or the year, moved by
 * whole units without ever becoming more precise than it was.
 */
import { formatDate, type Precision } from './dates';

/** A point on the story's timeline. */
export interface TimePoint {
	iso: string;
	precision: Precision;
}

/** Where the story stands while it is read: publication, and the last date it moved to. */
export interface Timeline {
	published: TimePoint;
	/** Where the story stands, and why the text does not settle that day, when it does not ("that Sunday night"). */
	anchor?: TimePoint & { unsettled?: string };
	/** The anchor is a date the sentence being read has itself written out, with its year. */
	anchorInSentence?: boolean;
	/** The anchor was set in the paragraph being read or the one before it: the story stands on that day. */
	anchorNear?: boolean;
	/**
	 * The year a heading gives the section being read ("2010" over "suicide bombers struck two venues on July 11"): a
	 * day or month written without its year is in it, not in the year before publication.
	 */
	sectionYear?: number;
	/** The day a dated list item being read opens on ("- April 3, 2016: …"), when it gives its year. */
	itemDay?: string;
	/** The day the heading of the section being read gives ("MANCHESTER ARENA, 22 MAY"), for a time of day under it. */
	sectionDay?: string;
	/** Days the text has written out in full so far ("January 29, 2017"), as ISO dates. */
	written?: string[];
	/** The last day the story stood on, kept when it has since moved to a year or a month ("convicted in 2008"). */
	lastDay?: string;
	/** The day of the event the story is on, when known, for a span counted from it ("the evening of the blast"). */
	eventDay?: string;
	/**
	 * The latest day of an attack the story has told so far, when known: the story's own event, which "It came three
	 * months after …" counts back from even while the story is on an earlier one it recalled.
	 */
	storyDay?: string;
	/**
	 * Days the text has used as a name ("the Greek armed group, November 17"), as month-day keys: the same words written
	 * again without a year name it again, no day.
	 */
	namedDays?: Set<string>;
	/**
	 * The year the text's dates last reached, written out or not, even where the story did not move to it ("the worst
	 * since February 2004"): what "that year" in a later sentence means.
	 */
	yearReached?: number;
}

export interface DateMatch extends TimePoint {
	/** The words as written: "Just a day later", "March 23, 2019". */
	text: string;
	index: number;
	/** "beginning of", "by the end of": words that narrow a year without giving a month. */
	qualifier?: string;
	/** How it was resolved, for the card's explanation; absent for dates written out in full. */
	resolvedFrom?: string;
	/** For "X came two months after Y": the thing dated (Y), which is not the sentence's subject. */
	after?: boolean;
	/** For such a span, how far back it counted ("two months"), so a reader who knows X's own day can count from it. */
	span?: { n: number; unit: string };
	/** Counted from a day the same sentence writes out before it ("on March 22, 2014, … three days later"). */
	inSentence?: boolean;
	/** Days the words span when they give several ("Dec 29-30" is 2, "between 14 and 17 December" 4), dated by the first. */
	days?: number;
	/** Set in a past-perfect clause ("had on March 23, 2019 pushed"): background, not where the story now stands. */
	background?: boolean;
	/** Why the reading may be wrong ("Friday" in a story published on a Friday), for a card to be checked by hand. */
	uncertain?: string;
	/** Why the text does not settle the reading at all ("that Thursday" with no Thursday dated): the card is checked. */
	unsettled?: string;
}

/** What a date rule resolves to, before the matched text and position are added. */
export type Resolved = Omit<DateMatch, 'text' | 'index'>;

const pad = (n: number) => String(n).padStart(2, '0');

/** Year, month and day of an ISO date at any precision (missing parts are 1). */
export function parts(iso: string): [number, number, number] {
	const [y, m, d] = iso.split('-').map(Number);
	return [y!, m ?? 1, d ?? 1];
}

/** A point from calendar parts; overflowing days and months roll over ("March 32" is April 1). */
export function make(y: number, m: number, d: number, precision: Precision): TimePoint {
	const date = new Date(Date.UTC(y, m - 1, d));
	const iso = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
	return { iso: precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4), precision };
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };
export const coarser = (a: Precision, b: Precision): Precision => (RANK[a] <= RANK[b] ? a : b);

/** Moves a point by whole units; the result is never more precise than the point it starts from. */
export function shift(from: TimePoint, n: number, unit: string): TimePoint {
	const [y, m, d] = parts(from.iso);
	const u = unit.toLowerCase().replace(/s$/, '');
	const unitPrecision: Precision = u === 'year' ? 'year' : u === 'month' ? 'month' : 'day';
	const p = coarser(from.precision, unitPrecision === 'year' ? from.precision : unitPrecision);
	if (u === 'day') return make(y, m, d + n, p);
	if (u === 'week') return make(y, m, d + 7 * n, p);
	if (u === 'month') return make(y, m + n, Math.min(d, 28), p);
	if (u === 'decade') return make(y + 10 * n, m, d, coarser(from.precision, 'year'));
	return make(y + n, m, d, p);
}

/** The latest date on or before publication with this month (and day), when the text leaves the year out. */
export function withoutYear(t: Timeline, month: number, day?: number, strictlyBefore = false): TimePoint {
	const [py, pm, pd] = parts(t.published.iso);
	const after = month > pm || (month === pm && (strictlyBefore || (day !== undefined && day > pd)));
	return make(after ? py - 1 : py, month, day ?? 1, day === undefined ? 'month' : 'day');
}

/** `n` units on from where the story stands ("a day later"); nothing while the story has no date yet. */
export function relative(t: Timeline, n: number | undefined, unit: string): Resolved | undefined {
	if (n === undefined || Number.isNaN(n) || !t.anchor) return undefined;
	// ("That Sunday night, gunmen drove into the town … The following night, gunmen struck the nearby villages": a day
	// counted from one the text does not settle is no more settled; review 48, CL min/07-4 trusted the second.)
	const doubt = t.anchor.unsettled
		? { unsettled: `counted from ${formatDate(t.anchor.iso)}, which the text does not settle` }
		: {};
	return { ...shift(t.anchor, n, unit), resolvedFrom: formatDate(t.anchor.iso), ...doubt };
}

/** `n` units on from publication ("three days ago", "last month"). */
export function fromPublication(t: Timeline, n: number, unit: string, precision?: Precision): Resolved {
	const p = shift(t.published, n, unit);
	const point = precision ? make(...parts(p.iso), precision) : p;
	return { ...point, resolvedFrom: 'publication date' };
}
