/**
 * The held-out answers measure the checker rather than specify it: no row is asserted on its own, but agreement
 * with the instructor's verdicts falling below 95% means a rule change has made the checker worse on answers it
 * was never written against.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/lib/checker/check';
import { agreement } from '../../../scripts/grade';
import { HELDOUT_CASES } from './cases-heldout';

describe('held-out answers', () => {
	it('hold at least 50 answers across tolls, durations, shares, dates and people', () => {
		expect(HELDOUT_CASES.length).toBeGreaterThanOrEqual(50);
		expect(new Set(HELDOUT_CASES.map((c) => c.kind))).toEqual(new Set(['toll', 'figure', 'date', 'actor']));
	});

	it('agree with the instructor on at least 95% of them', () => {
		const { agreed, total, disagreements } = agreement(HELDOUT_CASES, check);
		expect(agreed / total, disagreements.join('\n')).toBeGreaterThanOrEqual(0.95);
	});
});
