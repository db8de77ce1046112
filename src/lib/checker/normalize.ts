/**
 * Text folding shared by every rule of the checker: what two answers must have in common before the rules for
 * numbers, dates, names and free text compare them. Pure string work, safe to run in Node and in the browser.
 * Folding and the stop words are the English reader's (src/lib/lang), so answers and documents fold alike.
 */
import { STOP_WORDS } from '../lang/english';
import { fold } from '../lang/fold';

/** Longest answer the checker reads. A real answer (even a motive written out) fits in far less; the cap keeps the
 * work bounded when someone pastes a page into the box. */
export const MAX_TYPED = 500;

export { fold, STOP_WORDS };

/** Words and numbers of a folded text; possessive "'s" goes so "Taliban's" meets "Taliban". */
export function words(folded: string): string[] {
	return folded
		.replace(/'s\b/g, '')
		.replace(/'/g, '')
		.split(/[^\p{L}\p{N}%]+/u)
		.filter((w) => w.length > 0);
}

/** Leading words that only introduce an answer ("the Taliban", "it was ISKP"), dropped before names are compared. */
const LEAD_INS = /^(?:(?:it was|it is|they were|answer is|the answer is|i think|probably|maybe)\s+)+/;

/** Titles that a source may or may not put before a name: "Gen. Erik Kurilla" is "Erik Kurilla". */
const TITLES = new Set('gen general president dr mr mrs ms prof professor sir lt col'.split(' '));

/** Folded words of a name or term with lead-ins, leading articles and titles removed. */
export function nameWords(text: string): string[] {
	const ws = words(fold(text).replace(LEAD_INS, ''));
	while (ws.length > 1 && (ws[0] === 'the' || ws[0] === 'a' || ws[0] === 'an' || TITLES.has(ws[0]!))) ws.shift();
	return ws;
}

/** Why typed input cannot be an answer at all, or `undefined` when it can be read. */
export function unreadable(typed: string): string | undefined {
	if (typed.trim() === '') return 'No answer given';
	if (typed.length > MAX_TYPED) return `Too long for an answer (over ${MAX_TYPED} characters)`;
	// Deck text and answers are data: anything that looks like markup is refused, never interpreted.
	if (/<\s*\/?\s*[a-z!][^>]*>/i.test(typed)) return 'Answers are plain text, not markup';
	if (!/[\p{L}\p{N}]/u.test(typed)) return 'No letters or digits in the answer';
	return undefined;
}
