/** The checker's vocabulary, shared by every rule module and by the study page. */
import type { CardKind } from '../decks/schema';

export type Verdict = 'correct' | 'close' | 'wrong';

export interface CheckInput {
	kind: CardKind;
	/** The card's answer, e.g. "more than 130", "22 March 2024", "Islamic State Khorasan Province (ISKP)". */
	expected: string;
	/** The card's accepted alternatives. */
	accept?: string[];
	/** Briefing-wide alias groups, e.g. [["ISIS-K", "ISKP", "Islamic State Khorasan Province"]]. */
	aliases?: string[][];
	/** For dates: default is as precise as `expected` is written. */
	precision?: 'year' | 'month' | 'day';
	/** For numbers: absolute tolerance for correct (default 0). */
	tolerance?: number;
	format?: 'qa' | 'cloze';
}

/** One run of characters in the typed-versus-expected display: shared, only typed (`extra`) or only expected. */
export interface DiffPart {
	op: 'same' | 'extra' | 'missing';
	text: string;
}

export interface CheckResult {
	verdict: Verdict;
	/** One short plain sentence for the trainee. */
	reason: string;
	expected: string;
	typed: string;
	diff?: DiffPart[];
}

/** A verdict with its reason, as each rule module returns it. */
export interface Judgement {
	verdict: Verdict;
	reason: string;
}

/** Order of verdicts, for picking the best of several candidates or the worst of several parts. */
export const RANK: Record<Verdict, number> = { wrong: 0, close: 1, correct: 2 };
