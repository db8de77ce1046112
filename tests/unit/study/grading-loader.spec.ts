import { describe, expect, it, vi } from 'vitest';
import type { Grade } from 'ts-fsrs';
import { loadScheduler } from '../../../src/lib/scheduler/lazy';
import { DEFAULT_SETTINGS } from '../../../src/lib/scheduler/settings';
import { loadGrading, StudySession, type SessionStore } from '../../../src/lib/study/session.svelte';
import { emptyStore, makeCard, makeDeck } from './factories';

const T0 = Date.UTC(2024, 3, 1, 9, 0, 0);
const deck = makeDeck([makeCard({ id: 'toll' }), makeCard({ id: 'other', answer: 'Kerman' })]);
const settings = { ...DEFAULT_SETTINGS, enableFuzz: false, answerMode: 'reveal' as const };

/** A store that keeps nothing and lists the grades it was asked to save. */
function savingStore(): SessionStore & { saved: { cardId: string; rating: Grade }[] } {
	const saved: { cardId: string; rating: Grade }[] = [];
	return { ...emptyStore, saved, grade: (_deck, cardId, _next, e) => void saved.push({ cardId, rating: e.rating }) };
}

// Runs in its own file, so the session's grading code has not loaded when the first grades come in. The scheduler
// and the ledger have: session.spec.ts covers a grade made before those arrive.
await loadScheduler();

describe('grades given before the grading code has loaded', () => {
	it('are made once it arrives, each on the card it was given for, and never on the next', async () => {
		const graded = savingStore();
		const waited = new StudySession(deck, settings, graded, T0, 1);
		const first = waited.currentId;
		waited.reveal();
		waited.grade(3, T0 + 4000);
		expect([waited.currentId, waited.graded, graded.saved]).toEqual([first, 0, []]);

		const logged: string[] = [];
		const crammed = new StudySession(deck, settings, emptyStore, T0, 1);
		crammed.configure({ cram: { ids: ['toll', 'other'], record: (e) => logged.push(e.cardId) } }, T0);
		crammed.reveal();
		crammed.grade(1, T0 + 4000);
		expect([crammed.currentId, crammed.graded, logged]).toEqual(['toll', 0, []]);

		// Here the card leaves before the code arrives (suspended meanwhile): the grade given for it is not made.
		const left = savingStore();
		const movedOn = new StudySession(deck, settings, left, T0, 1);
		const gone = movedOn.currentId!;
		movedOn.reveal();
		movedOn.grade(4, T0 + 4000);
		movedOn.configure({ suspended: new Set([gone]) }, T0 + 5000);
		const next = movedOn.currentId;
		expect(next).not.toBe(gone);

		await loadGrading();
		await vi.waitFor(() => expect(waited.graded).toBe(1));
		expect(waited.currentId).not.toBe(first);
		expect(graded.saved).toEqual([{ cardId: first, rating: 3 }]);
		// The cram Again goes to the back of the set.
		await vi.waitFor(() => expect(logged).toEqual(['toll']));
		expect([crammed.currentId, crammed.graded]).toEqual(['other', 1]);
		expect([movedOn.currentId, movedOn.graded, left.saved]).toEqual([next, 0, []]);
	});
});
