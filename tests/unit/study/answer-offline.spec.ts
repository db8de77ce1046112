import { describe, expect, it, vi } from 'vitest';
import { loadScheduler } from '../../../src/lib/scheduler/lazy';
import { DEFAULT_SETTINGS } from '../../../src/lib/scheduler/settings';
import { StudySession } from '../../../src/lib/study/session.svelte';
import { emptyStore, makeCard, makeDeck } from './factories';

// The checker's file fails to load once (offline before the app was cached), then loads.
let offline = true;
vi.mock('../../../src/lib/study/answer', async (original) => {
	if (offline) throw new Error('Failed to fetch dynamically imported module');
	return original();
});

await loadScheduler();

const T0 = Date.UTC(2024, 3, 1, 9, 0, 0);
const store = emptyStore;
const deck = makeDeck([makeCard({ id: 'toll', choices: ['more than 90', 'at least 175'] })]);

// Runs in its own file, so the checker has not loaded before the first answer.
describe('an answer given while the checker cannot load', () => {
	it('says so, and the next try loads it and checks the answer', async () => {
		const session = new StudySession(deck, { ...DEFAULT_SETTINGS, answerMode: 'typed' as const }, store, T0, 1);
		session.submit(session.current!.answer, T0 + 4000);
		await vi.waitFor(() => expect(session.error).toMatch(/answer checker did not load.*show the answer/));
		expect(session.outcome).toBeNull();

		offline = false;
		session.submit(session.current!.answer, T0 + 6000);
		await vi.waitFor(() => expect(session.outcome).not.toBeNull());
		expect([session.revealed, session.error]).toEqual([true, null]);
	});
});
