/** From verdict to suggested FSRS grade. */
import { describe, expect, it } from 'vitest';
import { suggestGrade, FAST_MS } from '../../../src/lib/checker/grade';
import type { CheckResult, Verdict } from '../../../src/lib/checker/types';
import type { CardKind } from '../../../src/lib/decks/schema';

const result = (verdict: Verdict): CheckResult => ({ verdict, reason: '', expected: 'x', typed: 'x' });

describe('suggestGrade', () => {
	it.each([
		['wrong', 1_000, 'toll', 1],
		['wrong', 60_000, 'motive', 1],
		['close', 1_000, 'date', 2],
		['close', 60_000, 'actor', 2],
		['correct', 2_000, 'toll', 4],
		['correct', 4_999, 'date', 4],
		['correct', 5_000, 'figure', 3],
		['correct', 6_000, 'actor', 4],
		['correct', 9_000, 'actor', 3],
		['correct', 12_000, 'motive', 4],
		['correct', 20_000, 'motive', 3],
		['correct', 7_000, 'other', 4],
		['correct', -1, 'toll', 3],
		['correct', Number.NaN, 'toll', 3],
		['correct', Number.POSITIVE_INFINITY, 'toll', 3]
	] as [Verdict, number, CardKind, number][])('%s in %d ms on a %s card → %d', (verdict, ms, kind, grade) => {
		expect(suggestGrade(result(verdict), ms, kind)).toBe(grade);
	});

	it('gives longer answers more time to count as fast', () => {
		expect(FAST_MS.motive).toBeGreaterThan(FAST_MS.actor);
		expect(FAST_MS.actor).toBeGreaterThan(FAST_MS.toll);
	});
});
