import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { MOVE_ASIDE_MESSAGE, UNSAVED_ASIDE_MESSAGE, openCold, type OpenedCold } from '../../../src/lib/storage/cold';
import { COLD_MARKER, coldGroup, isCold } from '../../../src/lib/storage/cold-keys';
import { ColdNotLoadedError, TieredStorage, type ColdBackend } from '../../../src/lib/storage/tiered';
import { MemoryStorage } from '../../../src/lib/storage/memory';
import { T0, makeCard, makeStore, recordCard } from './helpers';

const clock = () => T0;

beforeEach(() => {
	// A new, empty IndexedDB for each test.
	globalThis.indexedDB = new IDBFactory();
});

/** localStorage as an earlier version left it: one deck's progress, every value in localStorage. */
function earlierVersion(): MemoryStorage {
	const local = new MemoryStorage();
	const store = makeStore(local);
	for (let i = 0; i < 5; i++) recordCard(store, 'crocus', `c${i}`, makeCard([3]));
	store.settle();
	return local;
}

/** IndexedDB opened over `local`, with the decks `need` names read, as a page's load does (browser.ts). */
async function opened(local: MemoryStorage, need: readonly string[] | 'all' = 'all') {
	const cold = await openCold(local, clock);
	await cold.storage.load(need);
	return cold;
}

