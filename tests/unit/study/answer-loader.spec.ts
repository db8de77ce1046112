import { describe, expect, it } from 'vitest';
import { loadScheduler } from '../../../src/lib/scheduler/lazy';
import { DEFAULT_SETTINGS } from '../../../src/lib/scheduler/settings';
import { answersNow, loadAnswers } from '../../../src/lib/study/answer-loader';
import { loadGrading, StudySession } from '../../../src/lib/study/session.svelte';
import { emptyStore, makeCard, makeDeck } from './factories';

const T0 = Date.UTC(2024, 3, 1, 9, 0, 0);
const store = emptyStore;
const deck = makeDeck([
	makeCard({ id: 'toll', choices: ['more than 90', 'at least 175'] }),
	makeCard({ id: 'other', answer: 'Kerman' })
]);

// Runs in its own file so the checker is not loaded yet when the first answer comes in. The scheduler and the grading
// are: this is about the checker's wait, not theirs (session.spec.ts covers a grade made before they arrive).
await Promise.all([loadScheduler(), loadGrading()]);

describe('an answer given before the checker has loaded', () => {
	it('is checked once the checker arrives, on the card it was given for and never on the next', async () => {
		expect(answersNow()).toBeNull();
		const settings = { ...DEFAULT_SETTINGS, answerMode: 'typed' as const };
		const waited = new StudySession(deck, settings, store, T0, 1);
		waited.submit(waited.current!.answer, T0 + 4000);
		expect(waited.outcome).toBeNull();
		// Another learner gives up on the card meanwhile: shows the answer and grades it, so the next card is up.
		const movedOn = new StudySession(deck, settings, store, T0, 1);
		const first = movedOn.current!.id;
		movedOn.submit('something', T0 + 1000);
		movedOn.reveal();
		movedOn.grade(1, T0 + 2000);
		expect(movedOn.current!.id).not.toBe(first);

		await loadAnswers();
		await Promise.resolve();
		expect(waited.outcome?.result.verdict).toBe('correct');
		expect(waited.revealed).toBe(true);
		expect(movedOn.outcome).toBeNull();
		expect(movedOn.revealed).toBe(false);
	});
});
