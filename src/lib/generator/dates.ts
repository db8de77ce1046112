/**
 * Finds the dates of events and resolves them to ISO at the precision the text gives ("2015", "2021-08",
 * "2024-03-22"). Relative expressions follow the story's own timeline: "a day later" and "six months later" count
 * from the last date the story moved to, "last July" and "on Thursday" from publication. Durations ("in two
 * decades", "five years after", "in as little as six months") are not dates and are never matched.
 */
import { MONTHS, WEEKDAYS } from '../lang/english';
import { NUMBER, readNumber } from './numbers';
import type { Precision } from './types';

export { MONTHS };
const MONTH = `(?:${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)`;
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
const UNIT = '(day|days|week|weeks|month|months|year|years)';
/** An offset count: "a day later" counts one. */
const COUNT = `(an?|${NUMBER})`;

/** A point on the story's timeline. */
export interface TimePoint {
	iso: string;
	precision: Precision;
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
	/** Set in a past-perfect clause ("had on March 23, 2019 pushed"): background, not where the story now stands. */
	background?: boolean;
}

/** Where the story stands while it is read: publication, and the last date it moved to. */
export interface Timeline {
	published: TimePoint;
	anchor?: TimePoint;
}

const pad = (n: number) => String(n).padStart(2, '0');
function monthIndex(name: string): number {
	const key = name.slice(0, 3).toLowerCase();
	return MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === key);
}
function parts(iso: string): [number, number, number] {
	const [y, m, d] = iso.split('-').map(Number);
	return [y!, m ?? 1, d ?? 1];
}
function make(y: number, m: number, d: number, precision: Precision): TimePoint {
	const date = new Date(Date.UTC(y, m - 1, d));
	const iso = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
	return { iso: precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4), precision };
}
const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };
const coarser = (a: Precision, b: Precision): Precision => (RANK[a] <= RANK[b] ? a : b);

/** Moves a point by whole units; the result is never more precise than the point it starts from. */
export function shift(from: TimePoint, n: number, unit: string): TimePoint {
	const [y, m, d] = parts(from.iso);
	const u = unit.replace(/s$/, '');
	const unitPrecision: Precision = u === 'year' ? 'year' : u === 'month' ? 'month' : 'day';
	const p = coarser(from.precision, unitPrecision === 'year' ? from.precision : unitPrecision);
	if (u === 'day') return make(y, m, d + n, p);
	if (u === 'week') return make(y, m, d + 7 * n, p);
	if (u === 'month') return make(y, m + n, Math.min(d, 28), p);
	return make(y + n, m, d, p);
}

/** Formats an ISO date the way a card answers: "22 March 2024", "July 2023", "2015". */
export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-');
	if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
	if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
	return y!;
}

/** A year written before a noun that is not a count of things: "the 2023 book" dates a book, not an event. */
const NOT_EVENT_YEAR =
	/^\s*(book|film|novel|report|study|album|edition|paper|documentary|memoir|people|persons|civilians|soldiers|troops|fighters|members|deaths|dead|casualties|km|kilometres|miles|metres|tonnes|dollars|euros|pounds|votes|seats|-|\/|s\b)/i;

type Rule = { re: RegExp; resolve: (m: RegExpExecArray, t: Timeline) => Omit<DateMatch, 'text' | 'index'> | undefined };

/** The latest date on or before publication with this month (and day), when the text leaves the year out. */
function withoutYear(t: Timeline, month: number, day?: number, strictlyBefore = false): TimePoint {
	const [py, pm, pd] = parts(t.published.iso);
	const after = month > pm || (month === pm && (strictlyBefore || (day !== undefined && day > pd)));
	return make(after ? py - 1 : py, month, day ?? 1, day === undefined ? 'month' : 'day');
}