const until = async (ok: () => boolean) => {
	for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('opening IndexedDB', () => {
	it('moves the values an earlier version kept in localStorage, and the store reads the same progress', async () => {
		const local = earlierVersion();
		const before = makeStore(local).load('crocus');
		const cold = await opened(local);
		expect(local.keys().sort()).toEqual([COLD_MARKER, 'bt:meta', 'bt:p:crocus:sum']);
		expect(cold.notices).toEqual([]);
		// What moved is in IndexedDB: a second opening (a reload) reads it back.
		const again = await opened(local);
		expect(makeStore(again.storage).load('crocus')).toEqual(before);
	});

	it('keeps what a write sent to IndexedDB across a reload', async () => {
		const local = new MemoryStorage();
		const cold = await opened(local);
		const store = makeStore(cold.storage);
		recordCard(store, 'd', 'a', makeCard([3, 3]));
		store.settle();
		await cold.storage.settled();
		const reload = await opened(local);
		expect(makeStore(reload.storage).load('d').cards.get('a')).toEqual(makeCard([3, 3]));
	});

	it('keeps IndexedDB’s value when a tab of an earlier version wrote another, and keeps that one aside', async () => {
		const local = earlierVersion();
		const moved = await opened(local);
		const ours = moved.storage.getItem('bt:p:crocus:c0');
		// The earlier version, still open in a tab, saw no progress in localStorage and wrote a chunk of its own.
		local.setItem('bt:p:crocus:c0', 'written by the earlier version');
		const cold = await opened(local);
		expect(cold.storage.getItem('bt:p:crocus:c0')).toBe(ours);
		const aside = local.keys().filter((k) => k.startsWith('bt:quarantine:'));
		expect(aside).toEqual(['bt:quarantine:2025-03-22T09:00:00.000Z:bt:p:crocus:c0']);
		expect(local.getItem(aside[0]!)).toBe('written by the earlier version');
		expect(local.getItem('bt:p:crocus:c0')).toBeNull();
		expect(cold.notices).toEqual([{ kind: 'corrupt', message: MOVE_ASIDE_MESSAGE, key: aside[0] }]);
	});

	it('reads only strings of the app’s keys from the database', async () => {
		const local = new MemoryStorage();
		const first = await opened(local);
		first.storage.setItem('bt:p:d:c0', 'state');
		await first.storage.settled();
		await new Promise<void>((resolve, reject) => {
			const req = indexedDB.open('briefing-trainer');
			req.onsuccess = () => {
				const tx = req.result.transaction('values', 'readwrite');
				tx.objectStore('values').put({ not: 'a string' }, 'bt:p:d:l0');
				tx.objectStore('values').put('x', 'something else');
				tx.oncomplete = () => (req.result.close(), resolve());
				tx.onerror = () => reject(tx.error);
			};
		});
		const cold = await opened(local);
		expect(cold.storage.keys()).toEqual([COLD_MARKER, 'bt:p:d:c0']);
	});

	it('reads only the decks asked for, knows every key, and refuses to guess at a deck not read', async () => {
		const local = new MemoryStorage();
		const first = makeStore((await opened(local)).storage);
		recordCard(first, 'a', 'x', makeCard([3]));
		recordCard(first, 'b', 'y', makeCard([3, 3]));
		first.settle();
		await (first.storage as TieredStorage).settled();

		const cold = await opened(local, ['a']);
		expect(makeStore(cold.storage).load('a').cards.get('x')).toEqual(makeCard([3]));
		// Deck b exists but was not read: its values are not "none", which would read as cards never studied.
		expect(cold.storage.keys()).toContain('bt:p:b:c0');
		expect(() => cold.storage.getItem('bt:p:b:c0')).toThrow(ColdNotLoadedError);
		expect(cold.storage.getItem('bt:p:c:c0')).toBeNull();
		await cold.storage.load(['b']);
		expect(makeStore(cold.storage).load('b').cards.get('y')).toEqual(makeCard([3, 3]));
	});

	it('keeps a value written before its deck’s reading finished over the one read', async () => {
		const local = new MemoryStorage();
		const first = await opened(local);
		first.storage.setItem('bt:p:b:c0', 'old');
		await first.storage.settled();
		const cold = await opened(local, []);
		const reading = cold.storage.load(['b']);
		cold.storage.setItem('bt:p:b:c0', 'new');
		await reading;
		expect(cold.storage.getItem('bt:p:b:c0')).toBe('new');
	});

	it('follows another tab’s writes, and tells the store which keys changed', async () => {
		const local = new MemoryStorage();
		const a = await opened(local);
		const b = await opened(local);
		const heard: string[] = [];
		b.listen((key) => heard.push(key));
		a.storage.setItem('bt:p:d:c0', 'from tab a');
		await a.storage.settled();
		await until(() => heard.length > 0);
		expect(b.storage.getItem('bt:p:d:c0')).toBe('from tab a');
		expect(heard).toEqual(['bt:p:d:c0']);
	});

	it.each([
		['not a list', 'hello'],
		['a hot key', [{ key: 'bt:meta', value: '{"version":99}' }]],
		['a value that is no string', [{ key: 'bt:p:d:c0', value: 42 }]],
		['an entry that is no object', ['bt:p:d:c0']]
	])('ignores a message from another tab that is %s', async (_, message) => {
		const local = new MemoryStorage();
		const b = await opened(local);
		const heard: string[] = [];
		b.listen((key) => heard.push(key));
		const channel = new BroadcastChannel('briefing-trainer');
		channel.postMessage(message);
		// Then a tab of the app writes, and says so once IndexedDB has kept it.
		const other = await opened(new MemoryStorage());
		other.storage.setItem('bt:p:d:l0', 'sent after');
		await until(() => heard.length > 0);
		channel.close();
		expect(heard).toEqual(['bt:p:d:l0']);
		expect(b.storage.keys()).toEqual(['bt:p:d:l0']);
		expect(local.getItem('bt:meta')).toBeNull();
	});
});

/**
 * A tab whose writes IndexedDB never answers — the page ended first — opened over what IndexedDB holds now, and
 * hidden, so that what it writes is noted in localStorage.
 */
async function endingTab(local: MemoryStorage, from: OpenedCold, tab = 'ended'): Promise<TieredStorage> {
	const values = new Map(
		from.storage
			.keys()
			.filter(isCold)
			.map((k) => [k, from.storage.getItem(k)!])
	);
	const backend: ColdBackend = {
		write: () => new Promise(() => {}),
		read: (groups) => Promise.resolve([...values].filter(([k]) => groups.includes(coldGroup(k)))),
		readKeys: (keys) => Promise.resolve(keys.map((k) => values.get(k) ?? null))
	};
	const storage = new TieredStorage(local, values.keys(), backend, {}, tab);
	await storage.load('all');
	storage.leaving();
	return storage;
}

describe('what a tab was still saving when it ended', () => {
	/** A tab that graded card `a` and saved it. */
	async function firstTab() {
		const local = new MemoryStorage();
		const a = await opened(local);
		await grade(a, 'a', makeCard([3]));
		return { local, a };
	}

	/** `tab` grades `cardId` and IndexedDB answers. */
	async function grade(tab: OpenedCold, cardId: string, card: ReturnType<typeof makeCard>) {
		const store = makeStore(tab.storage);
		recordCard(store, 'd', cardId, card);
		store.settle();
		await tab.storage.settled();
	}

	/** A tab over what `a` saved grades card `b` and ends before IndexedDB answers: its note is left. */
	async function endedTab(local: MemoryStorage, a: OpenedCold) {
		const ended = await endingTab(local, a);
		const gone = makeStore(ended);
		recordCard(gone, 'd', 'b', makeCard([3, 3]));
		gone.settle();
		await Promise.resolve();
		expect(local.getItem('bt:unsaved:ended')).not.toBeNull();
		return ended;
	}

	async function twoTabs() {
		const { local, a } = await firstTab();
		return { local, a, ended: await endedTab(local, a) };
	}

	it('reaches IndexedDB when the next page opens, and the note goes', async () => {
		const { local } = await twoTabs();
		const next = await opened(local);
		expect(next.notices).toEqual([]);
		const progress = makeStore(next.storage).load('d');
		expect(progress.cards.get('a')).toEqual(makeCard([3]));
		expect(progress.cards.get('b')).toEqual(makeCard([3, 3]));
		expect(progress.log.map((e) => e.cardId).sort()).toEqual(['a', 'b']);
		expect(local.getItem('bt:unsaved:ended')).toBeNull();
		// Once more: nothing left to settle, and the values stay.
		const again = await opened(local);
		expect(makeStore(again.storage).load('d').cards.get('b')).toEqual(makeCard([3, 3]));
	});

	it('is kept aside, not written over a grade another tab saved since', async () => {
		const { local, a, ended } = await twoTabs();
		await grade(a, 'c', makeCard([4]));
		const next = await opened(local);
		const progress = makeStore(next.storage).load('d');
		expect(progress.cards.get('c')).toEqual(makeCard([4]));
		expect(progress.cards.has('b')).toBe(false);
		const aside = local
			.keys()
			.filter((k) => k.startsWith('bt:quarantine:'))
			.sort();
		expect(aside).toEqual(
			['bt:p:d:c0', 'bt:p:d:ids', 'bt:p:d:l0'].map((k) => `bt:quarantine:2025-03-22T09:00:00.000Z:${k}`)
		);
		for (const k of aside) expect(local.getItem(k)).toBe(ended.getItem(k.slice(k.indexOf(':bt:') + 1)));
		expect(next.notices.map((n) => n.key).sort()).toEqual(aside);
		for (const n of next.notices) expect(n).toMatchObject({ kind: 'corrupt', message: UNSAVED_ASIDE_MESSAGE });
		expect(local.getItem('bt:unsaved:ended')).toBeNull();
	});

	it('does not keep IndexedDB from opening when it refuses to settle the note, and settles it on a later visit', async () => {
		const { local } = await twoTabs();
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('The disk is full', 'QuotaExceededError');
		};
		let refused: OpenedCold;
		try {
			refused = await opened(local);
		} finally {
			IDBObjectStore.prototype.put = put;
		}
		// This visit opens over what IndexedDB holds, and the note waits.
		expect(makeStore(refused.storage).load('d').cards.has('a')).toBe(true);
		expect(local.getItem('bt:unsaved:ended')).not.toBeNull();
		const later = await opened(local);
		expect(makeStore(later.storage).load('d').cards.get('b')).toEqual(makeCard([3, 3]));
		expect(local.getItem('bt:unsaved:ended')).toBeNull();
	});

	it('tells a tab still open what it put in IndexedDB', async () => {
		const { local, a } = await twoTabs();
		const heard: string[] = [];
		a.listen((key) => heard.push(key));
		await opened(local);
		await until(() => heard.length > 0);
		expect(heard.sort()).toEqual(['bt:p:d:c0', 'bt:p:d:ids', 'bt:p:d:l0']);
		expect(makeStore(a.storage).load('d').cards.get('b')).toEqual(makeCard([3, 3]));
	});

	it('tells the store of a tab that settles a note from its storage event what it kept aside', async () => {
		const { local, a } = await firstTab();
		// A page that is open (it listens for storage events) before the note is written.
		const events = new Map<string, (e: unknown) => void>();
		const page = globalThis as { addEventListener?: unknown; document?: unknown };
		const before = { addEventListener: page.addEventListener, document: page.document };
		page.addEventListener = (type: string, f: (e: unknown) => void) => events.set(type, f);
		page.document = { addEventListener: () => {}, visibilityState: 'visible' };
		let open: OpenedCold;
		try {
			open = await opened(local);
		} finally {
			Object.assign(page, before);
		}
		const heard: string[] = [];
		open.listen((key) => heard.push(key));
		// A tab ends with a grade unsaved; the first tab then grades, so the note cannot be settled.
		await endedTab(local, a);
		await grade(a, 'c', makeCard([4]));
		const note = 'bt:unsaved:ended';
		events.get('storage')!({ storageArea: local, key: note, newValue: local.getItem(note) });
		const keptAside = (keys: string[]) => keys.filter((k) => k.startsWith('bt:quarantine:')).sort();
		await until(() => keptAside(heard).length > 0);
		// This tab wrote the keys kept aside, and no storage event reaches a tab for its own writes: its store is told.
		expect(local.getItem(note)).toBeNull();
		expect(keptAside(local.keys())).toHaveLength(3);
		expect(keptAside(heard)).toEqual(keptAside(local.keys()));
	});

	it('keeps two notes aside under keys of their own when both are set aside in one millisecond', async () => {
		const { local, a } = await twoTabs();
		// A second ending tab, over the same values, grades another card; then the open tab writes the chunk.
		const second = await endingTab(local, a, 'ended-too');
		const gone = makeStore(second);
		recordCard(gone, 'd', 'e', makeCard([4]));
		gone.settle();
		await Promise.resolve();
		await grade(a, 'c', makeCard([4]));
		const next = await opened(local);
		const aside = local.keys().filter((k) => k.startsWith('bt:quarantine:'));
		expect(aside).toHaveLength(6);
		const values = new Set(aside.map((k) => local.getItem(k)));
		for (const tab of [second]) expect(values.has(tab.getItem('bt:p:d:c0'))).toBe(true);
		expect(next.notices).toHaveLength(6);
	});

	it.each([
		['not JSON', '{'],
		['of another format', JSON.stringify({ v: 2, changes: [{ key: 'bt:p:d:c0', value: 'x', between: [] }] })],
		[
			'about a localStorage key',
			JSON.stringify({ v: 1, changes: [{ key: 'bt:meta', value: '{"version":9}', between: [] }] })
		],
		[
			'naming a key twice',
			JSON.stringify({ v: 1, changes: [1, 2].map((n) => ({ key: 'bt:p:d:c0', value: `${n}`, between: [] })) })
		],
		['holding a number', JSON.stringify({ v: 1, changes: [{ key: 'bt:p:d:c0', value: 7, between: [] }] })],
		['without its earlier values', JSON.stringify({ v: 1, changes: [{ key: 'bt:p:d:c0', value: 'x' }] })]
	])('is removed unapplied when it is %s', async (_, raw) => {
		const local = new MemoryStorage();
		local.setItem('bt:unsaved:x', raw);
		const cold = await opened(local);
		expect(local.keys()).toEqual([]);
		expect(cold.storage.keys()).toEqual([]);
		expect(cold.notices).toEqual([]);
	});
});
