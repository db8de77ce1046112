/**
 * Judging a typed date at the card's precision.
 *
 * - Everything the precision asks for matches → correct; detail beyond it is ignored ("22 March 2024" for
 *   "March 2024" at month precision).
 * - At day precision: right month and year with a wrong or missing day → close; right year only → close.
 * - At month precision: right year, wrong or missing month → close.
 * - A wrong year is wrong at every precision: confusing 2019 (Baghuz) with 2024 (Moscow) is the error to catch.
 * - Day and month without a year → close when they match: the trainee knows the date but not the year.
 * - A weekday that contradicts the typed date caps the verdict at close, and the reason says so.
 * - "3/1/2024" is read both ways (day first, month first); the better reading counts, and the reason names it.
 */
import { formatDate, parseDate, precisionOf, weekdayFor, WEEKDAYS, type ParsedDate, type Precision } from './dates';
import { RANK, type Judgement } from './types';

const ORDER: Record<Precision, number> = { year: 0, month: 1, day: 2 };

function judgeReading(want: ParsedDate, got: ParsedDate, precision: Precision): Judgement {
	const expected = formatDate(want, precision);
	const monthOk = got.month === want.month;
	const dayOk = got.day === want.day;
	if (got.year === undefined) {
		const matches = precision !== 'year' && monthOk && (precision === 'month' || dayOk);
		return matches
			? { verdict: 'close', reason: `Right ${precision === 'day' ? 'day and month' : 'month'}, but give the year (${expected})` }
			: { verdict: 'wrong', reason: `Wrong date (expected ${expected})` };
	}
	if (got.year !== want.year) return { verdict: 'wrong', reason: `Wrong year (expected ${expected})` };
	if (precision === 'year') return { verdict: 'correct', reason: 'Correct' };
	if (got.month === undefined) return { verdict: 'close', reason: `Right year; the source gives ${expected}` };
	if (!monthOk) return { verdict: 'close', reason: `Right year only (expected ${expected})` };
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
	return j.verdict === 'wrong' ? { verdict: 'wrong', reason: `${j.reason}; ${note}` } : { verdict: 'close', reason: note };
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
	let best: Judgement | undefined;
	for (const [reading, order] of readings) {
		let j = withWeekday(judgeReading(want, reading, p), reading);
		if (order) j = { ...j, reason: `${j.reason} (read ${order} as ${formatDate(reading)})` };
		if (!best || RANK[j.verdict] > RANK[best.verdict]) best = j;
	}
	return best;
}
