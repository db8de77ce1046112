/**
 * How the evaluation bench reads a card: which kind it is, which labelled event its prompt names, which count it asks
 * for, and the number or date its answer gives. Numbers and dates go through the generator's own readers, so the
 * bench never disagrees with the app about what "more than 130" or "22 March 2024" means.
 */
import type { DeckCard } from '../../src/lib/decks/schema';
import { findDates, MONTHS } from '../../src/lib/generator/dates';
import { NUMBER, readNumber } from '../../src/lib/generator/numbers';
import { REPORT_LEAD } from '../../src/lib/generator/prompts';
import type { EvalLabels, LabelEvent, Measure } from './eval-labels';

export const KINDS = ['tolls', 'dates', 'claims', 'roles'] as const;
export type Kind = (typeof KINDS)[number];

export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `words` as whole words, ignoring case, so the event "Nice" is not named by "a nice day" at the start of a line. */
const wordsRe = (words: string, flags = '') =>
	new RegExp(`(?<![\\p{L}\\p{N}])${escape(words)}(?![\\p{L}\\p{N}])`, `iu${flags}`);
export const holds = (text: string, words: string) => wordsRe(words).test(text);

/** Characters between a span and the blank of a cloze prompt (0 when they touch or there is no blank). */
function gap(start: number, end: number, blank: number): number {
	if (blank < 0) return 0;
	return end <= blank ? blank - end : start >= blank + 4 ? start - blank - 4 : 0;
}

/**
 * The labelled event a prompt names: the one whose name it contains — in a cloze, the name nearest the blank, since a
 * sentence may mention several events — and then the longest name. A date written out with its month ("the 7 July
 * 2005 attack") names an event of that date, below any name. `prefer` narrows the choice to events that have labels of the
 * card's kind ("arrested in raids after the Westminster attack" is about the raids' arrests). Two events named equally
 * name neither.
 */
export function namedEvent(
	prompt: string,
	l: EvalLabels,
	prefer: (e: LabelEvent) => boolean = () => true
): LabelEvent | undefined {
	const blank = prompt.indexOf('____');
	const datesOf = (e: LabelEvent) => [
		...(e.date ? [e.date] : []),
		...l.dates.filter((d) => d.event === e.id).map((d) => d.iso)
	];
	const written = findDates(prompt, { published: { iso: l.meta.published, precision: 'day' } }).filter(
		(d) => d.precision !== 'year' && MONTHS.some((m) => d.text.includes(m))
	);
	const named = l.events.flatMap((e) => {
		const hits = e.names.flatMap((n) =>
			[...prompt.matchAll(wordsRe(n, 'g'))].map((m) => ({
				e,
				len: n.length,
				gap: gap(m.index, m.index + n.length, blank)
			}))
		);
		// A date is a weaker name than any word: it ranks below every name and ties with events of the same day.
		for (const d of written)
			if (datesOf(e).includes(d.iso)) hits.push({ e, len: 0.5, gap: gap(d.index, d.index + d.text.length, blank) });
		hits.sort((a, b) => a.gap - b.gap || b.len - a.len);
		return hits.slice(0, 1);
	});
	const pool = named.some((x) => prefer(x.e)) ? named.filter((x) => prefer(x.e)) : named;
	pool.sort((a, b) => a.gap - b.gap || b.len - a.len);
	const [first, second] = pool;
	if (!first || (second && second.gap === first.gap && second.len === first.len)) return undefined;
	return first.e;
}

/**
 * The words a cloze card blanked out, as a span of the document: the prompt is a verbatim quote (but for its opening)
 * with `____` in place of the answer's words, so the text around the blank finds them.
 */
export function blankedSpan(prompt: string, text: string): [number, number] | undefined {
	return asWritten(ownWords(prompt, text), text);
}

/**
 * A cloze's own words: "From a report on the attack in Lahore: Police said … ____." opens with the event of the report
 * its clause is from, which is not the text's; the rest is. A prompt found in the text as it stands is all its own.
 */
export function ownWords(prompt: string, text: string): string {
	const lead = prompt.startsWith(REPORT_LEAD) ? /^[^:]+: /.exec(prompt) : null;
	return lead && !asWritten(prompt, text) ? prompt.slice(lead[0].length) : prompt;
}

