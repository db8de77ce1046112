import { describe, expect, it } from 'vitest';
import {
	acceptAssignment,
	compareVersions,
	deckChanges,
	describeChanges,
	planFromStore,
	planJoin
} from '../../../src/lib/assignments/join';
import { findReceived, listReceived, toReceived } from '../../../src/lib/assignments/records';
import { decodeAssignmentLink, encodeAssignmentLink } from '../../../src/lib/share/link';
import { decodeAssignmentFile, encodeAssignmentFile } from '../../../src/lib/share/file';
import { MemoryStorage } from '../../../src/lib/storage/memory';
import { makeAssignment, makeStore, NOW, snapshot, studiedCard } from './factories';

const cards = (spec: string) => spec.split(' ').map((s) => ({ id: s.split('=')[0]!, answer: s.split('=')[1] ?? 'x' }));

describe('compareVersions', () => {
	it.each([
		{ incoming: [1, '2024-03-18'], stored: null, status: 'new' },
		{ incoming: [1, '2024-03-18'], stored: [1, '2024-03-18'], status: 'same' },
		{ incoming: [2, '2024-03-18'], stored: [1, '2024-03-19'], status: 'newer' },
		{ incoming: [1, '2024-03-19'], stored: [1, '2024-03-18'], status: 'newer' },
		{ incoming: [1, '2024-03-19'], stored: [2, '2024-03-18'], status: 'older' },
		{ incoming: [3, '2024-03-17'], stored: [3, '2024-03-18'], status: 'older' }
	] as const)('version $incoming against $stored is $status', ({ incoming, stored, status }) => {
		const v = (x: readonly [number, string]) => ({ version: x[0], createdAt: `${x[1]}T09:00:00.000Z` });
		expect(compareVersions(v(incoming), stored ? v(stored) : null)).toBe(status);
	});
});

describe('deckChanges and describeChanges', () => {
	it.each([
		{
			what: 'new cards and changed answers on studied cards',
			before: 'a b c d e',
			after: 'a b=y c=y d e f g h',
			studied: 'a b c d',
			changes: { added: 3, relearn: 2, kept: 2, removed: 0 },
			text: '3 new cards, 2 changed answers will be relearned; your progress on the other 2 is kept.'
		},
		{
			what: 'a changed answer on a card never studied costs nothing',
			before: 'a b',
			after: 'a b=y',
			studied: 'a',
			changes: { added: 0, relearn: 0, kept: 1, removed: 0 },
			text: 'The cards are unchanged; your progress on all 1 studied is kept.'
		},
		{
			what: 'cards taken out',
			before: 'a b c',
			after: 'a',
			studied: 'a b',
			changes: { added: 0, relearn: 0, kept: 1, removed: 2 },
			text: '2 cards no longer assigned (their progress stays in this browser); your progress on the other 1 is kept.'
		},
		{
			what: 'one new card and nothing studied',
			before: 'a',
			after: 'a b',
			studied: '',
			changes: { added: 1, relearn: 0, kept: 0, removed: 0 },
			text: '1 new card.'
		},
		{
			what: 'nothing at all',
			before: 'a',
			after: 'a',
			studied: '',
			changes: { added: 0, relearn: 0, kept: 0, removed: 0 },
			text: 'The cards are unchanged.'
		}
	])('$what', ({ before, after, studied, changes, text }) => {
		const got = deckChanges(cards(before), cards(after), new Set(studied.split(' ').filter(Boolean)));
		expect(got).toEqual(changes);
		expect(describeChanges(got)).toBe(text);
	});
});

