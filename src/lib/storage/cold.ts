/**
 * IndexedDB for the cold values (cold-keys.ts): opening it, reading all of it in one asynchronous request before the
 * store opens, moving the cold values an earlier version kept in localStorage, and telling other tabs what this tab
 * wrote (IndexedDB has no `storage` event; a BroadcastChannel carries the changed values instead).
 */
import { createStore, entries, promisifyRequest } from 'idb-keyval';
import { COLD_DB, COLD_MARKER, COLD_STORE, isCold } from './cold-keys';
import { deckKey, deckPrefix, quarantineKey } from './keys';
import { TieredStorage, type ColdBackend } from './tiered';
import type { Notice } from './types';
import { allKeys, applyChanges, type Change } from './write';

export interface OpenedCold {
	storage: TieredStorage;
	/** What the learner must be told about the move (values kept aside). */
	notices: Notice[];
	/** Follows other tabs' cold writes: the map takes their values, then `onKey` hears each changed key. */
	listen(onKey: (key: string) => void): void;
	/** Hears when a write this tab made was refused (its keys are back to their earlier values). */
	onRefused(handler: (keys: readonly string[]) => void): void;
}

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

function idbBackend(): ColdBackend & {
	keys(): Promise<string[]>;
	values(keys: string[]): Promise<Map<string, string>>;
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
				const ranges = groups
					? groups.flatMap((g) => [IDBKeyRange.bound(deckPrefix(g), `${deckPrefix(g)}\uffff`), deckKey(g)])
					: [undefined];
				const reads = ranges.map((r) =>
					Promise.all([promisifyRequest(store.getAllKeys(r)), promisifyRequest(store.getAll(r))])
				);
				return (await Promise.all(reads)).flatMap(([k, v]) => pairs(k, v));
			}),
		keys: () =>
			use('readonly', async (store) =>
				(await promisifyRequest(store.getAllKeys())).filter((k): k is string => typeof k === 'string' && isCold(k))
			),
		values: (keys) =>
			use('readonly', async (store) => {
				const got = await Promise.all(keys.map((k) => promisifyRequest(store.get(k))));
				return new Map(pairs(keys, got));
			})
	};
}

/**
 * Opens IndexedDB over `hot` (localStorage), knowing every cold key and holding the values of the decks `need` names
 * (every deck's for 'all'). Throws when the browser refuses IndexedDB; the caller decides what that means (browser.ts).
 */
export async function openCold(hot: Storage, now: () => number, need: readonly string[] | 'all'): Promise<OpenedCold> {
	const backend = idbBackend();
	const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(COLD_DB);
	// Listen before reading, so no write another tab makes meanwhile is missed; applied once the storage exists.
	let early: Change[][] | null = [];
	let onKey: ((key: string) => void) | null = null;
	let refused: ((keys: readonly string[]) => void) | null = null;
	let storage: TieredStorage | null = null;
	if (channel)
		channel.onmessage = (e: MessageEvent<unknown>) => {
			const changes = readChanges(e.data);
			if (!changes) return;
			if (early) return void early.push(changes);
			storage?.receive(changes);
			for (const c of changes) onKey?.(c.key);
		};

	const known = new Set(await backend.keys());
	const notices = await moveLeftovers(hot, known, backend, now);
	storage = new TieredStorage(hot, known, backend, {
		written: (changes) => {
			mark(hot);
			channel?.postMessage(changes);
		},
		failed: (keys) => refused?.(keys)
	});
	for (const changes of early) storage.receive(changes);
	early = null;
	await storage.load(need);
	if (known.size) mark(hot);
	return {
		storage,
		notices,
		listen: (f) => void (onKey = f),
		onRefused: (f) => void (refused = f)
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
 * Cold values found in localStorage move to IndexedDB: the values an earlier version wrote there, or one still
 * open in another tab. Where IndexedDB already holds a different value, IndexedDB's stays and localStorage's is kept
 * aside under a quarantine key, so neither is lost. Values are removed from localStorage only once IndexedDB has them.
 */
async function moveLeftovers(
	hot: Storage,
	known: Set<string>,
	backend: ReturnType<typeof idbBackend>,
	now: () => number
): Promise<Notice[]> {
	const left = allKeys(hot).filter(isCold);
	if (!left.length) return [];
	const kept = await backend.values(left.filter((k) => known.has(k)));
	const moves: Change[] = [];
	const aside: string[] = [];
	for (const key of left) {
		const value = hot.getItem(key);
		if (value === null) continue;
		const there = kept.get(key);
		if (there === undefined || there === value) moves.push({ key, value });
		else aside.push(key);
	}
	if (moves.length) {
		await backend.write(moves);
		for (const m of moves) known.add(m.key);
		applyChanges(
			hot,
			moves.map((m) => ({ key: m.key, value: null }))
		);
	}
	if (!aside.length) return [];
	const iso = new Date(now()).toISOString();
	const notices: Notice[] = [];
	for (const key of aside) {
		const q = quarantineKey(iso, key);
		try {
			applyChanges(hot, [
				{ key: q, value: hot.getItem(key) },
				{ key, value: null }
			]);
			notices.push({ kind: 'corrupt', message: MOVE_ASIDE_MESSAGE, key: q });
		} catch {
			// Renaming a value never needs more room than it has; if the browser refuses anyway, it stays for next time.
		}
	}
	return notices;
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
