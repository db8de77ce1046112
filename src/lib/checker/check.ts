/**
 * The answer checker's entry point: judges a typed answer like a careful instructor would, by the rules of the
 * card's kind — numbers for tolls and figures, dates at the card's precision, names for actors, key-phrase overlap
 * for motives — against the answer and each accepted alternative, keeping the best verdict.
 */
import { judgeDate } from './date-check';
import { diffChars } from './diff';
import { judgeFigures } from './figures';
import { judgeName } from './names';
import { findNumbers, withoutNumbers } from '../lang/numbers';
import { MAX_TYPED, nameWords, unreadable } from './normalize';
import { contentWords, judgeText } from './text';
import { RANK, type CheckInput, type CheckResult, type Judgement } from './types';

/** Answers longer than this many words are free text, judged by overlap rather than as a name. */
const NAME_WORDS = 3;

/** Numbers inside a name or term ("40 percent of Iraq"): the number must be right, and the words around it too. */
function judgeMixed(expected: string, typed: string, input: CheckInput): Judgement {
	const words = judgeName(expected, typed, input.aliases);
	const figures = judgeFigures(expected, typed, input.tolerance);
	if (!figures || words.verdict === 'correct') return words;
	if (figures.verdict !== 'correct') return figures;
	const known = new Set(contentWords(withoutNumbers(expected)));
	const extra = contentWords(withoutNumbers(typed)).filter((w) => !known.has(w));
	return extra.length === 0
		? figures
		: { verdict: 'close', reason: `Right number; check the rest: ${expected.trim()}` };
}

/** Judge `typed` against one expected text by the rules of the card's kind. */
function judgeOne(input: CheckInput, expected: string, typed: string): Judgement {
	const aliases = input.aliases ?? [];
	const long = nameWords(expected).length > NAME_WORDS;
	switch (input.kind) {
		case 'date':
			return judgeDate(expected, typed, input.precision) ?? judgeName(expected, typed, aliases);
		case 'toll':
		case 'figure':
			return judgeFigures(expected, typed, input.tolerance) ?? judgeName(expected, typed, aliases);
		case 'motive':
			return judgeText(expected, typed);
		case 'actor':
		case 'other': {
			if (findNumbers(expected).length > 0) return judgeMixed(expected, typed, input);
			const name = judgeName(expected, typed, aliases);
			// A long answer in an "other" card, or a long cloze gap, is free text: a paraphrase cannot match as a
			// name, so overlap decides — unless it matched exactly or as an alias.
			const freeText = long && (input.kind === 'other' || input.format === 'cloze');
			if (!freeText || name.verdict === 'correct') return name;
			const text = judgeText(expected, typed);
			return RANK[text.verdict] >= RANK[name.verdict] ? text : name;
		}
	}
}

/**
 * Judge a typed answer. Never throws: blank, huge, markup-like or symbol-only input is `wrong` with a reason.
 * `diff` is set whenever the typed text is not exactly the expected text and both are short enough to diff.
 */
export function check(input: CheckInput, typed: string): CheckResult {
	const expected = input.expected;
	const shown = typed.length > MAX_TYPED ? `${typed.slice(0, MAX_TYPED)}…` : typed;
	const refusal = unreadable(typed) ?? (expected.trim() === '' ? 'The card has no answer to check against' : undefined);
	if (refusal) return { verdict: 'wrong', reason: refusal, expected, typed: shown };
	const candidates = [expected, ...(input.accept ?? [])];
	let best: Judgement | undefined;
	for (const [k, candidate] of candidates.entries()) {
		let j = judgeOne(input, candidate, typed);
		if (k > 0 && j.verdict === 'correct' && j.reason === 'Correct') {
			j = { verdict: 'correct', reason: `Accepted: the card also accepts ${candidate.trim()}` };
		}
		if (!best || RANK[j.verdict] > RANK[best.verdict]) best = j;
		if (best.verdict === 'correct') break;
	}
	const result: CheckResult = { verdict: best!.verdict, reason: best!.reason, expected, typed };
	const exact = typed.trim().toLowerCase() === expected.trim().toLowerCase();
	const diff = exact ? undefined : diffChars(typed.trim(), expected.trim());
	return diff ? { ...result, diff } : result;
}