describe('planJoin', () => {
	const v1 = makeAssignment(4);
	const stored = toReceived(v1, NOW);

	it('says what a newer version changes: the due date, and the cards against the deck kept here', () => {
		const [c0, c1, c2, c3] = v1.deck.cards;
		const v2 = {
			...v1,
			version: 2,
			dueDate: '2024-03-25',
			deck: { ...v1.deck, cards: [c0!, { ...c1!, answer: 'A new answer' }, c2!, c3!, { ...c0!, id: 'brand-new' }] }
		};
		const plan = planJoin(v2, stored, v1.deck, new Set([c0!.id, c1!.id, c2!.id]));
		expect(plan.status).toBe('newer');
		expect(plan.summary).toEqual([
			'The due date moves from Fri 22 March 2024 to Mon 25 March 2024.',
			'1 new card, 1 changed answer will be relearned; your progress on the other 2 is kept.'
		]);
	});

	it('has nothing to say about the same version opened again', () => {
		const plan = planJoin(v1, stored, v1.deck, new Set([v1.deck.cards[0]!.id]));
		expect(plan).toMatchObject({ status: 'same', summary: [] });
	});

	it('reads the store without writing to it', () => {
		const storage = new MemoryStorage();
		const store = makeStore(storage);
		store.record(v1.deck.id, v1.deck.cards[0]!.id, studiedCard([3]), {
			cardId: v1.deck.cards[0]!.id,
			at: NOW,
			rating: 3,
			durationMs: 4000
		});
		const before = snapshot(storage);
		const plan = planFromStore(store, v1, v1.deck);
		expect(plan.changes).toEqual({ added: 0, relearn: 0, kept: 1, removed: 0 });
		expect(snapshot(storage)).toEqual(before);
	});
});

describe('acceptAssignment', () => {
	it('keeps nothing of a deck sent by reference: the app ships it', () => {
		const storage = new MemoryStorage();
		const store = makeStore(storage);
		acceptAssignment(store, makeAssignment(3), true, NOW);
		expect(store.localDecks()).toEqual([]);
		expect(listReceived(store)).toHaveLength(1);
	});

	it('keeps the deck and the assignment; a newer version replaces the older one, progress untouched', () => {
		const storage = new MemoryStorage();
		const store = makeStore(storage);
		const v1 = makeAssignment(3);
		const cardId = v1.deck.cards[0]!.id;
		store.record(v1.deck.id, cardId, studiedCard([3]), { cardId, at: NOW, rating: 3, durationMs: 4000 });
		acceptAssignment(store, v1, false, NOW);
		expect(store.getDeck(v1.deck.id)?.cards.map((c) => c.id)).toEqual(v1.deck.cards.map((c) => c.id));
		expect(findReceived(store, v1.id)).toMatchObject({ version: 1, deckId: v1.deck.id, title: v1.title });

		const v2 = { ...v1, version: 2, title: 'Revised briefing' };
		acceptAssignment(store, v2, false, NOW + 1000);
		expect(listReceived(store).map((r) => [r.id, r.version, r.title])).toEqual([[v1.id, 2, 'Revised briefing']]);
		expect(store.load(v1.deck.id).cards.has(cardId)).toBe(true);
	});
});

describe('bad links and files change nothing', async () => {
	const a = makeAssignment(5);
	const link = (await encodeAssignmentLink(a, 'https://example.org/join/', false)).url;
	const file = await encodeAssignmentFile(a, false);

	it.each([
		{ what: 'a link cut short', decode: () => decodeAssignmentLink(link.slice(0, Math.floor(link.length / 2))) },
		{
			what: 'a link with a changed character',
			decode: () => decodeAssignmentLink(link.slice(0, -12) + (link.at(-12) === 'A' ? 'B' : 'A') + link.slice(-11))
		},
		{ what: 'a link to another site', decode: () => decodeAssignmentLink('https://example.org/join/#q=hello') },
		{ what: 'a file cut short', decode: () => decodeAssignmentFile(file.slice(0, file.length - 40)) },
		{
			what: 'a file with an edited answer',
			decode: () => decodeAssignmentFile(file.replace(a.deck.cards[0]!.answer, 'Edited'))
		},
		{
			what: 'a progress export instead of an assignment',
			decode: () => decodeAssignmentFile('{"format":"briefing-trainer-progress","version":1}')
		},
		{ what: 'a 300,000-character link', decode: () => decodeAssignmentLink(`${link}${'A'.repeat(300_000)}`) },
		{
			what: 'a file 20,000 brackets deep',
			decode: () =>
				decodeAssignmentFile(`{"format":"briefing-trainer-assignment","x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`)
		}
	])('$what is refused with a message', ({ decode }) => {
		const storage = new MemoryStorage();
		const store = makeStore(storage);
		acceptAssignment(store, makeAssignment(2, { id: 'earlier' }), false, NOW);
		const before = snapshot(storage);
		const result = decode();
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.error).toMatch(/^This (link|assignment file|file|is not)/);
		// What the join screen does with a refused input: nothing, so storage is exactly as it was.
		if (result.ok && result.body.kind === 'inline') {
			acceptAssignment(store, { ...result.body.meta, deck: result.body.deck }, false, NOW);
		}
		expect(snapshot(storage)).toEqual(before);
	});
});
