/**
 * Units of time a figure can count ("four days", "six months", "half a year", "two decades"). A unit is part of a
 * figure's value: "six weeks" is not "six months", and "half a year" is.
 *
 * Conversions are exact inside a family — seconds to fortnights through seconds, months to centuries through months —
 * and approximate across them, where a month is 365.25 / 12 = 30.4375 days. An approximate conversion that lands
 * within 2% of a whole number is read as that number ("26 weeks" = 5.98 months → 6 months), because nobody who says
 * "26 weeks" means anything but half a year; further off it is left as it falls ("four weeks" = 0.92 months).
 */

export type TimeUnit =
	'second' | 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'year' | 'decade' | 'century';

/**
 * Size in seconds (short units) or in months (long units), with the family that makes conversions exact. Whole
 * numbers on purpose: with minutes as 1/1440 of a day, "120 minutes" came to 1.9999999999999998 hours.
 */
const SIZE: Record<TimeUnit, [family: 'seconds' | 'months', size: number]> = {
	second: ['seconds', 1],
	minute: ['seconds', 60],
	hour: ['seconds', 3600],
	day: ['seconds', 86400],
	week: ['seconds', 7 * 86400],
	fortnight: ['seconds', 14 * 86400],
	month: ['months', 1],
	year: ['months', 12],
	decade: ['months', 120],
	century: ['months', 1200]
};

/** A month of the Julian year, 365.25 / 12 = 30.4375 days, in seconds. */
const SECONDS_PER_MONTH = 30.4375 * 86400;

/** Written forms, singular and plural, with the common abbreviations. */
const WORDS: Readonly<Record<string, TimeUnit>> = {
	second: 'second',
	seconds: 'second',
	secs: 'second',
	minute: 'minute',
	minutes: 'minute',
	min: 'minute',
	mins: 'minute',
	hour: 'hour',
	hours: 'hour',
	hr: 'hour',
	hrs: 'hour',
	day: 'day',
	days: 'day',
	week: 'week',
	weeks: 'week',
	fortnight: 'fortnight',
	fortnights: 'fortnight',
	month: 'month',
	months: 'month',
	year: 'year',
	years: 'year',
	yrs: 'year',
	decade: 'decade',
	decades: 'decade',
	century: 'century',
	centuries: 'century'
};

/** The unit a word names ("weeks" → week), or `undefined`. */
export function timeUnit(word: string | undefined): TimeUnit | undefined {
	return word === undefined ? undefined : WORDS[word.toLowerCase()];
}

/** Regex source for a unit of time as written, singular or plural. */
export const TIME_UNIT = `(?:${Object.keys(WORDS)
	.sort((a, b) => b.length - a.length)
	.join('|')})`;

/** `value` of unit `from` expressed in unit `to`: convert(2, 'week', 'day') = 14, convert(0.5, 'year', 'month') = 6. */
export function convert(value: number, from: TimeUnit, to: TimeUnit): number {
	const [ff, fs] = SIZE[from];
	const [tf, ts] = SIZE[to];
	if (ff === tf) return (value * fs) / ts;
	const seconds = (n: number, family: 'seconds' | 'months') => (family === 'seconds' ? n : n * SECONDS_PER_MONTH);
	const raw = seconds(value * fs, ff) / seconds(ts, tf);
	const whole = Math.round(raw);
	return whole !== 0 && Math.abs(raw - whole) / whole <= 0.02 ? whole : raw;
}

/** The unit's name for a reason: "day" or "days" as the count wants. */
export function unitName(unit: TimeUnit, count: number): string {
	if (count === 1) return unit;
	return unit === 'century' ? 'centuries' : `${unit}s`;
}
