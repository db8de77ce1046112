import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { Deck } from '../../../src/lib/decks/schema';
import { compressToUTF16 } from '../../../src/lib/lz';
import { bySchema } from '../../../src/lib/storage/by-schema';
import { MemoryStorage } from '../../../src/lib/storage/memory';
import { TieredStorage } from '../../../src/lib/storage/tiered';
import { DAY, T0, makeCard, makeStore, recordCard } from './helpers';

const card = (id: string, answer: string) => ({ id, answer });

describe('reconcile with an edited deck', () => {
	it('relearns cards whose answer changed, archives their state, keeps the others', () => {
		const store = makeStore();
		const deck = [card('toll', '145'), card('date', '22 March 2024'), card('gone', 'x')];
		expect(store.reconcile('crocus', deck, T0)).toEqual({ relearn: [], removed: [] });
		for (const c of deck) recordCard(store, 'crocus', c.id, makeCard([3, 3]));
		const edited = [card('toll', '144'), card('date', '22 March 2024'), card('new', 'y')];
		expect(store.reconcile('crocus', edited, T0 + DAY)).toEqual({ relearn: ['toll'], removed: ['gone'] });
		const p = store.load('crocus');
		expect([...p.cards.keys()].sort()).toEqual(['date', 'gone']);
		const archive = JSON.parse(store.storage.getItem('bt:p:crocus:arch')!) as { id: string; at: string }[];
		expect(archive).toMatchObject([{ id: 'toll', at: new Date(T0 + DAY).toISOString() }]);
		expect(store.reconcile('crocus', edited, T0 + 2 * DAY)).toEqual({ relearn: [], removed: ['gone'] });
	});
});

describe('settings', () => {
	it('gives defaults, saves valid settings and refuses invalid ones', () => {
		const store = makeStore();
		const defaults = store.getSettings('crocus');
		expect(defaults).toEqual({
			desiredRetention: 0.9,
			maximumInterval: 36500,
			enableFuzz: true,
			learningSteps: ['1m', '10m'],
			relearningSteps: ['10m'],
			newPerDay: 20,
			reviewsPerDay: 200,
			dayStartsAt: 4
		});
		store.saveSettings('crocus', { ...defaults, desiredRetention: 0.85, learningSteps: ['5m'] });
		expect(makeStore(store.storage).getSettings('crocus')).toMatchObject({
			desiredRetention: 0.85,
			learningSteps: ['5m']
		});
		expect(() => store.saveSettings('crocus', { ...defaults, dayStartsAt: 25 })).toThrow();
	});

	it('falls back to defaults and sets aside settings that cannot be read', () => {
		const store = makeStore();
		store.storage.setItem('bt:p:crocus:set', '{"desiredRetention":"high"}');
		expect(store.getSettings('crocus').desiredRetention).toBe(0.9);
		expect(store.notices[0]?.kind).toBe('corrupt');
	});
});

const deck: Deck = {
	id: 'local-deck',
	title: 'My notes',
	description: 'Typed in by hand',
	sources: [{ id: 'notes', title: 'Notes', published: '2024-03-23' }],
	cards: [
		{
			id: 'q1',
			kind: 'toll',
			format: 'qa',
			prompt: 'How many died?',
			answer: '145',
			source: { doc: 'notes', paragraph: 1, quote: '145' }
		}
	]
};

describe('local decks and records', () => {
	it('saves, lists and removes decks; removing a deck keeps its progress', () => {
		const store = makeStore();
		store.saveDeck(deck);
		recordCard(store, 'local-deck', 'q1', makeCard());
		expect(store.getDeck('local-deck')).toEqual(deck);
		expect(store.localDecks()).toEqual([
			{ id: 'local-deck', title: deck.title, description: deck.description, cardCount: 1 }
		]);
		store.removeDeck('local-deck');
		expect(store.localDecks()).toEqual([]);
		expect(store.load('local-deck').cards.size).toBe(1);
	});

	it('keeps a deck as JSON in IndexedDB, and rewrites one an earlier version compressed as JSON', () => {
		const backend = {
			write: () => Promise.resolve(),
			read: () => Promise.resolve([]),
			readKeys: () => Promise.resolve([])
		};
		const store = makeStore(new TieredStorage(new MemoryStorage(), [], backend));
		store.saveDeck(deck);
		expect(JSON.parse(store.storage.getItem('bt:deck:local-deck')!)).toEqual(deck);
		store.storage.setItem('bt:deck:local-deck', compressToUTF16(JSON.stringify(deck)));
		expect(makeStore(store.storage).getDeck('local-deck')).toEqual(deck);
		expect(JSON.parse(store.storage.getItem('bt:deck:local-deck')!)).toEqual(deck);
	});

	it('keeps a deck compressed in localStorage alone (a browser that refuses IndexedDB)', () => {
		const store = makeStore();
		store.saveDeck(deck);
		const stored = store.storage.getItem('bt:deck:local-deck')!;
		expect(stored.length).toBeLessThan(JSON.stringify(deck).length);
		expect(makeStore(store.storage).getDeck('local-deck')).toEqual(deck);
		expect(store.storage.getItem('bt:deck:local-deck')).toBe(stored);
	});

	it.each([
		['damaged compressed text', compressToUTF16(JSON.stringify(deck)).slice(0, 40)],
		['JSON that is no deck', '{"id":"local-deck"}'],
		['text that is neither', 'hello']
	])('sets aside a stored deck that is %s, and opens none', (_, text) => {
		const store = makeStore();
		store.storage.setItem('bt:deck:local-deck', text);
		expect(store.getDeck('local-deck')).toBeNull();
		expect(store.storage.getItem('bt:deck:local-deck')).toBeNull();
		const aside = store.storage.keys().filter((k) => k.startsWith('bt:quarantine:'));
		expect(aside.map((k) => store.storage.getItem(k))).toEqual([text]);
	});

	it('stores named records and validates them on read', () => {
		const store = makeStore();
		const Assignment = bySchema(v.object({ deckId: v.string(), due: v.number() }));
		store.setRecord('assignment', { deckId: 'crocus', due: T0 });
		expect(store.getRecord('assignment', Assignment)).toEqual({ deckId: 'crocus', due: T0 });
		store.setRecord('assignment', { deckId: 5 });
		expect(store.getRecord('assignment', Assignment)).toBeNull();
		expect(store.getRecord('missing', Assignment)).toBeNull();
	});
});
