/**
 * The one place numbers written in words or digits are read ("three", "151", "1,200", "a dozen"), shared by the date
 * finder (offsets such as "two months") and the figure finder (tolls such as "more than 130").
 */
import { NUMBER_WORDS } from '../lang/english';

const UNITS: Record<string, number> = { a: 1, an: 1, ...NUMBER_WORDS, hundred: 100, dozen: 12 };

/** A regex source matching one number: digits with thousands separators, or a number word (optionally "twenty-five"). */
export const NUMBER =
	'(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|a dozen|dozens|hundreds)';

/** Reads a number written as digits or words; `undefined` when it is not one ("dozens" has no single value). */
export function readNumber(text: string): number | undefined {
	const t = text
		.trim()
		.toLowerCase()
		.replace(/^(a|an)\s+/, (m) => (/(hundred|dozen)/.test(text) ? '' : m));
	if (/^\d[\d,]*(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
	if (t in UNITS) return UNITS[t];
	const parts = t.split('-');
	if (parts.length === 2 && parts[0]! in UNITS && parts[1]! in UNITS) return UNITS[parts[0]!]! + UNITS[parts[1]!]!;
	return undefined;
}

/**
 * Qualifiers that bound a figure, grouped by what they mean, so "more than 130" and "over 130" count as the same
 * value while "almost 100" does not.
 */
const QUALIFIERS: [RegExp, string][] = [
	[/^(more than|over|in excess of|upwards of|above)$/i, '>'],
	[/^(at least|no fewer than|no less than|a minimum of)$/i, '>='],
	[/^(nearly|almost|close to|just under|fewer than|less than|under|up to)$/i, '<'],
	[/^(about|around|roughly|some|approximately|an estimated|estimated)$/i, '~']
];

/** Regex source for a qualifier in front of a number. */
export const QUALIFIER =
	'(?:more than|over|in excess of|upwards of|above|at least|no fewer than|no less than|a minimum of|nearly|almost|close to|just under|fewer than|less than|under|up to|about|around|roughly|some|approximately|an estimated|estimated)';

/** The bound a qualifier sets: '>' for "more than" and "over", '' when there is none. */
export function qualifierSign(q: string | undefined): string {
	if (!q) return '';
	for (const [re, sign] of QUALIFIERS) if (re.test(q.trim())) return sign;
	return '';
}
