import { describe, expect, it } from 'vitest';
import { acceptAssignment } from '../../../src/lib/assignments/join';
import { assignedDeckId, resolveBody } from '../../../src/lib/assignments/resolve';
import { encodeAssignmentLink, decodeAssignmentLink } from '../../../src/lib/share/link';
import type { Assignment } from '../../../src/lib/share/assignment';
import type { Deck } from '../../../src/lib/decks/schema';
import { MemoryStorage } from '../../../src/lib/storage/memory';
import { makeAssignment, makeStore, NOW, snapshot } from './factories';

const BASE = 'https://example.org/join/';

async function opened(a: Assignment, shipped: boolean) {
	const decoded = decodeAssignmentLink((await encodeAssignmentLink(a, BASE, shipped)).url);
	if (!decoded.ok) throw new Error(decoded.error);
	return decoded.body;
}

describe('a deck carried inside a link', () => {
	it('gets its own id, so a link naming a built-in deck can never replace it', async () => {
		const builtIn: Deck = makeAssignment(4).deck;
		// A link whose deck claims the built-in id, with one answer changed.
		const hostile = makeAssignment(4, {
			deck: { ...builtIn, cards: [{ ...builtIn.cards[0]!, answer: 'Wrong' }, ...builtIn.cards.slice(1)] }
		});
		const resolved = await resolveBody(await opened(hostile, false), null, new Set([builtIn.id]));
		if (!resolved.ok) throw new Error(resolved.error);
		expect(resolved.assignment.deck.id).toBe(assignedDeckId(hostile.id, builtIn.id));
		expect(resolved.assignment.deck.id).not.toBe(builtIn.id);

		const storage = new MemoryStorage();
		const store = makeStore(storage);
		acceptAssignment(store, resolved.assignment, resolved.byReference, NOW);
		expect(store.getDeck(builtIn.id)).toBeNull();
		expect(store.localDecks().map((d) => d.id)).toEqual([resolved.assignment.deck.id]);
	});

	it('keeps the same own id across versions of one assignment, so progress carries over', () => {
		expect(assignedDeckId('crocus-briefing-abc', 'my-deck')).toBe(assignedDeckId('crocus-briefing-abc', 'my-deck'));
		expect(assignedDeckId('crocus-briefing-abc', 'my-deck')).not.toBe(assignedDeckId('crocus-briefing-xyz', 'my-deck'));
		expect(assignedDeckId('a', 'x'.repeat(64))).toHaveLength(64);
	});

	it('is refused, with nothing stored, if its own id is taken by a built-in deck', async () => {
		const a = makeAssignment(2);
		const taken = assignedDeckId(a.id, a.deck.id);
		const resolved = await resolveBody(await opened(a, false), null, new Set([taken]));
		expect(resolved).toEqual({ ok: false, error: expect.stringContaining(`“${taken}” is taken`) as string });
	});
});

describe('a deck sent by reference', () => {
	const a = makeAssignment(6);

	it('is the app’s own copy when its cards are the ones assigned', async () => {
		const resolved = await resolveBody(await opened(a, true), a.deck, new Set([a.deck.id]));
		expect(resolved).toMatchObject({ ok: true, byReference: true, drift: null });
		expect(resolved.ok && resolved.assignment.deck).toEqual(a.deck);
	});

	it('says which cards differ when the app was updated since the link was made', async () => {
		const [c0, c1, ...rest] = a.deck.cards;
		const updated: Deck = {
			...a.deck,
			cards: [
				c0!,
				{ ...c1!, answer: 'A corrected answer' },
				...rest.slice(1),
				{ ...c0!, id: 'added-card', prompt: 'New?' }
			]
		};
		const resolved = await resolveBody(await opened(a, true), updated, new Set([a.deck.id]));
		if (!resolved.ok) throw new Error(resolved.error);
		expect(resolved.drift?.changed.map((c) => c.id)).toEqual([c1!.id, 'added-card']);
		// The changed card and the removed one (rest[0]) are no longer in the app as assigned.
		expect(resolved.drift).toMatchObject({ missing: 2, assigned: 6 });
	});

	it('is refused with a message when the app has no such deck', async () => {
		const resolved = await resolveBody(await opened(a, true), null, new Set());
		expect(resolved).toEqual({
			ok: false,
			error: expect.stringContaining('which this version of the app does not have') as string
		});
	});

	it('stores nothing when opened, whatever its state', async () => {
		const storage = new MemoryStorage();
		makeStore(storage);
		const before = snapshot(storage);
		await resolveBody(await opened(a, true), a.deck, new Set([a.deck.id]));
		expect(snapshot(storage)).toEqual(before);
	});
});
