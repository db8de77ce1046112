/**
 * IndexedDB for the cold values (cold-keys.ts): opening it, reading its keys and the values of the decks a page needs
 * before the store opens (tiered.ts reads the others when asked), moving the cold values an earlier version kept in
 * localStorage, and telling other tabs what this tab wrote (IndexedDB has no `storage` event; a BroadcastChannel
 * carries the changed values instead). Also settles what a tab left unanswered when it was hidden or left (unsaved.ts).
 */
import { createStore, getMany, promisifyRequest } from 'idb-keyval';
import { COLD_DB, COLD_MARKER, COLD_STORE, isCold } from './cold-keys';
import { UNSAVED_PREFIX, deckKey, deckPrefix, quarantineKey } from './keys';
import { TieredStorage, type ColdBackend } from './tiered';
import type { Notice } from './types';
import { readUnsaved, stillOurs, type UnsavedChange } from './unsaved';
import { allKeys, applyChanges, type Change } from './write';

export interface OpenedCold {
	storage: TieredStorage;
	/** What the learner must be told about the move (values kept aside). */
	notices: Notice[];
	/** Follows other tabs' cold writes: the map takes their values, then `onKey` hears each changed key. */
	listen(onKey: (key: string) => void): void;
	/** Hears when a write this tab made was refused (its keys are back to their earlier values). */
	onRefused(handler: (keys: readonly string[]) => void): void;
	/** Hears what the learner must be told later (another tab's unsaved values kept aside). */
	onNotice(handler: (notice: Notice) => void): void;
}

export const UNSAVED_ASIDE_MESSAGE =
	'A tab closed while it was still saving progress that has changed since; what it was saving was kept aside (Recovery, on the Progress page, can give it back).';

export const MOVE_ASIDE_MESSAGE =
	'Progress that an older version of the app saved in another tab differed from the progress kept here; it was kept aside (Recovery, on the Progress page, can give it back).';

/** The app's value for a stored pair: only strings of its cold keys; anything else in the database is not read. */
function pairs(keys: IDBValidKey[], values: unknown[]): [string, string][] {
	const out: [string, string][] = [];
	keys.forEach((k, i) => {
		const v = values[i];
		if (typeof k === 'string' && typeof v === 'string' && isCold(k)) out.push([k, v]);
	});
	return out;
}

interface Move {
	/** Now in IndexedDB. */
	moved: [string, string][];
	/** IndexedDB holds another value for the key. */
	differ: [string, string][];
}

function idbBackend(): ColdBackend & {
	keys(): Promise<string[]>;
	/** Puts each value whose key IndexedDB lacks or holds with the same value, in one transaction. */
	move(entries: [string, string][]): Promise<Move>;
	/**
	 * In one transaction: makes the noted changes where every key still holds the value it replaced or already the
	 * noted one, and answers true; else changes nothing and answers false (another write came between).
	 */
	settle(changes: readonly UnsavedChange[]): Promise<boolean>;
} {
	const use = createStore(COLD_DB, COLD_STORE);
	return {
		write: (changes) =>
			use('readwrite', (store) => {
				try {
					for (const c of changes) {
						if (c.value === null) store.delete(c.key);
						else store.put(c.value, c.key);
					}
				} catch (err) {
					// All or nothing: a change the browser refused at once undoes the ones before it.
					store.transaction.abort();
					throw err;
				}
				return promisifyRequest(store.transaction);
			}),
		read: (groups) =>
			use('readonly', async (store) => {
				// A deck's progress keys share a prefix (keys.ts), so one key range reads them all; its body is one key.
				const ranges = groups.flatMap((g) => [IDBKeyRange.bound(deckPrefix(g), `${deckPrefix(g)}\uffff`), deckKey(g)]);
				const reads = ranges.map((r) =>
					Promise.all([promisifyRequest(store.getAllKeys(r)), promisifyRequest(store.getAll(r))])
				);
				return (await Promise.all(reads)).flatMap(([k, v]) => pairs(k, v));
			}),
		readKeys: async (keys) => (await getMany<unknown>([...keys], use)).map((v) => (typeof v === 'string' ? v : null)),
		keys: () =>
			use('readonly', async (store) =>
				(await promisifyRequest(store.getAllKeys())).filter((k): k is string => typeof k === 'string' && isCold(k))
			),
		move: (entries) =>
			use('readwrite', async (store) => {
				const moved: [string, string][] = [];
				const differ: [string, string][] = [];
				const there = await Promise.all(entries.map(([k]) => promisifyRequest(store.get(k))));
				entries.forEach(([k, v], i) => {
					const t = there[i];
					if (t === undefined || t === v) {
						store.put(v, k);
						moved.push([k, v]);
					} else differ.push([k, v]);
				});
				await promisifyRequest(store.transaction);
				return { moved, differ };
			}),
		settle: (changes) =>
			use('readwrite', async (store) => {
				const there = await Promise.all(changes.map((c) => promisifyRequest(store.get(c.key))));
				const current = changes.every((c, i) =>
					stillOurs(c, typeof there[i] === 'string' ? (there[i] as string) : null)
				);
				if (!current) return false;
				for (const c of changes) {
					if (c.value === null) store.delete(c.key);
					else store.put(c.value, c.key);
				}
				await promisifyRequest(store.transaction);
				return true;
			})
	};
}

