/**
 * Judging a typed date at the card's precision.
 *
 * - Everything the precision asks for matches → correct; detail beyond it is ignored ("22 March 2024" for
 *   "March 2024" at month precision).
 * - At day precision: right month and year with a wrong or missing day → close; the year alone → close.
 * - At month precision: right year with the month missing → close.
 * - A different year, or a different month where the card gives one, is wrong: "22 May 2024" for "22 March 2024"
 *   is another date, not a slip — confusing 2019 (Baghuz) with 2024 (Moscow) is the error to catch. Leaving a part
 *   out is less precise, which is close; writing another month or year is wrong.
 * - Day and month without a year → close when they match: the trainee knows the date but not the year.
 * - A weekday that contradicts the typed date caps the verdict at close, and the reason says so.
 * - "3/1/2024" is read both ways (day first, month first); the better reading counts, and the reason names it.
 */
import {
	formatDate,
	parseDate,
	precisionOf,
	weekdayFor,
	WEEKDAYS,
	type ParsedDate,
	type Precision
} from '../lang/dates';
import { RANK, type Judgement } from './types';

const ORDER: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** How much of a date two readings share, year weighing most: 0–7. */
function likeness(a: ParsedDate, b: ParsedDate): number {
	return (a.year === b.year ? 4 : 0) + (a.month === b.month ? 2 : 0) + (a.day === b.day ? 1 : 0);
}

function judgeReading(want: ParsedDate, got: ParsedDate, precision: Precision): Judgement {
	const expected = formatDate(want, precision);
	const monthOk = got.month === want.month;
	const dayOk = got.day === want.day;
	if (got.year === undefined) {
		const matches = precision !== 'year' && monthOk && (precision === 'month' || dayOk);
		if (!matches) return { verdict: 'wrong', reason: `Wrong date (expected ${expected})` };
		const what = precision === 'day' ? 'day and month' : 'month';
		return { verdict: 'close', reason: `Right ${what}, but give the year (${expected})` };
	}
	if (got.year !== want.year) return { verdict: 'wrong', reason: `Wrong year (expected ${expected})` };
	if (precision === 'year') return { verdict: 'correct', reason: 'Correct' };
	if (got.month === undefined) return { verdict: 'close', reason: `Right year; the source gives ${expected}` };
	if (!monthOk) return { verdict: 'wrong', reason: `Wrong month (expected ${expected})` };
	if (precision === 'month') return { verdict: 'correct', reason: 'Correct' };
	if (got.day === undefined) return { verdict: 'close', reason: `Right month and year; the day is ${expected}` };
	if (!dayOk) return { verdict: 'close', reason: `Right month and year, wrong day (expected ${expected})` };
	return { verdict: 'correct', reason: 'Correct' };
}

/** Caps a verdict at close when the typed weekday is not the weekday of the typed date. */
function withWeekday(j: Judgement, got: ParsedDate): Judgement {
	if (got.weekday === undefined || got.year === undefined || got.month === undefined || got.day === undefined) return j;
	const actual = weekdayFor(got.year, got.month, got.day);
	if (actual === got.weekday) return j;
	const note = `${formatDate(got)} was a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[got.weekday]}`;
	if (j.verdict === 'wrong') return { verdict: 'wrong', reason: `${j.reason}; ${note}` };
	return { verdict: 'close', reason: note };
}

/**
 * Judge `typed` as a date against `expected`. `undefined` when `expected` holds no date, so the caller can compare
 * words instead. `precision` defaults to how precisely `expected` is written, and is never finer than that.
 */
export function judgeDate(expected: string, typed: string, precision?: Precision): Judgement | undefined {
	const want = parseDate(expected);
	if (!want) return undefined;
	const written = precisionOf(want);
	const p = precision && ORDER[precision] < ORDER[written] ? precision : written;
	const got = parseDate(typed);
	if (!got) return { verdict: 'wrong', reason: `Not a date (expected ${formatDate(want, p)})` };
	const readings: [ParsedDate, string][] = got.monthFirst
		? [
				[got, 'day first'],
				[{ ...got.monthFirst, weekday: got.weekday }, 'month first']
			]
		: [[got, '']];
	let best: [Judgement, number] | undefined;
	for (const [reading, order] of readings) {
		let j = withWeekday(judgeReading(want, reading, p), reading);
		if (order) j = { ...j, reason: `${j.reason}. Read ${order}: ${formatDate(reading)}` };
		// Between two readings with the same verdict, the one sharing more with the answer explains the slip best.
		const score = RANK[j.verdict] * 8 + likeness(want, reading);
		if (!best || score > best[1]) best = [j, score];
	}
	return best?.[0];
}
