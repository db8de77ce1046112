/**
 * The store over the browser's storage — localStorage, and IndexedDB for the bulk (cold-keys.ts) — listening for
 * other tabs' writes. Kept here so that no code outside `src/lib/storage` ever names either.
 */
import { COLD_MARKER } from './cold-keys';
import type { OpenedCold } from './cold';
import { SCHEMA_VERSION, deckKey, storedVersion } from './keys';
import { loadDeckCodec, loadRareParts } from './parts';
import { ProgressStore } from './store.svelte';
import type { Notice } from './types';
import { allKeys } from './write';

/**
 * localStorage when the browser allows it, else null (the store then keeps progress in memory for the visit, see
 * `prepareBrowserStore`). Reading `window.localStorage` itself throws in some privacy modes, hence the guard.
 */
function browserStorage(): Storage | null {
	try {
		if (typeof window !== 'undefined' && window.localStorage) {
			void window.localStorage.length;
			return window.localStorage;
		}
	} catch {
		// Storage is refused: memory it is.
	}
	return null;
}

/**
 * The decks whose progress a page reads: the study page's own deck (the first card waits for nothing else), or every
 * deck ('all': the deck list checks each deck's summary against its stored values, the Progress page reads them all).
 */
export type Need = readonly string[] | 'all';

/** What `prepareBrowserStore` opened: the storage the store reads, and how it hears other tabs. */
interface Prepared {
	storage: Storage;
	/** localStorage, whose `storage` events name what another tab changed; null for a visit kept in memory. */
	local: Storage | null;
	cold: OpenedCold | null;
	notices: Notice[];
}

let prepared: Prepared | null = null;
let preparing: Promise<Prepared> | null = null;

export const COLD_REFUSED_MESSAGE =
	'The browser would not open the database where your progress is kept, so this visit shows none of it and saves nothing. Reload the page to try again; your saved progress is unchanged.';

async function memoryCopy(local: Storage | null): Promise<Storage> {
	const memory = new (await import('./memory')).MemoryStorage();
	if (local) for (const key of allKeys(local)) memory.setItem(key, local.getItem(key) ?? '');
	return memory;
}

/**
 * localStorage with IndexedDB for the bulk. Where IndexedDB is refused: localStorage alone if the bulk was never
 * moved (the app then works as it did before), else a copy in memory, so that nothing is written over progress this
 * visit cannot see.
 */
async function open(local: Storage | null): Promise<Prepared> {
	if (!local) return { storage: await memoryCopy(null), local: null, cold: null, notices: [] };
	try {
		const cold = await (await import('./cold')).openCold(local, Date.now);
		return { storage: cold.storage, local, cold, notices: cold.notices };
	} catch {
		if (local.getItem(COLD_MARKER) === null) return { storage: local, local, cold: null, notices: [] };
		const notices: Notice[] = [{ kind: 'quota', message: COLD_REFUSED_MESSAGE }];
		return { storage: await memoryCopy(local), local: null, cold: null, notices };
	}
}

function listening(p: Prepared): ProgressStore {
	const store = new ProgressStore(p.storage);
	for (const n of p.notices) store.notify(n);
	// Another tab saved something: the store re-reads only what the event names, and the screens follow.
	const local = p.local;
	if (typeof window !== 'undefined' && local)
		window.addEventListener('storage', (e) => {
			if (e.storageArea === local) store.external(e.key);
		});
	p.cold?.listen((key) => store.external(key));
	p.cold?.onRefused((keys) => store.refused(keys));
	p.cold?.onNotice((n) => store.notify(n));
	return store;
}

/**
 * Reads what opening the store over this browser's storage needs: the progress of the decks `need` names from
 * IndexedDB (cold.ts; a later call with more decks reads those too),
 * and beyond the pages' JavaScript (see parts.ts) the upgrade code when what is stored is of an older version, the
 * deck codec when decks are kept here, and the in-memory storage when the browser refuses storage. Then
 * `createBrowserStore` may open the store.
 */
export async function prepareBrowserStore(need: Need = 'all'): Promise<void> {
	prepared = await (preparing ??= open(browserStorage()));
	await prepared.cold?.storage.load(need);
	const storage = prepared.storage;
	const keys = allKeys(storage);
	const old = storedVersion({ get: (k) => storage.getItem(k), keys: () => keys }) < SCHEMA_VERSION;
	await Promise.all([
		// Upgrading data of an older version reads and writes every deck's progress.
		old ? Promise.all([loadRareParts(), prepared.cold?.storage.load('all')]) : null,
		keys.some((k) => k.startsWith(deckKey(''))) ? loadDeckCodec() : null
	]);
}

/** The store over this browser's storage; throws unless `prepareBrowserStore` ran (the bulk is read there). */
export function createBrowserStore(): ProgressStore {
	if (!prepared) throw new Error('Progress is not read yet: await prepareBrowserStore() first');
	return listening(prepared);
}
