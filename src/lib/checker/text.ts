/**
 * Judging free text (motives, long cloze gaps) by key-phrase overlap. A paraphrase cannot be graded by string
 * matching, and a checker that calls a paraphrase "correct" invites the self-deception the trainer exists to stop.
 * So free text is correct only when it is the expected text after normalisation; otherwise a high overlap of
 * content words is `close` — the reason shows the source's words and the trainee decides — and a low one is wrong.
 */
import { fold, STOP_WORDS, words } from './normalize';
import { editDistance } from './typos';
import type { Judgement } from './types';

/** Share of the expected content words a paraphrase must contain to be worth showing as close. */
export const CLOSE_OVERLAP = 0.5;

/**
 * Light stemming: enough that "amplifies", "amplifying" and "amplify" meet, and British and American spellings
 * ("globalise", "globalize") agree; no dictionary, so the study page stays small.
 */
export function stem(word: string): string {
	let w = word.replace(/iz(e|ing|ed|es|ation)$/, 'is$1');
	for (const [suffix, repl] of [
		['ational', 'ate'],
		['isation', 'ise'],
		['ization', 'ise'],
		['ations', 'ate'],
		['ation', 'ate'],
		['ities', 'ity'],
		['ically', 'ic'],
		['ness', ''],
		['ment', ''],
		['ies', 'y'],
		['ied', 'y'],
		['ing', ''],
		['ly', ''],
		['ed', ''],
		['es', ''],
		['s', '']
	] as const) {
		if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
			w = w.slice(0, w.length - suffix.length) + repl;
			break;
		}
	}
	// "amplify" → "amplif", "globalise" → "globalis": drop a final vowel or y so verb forms meet their stems.
	return w.replace(/[eiy]$/, '');
}

/** The content words of a text, stemmed, in order, without repeats. */
export function contentWords(text: string): string[] {
	return [
		...new Set(
			words(fold(text))
				.filter((w) => !STOP_WORDS.has(w) && w.length > 1)
				.map(stem)
		)
	];
}

/** A typed stem counts for an expected one when equal, or one slip away in a long word. */
function meets(want: string, got: string[]): boolean {
	return got.some((g) => g === want || (want.length >= 6 && editDistance(want, g, 1) <= 1));
}

/** Judge free text against one expected text. */
export function judgeText(expected: string, typed: string): Judgement {
	const norm = (s: string) =>
		words(fold(s))
			.filter((w) => w !== 'the' && w !== 'a' && w !== 'an')
			.join(' ');
	if (norm(expected) === norm(typed)) return { verdict: 'correct', reason: 'Correct' };
	const want = contentWords(expected);
	const got = contentWords(typed);
	if (want.length === 0) return { verdict: 'wrong', reason: `The answer is: ${expected.trim()}` };
	const hits = want.filter((w) => meets(w, got)).length;
	const overlap = hits / want.length;
	if (overlap >= CLOSE_OVERLAP) {
		return { verdict: 'close', reason: `Close in meaning; compare with the source: "${expected.trim()}"` };
	}
	const says = `the source says: "${expected.trim()}"`;
	return { verdict: 'wrong', reason: hits > 0 ? `Only partly there; ${says}` : `Not it; ${says}` };
}