function asWritten(prompt: string, text: string): [number, number] | undefined {
	const i = prompt.indexOf('____');
	if (i < 0) return undefined;
	const before = prompt.slice(0, i);
	// A gap cut from inside a sentence opens as a sentence (the generator's asSentence): "and police said …" is asked
	// as "Police said …". Its opening letter is found in either case, after a conjunction the prompt dropped.
	const first = before[0] ?? '';
	const opening = /\p{L}/u.test(first)
		? `(?:(?:and|but|or|while|whereas|so)\\s+)?[${first.toLowerCase()}${first.toUpperCase()}]`
		: escape(first);
	const m = new RegExp(`(${opening}${escape(before.slice(1))})([^\\n]{1,80}?)${escape(prompt.slice(i + 4))}`, 'u').exec(
		text
	);
	return m ? [m.index + m[1]!.length, m.index + m[1]!.length + m[2]!.length] : undefined;
}

const MEASURE_WORDS: [Measure, RegExp][] = [
	['killed', /\b(?:kill(?:ed|ing|s)?|died|dead|deaths?|lives|fatalities|bodies|toll)\b/gi],
	['wounded', /\b(?:wound(?:ed|ing|s)?|injur(?:ed|ing|y|ies)|hurt|hospitali[sz]ed|critical(?:ly)?)\b/gi],
	['missing', /\bmissing\b/gi],
	['arrested', /\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing)?|custody|captur(?:ed|ing))\b/gi],
	['abducted', /\b(?:abduct(?:ed|ing)|kidnap(?:ped|ping)|seized|taken hostage)\b/gi],
	['escaped', /\b(?:escap(?:ed|ing)|fled)\b/gi]
];

/** The count a prompt asks for: in a cloze, the measure word nearest the blank; in a question, the first one. */
export function measureOf(prompt: string): Measure | undefined {
	const blank = prompt.indexOf('____');
	let best: { m: Measure; d: number } | undefined;
	for (const [m, re] of MEASURE_WORDS)
		for (const hit of prompt.matchAll(re)) {
			const d = blank >= 0 ? Math.abs(hit.index - blank) : hit.index;
			if (!best || d < best.d) best = { m, d };
		}
	return best?.m;
}

/** The first number an answer gives ("more than 130" → 130), by the generator's number reader. */
export function numberOf(answer: string): number | undefined {
	for (const m of answer.toLowerCase().matchAll(new RegExp(`\\b${NUMBER}`, 'g'))) {
		const n = readNumber(m[0]);
		if (n !== undefined) return n;
	}
	return undefined;
}

/** The card's date in ISO form, read from its answer (or an accepted answer) by the generator's date reader. */
export function dateOf(card: Pick<DeckCard, 'answer' | 'accept'>, published: string): string | undefined {
	for (const text of [card.answer, ...(card.accept ?? [])]) {
		const found = findDates(text, { published: { iso: published, precision: 'day' } });
		if (found.length) return found[0]!.iso;
	}
	return undefined;
}

/** Whether a prompt asks about a labelled group of victims ("children", "US service members"). */
export function asksAbout(prompt: string, victims: string | undefined): boolean {
	if (!victims) return true;
	const p = prompt.toLowerCase();
	return victims
		.toLowerCase()
		.split(/\s+/)
		.filter((w) => w.length >= 2 && !['of', 'in', 'the', 'a'].includes(w))
		.some((w) => p.includes(w.slice(0, 6)));
}

/** Which of the scored kinds a card is, if any (motives, figures, blame and warnings are not scored here). */
export function kindOf(card: Pick<DeckCard, 'kind' | 'prompt'>): Kind | undefined {
	if (card.kind === 'toll') return 'tolls';
	if (card.kind === 'date') return 'dates';
	if (card.kind !== 'actor') return undefined;
	if (/\bclaim/i.test(card.prompt)) return 'claims';
	// (Blame, warnings and denials are not labelled: the set labels who claimed, not who denied.)
	return /\b(?:blame|warn|denied)/i.test(card.prompt) ? undefined : 'roles';
}
