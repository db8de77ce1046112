/**
 * The store over the browser's localStorage, listening for other tabs' writes. Kept here so that no code outside
 * `src/lib/storage` ever names `localStorage`.
 */
import { SCHEMA_VERSION, deckKey, storedVersion } from './keys';
import { loadDeckCodec, loadRareParts } from './parts';
import { ProgressStore } from './store.svelte';
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

/** Where progress is kept for the visit when the browser refuses localStorage; made by `prepareBrowserStore`. */
let fallback: Storage | null = null;

function listening(storage: Storage | null): ProgressStore {
	if (!storage && !fallback) throw new Error('The browser refused storage: await prepareBrowserStore() first');
	const store = new ProgressStore(storage ?? fallback!);
	// Another tab saved something: the store re-reads only what the event names, and the screens follow.
	if (typeof window !== 'undefined' && storage)
		window.addEventListener('storage', (e) => {
			if (e.storageArea === storage) store.external(e.key);
		});
	return store;
}

/**
 * Loads what opening the store over this browser's storage needs beyond the pages' JavaScript (see parts.ts): the
 * upgrade code when what is stored is of an older version, the deck codec when decks are kept here, and the in-memory
 * storage when the browser refuses localStorage. Then `createBrowserStore` may open the store.
 */
export async function prepareBrowserStore(): Promise<void> {
	const storage = browserStorage();
	if (!storage) {
		fallback ??= new (await import('./memory')).MemoryStorage();
		return;
	}
	const keys = allKeys(storage);
	const old = storedVersion({ get: (k) => storage.getItem(k), keys: () => keys }) < SCHEMA_VERSION;
	await Promise.all([
		old ? loadRareParts() : null,
		keys.some((k) => k.startsWith(deckKey(''))) ? loadDeckCodec() : null
	]);
}

/**
 * The store over this browser's storage; throws over data of an older version, or where storage is refused, unless
 * `prepareBrowserStore` ran.
 */
export function createBrowserStore(): ProgressStore {
	return listening(browserStorage());
}
