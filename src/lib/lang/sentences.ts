/**
 * Splitting a paragraph into sentences without altering a character, so each sentence is a verbatim substring of
 * its paragraph (a card's quote must be findable in the source).
 *
 * A full stop ends a sentence when the next word starts with a capital, a digit or an opening quote — except after
 * an abbreviation. Titles ("Gen.", "Dr."), month and weekday abbreviations, initials ("J.", "U.S.") and Latin
 * abbreviations ("e.g.", "etc.") never end one. "a.m." and "p.m." end a sentence only before a word that opens one
 * ("at 8 p.m. The gunmen fled"), because what usually follows a time is more of the same sentence ("at 8 p.m.
 * Moscow time", "at 10 a.m. Friday").
 */

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS =
	/(?:\b(?:Gen|Lt|Col|Maj|Capt|Cpt|Cmdr|Sgt|Cpl|Pvt|Brig|Adm|Gov|Sen|Rep|Rev|Fr|Msgr|Hon|Pres|Supt|Insp|Det|Dr|Mr|Mrs|Ms|Messrs|Prof|St|Jr|Sr|Mt|Ft|No|Nos|vs|etc|al|approx|est|Inc|Ltd|Co|Corp|Dept|Univ|Ave|Blvd|Rd|Jl|Jln|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z]|\b(?:e\.g|i\.e|cf|viz|ca))\.$/;

/** A time of day's "a.m." or "p.m.", which may or may not end a sentence. */
const TIME_OF_DAY = /\b[ap]\.m\.$/i;

/** Words that open a sentence after a time of day: "at 8 p.m. The gunmen…", "…p.m. Police said". */
const OPENERS = new Set(
	(
		'The A An He She It They We I You His Her Their Its Our This That These Those There Then In On At After Before ' +
		'When While But And As By No Some Most Many Several Police Officials Authorities Witnesses Rescuers Residents ' +
		'Security Troops Soldiers Gunmen ' +
		// (Review 47, CK min/03-13: "when police stormed both sites shortly after 5 p.m. All three gunmen were killed".)
		'All Both Each Another Others One Two Three Four Five Six Seven Eight Nine Ten Later Earlier Investigators ' +
		'Prosecutors Doctors Medics Firefighters Militants Attackers Nobody None'
	).split(' ')
);

/**
 * The longest stretch read as one sentence. News sentences run to 500 characters at most (the evaluation reports and
 * briefing documents); a paste with no full stops (a table, a PDF's text) can be a single "sentence" of the whole
 * document, and reading one sentence costs the square of its length: 40,000 characters took 4–9 s on a laptop.
 */
export const MAX_SENTENCE_CHARS = 800;

/**
 * A sentence longer than MAX_SENTENCE_CHARS, cut into pieces that are not: after the last semicolon or comma of the
 * second half of each stretch, else after its last space, else at the limit. Each piece is still a substring.
 */
function capped(sentence: string): string[] {
	const out: string[] = [];
	let rest = sentence;
	while (rest.length > MAX_SENTENCE_CHARS) {
		const stretch = rest.slice(0, MAX_SENTENCE_CHARS);
		let cut = Math.max(stretch.lastIndexOf('; '), stretch.lastIndexOf(', ')) + 1;
		if (cut < MAX_SENTENCE_CHARS / 2) cut = stretch.lastIndexOf(' ') + 1;
		if (cut <= 0) cut = MAX_SENTENCE_CHARS;
		out.push(rest.slice(0, cut).trimEnd());
		rest = rest.slice(cut).trimStart();
	}
	if (rest) out.push(rest);
	return out;
}

/**
 * Splits a paragraph into sentences without altering a character (so each sentence is a substring of it), none longer
 * than MAX_SENTENCE_CHARS.
 */
export function splitSentences(paragraph: string): string[] {
	const out: string[] = [];
	const re = /[.!?]["”’)\]]*\s+(?=["“‘(]?[A-Z0-9])/g;
	let start = 0;
	for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
		const end = m.index + m[0].trimEnd().length;
		const head = paragraph.slice(start, m.index + 1);
		if (TIME_OF_DAY.test(head)) {
			const next = /^["“‘(]?([A-Za-z]+)/.exec(paragraph.slice(m.index + m[0].length))?.[1];
			if (!next || !OPENERS.has(next)) continue;
		} else if (ABBREVIATIONS.test(head)) continue;
		out.push(paragraph.slice(start, end));
		start = m.index + m[0].length;
	}
	const rest = paragraph.slice(start).trim();
	if (rest) out.push(rest);
	return out.some((x) => x.length > MAX_SENTENCE_CHARS) ? out.flatMap(capped) : out;
}

/**
 * Where the part of `text` after the last of `marks` starts (0 when none is in it): the clause a word's tense or mood is
 * read in, as its readers cut it with their own marks (";" and "—" for a clause, ", and " and ", but" for one of two).
 */
export function afterMark(text: string, ...marks: string[]): number {
	return Math.max(...marks.map((m) => text.lastIndexOf(m))) + 1;
}
