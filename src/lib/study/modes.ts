/**
 * Which way a card is answered on screen, from the chosen answer mode and where the card stands in FSRS, and which
 * on-screen keyboard suits its answer.
 */
import type { DeckCard } from '../decks/schema';
import { State } from '../scheduler/card';
import type { AnswerMode } from '../scheduler/settings';
import { distractors } from './choices';

/** How one card is answered: self-graded after a reveal, typed, picked among options, or typed into its gap. */
export type CardMode = 'reveal' | 'typed' | 'choice' | 'cloze';

/** Names and one-line descriptions of the modes, for the study screen's picker and the settings screen. */
export const MODE_TEXT: Record<AnswerMode, { label: string; hint: string }> = {
	auto: { label: 'Auto', hint: 'Multiple choice while a card is new or learning, typed once it is in review.' },
	reveal: { label: 'Reveal', hint: 'Show the answer and grade yourself.' },
	typed: { label: 'Type', hint: 'Type the answer; it is checked and a grade suggested.' },
	choice: { label: 'Choice', hint: 'Pick the answer among up to four options.' }
};

/**
 * The way `card` is answered under `mode`, given its FSRS state.
 *
 * - `reveal` always reveals: it is the learner's explicit wish to grade themselves.
 * - A cloze card is answered by filling its gap in every other mode: the gap *is* the question, and options beside
 *   a sentence with a hole would turn it into a matching game.
 * - `auto` follows Quizlet's Learn: recognition while a card is new or in its learning steps, recall (typing) once
 *   it has graduated. A relearning card has lapsed from review, so it is typed too: recall is what failed.
 * - Multiple choice needs distractors; a card without any is typed.
 */
export function cardMode(
	card: Pick<DeckCard, 'format' | 'choices' | 'answer' | 'accept' | 'variants'>,
	state: State,
	mode: AnswerMode
): CardMode {
	if (mode === 'reveal') return 'reveal';
	if (card.format === 'cloze') return 'cloze';
	const wanted = mode === 'auto' ? (state === State.New || state === State.Learning ? 'choice' : 'typed') : mode;
	if (wanted === 'choice' && distractors(card).length === 0) return 'typed';
	return wanted;
}

export interface KeyboardHints {
	inputmode: 'numeric' | 'decimal' | 'text';
	enterkeyhint: 'done';
}

/** Whole numbers, with or without thousands separators: "130", "1,500". */
const WHOLE = /^(\d+|\d{1,3}(,\d{3})+)$/;
const DECIMAL = /^\d+\.\d+$/;

/**
 * The phone keyboard for typing `card`'s answer. Digits only when digits are enough to write the answer in full:
 * "more than 130" needs letters (a numeric pad could not type the qualifier), and a date is written with a month
 * name, so both get the text keyboard. Enter is labelled "done" since it submits.
 */
export function keyboardFor(card: Pick<DeckCard, 'kind' | 'answer'>): KeyboardHints {
	const answer = card.answer.trim();
	const numeric = card.kind === 'toll' || card.kind === 'figure';
	if (numeric && WHOLE.test(answer)) return { inputmode: 'numeric', enterkeyhint: 'done' };
	if (numeric && DECIMAL.test(answer)) return { inputmode: 'decimal', enterkeyhint: 'done' };
	return { inputmode: 'text', enterkeyhint: 'done' };
}
