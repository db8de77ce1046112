/**
 * Text folding shared by every rule of the checker: what two answers must have in common before the rules for
 * numbers, dates, names and free text compare them. Pure string work, safe to run in Node and in the browser.
 */

/** Longest answer the checker reads. A real answer (even a motive written out) fits in far less; the cap keeps the
 * work bounded when someone pastes a page into the box. */
export const MAX_TYPED = 500;

/**
 * Lowercase, strip accents ("Kurílla" → "kurilla"), unify quotes and dashes, and drop the dots of abbreviations
 * ("U.S." → "us", "Gen." → "gen") so punctuation never decides a verdict.
 */
export function fold(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[\u2018\u2019\u02bc`´]/g, "'")
		.replace(/[\u201c\u201d«»]/g, '"')
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/(\p{L})\.(?=\p{L}|\s|$)/gu, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Words and numbers of a folded text; possessive "'s" goes so "Taliban's" meets "Taliban". */
export function words(folded: string): string[] {
	return folded
		.replace(/'s\b/g, '')
		.replace(/'/g, '')
		.split(/[^\p{L}\p{N}%]+/u)
		.filter((w) => w.length > 0);
}

/** English function words: they carry no fact, so neither overlap nor name matching should count them. */
export const STOP_WORDS = new Set(
	(
		'a an the and or of in on at to for from by with as into onto than then that this these those it its is are was ' +
		'were be been being has have had do does did not no but so if while which who whom whose what when where why how ' +
		'he she they them their his her we our you your i me my also very just more most such some any all both each ' +
		'there here about over after before during against between through up down out off will would can could should ' +
		'may might must shall'
	).split(' ')
);

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