/**
 * Opens IndexedDB over `hot` (localStorage), knowing every cold key; the values are read a deck at a time by
 * `storage.load` (browser.ts asks for what each page needs). Throws when the browser refuses IndexedDB; the caller
 * decides what that means.
 */
export async function openCold(hot: Storage, now: () => number): Promise<OpenedCold> {
	const backend = idbBackend();
	const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(COLD_DB);
	// Listen before reading, so no write another tab makes meanwhile is missed; applied once the storage exists.
	let early: Change[][] | null = [];
	let onKey: ((key: string) => void) | null = null;
	let refused: ((keys: readonly string[]) => void) | null = null;
	let told: ((notice: Notice) => void) | null = null;
	// Notices from before the store listens are kept for it.
	const untold: Notice[] = [];
	const tell = (n: Notice) => (told ? told(n) : void untold.push(n));
	let storage: TieredStorage | null = null;
	if (channel)
		channel.onmessage = (e: MessageEvent<unknown>) => {
			const changes = readChanges(e.data);
			if (!changes) return;
			if (early) return void early.push(changes);
			storage?.receive(changes);
		};

	const notes: Notice[] = [];
	const settledEarly: Change[] = [];
	for (const key of allKeys(hot).filter((k) => k.startsWith(UNSAVED_PREFIX)))
		try {
			const settled = await settleNote(hot, key, backend, now);
			notes.push(...settled.notices);
			settledEarly.push(...settled.changes);
		} catch {
			// IndexedDB refused it (a full disk): the note stays for a later visit, and this one opens as usual.
		}
	const known = new Set(await backend.keys());
	const left = await moveLeftovers(hot, known, backend, now);
	const notices = [...notes, ...left.notices];
	const moved = left.moved;
	// Other tabs of this version hear of what moved or was settled as of any write (a tab still open may be the one
	// that noted it, its own write still unanswered: it reads the keys again once that write is answered).
	if (moved.length || settledEarly.length) channel?.postMessage([...settledEarly, ...moved]);
	storage = new TieredStorage(hot, known, backend, {
		written: (changes) => {
			mark(hot);
			channel?.postMessage(changes);
		},
		failed: (keys) => refused?.(keys),
		settledKeys: (keys) => keys.forEach((key) => onKey?.(key))
	});
	for (const changes of early) storage.receive(changes);
	early = null;
	if (known.size) mark(hot);
	const opened = storage;
	if (typeof addEventListener === 'function' && typeof document !== 'undefined') {
		// Hidden or being left: what IndexedDB has not answered yet is noted in localStorage too (unsaved.ts).
		addEventListener('pagehide', () => opened.leaving());
		addEventListener('pageshow', () => opened.returned());
		document.addEventListener('visibilitychange', () =>
			document.visibilityState === 'hidden' ? opened.leaving() : opened.returned()
		);
		// Another tab's note: its values go to IndexedDB now, and this tab reads them from there.
		let settling = Promise.resolve();
		addEventListener('storage', (e) => {
			const key = e.key;
			if (e.storageArea !== hot || key === null || !key.startsWith(UNSAVED_PREFIX) || e.newValue === null) return;
			settling = settling
				.then(() => settleNote(hot, key, backend, now))
				.then(({ changes, notices }) => {
					if (changes.length) {
						opened.receive(changes);
						channel?.postMessage(changes);
					}
					for (const n of notices) {
						tell(n);
						// What it kept aside this tab wrote itself, and a tab hears no storage event for its own writes.
						if (n.key) onKey?.(n.key);
					}
				})
				.catch(() => {
					// IndexedDB would not settle it: the note stays, and the next page opened tries again.
				});
		});
	}
	return {
		storage,
		notices,
		listen: (f) => void (onKey = f),
		onRefused: (f) => void (refused = f),
		onNotice: (f) => {
			told = f;
			for (const n of untold.splice(0)) f(n);
		}
	};
}

