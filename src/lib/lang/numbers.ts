/**
 * The one reader of numbers: digits ("1,155", "1.5 million"), words ("one hundred and thirty", "a hundred", "two
 * dozen", "forty-two"), fractions ("a third", "half a year", "a year and a half"), percentages ("40 percent", "40%"),
 * units of time ("six weeks") and the qualifiers in front ("more than") or behind ("100+"). Reading only — a
 * misspelt number word is simply not a number, so "one hundered" is never repaired into 100.
 */
import { DENOMINATORS, NUMBER_WORDS, SCALES, STOP_WORDS } from './english';
import { fold } from './fold';
import { remembered } from './remembered';
import { readQualifier, readQualifierAfter, type Qualifier } from './qualifiers';
import { timeUnit, type TimeUnit } from './units';

export interface NumberMention {
	value: number;
	qualifier: Qualifier;
	percent: boolean;
	/** Written as a fraction ("a third"), so it can meet a percentage ("33 percent"). */
	fraction: boolean;
	/** The unit of time counted ("six months" → month): part of the value, never ignored. */
	unit?: TimeUnit;
	/** The word the number counts ("civilians", "soldiers"), lightly stemmed, to pair numbers in a list. */
	noun?: string;
	/** The mention as read, for reasons ("more than 130"). */
	text: string;
	/** Token positions [start, end) of the mention, qualifier and unit included. */
	span: [number, number];
}

/** One to ninety-nine in words; the teens before the units, so "fourteen" is never read as "four". */
const WORD_BELOW_100 =
	'(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)';

/**
 * Regex source matching one number as the generator finds them in running text: digits, or number words with their
 * hundreds and thousands ("one hundred and twenty-four", "two thousand"), so a count in words is read whole (never the
 * "one" of "no-one"), and never a part of a date or score written in figures ("on 14.10.2015" is no count of 10.2015,
 * "9/11" none of 9).
 */
export const NUMBER = `(?:(?<!\\d[.,/])(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?![.,/]\\d)|(?<![A-Za-z]-)${WORD_BELOW_100}(?:\\s+dozen\\b|\\s+(?:hundred|thousand)(?:\\s+(?:and\\s+)?${WORD_BELOW_100}(?![\\s-]+(?:hundred|thousand)))?)?|a hundred|a dozen|dozens|hundreds)`;

/**
 * How every NUMBER match ends: a digit, a unit or a teen ("forty-two", "fourteen"), a ten ("twenty"), "hundred",
 * "thousand" or "dozen(s)". A cheap test for a count before some words, run before a long pattern that holds NUMBER
 * there (a long pattern costs most the first time it runs, when it is compiled).
 */
export const NUMBER_END =
	'(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|hundreds?|thousand|dozens?)';

/** Words after a number that say nothing about what it counts, so they cannot pair the numbers of a list. */
const UNCOUNTED = new Set(['people', 'others', 'persons', 'killed', 'dead', 'injured', 'wounded']);

const TOKEN = /\d[\d,]*(?:\.\d+)?|[a-z]+|[+%~]/g;

/** Folded tokens: numbers with their separators, words, and the signs + % ~. */
export function tokens(text: string): string[] {
	return fold(text).match(TOKEN) ?? [];
}

function digitValue(token: string): number | undefined {
	// "1,155" groups thousands; a comma anywhere else ("1,15") is not a number we can trust.
	if (token.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(token)) return undefined;
	const n = Number(token.replace(/,/g, ''));
	return Number.isFinite(n) ? n : undefined;
}

interface Read {
	value: number;
	next: number;
	fraction: boolean;
}

/** Number words from `i`: "one hundred and thirty", "a hundred", "two dozen", "a third", "forty-two". */
function readWords(ts: readonly string[], i: number): Read | undefined {
	let total = 0;
	let current = 0;
	let seen = false;
	let j = i;
	for (; j < ts.length; j++) {
		const t = ts[j]!;
		const after = ts[j + 1] ?? '';
		if (t === 'a' && !seen && (after in SCALES || after === 'dozen' || after in DENOMINATORS)) current = 1;
		else if (t in NUMBER_WORDS) current += NUMBER_WORDS[t]!;
		else if (t === 'dozen' && (seen || current > 0)) current = (current || 1) * 12;
		else if (t in SCALES && (seen || current > 0)) {
			current = (current || 1) * SCALES[t]!;
			// "two thousand three hundred": a thousand or more closes a group, as in writing the digits.
			if (SCALES[t]! >= 1000) {
				total += current;
				current = 0;
			}
		} else if (t in DENOMINATORS && (current > 0 || (!seen && t.startsWith('half')))) {
			const numerator = current || 1;
			return { value: total + numerator / DENOMINATORS[t]!, next: j + 1, fraction: true };
		} else if (t === 'and' && seen && after in NUMBER_WORDS) continue;
		else break;
		seen = true;
	}
	return seen && j > i ? { value: total + current, next: j, fraction: false } : undefined;
}

/** A number at token `i`: digits (with an optional scale word), number words, or "a"/"an" before a unit of time. */
export function readNumberAt(ts: readonly string[], i: number): Read | undefined {
	const t = ts[i]!;
	if (/^\d/.test(t)) {
		const value = digitValue(t);
		if (value === undefined) return undefined;
		const scale = SCALES[ts[i + 1] ?? ''];
		return scale ? { value: value * scale, next: i + 2, fraction: false } : { value, next: i + 1, fraction: false };
	}
	// "a fortnight", "a decade", "a year and a half": the article counts one.
	if ((t === 'a' || t === 'an') && timeUnit(ts[i + 1])) return { value: 1, next: i + 1, fraction: false };
	return readWords(ts, i);
}

