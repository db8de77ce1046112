/**
 * The time a live page's entry was posted, from the stamp that opens it: "10.42 GMT", "9.40pm", "8:15 a.m.", "17:05",
 * and on a page whose entries span days, its weekday ("Sat 22:45 -"). Entries of one page are told in order of these
 * times, whichever way the page lists them, so a count of a later entry was told later (merge.ts keeps the later-told
 * count of two), and an entry's "tonight" or "today" is the day it was posted.
 */
import { weekdayOf } from './dates';
import { make, parts } from './timepoint';

/**
 * "Sat ", "Sunday, ": the weekday a stamp may open with, before its time; and the date after it ("Sunday 15 October
 * 2017, 19:40 EAT", "Sunday, October 15, 19:40"), which the weekday already places.
 */
const STAMP_DAY =
	/^([A-Z][a-z]{2,8})\.?,?\s+(\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?,?\s+|[A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?,?\s+)?(?=\d)/;

/** A stamp opening a paragraph: a 12-hour time with am/pm, or a 24-hour time, then an optional zone or "local time". */
const STAMP =
	/^(?:Update(?:d)?:?\s+)?(?:(1[0-2]|0?[1-9])[.:]([0-5]\d)\s*([ap])\.?m\.?|([01]?\d|2[0-3])[.:]([0-5]\d)(?!\s*[ap]\.?m\b)(?=\s*(?:[A-Z]{2,4}\b|local\s+time\b|[-–—:]|\s+[A-Z])))/i;

/**
 * A stamp opening `text`: its weekday (0 = Sunday) when it gives one, its time, where the time ends, and whether it
 * writes out its date.
 */
export function readStamp(
	text: string
): { weekday?: number; time: RegExpExecArray; end: number; dated: boolean } | undefined {
	// "Sat 10:10 - ": a page whose entries span days may give each stamp its weekday.
	const named = STAMP_DAY.exec(text);
	const weekday = named ? weekdayOf(named[1]!) : undefined;
	const skip = weekday === undefined ? 0 : named![0].length;
	const time = STAMP.exec(text.slice(skip));
	return time ? { weekday, time, end: skip + time[0].length, dated: weekday !== undefined && !!named![2] } : undefined;
}

/**
 * All a stamp's own line may hold after its time: a weekday in brackets, a zone or "local time", and a headline after
 * a dash or colon ("10.40pm — Toll rises to 207", no full stop), the entry's words in the paragraph after it.
 */
const BARE_REST = /^\s*(?:\(([A-Z][a-z]+)\))?\s*(?:[A-Z]{2,4}|local\s+time)?\s*(?:[-–—:]\s*[^.!?\n]{1,80})?$/;

/** "HH:MM" (24-hour) of a stamp's time. */
function timeOf(m: RegExpExecArray): string {
	const [hour, minute] = m[1]
		? [(Number(m[1]) % 12) + (m[3]!.toLowerCase() === 'p' ? 12 : 0), m[2]!]
		: [Number(m[4]), m[5]!];
	return `${String(hour).padStart(2, '0')}:${minute}`;
}

/**
 * When the live entry `paragraph` was posted: "HH:MM" (24-hour), and the day when its stamp gives its weekday ("Sat
 * 22:45 - …" on a page published on Sunday 11 December: Saturday 10 December), as YYYY-MM-DD — the such weekday
 * nearest `published`, within three days either way. Undefined for a paragraph that opens with no stamp.
 */
export function entryStamp(
	paragraph: string,
	published: string,
	previous?: string
): { time: string; day?: string } | undefined {
	// ("Updated 9.40pm" on a line of its own, the entry's words in the paragraph after it: the stamp is the entry's.)
	const own = readStamp(paragraph);
	const above = !own && previous !== undefined ? readStamp(previous) : undefined;
	const rest = above ? previous!.slice(above.end) : '';
	const bare = above && BARE_REST.exec(rest);
	const stamp = own ?? (bare ? above : undefined);
	if (!stamp) return undefined;
	const time = timeOf(stamp.time);
	// ("Updated 10.05pm (Tuesday)": the weekday in brackets after the time.)
	const weekday = stamp.weekday ?? (bare?.[1] ? weekdayOf(bare[1]) : undefined);
	if (weekday === undefined) return { time };
	const [y, m, d] = parts(published);
	const back = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() - weekday + 7) % 7;
	// The nearest such day: a page dated by its first entry goes on into the days after it ("Sun 10:10" on a page
	// published on Saturday is the next day), one dated when it was last updated looks back.
	return { time, day: make(y, m, back <= 3 ? d - back : d + 7 - back, 'day').iso };
}

/**
 * `text` with each clock time written out blanked to spaces ("16:00 Ten people were killed", "at 9.40 p.m."), so no
 * reader of counts takes its minutes for a number, and every index still points into the text as written.
 */
export function blankClockTimes(text: string): string {
	return /\d[:.]\d\d/.test(text)
		? text.replace(/\b\d{1,2}(?::\d\d|\.\d\d(?=\s*(?:[ap]\.?m\b|GMT|BST|UTC|CET|local\b)))\b/gi, (m) =>
				' '.repeat(m.length)
			)
		: text;
}
