import { describe, expect, it } from 'vitest';
import * as fsrs from 'ts-fsrs';
import * as card from '../../../src/lib/scheduler/card';

// The study page shows its first card before ts-fsrs has loaded, with these copies of its constants and of a new
// card: they must be the library's own.
describe('ts-fsrs values the study page uses before the scheduler loads', () => {
	it.each(['New', 'Learning', 'Review', 'Relearning'] as const)('State.%s is the library’s', (name) => {
		expect(card.State[name]).toBe(fsrs.State[name]);
	});

	it.each(['Manual', 'Again', 'Hard', 'Good', 'Easy'] as const)('Rating.%s is the library’s', (name) => {
		expect(card.Rating[name]).toBe(fsrs.Rating[name]);
	});

	it('has the library’s least stability', () => {
		expect(card.S_MIN).toBe(fsrs.S_MIN);
	});

	it.each([0, 1_700_000_000_000, 1_700_000_000_123])('makes the library’s new card due at %i', (ms) => {
		const now = new Date(ms);
		expect(card.createEmptyCard(now)).toStrictEqual(fsrs.createEmptyCard(now));
	});
});
