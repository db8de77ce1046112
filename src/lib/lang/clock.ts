/**
 * The time a live page's entry was posted, from the stamp that opens it: "10.42 GMT", "9.40pm", "8:15 a.m.", "17:05",
 * and on a page whose entries span days, its weekday ("Sat 22:45 -"). Entries of one page are told in order of these
 * times, whichever way the page lists them, so a count of a later entry was told later (merge.ts keeps the later-told
 * count of two), and an entry's "tonight" or "today" is the day it was posted.
 */
import { weekdayOf } from './dates';
import { make, parts } from './timepoint';

/** "Sat ", "Sunday, ": the weekday a stamp may open with, before its time. */
export const STAMP_DAY = /^([A-Z][a-z]{2,8})\.?,?\s+(?=\d)/;

/** A stamp opening a paragraph: a 12-hour time with am/pm, or a 24-hour time, then an optional zone or "local time". */
export const STAMP =
	/^(?:Update(?:d)?:?\s+)?(?:(1[0-2]|0?[1-9])[.:]([0-5]\d)\s*([ap])\.?m\.?|([01]?\d|2[0-3])[.:]([0-5]\d)(?!\s*[ap]\.?m\b)(?=\s*(?:[A-Z]{2,4}\b|local\s+time\b|[-–—:]|\s+[A-Z])))/i;

/** "HH:MM" (24-hour) of the stamp that opens `paragraph`, or undefined when it opens with none. */
export function entryTime(paragraph: string): string | undefined {
	const day = STAMP_DAY.exec(paragraph);
	const m = STAMP.exec(day && weekdayOf(day[1]!) !== undefined ? paragraph.slice(day[0].length) : paragraph);
	if (!m) return undefined;
	const [hour, minute] = m[1]
		? [(Number(m[1]) % 12) + (m[3]!.toLowerCase() === 'p' ? 12 : 0), m[2]!]
		: [Number(m[4]), m[5]!];
	return `${String(hour).padStart(2, '0')}:${minute}`;
}

/**
 * The day an entry stamped with its weekday was posted ("Sat 22:45 - …" on a page published on Sunday 11 December:
 * Saturday 10 December), as YYYY-MM-DD: the such weekday nearest `published`, within three days either way.
 * Undefined for a stamp with no weekday, or a paragraph with no stamp.
 */
export function entryDay(paragraph: string, published: string): string | undefined {
	const day = STAMP_DAY.exec(paragraph);
	const weekday = day ? weekdayOf(day[1]!) : undefined;
	if (weekday === undefined || !STAMP.test(paragraph.slice(day![0].length))) return undefined;
	const [y, m, d] = parts(published);
	const back = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() - weekday + 7) % 7;
	// The nearest such day: a page dated by its first entry goes on into the days after it ("Sun 10:10" on a page
	// published on Saturday is the next day), one dated when it was last updated looks back.
	return make(y, m, back <= 3 ? d - back : d + 7 - back, 'day').iso;
}
