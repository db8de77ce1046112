import { describe, expect, it } from 'vitest';
import { coldGroup, isCold } from '../../../src/lib/storage/cold-keys';
import { MemoryStorage } from '../../../src/lib/storage/memory';
import { QUOTA_CHARS } from '../../../src/lib/storage/keys';
import { ColdNotLoadedError, TieredStorage, type ColdBackend } from '../../../src/lib/storage/tiered';
import { readUnsaved } from '../../../src/lib/storage/unsaved';
import { STORAGE_FULL_MESSAGE, type Change } from '../../../src/lib/storage/write';
import { DAY, MIN, T0, entry, makeCard, makeStore, recordCard } from './helpers';

/** IndexedDB's part, kept in a map; `refuse` makes the next writes fail the way a full disk would. */
class FakeBackend implements ColdBackend {
	readonly kept = new Map<string, string>();
	readonly batches: Change[][] = [];
	refuse = false;
	/** Set: each write is kept at once but answered only when released (another tab may write in between). */
	held: (() => void)[] | null = null;
	read(groups: readonly string[]): Promise<[string, string][]> {
		return Promise.resolve([...this.kept].filter(([k]) => groups.includes(coldGroup(k))));
	}
	readKeys(keys: readonly string[]): Promise<(string | null)[]> {
		return Promise.resolve(keys.map((k) => this.kept.get(k) ?? null));
	}
	write(changes: readonly Change[]): Promise<void> {
		this.batches.push([...changes]);
		if (this.refuse) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
		for (const c of changes) {
			if (c.value === null) this.kept.delete(c.key);
			else this.kept.set(c.key, c.value);
		}
		const held = this.held;
		return held ? new Promise((resolve) => held.push(resolve)) : Promise.resolve();
	}
}

const until = async (ok: () => boolean) => {
	for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 1));
};

/** A tab whose note (unsaved.ts) is `bt:unsaved:tab1`. */
function tab1(backend = new FakeBackend()) {
	const hot = new MemoryStorage();
	return { backend, hot, storage: new TieredStorage(hot, backend.kept.keys(), backend, {}, 'tab1') };
}

