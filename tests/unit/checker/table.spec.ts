/** The checker's table: every rule of the issue, with correct, close and wrong rows from the briefing's facts. */
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/lib/checker/check';
import type { Case } from './make';
import { NUMBER_CASES } from './cases-numbers';
import { DATE_CASES } from './cases-dates';
import { NAME_CASES } from './cases-names';
import { TEXT_CASES } from './cases-text';

const ALL: Case[] = [...NUMBER_CASES, ...DATE_CASES, ...NAME_CASES, ...TEXT_CASES];
const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}…` : s);
const label = (c: Case) => `${c.kind} ${JSON.stringify(c.expected)} ← ${JSON.stringify(shorten(c.typed))}`;
const rows = ALL.map((c) => ({ ...c, label: label(c) }));

describe('check: the table', () => {
	it('holds at least 200 cases, and every rule has correct, close and wrong rows', () => {
		expect(ALL.length).toBeGreaterThanOrEqual(200);
		const byRule = new Map<string, Set<string>>();
		for (const c of ALL) byRule.set(c.rule, (byRule.get(c.rule) ?? new Set()).add(c.verdict));
		// Absurd input is wrong by definition; its correct and close rows are right answers wrapped in symbols.
		for (const [rule, verdicts] of byRule) {
			expect([rule, [...verdicts].sort()]).toEqual([rule, ['close', 'correct', 'wrong']]);
		}
	});

	it.each(rows)('$rule: $label → $verdict', ({ typed, verdict, reason, rule: _rule, label: _label, ...input }) => {
		const result = check(input, typed);
		expect(result.verdict).toBe(verdict);
		expect(result.reason.length).toBeGreaterThan(0);
		if (reason) expect(result.reason).toMatch(reason);
	});
});
