import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../src/lib/storage/memory';
import { StorageFullError, STORAGE_FULL_MESSAGE } from '../../../src/lib/storage/write';
import { DAY, MIN, T0, entry, makeCard, makeStore, recordCard } from './helpers';

const snapshot = (s: MemoryStorage) => new Map(s.keys().map((k) => [k, s.getItem(k)]));

describe('record and load', () => {
	it('loads what was recorded, with the log in time order and durations kept to 100 ms', () => {
		const store = makeStore();
		const a = makeCard([3]);
		const b = makeCard([1, 3], MIN);
		store.record('crocus', 'b', b, entry('b', T0 + 5000, 3, 12_345));
		store.record('crocus', 'a', a, entry('a', T0, 3, 800));
		const p = makeStore(store.storage).load('crocus');
		expect(p.cards).toEqual(
			new Map([
				['b', b],
				['a', a]
			])
		);
		expect(p.log).toEqual([entry('a', T0, 3, 800), entry('b', T0 + 5000, 3, 12_300)]);
	});

	it('rewrites only the card’s chunk and the log tail before returning, the deck summary after', () => {
		const storage = new MemoryStorage();
		const store = makeStore(storage);
		for (let i = 0; i < 200; i++) recordCard(store, 'd', `c${i}`, makeCard([3]));
		store.settle();
		const before = snapshot(storage);
		const changed = () => [...snapshot(storage)].filter(([k, v]) => before.get(k) !== v).map(([k]) => k);
		store.record('d', 'c70', makeCard([3, 3]), entry('c70', T0 + DAY));
		// The grade is stored when `record` returns; the summary, derived from it, waits for the next paint.
		expect(changed().sort()).toEqual(['bt:p:d:c1', 'bt:p:d:l0']);
		store.settle();
		expect(changed().sort()).toEqual(['bt:p:d:c1', 'bt:p:d:l0', 'bt:p:d:sum']);
	});

	it('freezes a log segment at 256 entries and starts the next', () => {
		const storage = new MemoryStorage();
		const store = makeStore(storage);
		for (let i = 0; i < 300; i++) store.record('d', 'x', makeCard([3]), entry('x', T0 + i * 1000));
		expect(
			storage
				.keys()
				.filter((k) => k.startsWith('bt:p:d:l'))
				.sort()
		).toEqual(['bt:p:d:l0', 'bt:p:d:l1']);
		expect(makeStore(storage).load('d').log).toHaveLength(300);
	});

	it('writes the schema version with the first write', () => {
		const store = makeStore();
		recordCard(store, 'd', 'x', makeCard());
		expect(JSON.parse(store.storage.getItem('bt:meta')!)).toEqual({ version: 2 });
	});

	it.each([
		['a card id with a space', 'a b'],
		['an empty card id', '']
	])('refuses %s before writing anything', (_, id) => {
		const store = makeStore();
		expect(() => store.record('d', id, makeCard(), entry(id, T0))).toThrow(TypeError);
		expect(store.storage.length).toBe(0);
	});

	it('works without browser storage (memory only)', () => {
		const store = makeStore(undefined);
		recordCard(store, 'd', 'x', makeCard());
		expect(store.load('d').cards.size).toBe(1);
	});
});

describe('undo', () => {
	it('restores the previous state and removes the entry, then the state before that', () => {
		const store = makeStore();
		const first = makeCard([3]);
		const second = makeCard([3, 1]);
		recordCard(store, 'd', 'x', first);
		store.record('d', 'x', second, entry('x', T0 + DAY, 1));
		expect(store.undo('d')).toEqual({ ok: true, cardId: 'x', restored: first, rating: 1 });
		expect(makeStore(store.storage).load('d')).toMatchObject({ cards: new Map([['x', first]]), log: [entry('x', T0)] });
		expect(store.undo('d')).toEqual({ ok: true, cardId: 'x', restored: null, rating: 3 });
		expect(makeStore(store.storage).load('d')).toMatchObject({ cards: new Map(), log: [] });
		expect(store.undo('d')).toBeNull();
	});
});

