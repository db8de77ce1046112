/**
 * Verbatim windows of a sentence: a short quote around a match for evidence, and a whole clause for a cloze prompt.
 * A clause starts at the sentence's start or after a clause mark (semicolon, colon, dash, bracket, or a comma before
 * a lowercase word), so a prompt never opens in the middle of a name ("Kerman, Iran") or a number ("1,200"). Neither
 * reaches back into what opens a paragraph before its story (a dateline, a live entry's time, a bullet: `storyStart`)
 * unless what it quotes is there.
 */
import { storyStart } from '../lang';

/** Words either side of a match in a quote: enough to find it, short enough to read. */
const CONTEXT_WORDS = 9;
/** A window's edge moves out to its clause's edge when that is at most this many words away. */
const SNAP_WORDS = 6;
/** A clause shorter than this many words is joined to its neighbour, so a cloze has context to answer from. */
const MIN_WORDS = 8;

/**
 * A verbatim window of the sentence around [start, end): the clause it is in when that is short enough to read whole,
 * else a few words either side, widened to the clause's edges when they are near, so a quote reads as a phrase of the
 * text — never from the middle of a count ("than 100 have since been freed") or a date ("20, killing at least 22").
 */
export function quoteAround(sentence: string, start: number, end: number, words = CONTEXT_WORDS): string {
	const clause = clauseAround(sentence, start, end);
	if (wordCount(clause.text) <= 2 * words + 12) return clause.text;
	const { starts, story } = clauseStarts(sentence);
	const from = start >= story ? story : 0;
	let a = start;
	for (let n = 0; a > from && n < words; n++) {
		const prev = sentence.lastIndexOf(' ', a - 2);
		a = prev < from ? from : prev + 1;
		// A full stop inside a sentence ends an abbreviation ("Jan. 20", "St. Peter"), not a phrase.
		if (/[;:!?]\s*$/.test(sentence.slice(0, a).trimEnd().slice(-1))) break;
	}
	let b = end;
	for (let n = 0; b < sentence.length && n < words; n++) {
		const next = sentence.indexOf(' ', b + 1);
		b = next < 0 ? sentence.length : next;
		if (/[;:!?]$/.test(sentence.slice(0, b))) break;
	}
	// (Nor inside a name: "… the Monastery of St | Samuel the Confessor" opens at "St Samuel"; review 36, seen in the
	// document pane.)
	for (let n = 0; n < 4 && a > from && /^[A-Z]/.test(sentence.slice(a)); n++) {
		const prev = /(?:^|\s)([A-Z][\w'’.-]*)\s+$/.exec(sentence.slice(from, a));
		if (!prev) break;
		a -= prev[0].length - (prev[0].startsWith(' ') ? 1 : 0);
	}
	const edge = starts.findLast((x) => x <= a && x >= from);
	if (edge !== undefined && wordCount(sentence.slice(edge, a)) <= SNAP_WORDS) a = edge;
	const next = starts.find((x) => x > b);
	const stop = next === undefined ? sentence.length : next - 1;
	if (wordCount(sentence.slice(b, stop)) <= SNAP_WORDS) b = stop;
	return (
		sentence
			.slice(a, b)
			.trim()
			// A window that stops at "that", "the" or "of" reads as cut off; it ends at the word before.
			.replace(/(?:\s+(?:that|which|who|the|a|an|and|or|of|in|on|at|to|for|with|by|from|as|its|their|his|her))+$/i, '')
			.replace(/[\s,;:—–-]+$/, '')
			.replace(/^[\s,;:—–-]+/, '')
	);
}

/** Words that open a new clause after a comma; "the Taliban, took control" is one clause with an aside. */
const CLAUSE_WORD =
	/^\s+(?:and|but|or|so|yet|while|which|who|whom|whose|when|where|including|although|though|because|whereas|[a-z]+ing)\b/;

/** A colon marks a clause unless it sits inside a time or a score ("1:40 p.m.", "19:40"). */
export function isClauseColon(sentence: string, i: number): boolean {
	return sentence[i] === ':' && !(/\d/.test(sentence[i - 1] ?? '') && /\d/.test(sentence[i + 1] ?? ''));
}

/** Whether the character at `i` ends a clause: a semicolon, a dash or a colon that is not part of a time. */
export function isClauseMark(sentence: string, i: number): boolean {
	// A character compare, not a regex: this runs for every character between two positions of a sentence.
	const c = sentence[i];
	return c === ';' || c === '—' || c === '–' || isClauseColon(sentence, i);
}

/**
 * Offsets where a clause may start: the sentence start and just after each clause mark; and where the story's own words
 * start (`storyStart`), which is the second offset when something opens the sentence before them.
 */
function clauseStarts(sentence: string): Starts {
	// Each date and count of a sentence asks for its clause in turn, so the sentence read last is remembered.
	if (lastStarts?.sentence !== sentence) lastStarts = { sentence, ...findClauseStarts(sentence) };
	return lastStarts;
}
interface Starts {
	starts: readonly number[];
	story: number;
}
let lastStarts: (Starts & { sentence: string }) | undefined;

function findClauseStarts(sentence: string): Starts {
	// The story's first words start a clause, and nothing between the sentence's start and them does.
	const story = storyStart(sentence);
	const starts = story ? [0, story] : [0];
	for (let i = story; i < sentence.length; i++) {
		const c = sentence[i]!;
		// "The Armed Conflict Location and Event Data project (ACLED) recorded …", "Islamic State (ISIS) cells": a name
		// in brackets is part of the noun phrase, no clause.
		if (c === '(') {
			const close = sentence.indexOf(')', i);
			if (
				close > i &&
				close - i <= 40 &&
				/^[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,3}$/.test(sentence.slice(i + 1, close))
			) {
				i = close;
				continue;
			}
		}
		if (c === '(' || c === ')' || isClauseMark(sentence, i)) starts.push(i + 1);
		else if (c === ',' && CLAUSE_WORD.test(sentence.slice(i + 1, i + 16))) starts.push(i + 1);
	}
	return { starts, story };
}

/** The runs of non-space characters: the words `trim().split(/\s+/)` gives, without building the list. */
const WORD_RUN = /\S+/g;
function wordCount(s: string): number {
	let n = 0;
	WORD_RUN.lastIndex = 0;
	while (WORD_RUN.test(s)) n++;
	return n;
}

/** A relative clause's opening word. */
const RELATIVE_START = /^\s*(?:which|who|whom|whose|where|when)\b/;
/** A clause whose verb shares the subject of the clause before: "and thanked", "and were charged", "but withdrew". */
const SHARED_SUBJECT =
	/^\s*(?:and|but|or|yet)\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|were|was|had|have|has|is|are|will|would|could|did|withdrew|took|sent|made|gave|left|went|fled|came|began|struck|fought|drove|held|kept|lost|won|told|said|saw|got|became|built|rebuilt|brought|bought|paid|ran|set|put|led|met|stood|shot|threw|wrote|spoke|rode|broke|chose|hid|fell|flew|grew|knew|rose|sought|taught|thought|caught|swore|tore|wore|bore|beat|blew|dug|slew|spent|lent|sank|swam)\b/;
/**
 * The last name of a list whose verb follows it: "Two ethnic Uighur men, Adem Karadag, …, and Yusufu Mieraili, have been
 * on trial": the subject is the whole list, which starts before.
 */
const LIST_TAIL = /^\s*(?:and\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,\s+(?:have|has|were|was|are|is|had)\b/;
/**
 * A clause that opens on its verb, its subject before a bracket: 'Euskadi Ta Askatasuna ("Basque Homeland and Freedom")
 * was founded in 1959'.
 */
const BARE_VERB = /^\s*(?:was|were|is|are|has|have|had)\s/;
/** The clause holding [start, end), joined with neighbours until it is long enough to read as a question. */
export function clauseAround(sentence: string, start: number, end: number): { text: string; offset: number } {
	const { starts, story } = clauseStarts(sentence);
	const ends = [...starts.slice(1).map((s) => s - 1), sentence.length];
	let i = starts.findLastIndex((s) => s <= start);
	let j = ends.findIndex((e) => e >= end);
	if (i < 0) i = 0;
	if (j < 0) j = ends.length - 1;
	// A clause of the story is never joined to the dateline or time stamp before it (starts[1] is where the story
	// starts, when something opens the sentence before it).
	const first = story > 0 && i >= 1 ? 1 : 0;
	const span = () => sentence.slice(starts[i]!, ends[j]!);
	// Context first from before (where the subject is), then from after.
	const gap = sentence.slice(start, end);
	while (wordCount(span().replace(gap, '')) < MIN_WORDS && (i > first || j < ends.length - 1)) {
		if (i > first) i--;
		else j++;
	}
	// "…the town of Kobani, which Kurdish fighters won back in January": a relative clause is read with what it is
	// about, which the clause before names; "…opened fire in Greektown, killing two people": so is a participle's, whose
	// subject it names. "…said the government would not allow it, and thanked the thousands who marched on Thursday": a
	// clause whose verb shares the subject of the one before is read with it, or the cloze starts at a verb with no one
	// doing it ("…, and were charged on Monday": an auxiliary straight after the conjunction has no subject of its own
	// either). Back as far as it takes: "The faction …, and is distinct from the Karialan faction, whose members
	// surrendered in 2022" goes back past both.
	if (i > first && /^\s*(?:[a-z]+ing)\b/.test(span()) && !SHARED_SUBJECT.test(span()) && !RELATIVE_START.test(span()))
		i--;
	else while (i > first && (RELATIVE_START.test(span()) || SHARED_SUBJECT.test(span()) || LIST_TAIL.test(span()))) i--;
	// 'Euskadi Ta Askatasuna ("Basque Homeland and Freedom") was founded': a verb right after a bracket has its subject
	// before the bracket opened.
	// (The span may also open inside the bracket, joined to it for length: '"Army of the North") was founded'.)
	const inBracket = /^[^()]*\)\s*(?:was|were|is|are|has|have|had)\s/.test(span());
	if (i > first && ((BARE_VERB.test(span()) && sentence[starts[i]! - 1] === ')') || inBracket)) {
		const open = sentence.lastIndexOf('(', inBracket ? starts[i]! : starts[i]! - 1);
		if (open > 0)
			i = Math.max(
				first,
				starts.findLastIndex((s) => s <= open)
			);
	}
	// "Three of the men convicted … — Amrozi Nurhasyim, his brother Ali Ghufron, …, and Imam Samudra — were executed in
	// ____": a verb after the closing dash of a list set off by dashes has its subject before the opening one.
	const closing = /^[^—–]*[—–]\s*(?:were|was|are|is|had|have|has|will|would|[a-z]+ed)\b/.exec(span());
	const opening = closing
		? Math.max(sentence.lastIndexOf('—', starts[i]! - 1), sentence.lastIndexOf('–', starts[i]! - 1))
		: -1;
	if (opening > 0)
		i = Math.max(
			first,
			starts.findLastIndex((s) => s <= opening)
		);
	const raw = span();
	const lead = raw.length - raw.trimStart().length;
	const text = raw.trim().replace(/[\s,;:—–]+$/, '');
	return { text, offset: starts[i]! + lead };
}
