/**
 * Calendar dates as people type and write them: "22 March 2024", "March 22, 2024", "Friday 22 March 2024", "22nd of
 * March 2024", "Mar 22 2024", "2024-03-22", "22/3/2024", "3/22/2024", "March 2024", "2015". Dates in running text,
 * relative to a story's timeline ("a day later"), are read by timeline.ts on top of these.
 *
 * A focused parser rather than chrono-node: the forms are known, the study page bundles this file, and chrono's
 * relative-date machinery ("next Friday") is exactly what an answer must not depend on — an answer means the same
 * on any day, so nothing here reads the clock.
 */
import { MONTHS, WEEKDAYS } from './english';
import { fold } from './fold';
import { remembered } from './remembered';

export interface ParsedDate {
	year?: number;
	/** 1–12. */
	month?: number;
	day?: number;
	/** 0 = Sunday … 6 = Saturday, as typed (checked against the date, never trusted). */
	weekday?: number;
	/** Numeric dates with both parts ≤ 12 ("3/1/2024") read both ways; this is the month-first reading. */
	monthFirst?: ParsedDate;
}

export { MONTHS, WEEKDAYS };

export type Precision = 'year' | 'month' | 'day';

/** The month a word names, 1–12: any prefix of three letters or more ("mar", "march", "sept"). */
export function monthOf(word: string): number | undefined {
	word = word.toLowerCase().replace(/\.$/, '');
	if (word.length < 3) return undefined;
	const k = MONTHS.findIndex((m) => m.toLowerCase().startsWith(word));
	return k >= 0 ? k + 1 : undefined;
}

/** The weekday a word names, 0 = Sunday: any prefix of three letters or more ("fri", "thurs"). */
export function weekdayOf(word: string): number | undefined {
	word = word.toLowerCase();
	if (word.length < 3) return undefined;
	const k = WEEKDAYS.findIndex((d) => d.toLowerCase().startsWith(word));
	return k >= 0 ? k : undefined;
}

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The weekday a calendar date fell on; UTC arithmetic so the user's time zone cannot move it. */
export function weekdayFor(year: number, month: number, day: number): number {
	return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function valid(d: ParsedDate): ParsedDate | undefined {
	if (d.month !== undefined && (d.month < 1 || d.month > 12)) return undefined;
	if (d.day !== undefined) {
		if (d.month === undefined || d.day < 1) return undefined;
		if (d.day > (d.year === undefined ? daysIn(2024, d.month) : daysIn(d.year, d.month))) return undefined;
	}
	return d;
}

/** Two-digit years ("22/3/24") are read in this century: the briefings are about recent events. */
function fullYear(y: string): number {
	return y.length === 2 ? 2000 + Number(y) : Number(y);
}

/** A numeric date that reads as no calendar date ("22/13/2024"): not to be mined for a year. */
const INVALID: ParsedDate = Object.freeze({});

function numeric(text: string): ParsedDate | undefined {
	const iso = /\b(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?\b/.exec(text);
	if (iso) {
		return valid({ year: Number(iso[1]), month: Number(iso[2]), day: iso[3] ? Number(iso[3]) : undefined }) ?? INVALID;
	}
	const dmy = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/.exec(text);
	if (dmy) {
		const [a, b, year] = [Number(dmy[1]), Number(dmy[2]), fullYear(dmy[3]!)];
		const dayFirst = a <= 31 && b <= 12 ? valid({ year, month: b, day: a }) : undefined;
		const monthFirst = a <= 12 && b <= 31 ? valid({ year, month: a, day: b }) : undefined;
		if (dayFirst && monthFirst && a !== b) return { ...dayFirst, monthFirst };
		return dayFirst ?? monthFirst ?? INVALID;
	}
	const my = /\b(\d{1,2})[/.-](\d{4})\b/.exec(text);
	if (my) return valid({ year: Number(my[2]), month: Number(my[1]) }) ?? INVALID;
	return undefined;
}

/** Month names, weekdays, a day next to the month and a four-digit (or apostrophe two-digit) year. */
function worded(text: string): ParsedDate | undefined {
	const ts = text.match(/'\d{2}\b|\d+|[a-z]+/g) ?? [];
	const found: ParsedDate = {};
	ts.forEach((t, k) => {
		if (/^'\d{2}$/.test(t)) found.year ??= 2000 + Number(t.slice(1));
		else if (/^\d{4}$/.test(t)) found.year ??= Number(t);
		else if (/^[a-z]+$/.test(t)) {
			const near = [ts[k - 1], ts[k + 1], ts[k - 2], ts[k + 2]].some((n) => n !== undefined && /^\d{1,4}$/.test(n));
			const m = monthOf(t);
			// "may" and "march" are also ordinary words: a month name needs a number beside it, or to stand alone.
			if (m !== undefined && found.month === undefined && (near || ts.length === 1)) found.month = m;
			else if (weekdayOf(t) !== undefined) found.weekday ??= weekdayOf(t);
		}
	});
	if (found.month !== undefined) {
		const k = ts.findIndex((t) => monthOf(t) === found.month);
		const day = [ts[k - 1], ts[k + 1]].find((n) => n !== undefined && /^\d{1,2}$/.test(n));
		if (day !== undefined) found.day = Number(day);
	}
	if (found.year === undefined && found.month === undefined) return undefined;
	return valid(found);
}

/** The date written in `text`, or `undefined` when there is none. */
export function parseDate(text: string): ParsedDate | undefined {
	const t = fold(text)
		.replace(/(\d)(st|nd|rd|th)\b/g, '$1')
		.replace(/,|\b(?:of|the)\b/g, ' ');
	const n = numeric(t);
	if (n === INVALID) return undefined;
	if (!n) return worded(t);
	const weekday = (t.match(/[a-z]+/g) ?? []).map(weekdayOf).find((w) => w !== undefined);
	return weekday === undefined ? n : { ...n, weekday };
}

/** How precisely a date is written: "2015" → year, "March 2024" → month, "22 March 2024" → day. */
export function precisionOf(d: ParsedDate): Precision {
	return d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year';
}

/** The parts of an ISO date at any precision: "2024-03-22", "2023-07", "2015". */
export function fromIso(iso: string): ParsedDate {
	const [year, month, day] = iso.split('-').map(Number);
	return { year, month, day };
}

/**
 * "22 March 2024", "March 2024" or "2015", at the given precision (default: as precise as the date is). Takes a
 * parsed date or an ISO string, so a card's answer and a typed answer are written the same way.
 */
export function formatDate(date: ParsedDate | string, precision?: Precision): string {
	// An ISO date at its own precision is remembered: a draft writes the same few dates for every card and clock step.
	if (typeof date === 'string' && precision === undefined) return writtenIso(date);
	return writeDate(typeof date === 'string' ? fromIso(date) : date, precision);
}
const writtenIso = remembered((iso) => writeDate(fromIso(iso)));

function writeDate(d: ParsedDate, precision?: Precision): string {
	precision ??= precisionOf(d);
	const parts: string[] = [];
	if (precision === 'day' && d.day !== undefined) parts.push(String(d.day));
	if (precision !== 'year' && d.month !== undefined) parts.push(MONTHS[d.month - 1]!);
	if (d.year !== undefined) parts.push(String(d.year));
	return parts.join(' ');
}
