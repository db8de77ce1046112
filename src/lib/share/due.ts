/**
 * The instants an assignment is judged at. Both are local time, in the time zone of the device doing the sum: the
 * trainee's for their report, the instructor's for the class view — the briefing happens where they are.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Hour of the briefing morning. Recall is predicted for 09:00 on the due date: a briefing is a morning event, and
 * any review done that morning before it still counts (ts-fsrs treats a review after this instant as "just now").
 */
export const BRIEFING_HOUR = 9;

/** 09:00 local time on `day` (YYYY-MM-DD), in epoch milliseconds. */
export function briefingMorning(day: string): number {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return new Date(y, m - 1, d, BRIEFING_HOUR).getTime();
}

/**
 * Whole study days left before the briefing, counting today and not the due date itself: on 20 March, for a
 * briefing on 22 March, that is 2 (the 20th and 21st). 0 on the day and after. Days are counted on local calendar
 * dates, so a day with a DST change still counts as one.
 */
export function studyDaysLeft(dueDate: string, now: number): number {
	const today = new Date(now);
	const [y, m, d] = dueDate.split('-').map(Number) as [number, number, number];
	// Both sides at UTC midnight of their local calendar date: the difference is a whole number of days.
	const a = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
	const b = Date.UTC(y, m - 1, d);
	return Math.max(0, Math.round((b - a) / DAY_MS));
}
