/**
 * How the sharing screens write days, shares and counts, so every screen says "22 March 2024", "87 %" and "1 card" the
 * same way. Days are YYYY-MM-DD calendar dates (as assignments carry them), shown in English to match the app.
 */

// Written out rather than taken from Intl: ICU versions differ on commas ("Fri, 22 March"), and a day must read the
// same in the trainee's browser, the instructor's and the tests.
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** "Fri 22 March 2024" for 2024-03-22. The weekday comes from the calendar date itself, so no time zone moves it. */
export function formatDay(day: string): string {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
	return `${weekday} ${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}

/** The local calendar day of `now`, `days` later, as YYYY-MM-DD (setDate keeps whole days across DST changes). */
export function localDay(now: number, days = 0): string {
	const d = new Date(now);
	d.setDate(d.getDate() + days);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A 0–1 share as a whole percentage, written as the report text writes it ("87 %"). */
export function percent(share: number): string {
	return `${Math.round(share * 100)} %`;
}

/** "1 card", "3 cards"; the plural is the singular plus "s" unless given. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
	return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}