describe('two tabs on one storage', () => {
	it('lose no review when grades interleave on the same and different cards', () => {
		const storage = new MemoryStorage();
		const tab1 = makeStore(storage);
		const tab2 = makeStore(storage);
		const expected: string[] = [];
		for (let i = 0; i < 600; i++) {
			const tab = i % 3 === 0 ? tab2 : tab1;
			const id = `card-${i % 7 === 0 ? 'shared' : i}`;
			tab.record('d', id, makeCard([3]), entry(id, T0 + i * 1000));
			expected.push(id);
		}
		const p = makeStore(storage).load('d');
		expect(p.log.map((e) => e.cardId)).toEqual(expected);
		expect(p.cards.size).toBe(new Set(expected).size);
	});

	it.each([
		['bt:p:crocus:c3', 1, 0],
		['bt:p:kerman:l0', 0, 1],
		['other-app', 0, 0]
	])('a storage event for %s moves only the revision of the deck it names', (key, crocus, kerman) => {
		const store = makeStore();
		const before = store.revision;
		store.external(key);
		expect(store.revision).toBeGreaterThan(before);
		expect([store.externalRevision('crocus'), store.externalRevision('kerman')]).toEqual([crocus, kerman]);
	});

	it('after another tab clears storage, a grade made here starts the deck afresh and loads back', () => {
		const store = makeStore();
		for (let i = 0; i < 300; i++) recordCard(store, 'd', `c${i}`, makeCard([3]));
		store.settle();
		store.storage.clear();
		store.external(null);
		store.record('d', 'late', makeCard([3]), entry('late', T0 + DAY, 3, 800));
		store.settle();
		const p = makeStore(store.storage).load('d');
		expect(p.log.map((e) => e.cardId)).toEqual(['late']);
		expect([...p.cards.keys()]).toEqual(['late']);
	});
});

describe('full storage', () => {
	it('keeps everything stored before and throws a clear error', () => {
		const storage = new MemoryStorage(1500);
		const store = makeStore(storage);
		let i = 0;
		let error: unknown;
		let before = snapshot(storage);
		try {
			for (; i < 1000; i++) {
				before = snapshot(storage);
				recordCard(store, 'd', `card-number-${i}`, makeCard());
			}
		} catch (err) {
			error = err;
		}
		expect(error).toBeInstanceOf(StorageFullError);
		expect((error as Error).message).toBe(STORAGE_FULL_MESSAGE);
		expect(snapshot(storage)).toEqual(before);
		expect(makeStore(storage).load('d').log).toHaveLength(i);
		// The error goes to the screen that graded, once: not also as a notice.
		expect(store.notices).toEqual([]);
	});
});

describe('unreadable values', () => {
	it('moves a bad chunk aside and rebuilds its cards from the log', () => {
		const storage = new MemoryStorage();
		const store = makeStore(storage);
		for (let i = 0; i < 70; i++) recordCard(store, 'crocus', `c${i}`, makeCard());
		const raw = storage.getItem('bt:p:crocus:c1')!;
		storage.setItem('bt:p:crocus:c1', raw.slice(0, -3));
		const fresh = makeStore(storage);
		const p = fresh.load('crocus');
		expect(p.cards.size).toBe(70);
		expect(p.cards.get('c65')).toEqual(makeCard());
		expect(p.lost).toEqual([]);
		expect(p.log).toHaveLength(70);
		const q = `bt:quarantine:${new Date(T0).toISOString()}:bt:p:crocus:c1`;
		// The rebuilt states are written back: the chunk reads as it did before the damage.
		expect(storage.getItem('bt:p:crocus:c1')).toBe(raw);
		expect(storage.getItem(q)).toBe(raw.slice(0, -3));
		expect(fresh.notices).toEqual([
			{
				kind: 'corrupt',
				key: q,
				message: `Some saved progress for "crocus" could not be read; it was kept aside (Recovery, on the Progress page, can give it back) and the rest loaded. Why: the stored text is damaged. 6 cards rebuilt from your review history.`
			}
		]);
	});

	it('sets a deck aside when its index is unreadable, and the app keeps working', () => {
		const storage = new MemoryStorage();
		const store = makeStore(storage);
		recordCard(store, 'd', 'x', makeCard());
		storage.setItem('bt:p:d:ids', 'garbage');
		const fresh = makeStore(storage);
		expect(fresh.load('d').cards.size).toBe(0);
		recordCard(fresh, 'd', 'y', makeCard());
		expect([...makeStore(storage).load('d').cards.keys()]).toEqual(['y']);
		expect(storage.keys().filter((k) => k.startsWith('bt:quarantine:'))).toHaveLength(3);
	});
});

describe('usage', () => {
	it('counts keys and values of bt: keys only', () => {
		const storage = new MemoryStorage();
		storage.setItem('other', 'xxxxxxxx');
		const store = makeStore(storage);
		recordCard(store, 'd', 'x', makeCard());
		expect(store.usage()).toEqual({ chars: storage.usedChars - 'otherxxxxxxxx'.length, quota: 5_242_880 });
	});
});
