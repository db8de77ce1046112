/**
 * Factories for the checker's table: each row is a card's answer, what a trainee typed, and the verdict a careful
 * instructor would give, grouped by the rule it exercises.
 */
import type { CardKind } from '../../../src/lib/decks/schema';
import type { CheckInput, Verdict } from '../../../src/lib/checker/types';

export interface Case extends CheckInput {
	rule: string;
	typed: string;
	verdict: Verdict;
	/** What the reason must say, where the reason is part of the rule. */
	reason?: RegExp;
}

export type Extra = Partial<Omit<CheckInput, 'expected'>> & { reason?: RegExp };
export type Row = [expected: string, typed: string, verdict: Verdict, extra?: Extra];

export function group(rule: string, kind: CardKind, rows: Row[], defaults: Extra = {}): Case[] {
	return rows.map(([expected, typed, verdict, extra]) => ({
		rule,
		kind,
		expected,
		typed,
		verdict,
		...defaults,
		...extra
	}));
}

/** The briefing's alias groups, as the starter deck declares them. */
export const ALIASES = [
	['ISIS-K', 'ISKP', 'Islamic State Khorasan Province', 'Islamic State in Khorasan Province'],
	['ISIL', 'ISIS', 'Islamic State']
];
