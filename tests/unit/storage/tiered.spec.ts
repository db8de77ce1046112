import { describe, expect, it } from 'vitest';
import { coldGroup, isCold } from '../../../src/lib/storage/cold-keys';
import { MemoryStorage } from '../../../src/lib/storage/memory';
import { TieredStorage, type ColdBackend } from '../../../src/lib/storage/tiered';
import type { Change } from '../../../src/lib/storage/write';
import { DAY, MIN, T0, entry, makeCard, makeStore, recordCard } from './helpers';

/** IndexedDB's part, kept in a map; `refuse` makes the next writes fail the way a full disk would. */
class FakeBackend implements ColdBackend {
	readonly kept = new Map<string, string>();
	readonly batches: Change[][] = [];
	refuse = false;
	read(groups: readonly string[] | null): Promise<[string, string][]> {
		const all = [...this.kept];
		return Promise.resolve(groups ? all.filter(([k]) => groups.includes(coldGroup(k))) : all);
	}
	write(changes: readonly Change[]): Promise<void> {
		this.batches.push([...changes]);
		if (this.refuse) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
		for (const c of changes) {
			if (c.value === null) this.kept.delete(c.key);
			else this.kept.set(c.key, c.value);
		}
		return Promise.resolve();
	}
}

function tiered(backend = new FakeBackend(), failed: string[][] = []) {
	const hot = new MemoryStorage();
	const storage = new TieredStorage(hot, [], backend, { failed: (keys) => failed.push([...keys]) });
	return { hot, storage, backend };
}

describe('which keys are cold', () => {
	it.each([
		['bt:p:crocus:c0', true],
		['bt:p:crocus:c12', true],
		['bt:p:crocus:l3', true],
		['bt:p:crocus:ids', true],
		['bt:p:crocus:h', true],
		['bt:p:crocus:arch', true],
		['bt:deck:local-1', true],
		['bt:p:crocus:sum', false],
		['bt:p:crocus:set', false],
		['bt:meta', false],
		['bt:rec:assignments', false],
		['bt:quarantine:2025-03-22T09:00:00.000Z:bt:p:crocus:c0', false],
		['bt:p:crocus:other', false],
		['unrelated', false]
	])('%s → cold %s', (key, cold) => {
		expect(isCold(key)).toBe(cold);
	});
});

describe('tiered storage', () => {
	it('keeps summaries and settings in localStorage and card states and the log in IndexedDB', async () => {
		const { hot, storage, backend } = tiered();
		const store = makeStore(storage);
		recordCard(store, 'crocus', 'a', makeCard([3]));
		store.settle();
		await storage.settled();
		expect(hot.keys().sort()).toEqual(['bt:meta', 'bt:p:crocus:sum']);
		expect([...backend.kept.keys()].sort()).toEqual(['bt:p:crocus:c0', 'bt:p:crocus:ids', 'bt:p:crocus:l0']);
		// A store opened over what reached IndexedDB and localStorage reads the same progress.
		const reopened = new TieredStorage(hot, backend.kept.keys(), backend);
		await reopened.load(['crocus']);
		expect(makeStore(reopened).load('crocus').cards.get('a')).toEqual(makeCard([3]));
	});

	it('sends one grade’s changes to IndexedDB in one transaction', async () => {
		const { storage, backend } = tiered();
		const store = makeStore(storage);
		for (let i = 0; i < 70; i++) recordCard(store, 'd', `c${i}`, makeCard([3]));
		await storage.settled();
		const before = backend.batches.length;
		store.record('d', 'c66', makeCard([3, 3]), entry('c66', T0 + DAY));
		await storage.settled();
		expect(backend.batches.slice(before).map((b) => b.map((c) => c.key).sort())).toEqual([['bt:p:d:c1', 'bt:p:d:l0']]);
	});

	it('reads what it wrote at once, before IndexedDB has it', () => {
		const { storage, backend } = tiered();
		storage.setItem('bt:p:d:c0', 'state');
		expect(storage.getItem('bt:p:d:c0')).toBe('state');
		expect(backend.kept.size).toBe(0);
		storage.removeItem('bt:p:d:c0');
		expect(storage.getItem('bt:p:d:c0')).toBeNull();
	});

	it('puts a refused write’s values back and names its keys', async () => {
		const failed: string[][] = [];
		const { storage, backend } = tiered(new FakeBackend(), failed);
		storage.setItem('bt:p:d:c0', 'first');
		await storage.settled();
		backend.refuse = true;
		storage.setItem('bt:p:d:c0', 'second');
		storage.setItem('bt:p:d:l0', 'log');
		await storage.settled();
		expect(storage.getItem('bt:p:d:c0')).toBe('first');
		expect(storage.getItem('bt:p:d:l0')).toBeNull();
		expect(failed).toEqual([['bt:p:d:c0', 'bt:p:d:l0']]);
	});

	it('keeps a value written after a refused one: its own transaction decides', async () => {
		const failed: string[][] = [];
		const backend = new FakeBackend();
		const { storage } = tiered(backend, failed);
		backend.refuse = true;
		storage.setItem('bt:p:d:c0', 'refused');
		const first = storage.settled();
		backend.refuse = false;
		storage.setItem('bt:p:d:c0', 'kept');
		await first;
		await storage.settled();
		expect(storage.getItem('bt:p:d:c0')).toBe('kept');
		expect(backend.kept.get('bt:p:d:c0')).toBe('kept');
		expect(failed).toEqual([[]]);
	});

	it('takes another tab’s changes of cold keys and ignores the rest', () => {
		const { storage } = tiered();
		storage.setItem('bt:p:d:c0', 'mine');
		storage.receive([
			{ key: 'bt:p:d:c0', value: 'theirs' },
			{ key: 'bt:p:d:l0', value: 'log' },
			{ key: 'bt:meta', value: 'not here' }
		]);
		expect(storage.getItem('bt:p:d:c0')).toBe('theirs');
		expect(storage.getItem('bt:p:d:l0')).toBe('log');
		expect(storage.getItem('bt:meta')).toBeNull();
		storage.receive([{ key: 'bt:p:d:l0', value: null }]);
		expect(storage.getItem('bt:p:d:l0')).toBeNull();
	});

	it('lists each key once, from where it is read', () => {
		const { hot, storage } = tiered();
		hot.setItem('bt:p:d:c0', 'left in localStorage');
		storage.setItem('bt:p:d:c0', 'in IndexedDB');
		storage.setItem('bt:p:d:sum', '{}');
		expect(storage.keys().sort()).toEqual(['bt:p:d:c0', 'bt:p:d:sum']);
		expect(storage.length).toBe(2);
		expect(storage.getItem('bt:p:d:c0')).toBe('in IndexedDB');
	});

	it('gives a store the same values, key for key, as one over localStorage alone', async () => {
		const { storage } = tiered();
		const plain = new MemoryStorage();
		const stores = [makeStore(storage), makeStore(plain)];
		for (const store of stores) {
			for (let i = 0; i < 90; i++) recordCard(store, 'd', `c${i}`, makeCard([3, 1, 3], MIN * (i + 1)));
			store.record('d', 'c3', makeCard([3, 3]), entry('c3', T0 + 2 * DAY, 3));
			store.settle();
		}
		await storage.settled();
		const values = (s: Storage & { keys(): string[] }) => s.keys().map((k) => [k, s.getItem(k)] as const);
		expect(new Map(values(storage))).toEqual(new Map(values(plain)));
	});
});