function tiered(backend = new FakeBackend(), failed: string[][] = []) {
	const hot = new MemoryStorage();
	// As cold.ts opens it: knowing every key IndexedDB holds.
	const storage = new TieredStorage(hot, backend.kept.keys(), backend, { failed: (keys) => failed.push([...keys]) });
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
		['bt:p:crocus:l100000', true],
		['bt:p:crocus:l100001', false],
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

	it('puts back the localStorage values written with a refused batch, unless written again since', async () => {
		const failed: string[][] = [];
		const { hot, storage, backend } = tiered(new FakeBackend(), failed);
		hot.setItem('bt:p:d:set', 'settings before');
		hot.setItem('bt:p:e:set', 'other before');
		backend.refuse = true;
		// One import: the progress of two decks and their settings.
		storage.setItem('bt:p:d:c0', 'imported');
		storage.setItem('bt:p:d:set', 'imported settings');
		storage.setItem('bt:p:new:set', 'a deck never seen');
		storage.setItem('bt:p:e:set', 'imported too');
		await Promise.resolve();
		storage.setItem('bt:p:e:set', 'changed again after');
		await storage.settled();
		expect(hot.getItem('bt:p:d:set')).toBe('settings before');
		expect(hot.getItem('bt:p:new:set')).toBeNull();
		expect(hot.getItem('bt:p:e:set')).toBe('changed again after');
		expect(failed).toEqual([['bt:p:d:c0', 'bt:p:d:set', 'bt:p:new:set']]);
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

	it('goes back to the value IndexedDB kept when two writes in a row are refused', async () => {
		const failed: string[][] = [];
		const { storage, backend } = tiered(new FakeBackend(), failed);
		storage.setItem('bt:p:d:c0', 'kept');
		await storage.settled();
		backend.refuse = true;
		storage.setItem('bt:p:d:c0', 'first refused');
		await Promise.resolve();
		storage.setItem('bt:p:d:c0', 'second refused');
		await storage.settled();
		expect(storage.getItem('bt:p:d:c0')).toBe('kept');
	});

	it('removes a localStorage key only once the cold values of its batch are kept', async () => {
		const { hot, storage, backend } = tiered();
		const store = makeStore(storage);
		hot.setItem('bt:quarantine:x', 'kept aside');
		// One batch: the copy goes to IndexedDB, the kept-aside original leaves localStorage (a restore's shape).
		(store as unknown as { storage: TieredStorage }).storage.setItem('bt:p:d:c0', 'restored');
		storage.removeItem('bt:quarantine:x');
		expect(storage.getItem('bt:quarantine:x')).toBeNull();
		expect(storage.keys()).not.toContain('bt:quarantine:x');
		expect(hot.getItem('bt:quarantine:x')).toBe('kept aside');
		await storage.settled();
		expect(hot.getItem('bt:quarantine:x')).toBeNull();
		expect(backend.kept.get('bt:p:d:c0')).toBe('restored');
	});

	it('keeps the localStorage key when IndexedDB refuses its batch', async () => {
		const failed: string[][] = [];
		const { hot, storage, backend } = tiered(new FakeBackend(), failed);
		hot.setItem('bt:v1:progress:d', 'old format');
		backend.refuse = true;
		storage.setItem('bt:p:d:c0', 'upgraded');
		storage.removeItem('bt:v1:progress:d');
		await storage.settled();
		expect(storage.getItem('bt:v1:progress:d')).toBe('old format');
		expect(hot.getItem('bt:v1:progress:d')).toBe('old format');
		expect(storage.getItem('bt:p:d:c0')).toBeNull();
		expect(failed).toEqual([['bt:p:d:c0', 'bt:v1:progress:d']]);
	});

	it('stages a batch’s cold part first, so its localStorage removal waits whatever the order', async () => {
		const { hot, storage, backend } = tiered();
		const store = makeStore(storage);
		recordCard(store, 'd', 'a', makeCard([3]));
		await storage.settled();
		hot.setItem('bt:v1:progress:d', 'old format');
		backend.refuse = true;
		const db = (store as unknown as { storage: TieredStorage }).storage;
		// Db.commit over the tiered storage puts the removal after the cold write, whichever comes first here.
		const { Db } = await import('../../../src/lib/storage/db');
		new Db(
			db,
			() => T0,
			() => {}
		).commit([
			{ key: 'bt:v1:progress:d', value: null },
			{ key: 'bt:p:d:c0', value: 'upgraded' }
		]);
		await storage.settled();
		expect(hot.getItem('bt:v1:progress:d')).toBe('old format');
	});

	it('says a read of a deck not loaded yet is that, not a full storage', async () => {
		const backend = new FakeBackend();
		backend.kept.set('bt:p:d:c0', 'state');
		const storage = new TieredStorage(new MemoryStorage(), backend.kept.keys(), backend);
		const { Db } = await import('../../../src/lib/storage/db');
		const db = new Db(
			storage,
			() => T0,
			() => {}
		);
		expect(() => db.commit([{ key: 'bt:p:d:c0', value: 'new' }])).toThrow(ColdNotLoadedError);
		await storage.load('all');
		expect(db.usage()).toEqual({ chars: 'bt:p:d:c0'.length + 'state'.length, quota: null });
		expect(
			new Db(
				new MemoryStorage(),
				() => T0,
				() => {}
			).usage().quota
		).toBe(QUOTA_CHARS);
	});

	it('says a refused grade was not saved, and offers no undo of it', async () => {
		const backend = new FakeBackend();
		const storage = new TieredStorage(new MemoryStorage(), [], backend, { failed: (keys) => store.refused(keys) });
		const store = makeStore(storage);
		recordCard(store, 'd', 'x', makeCard([3]));
		await storage.settled();
		backend.refuse = true;
		store.record('d', 'x', makeCard([3, 1]), entry('x', T0 + DAY, 1));
		expect(store.canUndo('d')).toBe(true);
		await storage.settled();
		await Promise.resolve();
		expect(store.notices.map((n) => n.message)).toEqual([STORAGE_FULL_MESSAGE]);
		expect(store.canUndo('d')).toBe(false);
		expect(makeStore(storage).load('d').cards.get('x')).toEqual(makeCard([3]));
	});

	it('takes another tab’s changes of cold keys, as IndexedDB holds them, and ignores the rest', async () => {
		const settledKeys: string[] = [];
		const backend = new FakeBackend();
		const storage = new TieredStorage(new MemoryStorage(), [], backend, { settledKeys: (k) => settledKeys.push(...k) });
		// The other tab's transaction is kept, then its message comes.
		backend.kept.set('bt:p:d:c0', 'theirs');
		backend.kept.set('bt:p:d:l0', 'log');
		storage.receive([
			{ key: 'bt:p:d:c0', value: 'theirs' },
			{ key: 'bt:p:d:l0', value: 'log' },
			{ key: 'bt:meta', value: 'not here' }
		]);
		await storage.settled();
		expect(storage.getItem('bt:p:d:c0')).toBe('theirs');
		expect(storage.getItem('bt:p:d:l0')).toBe('log');
		expect(storage.getItem('bt:meta')).toBeNull();
		expect(settledKeys).toEqual(['bt:p:d:c0', 'bt:p:d:l0']);
		backend.kept.delete('bt:p:d:l0');
		storage.receive([{ key: 'bt:p:d:l0', value: null }]);
		await storage.settled();
		expect(storage.getItem('bt:p:d:l0')).toBeNull();
	});

	it('notes in localStorage what IndexedDB has not answered once the page is hidden, until it answers', async () => {
		const backend = new FakeBackend();
		backend.kept.set('bt:p:d:c0', 'stored');
		const { hot, storage } = tab1(backend);
		await storage.load(['d']);
		const note = () => readUnsaved(hot.getItem('bt:unsaved:tab1'));
		backend.held = [];
		storage.setItem('bt:p:d:c0', 'graded');
		storage.setItem('bt:p:d:l0', 'review');
		await Promise.resolve();
		// Sent while the page is shown: no note, so a grade costs no write to localStorage.
		expect(hot.getItem('bt:unsaved:tab1')).toBeNull();
		storage.leaving();
		expect(note()).toEqual([
			{ key: 'bt:p:d:c0', value: 'graded', before: 'stored', between: [] },
			{ key: 'bt:p:d:l0', value: 'review', before: null, between: [] }
		]);
		// Sent while hidden: noted at once. Each key has its last value, what IndexedDB last confirmed, and the values
		// between, which IndexedDB may hold if the page ends after the first write is kept but before it is answered.
		storage.setItem('bt:p:d:c0', 'graded again');
		await Promise.resolve();
		expect(note()).toEqual([
			{ key: 'bt:p:d:c0', value: 'graded again', before: 'stored', between: ['graded'] },
			{ key: 'bt:p:d:l0', value: 'review', before: null, between: [] }
		]);
		// The first write answered: the note keeps the second, after what IndexedDB now holds.
		backend.held.shift()!();
		await until(() => note()?.length === 1);
		expect(note()).toEqual([{ key: 'bt:p:d:c0', value: 'graded again', before: 'graded', between: [] }]);
		storage.returned();
		backend.held.shift()!();
		await storage.settled();
		expect(hot.getItem('bt:unsaved:tab1')).toBeNull();
		// Shown again: the next write is not noted.
		backend.held = null;
		storage.setItem('bt:p:d:c0', 'third');
		await Promise.resolve();
		expect(hot.getItem('bt:unsaved:tab1')).toBeNull();
	});

	it('writes no note again once another tab has settled it', async () => {
		const { backend, hot, storage } = tab1();
		backend.held = [];
		storage.leaving();
		storage.setItem('bt:p:d:c0', 'first');
		await Promise.resolve();
		storage.setItem('bt:p:d:c0', 'second');
		await Promise.resolve();
		expect(hot.getItem('bt:unsaved:tab1')).not.toBeNull();
		// Another tab put both values in IndexedDB and removed the note; then it wrote the key itself.
		hot.removeItem('bt:unsaved:tab1');
		backend.kept.set('bt:p:d:c0', 'theirs');
		backend.held.shift()!();
		// The first write's answer: the second is still open, and the note is not written again for it.
		await new Promise((r) => setTimeout(r, 5));
		expect(hot.getItem('bt:unsaved:tab1')).toBeNull();
		backend.held.shift()!();
		await storage.settled();
		expect(hot.getItem('bt:unsaved:tab1')).toBeNull();
	});

	it('drops the note of a write IndexedDB refused, as the values themselves go back', async () => {
		const { backend, hot, storage } = tab1();
		backend.refuse = true;
		storage.leaving();
		storage.setItem('bt:p:d:c0', 'graded');
		await Promise.resolve();
		expect(hot.getItem('bt:unsaved:tab1')).not.toBeNull();
		await storage.settled();
		expect(hot.getItem('bt:unsaved:tab1')).toBeNull();
		expect(storage.getItem('bt:p:d:c0')).toBeNull();
	});

	it('keeps what IndexedDB kept when a message comes after this tab’s later write was answered', async () => {
		const { storage, backend } = tiered();
		// The other tab's transaction was kept first, this tab's after it (answered), then the other's message came.
		backend.kept.set('bt:p:d:c0', 'theirs');
		storage.setItem('bt:p:d:c0', 'mine');
		await storage.settled();
		storage.receive([{ key: 'bt:p:d:c0', value: 'theirs' }]);
		await storage.settled();
		expect(backend.kept.get('bt:p:d:c0')).toBe('mine');
		expect(storage.getItem('bt:p:d:c0')).toBe('mine');
	});

	// Another tab's message comes after its transaction; this tab's own write of the key may be kept before or after it.
	it.each([
		['the other tab’s write is kept first, then this tab’s', 'theirs-first', 'mine', []],
		['this tab’s write is kept first, then the other tab’s', 'mine-first', 'theirs', ['bt:p:d:c0']]
	])('a key written here and by another tab at once: %s, and the key holds the last', async (_, order, last, told) => {
		const backend = new FakeBackend();
		const settledKeys: string[] = [];
		const storage = new TieredStorage(new MemoryStorage(), [], backend, { settledKeys: (k) => settledKeys.push(...k) });
		backend.held = [];
		storage.setItem('bt:p:d:c0', 'mine');
		if (order === 'theirs-first') backend.kept.set('bt:p:d:c0', 'theirs');
		await Promise.resolve(); // this tab's transaction is made (and, held, not yet answered)
		if (order === 'mine-first') backend.kept.set('bt:p:d:c0', 'theirs');
		storage.receive([{ key: 'bt:p:d:c0', value: 'theirs' }]);
		backend.held.forEach((release) => release());
		backend.held = null;
		await storage.settled();
		expect(backend.kept.get('bt:p:d:c0')).toBe(last);
		expect(storage.getItem('bt:p:d:c0')).toBe(last);
		// The store is told of a change only: this tab's own value kept changes nothing here.
		expect(settledKeys).toEqual(told);
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