/** "and a half" at `j`: adds 0.5 ("one and a half years", "a year and a half"). */
const andAHalf = (ts: readonly string[], j: number) => ts[j] === 'and' && ts[j + 1] === 'a' && ts[j + 2] === 'half';

/** The unit of time after a number, past "a"/"of a" for fractions ("half a year", "a quarter of a century"). */
function readUnit(ts: readonly string[], j: number, fraction: boolean): [TimeUnit, number] | undefined {
	let k = j;
	if (fraction && ts[k] === 'of') k++;
	if (fraction && (ts[k] === 'a' || ts[k] === 'an')) k++;
	const unit = timeUnit(ts[k]);
	return unit ? [unit, k + 1] : undefined;
}

/** One mention starting at token `i`, or `undefined` when no number starts there. */
function readMention(ts: readonly string[], i: number): NumberMention | undefined {
	const q = readQualifier(ts, i);
	const start = q ? q[1] : i;
	const read = start < ts.length ? readNumberAt(ts, start) : undefined;
	if (!read) return undefined;
	let { value } = read;
	let qualifier: Qualifier = q ? q[0] : 'exact';
	let j = read.next;
	if (andAHalf(ts, j)) [value, j] = [value + 0.5, j + 3];
	if (ts[j] === '+' || ts[j] === 'plus') {
		if (!q) qualifier = 'more';
		j++;
	}
	// "400 or more", "20 or so": the qualifier after the number.
	const after = q ? undefined : readQualifierAfter(ts, j);
	if (after) [qualifier, j] = after;
	const percentWords = ts[j] === '%' || ts[j] === 'percent' ? 1 : ts[j] === 'per' && ts[j + 1] === 'cent' ? 2 : 0;
	j += percentWords;
	const unit = percentWords ? undefined : readUnit(ts, j, read.fraction);
	if (unit) {
		j = unit[1];
		if (andAHalf(ts, j)) [value, j] = [value + 0.5, j + 3];
	}
	const noun = ts.slice(j, j + 2).find((w) => /^[a-z]{3,}$/.test(w) && !STOP_WORDS.has(w) && !UNCOUNTED.has(w));
	return {
		value,
		qualifier,
		percent: percentWords > 0,
		fraction: read.fraction && !unit,
		unit: unit?.[0],
		noun: unit ? undefined : noun?.replace(/s$/, ''),
		text: ts
			.slice(i, j)
			.join(' ')
			.replace(/ ([+%])/g, '$1'),
		span: [i, j]
	};
}

/** Every number mentioned in `text`, in order, with its qualifier, percent sign, unit and counted noun. */
export function findNumbers(text: string): NumberMention[] {
	const ts = tokens(text);
	const found: NumberMention[] = [];
	for (let i = 0; i < ts.length;) {
		const m = readMention(ts, i);
		if (m) found.push(m);
		i = m ? m.span[1] : i + 1;
	}
	return found;
}

/** The text with every number, its qualifier, percent sign and unit taken out: the words a number was said about. */
export function withoutNumbers(text: string): string {
	const ts = tokens(text);
	const kept: string[] = [];
	for (let i = 0; i < ts.length;) {
		const m = readMention(ts, i);
		if (m) i = m.span[1];
		else kept.push(ts[i++]!);
	}
	return kept.filter((w) => !['%', '+', '~'].includes(w)).join(' ');
}

/**
 * Reads a whole phrase as one number ("three", "151", "1,200", "a dozen", "twenty-five", "half"); `undefined` when
 * it is not exactly one number ("dozens" has no single value). For figures found in running text by `NUMBER`.
 */
// Remembered per phrase: the generator reads the same few figures once for every rule that finds them, and folding a
// phrase costs more than the reading itself.
export const readNumber: (text: string) => number | undefined = remembered(readWhole);

/** `readNumber` without its memory. */
function readWhole(text: string): number | undefined {
	const ts = tokens(text.replace(/-/g, ' '));
	if (ts.length === 0) return undefined;
	// "a day later", "an hour later": the article alone counts one.
	if (ts.length === 1 && (ts[0] === 'a' || ts[0] === 'an')) return 1;
	const read = readNumberAt(ts, 0);
	return read && read.next === ts.length ? read.value : undefined;
}

/**
 * A share as a whole percentage: "40 percent" and "40%" are 40, "a third" 33, "two-thirds" 67, "half" 50;
 * `undefined` when the phrase is not exactly one share.
 */
export function readShare(text: string): number | undefined {
	const [m, ...rest] = findNumbers(text.replace(/-/g, ' '));
	if (!m || rest.length > 0 || m.unit) return undefined;
	if (m.percent) return m.value;
	return m.fraction ? Math.round(m.value * 100) : undefined;
}

/**
 * A figure written in a headline or a sentence, read whole: "100+" is more than 100, "more than 130" more than 130,
 * "six weeks" six of unit week. The first figure of `text`, or `undefined` when it holds none.
 */
export function readQuantity(
	text: string
): Pick<NumberMention, 'value' | 'qualifier' | 'unit' | 'percent'> | undefined {
	const m = findNumbers(text)[0];
	return m && { value: m.value, qualifier: m.qualifier, unit: m.unit, percent: m.percent };
}
