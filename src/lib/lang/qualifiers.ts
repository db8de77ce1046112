/**
 * The words in front of a figure that say how the true value relates to it ("more than 130", "up to 60", "nearly
 * 300"). One table, read by the generator (to tell "more than 130" from "almost 130") and by the answer checker (to
 * judge "130" against "more than 130").
 *
 * What each meaning claims about the true value V of a figure N:
 * - `more` V > N ("more than", "over", "130+");      `atLeast` V ≥ N ("at least", "no fewer than");
 * - `less` V < N ("fewer than", "under");             `nearly`  V < N but close to it ("nearly", "almost");
 * - `atMost` V ≤ N ("up to", "at most", "no more than", "as many as");
 * - `about` V ≈ N either side ("about", "some", "an estimated");   `exact` no qualifier.
 *
 * "Up to" is `atMost`, an inclusive upper bound: "up to 60 people were killed" reports 60 as the highest count
 * given, which the true toll may reach. It used to mean a strict "<" in the generator (grouped with "nearly") and
 * "≤" in the checker; "nearly 60" says the toll stayed short of 60, which "up to 60" does not say, so the two are
 * different facts and "60" is a right answer to both only because each names 60 as its figure.
 */

export type Qualifier = 'exact' | 'more' | 'atLeast' | 'about' | 'nearly' | 'less' | 'atMost';

/** Phrases and their meaning. Read longest first, so "no more than" is never read as "more than". */
const TABLE: [string, Qualifier][] = (
	[
		['no fewer than', 'atLeast'],
		['no less than', 'atLeast'],
		['no more than', 'atMost'],
		['a minimum of', 'atLeast'],
		['a maximum of', 'atMost'],
		['as many as', 'atMost'],
		['in excess of', 'more'],
		['upwards of', 'more'],
		['more than', 'more'],
		['well over', 'more'],
		['just over', 'more'],
		['at least', 'atLeast'],
		['at most', 'atMost'],
		['up to', 'atMost'],
		['close to', 'nearly'],
		['just under', 'nearly'],
		['just short of', 'nearly'],
		['less than', 'less'],
		['fewer than', 'less'],
		['an estimated', 'about'],
		['over', 'more'],
		['above', 'more'],
		['nearly', 'nearly'],
		['almost', 'nearly'],
		['under', 'less'],
		['below', 'less'],
		['about', 'about'],
		['around', 'about'],
		['approximately', 'about'],
		['roughly', 'about'],
		['some', 'about'],
		['circa', 'about'],
		['estimated', 'about'],
		['~', 'about']
	] as [string, Qualifier][]
).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** Phrases written after the number: "400 or more", "20 or so". */
const AFTER: [string, Qualifier][] = [
	['or more', 'atLeast'],
	['or so', 'about']
];

const MEANING = new Map([...TABLE, ...AFTER]);

/** Regex source for a qualifier written in words after a number, from its first word (use with the `i` flag). */
export const QUALIFIER_AFTER = `(?:${AFTER.map(([p]) => p.replace(' ', '\\s+')).join('|')})\\b`;

/** Regex source for a qualifier written in words before a number (use with the `i` flag). */
export const QUALIFIER = `(?:${TABLE.map(([p]) => p)
	.filter((p) => /^[a-z ]+$/.test(p))
	.sort((a, b) => b.length - a.length)
	.join('|')})`;

/** The meaning of a qualifier as written ("More than", "up to"); `exact` for none or an unknown phrase. */
export function qualifierOf(phrase: string | undefined): Qualifier {
	if (!phrase) return 'exact';
	return MEANING.get(phrase.trim().toLowerCase().replace(/\s+/g, ' ')) ?? 'exact';
}

/** A qualifier starting at token `i` of folded tokens, with the index after it. */
export function readQualifier(ts: readonly string[], i: number): [Qualifier, number] | undefined {
	for (const [phrase, q] of TABLE) {
		const parts = phrase.split(' ');
		if (parts.every((p, k) => ts[i + k] === p)) return [q, i + parts.length];
	}
	return undefined;
}

/** A qualifier written after a number, starting at token `j`, with the index after it ("400 or more"). */
export function readQualifierAfter(ts: readonly string[], j: number): [Qualifier, number] | undefined {
	for (const [phrase, q] of AFTER) {
		const parts = phrase.split(' ');
		if (parts.every((p, k) => ts[j + k] === p)) return [q, j + parts.length];
	}
	return undefined;
}

/** Which side of the figure the true value lies on: above, below, or either. */
export function direction(q: Qualifier): 'up' | 'down' | 'none' {
	if (q === 'more' || q === 'atLeast') return 'up';
	if (q === 'nearly' || q === 'less' || q === 'atMost') return 'down';
	return 'none';
}

/**
 * The bound as a sign, for keys that must be equal exactly when two figures say the same thing: `>` and `>=` for
 * lower bounds, `<` and `<=` for upper ones, `~` for round figures. "Nearly" and "fewer than" share `<`: both are
 * strict upper bounds, and how close the figure is to the bound is not part of the fact.
 */
export function qualifierSign(phrase: string | undefined): string {
	return SIGN[qualifierOf(phrase)];
}

const SIGN: Record<Qualifier, string> = {
	exact: '',
	more: '>',
	atLeast: '>=',
	less: '<',
	nearly: '<',
	atMost: '<=',
	about: '~'
};