/**
 * Notes in localStorage that progress lives in IndexedDB, once it does: a visit that only looks writes nothing.
 * Without the mark, a browser that later refuses IndexedDB opens over localStorage as if nothing had been moved.
 */
function mark(hot: Storage): void {
	try {
		if (hot.getItem(COLD_MARKER) === null) hot.setItem(COLD_MARKER, '1');
	} catch {
		// localStorage is full: the next write to IndexedDB tries again.
	}
}

/**
 * Cold values found in localStorage move to IndexedDB: the values an earlier version wrote there, or one still open in
 * another tab. In one transaction, each is put where IndexedDB has no value for its key or the same one; where it
 * holds a different value, IndexedDB's stays and localStorage's is kept aside under a quarantine key, so neither is
 * lost. A value leaves localStorage only once IndexedDB has it, and only if it has not changed meanwhile (an earlier
 * version's tab may write while this runs). Returns the notices, and the values moved (for the other tabs).
 */
async function moveLeftovers(
	hot: Storage,
	known: Set<string>,
	backend: ReturnType<typeof idbBackend>,
	now: () => number
): Promise<{ notices: Notice[]; moved: Change[] }> {
	const left: [string, string][] = [];
	for (const key of allKeys(hot).filter(isCold)) {
		const value = hot.getItem(key);
		if (value !== null) left.push([key, value]);
	}
	if (!left.length) return { notices: [], moved: [] };
	const { moved, differ } = await backend.move(left);
	if (moved.length) mark(hot);
	for (const [key, value] of moved) {
		known.add(key);
		if (hot.getItem(key) === value) hot.removeItem(key);
	}
	const iso = new Date(now()).toISOString();
	const notices: Notice[] = [];
	for (const [key, value] of differ) {
		if (hot.getItem(key) !== value) continue;
		const q = quarantineKey(iso, key);
		try {
			// Removed first, so the copy needs no more room than the value had; a refused copy puts the value back.
			applyChanges(hot, [
				{ key, value: null },
				{ key: q, value }
			]);
			notices.push({ kind: 'corrupt', message: MOVE_ASIDE_MESSAGE, key: q });
		} catch {
			// The value stays where it is, and the next visit tries again.
		}
	}
	return { notices, moved: moved.map(([key, value]) => ({ key, value })) };
}

/**
 * Settles a tab's note of values IndexedDB had not answered (unsaved.ts): they are put in IndexedDB where it still holds
 * what they replaced, else kept aside in localStorage, all of them, so that a grade's card state and its review stay
 * together. The note goes once settled, unless rewritten meanwhile by its tab. A note that is no note of the app's is
 * removed: nothing of it is applied. Returns the changes now in IndexedDB and what the learner must be told.
 */
async function settleNote(
	hot: Storage,
	key: string,
	backend: ReturnType<typeof idbBackend>,
	now: () => number
): Promise<{ changes: Change[]; notices: Notice[] }> {
	const raw = hot.getItem(key);
	const changes = readUnsaved(raw);
	const done = { changes: [] as Change[], notices: [] as Notice[] };
	const drop = () => {
		if (hot.getItem(key) === raw) hot.removeItem(key);
	};
	if (raw === null) return done;
	if (!changes) return (drop(), done);
	if (await backend.settle(changes)) {
		drop();
		return { changes: changes.map(({ key, value }) => ({ key, value })), notices: [] };
	}
	if (hot.getItem(key) !== raw) return done;
	// Another note kept aside in the same millisecond must not take these keys: the time moves on until none is taken.
	let at = now();
	const asideAt = (t: number) =>
		changes
			.filter((c) => c.value !== null)
			.map((c) => ({ key: quarantineKey(new Date(t).toISOString(), c.key), value: c.value }));
	while (asideAt(at).some((a) => hot.getItem(a.key) !== null)) at++;
	const aside = asideAt(at);
	try {
		applyChanges(hot, [{ key, value: null }, ...aside]);
	} catch {
		// No room to keep them aside: the note stays, and the next page opened tries again.
		return done;
	}
	return { changes: [], notices: aside.map((a) => ({ kind: 'corrupt', message: UNSAVED_ASIDE_MESSAGE, key: a.key })) };
}

/** A message from another tab is data like any other: only a list of changes of cold keys is applied. */
function readChanges(data: unknown): Change[] | null {
	if (!Array.isArray(data)) return null;
	const out: Change[] = [];
	for (const c of data as unknown[]) {
		if (typeof c !== 'object' || c === null) return null;
		const { key, value } = c as { key?: unknown; value?: unknown };
		if (typeof key !== 'string' || !isCold(key) || (value !== null && typeof value !== 'string')) return null;
		out.push({ key, value });
	}
	return out;
}
