/**
 * The store's rarely run code (export, import, recovery, upgrades of old data) loads on demand, so pages that study or
 * list decks do not download it; likewise the codec of decks kept in the browser. This file deliberately does not import
 * tests' helpers, which load both up front.
 */
import { createEmptyCard, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../src/lib/storage/memory';
import { loadScheduler } from '../../../src/lib/scheduler/lazy';
import { openForStudy } from '../../../src/lib/study/open';
import {
	LedgerNotLoadedError,
	ledgerParts,
	loadDeckCodec,
	loadLedger,
	provideLedger,
	loadRareParts,
	rarePartsLoaded
} from '../../../src/lib/storage/parts';
import { ProgressStore } from '../../../src/lib/storage/store.svelte';

const T0 = Date.UTC(2025, 2, 22, 9, 0, 0);
const V1_KEY = 'bt:v1:progress:crocus';
const v1 = JSON.stringify({
	cards: { a: { ...createEmptyCard(new Date(T0)), due: new Date(T0).toISOString() } },
	log: [{ cardId: 'a', rating: 3, review: new Date(T0).toISOString() }]
});

function snapshot(storage: MemoryStorage): Record<string, string | null> {
	return Object.fromEntries(storage.keys().map((k) => [k, storage.getItem(k)]));
}

describe('before the ledger is loaded (the study page until its first card is up)', () => {
	const card = { ...createEmptyCard(new Date(T0)), reps: 1, last_review: new Date(T0) };
	const entry = { cardId: 'a', at: T0, rating: 3 as const, durationMs: 1000 };

	it('a store opens and reads, has nothing to undo, and says a grade needs the ledger, saving nothing', () => {
		expect(ledgerParts()).toBeNull();
		const storage = new MemoryStorage();
		const store = new ProgressStore(storage, { now: () => T0 });
		expect(store.loadToday('crocus', T0).cards.size).toBe(0);
		expect([store.canUndo('crocus'), store.undo('crocus'), store.ledgerLoaded()]).toEqual([false, null, false]);
		expect(() => store.record('crocus', 'a', card, entry)).toThrow(/Saving a grade needs the store's ledger/);
		expect(() => store.glance('crocus', 10, T0)).toThrow(/Deck counts needs the store's ledger/);
		expect(storage.keys()).toEqual([]);
	});

	it('a deck opened before it loads is counted by its cards once it has, as if it had been there all along', async () => {
		expect(ledgerParts()).toBeNull();
		await loadLedger();
		const parts = ledgerParts()!;
		// Two cards studied, one of which the deck has since dropped; no summary stored yet.
		const storage = new MemoryStorage();
		const writer = new ProgressStore(storage, { now: () => T0 });
		const learning = { ...card, state: State.Learning, stability: 2.3, difficulty: 5, due: new Date(T0 + 600_000) };
		writer.record('crocus', 'a', learning, entry);
		writer.record('crocus', 'gone', learning, { ...entry, cardId: 'gone' });
		storage.removeItem('bt:p:crocus:sum');
		const cards = [
			{ id: 'a', answer: 'x' },
			{ id: 'b', answer: 'y' }
		];
		const counts = (ledgerAtOpen: boolean) => {
			const copy = new MemoryStorage();
			for (const k of storage.keys()) copy.setItem(k, storage.getItem(k)!);
			const store = new ProgressStore(copy, { now: () => T0 });
			if (!ledgerAtOpen) provideLedger(null);
			store.reconcile('crocus', cards, T0);
			provideLedger(parts);
			return store.glance('crocus', cards.length, T0).counts;
		};
		// One of the deck's two cards studied: one new card left today, not none, as counting "gone" would say.
		expect(counts(true).new).toBe(1);
		expect(counts(false)).toEqual(counts(true));
	});

	it('a deck whose answer was edited is archived once it loads: opening it for study waits for it, and nothing is written before', async () => {
		await loadLedger();
		const parts = ledgerParts()!;
		const storage = new MemoryStorage();
		const writer = new ProgressStore(storage, { now: () => T0 });
		writer.reconcile('crocus', [{ id: 'a', answer: '145' }], T0);
		writer.record('crocus', 'a', card, entry);
		const edited = { ...deck, id: 'crocus', cards: [{ ...deck.cards[0]!, id: 'a', answer: '144' }] };

		provideLedger(null);
		const store = new ProgressStore(storage, { now: () => T0 });
		const before = snapshot(storage);
		expect(() => store.reconcile('crocus', [{ id: 'a', answer: '144' }], T0)).toThrow(LedgerNotLoadedError);
		expect(snapshot(storage)).toEqual(before);

		const opened = await openForStudy(store, edited, T0 + 1000, () => Promise.resolve());
		expect(ledgerParts()).toEqual(parts);
		expect(opened.relearn).toEqual(['a']);
		expect(opened.progress.cards.has('a')).toBe(false);
		expect(storage.getItem('bt:p:crocus:arch')).toContain('"id":"a"');
	});

	it('a damaged chunk is not repaired before it loads: the read says so, writing nothing, and opening for study loads it and repairs, losing no card', async () => {
		await Promise.all([loadLedger(), loadScheduler()]);
		const parts = ledgerParts()!;
		const storage = new MemoryStorage();
		const writer = new ProgressStore(storage, { now: () => T0 });
		writer.record('crocus', 'a', card, entry);
		writer.record('crocus', 'b', card, { ...entry, cardId: 'b', at: T0 + 1000 });
		storage.setItem('bt:p:crocus:c0', 'not a chunk');

		provideLedger(null);
		const store = new ProgressStore(storage, { now: () => T0 });
		const before = snapshot(storage);
		expect(() => store.loadToday('crocus', T0 + 2000)).toThrow(LedgerNotLoadedError);
		expect(snapshot(storage)).toEqual(before);

		const opened = await openForStudy(store, { ...deck, id: 'crocus', cards: [] }, T0 + 2000, () => Promise.resolve());
		expect(ledgerParts()).toEqual(parts);
		// Rebuilt by replaying their reviews: reviewed cards, not new ones, and written back.
		expect(opened.progress.cards.get('a')).toMatchObject({ reps: 1, state: State.Learning });
		expect(store.load('crocus').cards.get('b')).toEqual(opened.progress.cards.get('b'));
		expect(storage.keys().filter((k) => k.startsWith('bt:quarantine:'))).toHaveLength(1);
	});
});

describe('before the rare parts are loaded', () => {
	it('a store over current data opens, grades and lists without them', async () => {
		await loadLedger();
		const store = new ProgressStore(new MemoryStorage(), { now: () => T0 });
		const card = { ...createEmptyCard(new Date(T0)), reps: 1, last_review: new Date(T0) };
		store.record('crocus', 'a', card, { cardId: 'a', at: T0, rating: 3, durationMs: 1000 });
		expect(store.load('crocus').cards.get('a')).toEqual(card);
		expect(rarePartsLoaded()).toBe(false);
	});

	it('a store over v1 data refuses to open, and nothing stored changes', () => {
		const storage = new MemoryStorage();
		storage.setItem(V1_KEY, v1);
		const before = snapshot(storage);
		expect(() => new ProgressStore(storage, { now: () => T0 })).toThrow(/older version.*loadRareParts/);
		expect(snapshot(storage)).toEqual(before);
	});

	it('export and the kept-aside list say what must load first', () => {
		const store = new ProgressStore(new MemoryStorage(), { now: () => T0 });
		expect(() => store.exportAll(T0)).toThrow(/Export needs .* loadRareParts/);
		expect(() => store.keptAside()).toThrow(/kept-aside list needs/);
	});
});

const deck = {
	id: 'local-deck',
	title: 'A local deck',
	description: 'Kept in this browser.',
	sources: [{ id: 'src', title: 'Source', published: '2024-03-22' }],
	cards: [
		{
			id: 'c1',
			kind: 'toll' as const,
			format: 'qa' as const,
			prompt: 'How many?',
			answer: '145',
			source: { doc: 'src', paragraph: 1, quote: '145' }
		}
	]
};

describe('the deck codec', () => {
	it('before it loads, saving a deck says so, and a stored deck reads as absent and stays as it is', async () => {
		const storage = new MemoryStorage();
		const store = new ProgressStore(storage, { now: () => T0 });
		expect(() => store.saveDeck(deck)).toThrow(/needs the deck codec: await loadDeckCodec/);
		storage.setItem('bt:deck:local-deck', 'compressed text');
		expect(store.getDeck('local-deck')).toBeNull();
		expect(storage.getItem('bt:deck:local-deck')).toBe('compressed text');
		expect(storage.keys().filter((k) => k.startsWith('bt:quarantine:'))).toEqual([]);

		await loadDeckCodec();
		storage.removeItem('bt:deck:local-deck');
		store.saveDeck(deck);
		expect(store.getDeck('local-deck')).toEqual(deck);
	});
});

describe('once loaded', () => {
	it('the same v1 data is upgraded on open', async () => {
		await loadRareParts();
		const storage = new MemoryStorage();
		storage.setItem(V1_KEY, v1);
		const store = new ProgressStore(storage, { now: () => T0 });
		expect(store.load('crocus').log).toEqual([{ cardId: 'a', at: T0, rating: 3, durationMs: 0 }]);
		expect(storage.getItem(V1_KEY)).toBeNull();
		expect(JSON.parse(store.exportAll(T0)).decks).toHaveProperty('crocus');
	});
});
