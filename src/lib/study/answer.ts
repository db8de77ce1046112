/**
 * Judging what the learner answered — typed text or a picked option — and the grade that follows from it. The
 * rules of judging live in checker/; this module decides what to check against and says which source matched.
 */
import { check, suggestGrade, type CheckResult } from '../checker/index';
import { RANK } from '../checker/types';
import type { Deck, DeckCard, Evidence } from '../decks/schema';
import type { Grade } from '../scheduler/fsrs';

export type AnswerCard = Pick<
	DeckCard,
	'kind' | 'format' | 'answer' | 'accept' | 'precision' | 'tolerance' | 'source' | 'variants'
>;

/** A checked answer, as the feedback shows it and the grade buttons use it. */
export interface Outcome {
	result: CheckResult;
	/**
	 * When the card's sources differ and the answer matched one of them: that source's answer and quote. Null when
	 * the sources agree (there is nothing to tell) or the answer matched none.
	 */
	matched: { answer: string; source: Evidence; variant: boolean } | null;
	suggested: Grade;
	/** The option picked, in multiple choice. */
	picked?: number;
}

/**
 * Checks typed text against the card's answer (with its accepted alternatives and the deck's aliases) and, when
 * sources differ, against each source's answer: any source's figure is right, and the best verdict wins. On a tie
 * the card's own answer wins, so a wrong answer is compared with the answer the card teaches.
 */
export function checkTyped(
	card: AnswerCard,
	deck: Pick<Deck, 'aliases'>,
	typed: string
): Pick<Outcome, 'result' | 'matched'> {
	const base = {
		kind: card.kind,
		aliases: deck.aliases,
		precision: card.precision,
		tolerance: card.tolerance,
		format: card.format
	};
	let result = check({ ...base, expected: card.answer, accept: card.accept }, typed);
	let source = card.source;
	let variant = false;
	for (const v of card.variants ?? []) {
		if (result.verdict === 'correct') break;
		const other = check({ ...base, expected: v.answer }, typed);
		if (RANK[other.verdict] > RANK[result.verdict]) {
			result = other;
			source = v.source;
			variant = true;
		}
	}
	const sourcesDiffer = (card.variants?.length ?? 0) > 0;
	const matched = sourcesDiffer && result.verdict !== 'wrong' ? { answer: result.expected, source, variant } : null;
	return { result, matched };
}

/**
 * Judges a picked option: right when it is the card's answer. No partial credit — the distractors are chosen to be
 * plausible, so "close" would reward a near miss the learner could not tell apart.
 */
export function checkChoice(card: Pick<DeckCard, 'answer'>, option: string): CheckResult {
	const expected = card.answer.trim();
	const right = option.trim().toLowerCase() === expected.toLowerCase();
	return right
		? { verdict: 'correct', reason: 'Correct', expected, typed: option }
		: { verdict: 'wrong', reason: `Not this one: the answer is ${expected}`, expected, typed: option };
}

/**
 * The grade to suggest. Typed answers follow the checker's rule (wrong → Again, close → Hard, correct → Good, fast
 * and correct → Easy). A pick is capped at Good: choosing among four shows recognition, and a fast pick of a new
 * card would otherwise graduate it for days on the strength of a lucky or easy guess.
 */
export function suggestFor(result: CheckResult, elapsedMs: number, kind: DeckCard['kind'], picked: boolean): Grade {
	const grade = suggestGrade(result, elapsedMs, kind);
	return picked ? (Math.min(grade, 3) as Grade) : grade;
}

/** A typed answer (or a gap filled in) checked, with the grade to suggest after `elapsedMs` on the card. */
export function typedOutcome(card: AnswerCard, deck: Pick<Deck, 'aliases'>, typed: string, elapsedMs: number): Outcome {
	const { result, matched } = checkTyped(card, deck, typed);
	return { result, matched, suggested: suggestFor(result, elapsedMs, card.kind, false) };
}

/** Option `index` (`option`) picked, checked, with the grade to suggest after `elapsedMs` on the card. */
export function choiceOutcome(card: AnswerCard, option: string, index: number, elapsedMs: number): Outcome {
	const result = checkChoice(card, option);
	return { result, matched: null, suggested: suggestFor(result, elapsedMs, card.kind, true), picked: index };
}