const RULES: Rule[] = [
	// "Saturday, March 23, 2024", "March 22", "March 23, 2019"
	{
		re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(${YEAR})\\b)?`, 'g'),
		resolve: (m, t) => {
			const month = monthIndex(m[1]!) + 1;
			const day = Number(m[2]);
			if (day > 31) return undefined;
			return m[3]
				? make(Number(m[3]), month, day, 'day')
				: { ...withoutYear(t, month, day), resolvedFrom: 'publication year' };
		}
	},
	// "23 March 2024", "1 April"
	{
		re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})(?:,?\\s+(${YEAR})\\b)?`, 'g'),
		resolve: (m, t) => {
			const month = monthIndex(m[2]!) + 1;
			const day = Number(m[1]);
			if (day > 31) return undefined;
			return m[3]
				? make(Number(m[3]), month, day, 'day')
				: { ...withoutYear(t, month, day), resolvedFrom: 'publication year' };
		}
	},
	// "May 2020", "the March 2019 loss"
	{
		re: new RegExp(`\\b(${MONTH}),?\\s+(${YEAR})\\b`, 'g'),
		resolve: (m) => make(Number(m[2]), monthIndex(m[1]!) + 1, 1, 'month')
	},
	// "the beginning of 2024", "by the end of 2017", "early 2023", "mid-2021"
	{
		re: new RegExp(
			`\\b((?:by\\s+)?(?:the\\s+)?(?:beginning|start|end|middle|close|first half|second half|spring|summer|autumn|fall|winter)\\s+of|early|late|mid-?)\\s*(${YEAR})\\b`,
			'gi'
		),
		resolve: (m) => ({
			...make(Number(m[2]), 1, 1, 'year'),
			qualifier: m[1]!
				.toLowerCase()
				.replace(/^the\s+/, '')
				.replace(/\s+/g, ' ')
		})
	},
	// "in July", "last July", "since August": a month without a year is the latest one on or before publication
	{
		re: new RegExp(`\\b(in|In|since|Since|by|By|until|last|Last|early|late|mid-)\\s+(${MONTH})\\b(?![\\s,]+\\d)`, 'g'),
		resolve: (m, t) => ({
			...withoutYear(t, monthIndex(m[2]!) + 1, undefined, /last/i.test(m[1]!)),
			resolvedFrom: 'publication date'
		})
	},
	// "On Thursday morning": the latest such weekday before publication (case-sensitive, so "sat down" is no Saturday)
	{
		re: new RegExp(
			`\\b(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate)\\s+)?(${WEEKDAY})\\b(?:\\s+(?:morning|afternoon|evening|night))?`,
			'g'
		),
		resolve: (m, t) => {
			const [py, pm, pd] = parts(t.published.iso);
			const pub = new Date(Date.UTC(py, pm - 1, pd));
			let back = (pub.getUTCDay() - WEEKDAYS.indexOf(m[1]!) + 7) % 7;
			if (back === 0 && /last/i.test(m[0])) back = 7;
			return { ...make(py, pm, pd - back, 'day'), resolvedFrom: 'publication date' };
		}
	},
	// "Just a day later", "Six months later", "the following day": count on from where the story stands
	{
		re: new RegExp(
			`\\b(?:(?:[Jj]ust|[Oo]nly|[Bb]arely|[Aa]bout|[Aa]lmost|[Nn]early)\\s+)?${COUNT}\\s+${UNIT}\\s+later\\b`,
			'gi'
		),
		resolve: (m, t) => relative(t, readNumber(m[1]!), m[2]!)
	},
	{
		re: /\b(?:the\s+)?(?:next|following)\s+(day|morning|week|month|year)\b/gi,
		resolve: (m, t) => relative(t, 1, m[1]!.replace('morning', 'day'))
	},
	// "comes two months after suicide bombings": the bombings are dated back from the event the story is on
	{
		re: new RegExp(
			`\\b(?:comes?|came|occurred|happened|took place|followed|follows)\\s+(?:(?:just|only|barely|about|almost|nearly|some)\\s+)?${COUNT}\\s+${UNIT}\\s+after\\b`,
			'gi'
		),
		resolve: (m, t) => {
			const r = relative(t, -(readNumber(m[1]!) ?? NaN), m[2]!);
			return r && { ...r, after: true };
		}
	},
	{
		re: /\b(?:[Ll]ast|[Tt]his)\s+year\b/g,
		resolve: (m, t) => ({
			...make(parts(t.published.iso)[0] - (/last/i.test(m[0]) ? 1 : 0), 1, 1, 'year'),
			resolvedFrom: 'publication date'
		})
	},
	{
		re: /\byesterday\b/gi,
		resolve: (_m, t) => ({ ...shift(t.published, -1, 'day'), resolvedFrom: 'publication date' })
	},
	// A bare year: "in 2015", "since 2019", "In 2022,"
	{
		re: new RegExp(`(?<![\\d$€£.,:/-])\\b(${YEAR})\\b(?![.,]\\d|s\\b|-\\d)`, 'g'),
		resolve: (m) => make(Number(m[1]), 1, 1, 'year')
	}
];

function relative(t: Timeline, n: number | undefined, unit: string): Omit<DateMatch, 'text' | 'index'> | undefined {
	if (n === undefined || Number.isNaN(n) || !t.anchor) return undefined;
	return { ...shift(t.anchor, n, unit), resolvedFrom: `${formatDate(t.anchor.iso)}` };
}

/** Whether the clause before `index` is past perfect ("had on March 23, 2019 pushed"). */
function inPastPerfect(sentence: string, index: number): boolean {
	const before = sentence.slice(0, index);
	const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—')) + 1);
	return /\bhad\b/.test(clause) || /\bhad\s+(?:\w+\s+){0,3}$/.test(before);
}

/**
 * Every date in one sentence, resolved against the timeline. Earlier rules win where matches overlap, so
 * "March 23, 2019" is one date, not a month-day and a bare year.
 */
export function findDates(sentence: string, t: Timeline): DateMatch[] {
	const taken: [number, number][] = [];
	const out: DateMatch[] = [];
	for (const rule of RULES) {
		rule.re.lastIndex = 0;
		for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
			const start = m.index;
			const end = start + m[0].length;
			if (taken.some(([a, b]) => start < b && end > a)) continue;
			if (rule === RULES[RULES.length - 1] && NOT_EVENT_YEAR.test(sentence.slice(end))) continue;
			const r = rule.resolve(m, t);
			if (!r) continue;
			taken.push([start, end]);
			out.push({ ...r, text: m[0], index: start, background: inPastPerfect(sentence, start) || undefined });
		}
	}
	return out.sort((a, b) => a.index - b.index);
}

/**
 * Reads one sentence and moves the timeline on. The story moves to a date when it narrates it; background dates
 * (past perfect) and dates of works are not where the story stands, so "a day later" skips them.
 */
export function advance(sentence: string, t: Timeline): DateMatch[] {
	const found = findDates(sentence, t);
	for (const d of found) if (!d.background) t.anchor = { iso: d.iso, precision: d.precision };
	return found;
}
