/**
 * The time a live page's entry was posted, from the stamp that opens it: "10.42 GMT", "9.40pm", "8:15 a.m.", "17:05".
 * Entries of one page are told in order of these times, whichever way the page lists them, so a count of a later entry
 * was told later (merge.ts keeps the later-told count of two).
 */

/** A stamp opening a paragraph: a 12-hour time with am/pm, or a 24-hour time, then an optional zone or "local time". */
export const STAMP =
	/^(?:Update(?:d)?:?\s+)?(?:(1[0-2]|0?[1-9])[.:]([0-5]\d)\s*([ap])\.?m\.?|([01]?\d|2[0-3])[.:]([0-5]\d)(?!\s*[ap]\.?m\b)(?=\s*(?:[A-Z]{2,4}\b|local\s+time\b|[-–—:]|\s+[A-Z])))/i;

/** "HH:MM" (24-hour) of the stamp that opens `paragraph`, or undefined when it opens with none. */
export function entryTime(paragraph: string): string | undefined {
	const m = STAMP.exec(paragraph);
	if (!m) return undefined;
	const [hour, minute] = m[1]
		? [(Number(m[1]) % 12) + (m[3]!.toLowerCase() === 'p' ? 12 : 0), m[2]!]
		: [Number(m[4]), m[5]!];
	return `${String(hour).padStart(2, '0')}:${minute}`;
}
