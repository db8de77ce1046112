/**
 * Date lines: the line of a page that dates the page ("1 April 2024", "Published: Sunday 24 March 2024 10:15 GMT",
 * "МОСКВА, 23 марта 2024 г.", "موسكو، ٢٣ مارس ٢٠٢٤"). They are page furniture, not story: a date line's date is
 * the publication's, and a foreign one read as story text would put its bare year on the story's timeline.
 *
 * English ones are told by their shape. A line in another language is one when it is short, gives a day and a month
 * (in the month names of Russian, Ukrainian, Arabic, French, Spanish or German) or a numeric date, and has no more
 * than a place and an agency besides.
 */
import { parseDate } from './dates';

/** Words of an English date line. */
const ENGLISH =
	/^(?:(?:published|updated|posted)(?: on)?:?\s*)?(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}(?:[\s,]+\d{1,2}[:.]\d{2}.*)?$/i;

/**
 * The day an English date line dates its page, as YYYY-MM-DD, and whether the line says it is when the page was last
 * updated ("Updated Monday 23 September 2013"); undefined for any other line, and for one that gives no year.
 */
export function dateLineDay(line: string): { iso: string; updated: boolean } | undefined {
	const p = line.trim();
	if (!ENGLISH.test(p)) return undefined;
	// The time after the date ("… 2024 10:15 GMT") is no part of the day.
	const d = parseDate(p.replace(/[\s,]+\d{1,2}[:.]\d{2}.*$/, ''));
	if (d?.year === undefined || d.month === undefined || d.day === undefined) return undefined;
	const pad = (n: number) => String(n).padStart(2, '0');
	return { iso: `${d.year}-${pad(d.month)}-${pad(d.day)}`, updated: /^updated\b/i.test(p) };
}

/** French month names, January to December: in date lines, and in English text that keeps them ("14 juillet"). */
export const FRENCH_MONTHS =
	'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');

/** Month names of other languages, each list January to December; Russian and Ukrainian in the genitive of dates. */
const FOREIGN_MONTHS: string[][] = [
	'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' '),
	'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(' '),
	'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня'.split(' '),
	'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'.split(' '),
	FRENCH_MONTHS,
	'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
	'januar februar märz april mai juni juli august september oktober november dezember'.split(' ')
];

/** Arabic-Indic and Persian digits to ASCII, so "٢٣" reads as 23. */
function asciiDigits(text: string): string {
	return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));
}

function foreignMonth(word: string): number | undefined {
	const w = word.toLowerCase();
	for (const names of FOREIGN_MONTHS) {
		const k = names.indexOf(w);
		if (k >= 0) return k + 1;
	}
	return undefined;
}

/** Longest date line read: twelve words of a place, an agency and a date fit well within it. */
const MAX_LINE = 160;
const ANY_DIGIT = /[\d\u0660-\u0669\u06f0-\u06f9]/;

/** Text made only of ASCII, Latin-1 and general punctuation (dashes, curly quotes): no other script in it. */
const LATIN_1 = /^[\t\n\r\u0020-\u00ff\u2000-\u206f]*$/;

/** A letter of any script but Latin. */
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;

/** Words of a date line that are not the date: a year mark ("г.", "года", "р."), "le", "de", a time. */
const DATE_FILLER = /^(?:г|года|року|р|le|de|del|den|am|في|h|gmt|utc|msk)$/i;

/** The date a foreign date line gives, as ISO, or `undefined` when `line` is not one. */
export function readForeignDateLine(line: string): string | undefined {
	// Most paragraphs are story: too long, or without a digit, they cannot be a date line (checked before any work).
	if (line.length > MAX_LINE || !ANY_DIGIT.test(line)) return undefined;
	const text = asciiDigits(line.trim());
	const words = text.split(/[\s,،.:()–—-]+/u).filter((w) => w.length > 0);
	if (words.length === 0 || words.length > 12) return undefined;
	let day: number | undefined;
	let month: number | undefined;
	let year: number | undefined;
	let other = 0;
	for (const w of words) {
		const m = foreignMonth(w);
		if (m !== undefined && month === undefined) month = m;
		else if (/^\d{4}$/.test(w)) year ??= Number(w);
		else if (/^\d{1,2}$/.test(w)) day ??= Number(w);
		else if (/^\d{1,2}[./]\d{1,2}[./]\d{4}$/.test(w)) {
			const [d, mo, y] = w.split(/[./]/).map(Number);
			[day, month, year] = [d, mo, y];
		} else if (!DATE_FILLER.test(w) && !/^\d/.test(w)) other++;
	}
	// A place and an agency ("МОСКВА", "РИА Новости") at most: more words make it a sentence that has a date in it.
	if (month === undefined || day === undefined || day > 31 || other > 3) return undefined;
	const pad = (n: number) => String(n).padStart(2, '0');
	return year === undefined ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Whether most of a paragraph's letters are of a script other than Latin (Cyrillic, Arabic, …): text the English
 * reader cannot read, whose numbers and years must not reach the story ("КИЕВ, 1 апреля 2024 г. — …").
 */
export function inOtherScript(paragraph: string): boolean {
	// One scan settles the usual case, a paragraph with no letter outside the Latin script (ASCII and Latin-1 first,
	// which a regex engine checks far faster than Unicode script properties).
	if (LATIN_1.test(paragraph) || !NON_LATIN_LETTER.test(paragraph)) return false;
	const letters = paragraph.match(/\p{L}/gu)?.length ?? 0;
	const latin = paragraph.match(/\p{Script=Latin}/gu)?.length ?? 0;
	return latin / letters < 0.5;
}

/** Whether a paragraph is a date line, in English or in another language. */
export function isDateLine(paragraph: string): boolean {
	const p = paragraph.trim();
	return ENGLISH.test(p) || readForeignDateLine(p) !== undefined;
}
