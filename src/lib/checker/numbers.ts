/**
 * Reading numbers the way briefings write them: digits ("1,155", "1.5 million"), words ("one hundred and thirty",
 * "a hundred", "two dozen"), fractions ("a third"), percentages ("40 percent", "40%") and the qualifiers that come
 * with them ("more than", "at least", "nearly", "130+"). Reading only — typos in numbers are never repaired: a
 * misspelt number word is simply not a number.
 */
import { NUMBER_WORDS } from '../lang/english';
import { fold, STOP_WORDS } from './normalize';

/**
 * What a qualifier claims about the true value: `more`/`atLeast` give a lower bound, `nearly`/`less`/`atMost` an
 * upper bound, `about` a round figure either side, `exact` no qualifier at all.
 */
export type Qualifier = 'exact' | 'more' | 'atLeast' | 'about' | 'nearly' | 'less' | 'atMost';

export interface NumberMention {
	value: number;
	qualifier: Qualifier;
	percent: boolean;
	/** Written as a fraction ("a third"), so it can meet a percentage ("33 percent"). */
	fraction: boolean;
	/** The word the number counts ("civilians", "soldiers"), lightly stemmed, to pair numbers in a list. */
	noun?: string;
	/** The mention as read, for reasons ("more than 130"). */
	text: string;
}

/** Longest phrases first, so "no more than" is not read as "more than". */
const QUALIFIERS: [string, Qualifier][] = [
	['no fewer than', 'atLeast'],
	['no less than', 'atLeast'],
	['no more than', 'atMost'],
	['a minimum of', 'atLeast'],
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
];

const UNITS: Readonly<Record<string, number>> = NUMBER_WORDS;
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const DENOMINATORS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4 };

/** Words after a number that say nothing about what it counts, so they cannot pair the numbers of a list. */
const UNCOUNTED = new Set(['people', 'others', 'persons', 'killed', 'dead', 'injured', 'wounded']);

const TOKEN = /\d[\d,]*(?:\.\d+)?|[a-z]+|[+%~]/g;

function tokens(text: string): string[] {
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
function readWords(ts: string[], i: number): Read | undefined {
	let total = 0;
	let current = 0;
	let seen = false;
	let j = i;
	for (; j < ts.length; j++) {
		const t = ts[j]!;
		const after = ts[j + 1] ?? '';
		if (t === 'a' && !seen && (after in SCALES || after === 'dozen' || after in DENOMINATORS)) current = 1;
		else if (t in UNITS) current += UNITS[t]!;
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
		} else if (t === 'and' && seen && (after in UNITS || after === 'a')) continue;
		else break;
		seen = true;
	}
	return seen && j > i ? { value: total + current, next: j, fraction: false } : undefined;
}

/** A number at `i`, written in digits (with an optional scale word) or in words. */
function readNumber(ts: string[], i: number): Read | undefined {
	const t = ts[i]!;
	if (/^\d/.test(t)) {
		const value = digitValue(t);
		if (value === undefined) return undefined;
		const scale = SCALES[ts[i + 1] ?? ''];
		return scale ? { value: value * scale, next: i + 2, fraction: false } : { value, next: i + 1, fraction: false };
	}
	return readWords(ts, i);
}

function readQualifier(ts: string[], i: number): [Qualifier, number] | undefined {
	for (const [phrase, q] of QUALIFIERS) {
		const parts = phrase.split(' ');
		if (parts.every((p, k) => ts[i + k] === p)) return [q, i + parts.length];
	}
	return undefined;
}

/** Every number mentioned in `text`, in order, with its qualifier, percent sign and counted noun. */
export function findNumbers(text: string): NumberMention[] {
	const ts = tokens(text);
	const found: NumberMention[] = [];
	for (let i = 0; i < ts.length;) {
		const q = readQualifier(ts, i);
		const start = q ? q[1] : i;
		const read = start < ts.length ? readNumber(ts, start) : undefined;
		if (!read) {
			i++;
			continue;
		}
		let qualifier: Qualifier = q ? q[0] : 'exact';
		let j = read.next;
		if (ts[j] === '+' || ts[j] === 'plus') {
			if (!q) qualifier = 'more';
			j++;
		}
		const percentWords = ts[j] === '%' || ts[j] === 'percent' ? 1 : ts[j] === 'per' && ts[j + 1] === 'cent' ? 2 : 0;
		const percent = percentWords > 0;
		j += percentWords;
		const noun = ts.slice(j, j + 2).find((w) => /^[a-z]{3,}$/.test(w) && !STOP_WORDS.has(w) && !UNCOUNTED.has(w));
		found.push({
			value: read.value,
			qualifier,
			percent,
			fraction: read.fraction,
			noun: noun?.replace(/s$/, ''),
			text: ts
				.slice(i, j)
				.join(' ')
				.replace(/ ([+%])/g, '$1')
		});
		i = j;
	}
	return found;
}

/** The text with every number, qualifier and percent sign taken out: the words a number was said about. */
export function withoutNumbers(text: string): string {
	const ts = tokens(text);
	const kept: string[] = [];
	for (let i = 0; i < ts.length;) {
		const q = readQualifier(ts, i);
		const start = q ? q[1] : i;
		const read = start < ts.length ? readNumber(ts, start) : undefined;
		if (!read) kept.push(ts[i++]!);
		else i = read.next;
	}
	return kept.filter((w) => !['%', '+', 'percent', 'per', 'cent', 'plus'].includes(w)).join(' ');
}
