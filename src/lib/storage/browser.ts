/**
 * The store over the browser's localStorage, listening for other tabs' writes. Kept here so that no code outside
 * `src/lib/storage` ever names `localStorage`.
 */
import { SCHEMA_VERSION, deckKey, storedVersion } from './keys';
import { loadDeckCodec, loadRareParts } from './parts';
import { ProgressStore } from './store.svelte';
import { allKeys } from './write';

/**
 * localStorage when the browser allows it, else null (the store then keeps progress in memory for the visit).
 * Reading `window.localStorage` itself throws in some privacy modes, hence the guard.
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

function listening(storage: Storage | null): ProgressStore {
	const store = new ProgressStore(storage);
	// Another tab saved something: the store re-reads only what the event names, and the screens follow.
	if (typeof window !== 'undefined' && storage)
		window.addEventListener('storage', (e) => {
			if (e.storageArea === storage) store.external(e.key);
		});
	return store;
}

/**
 * Loads what opening the store over this browser's storage needs beyond the pages' JavaScript (see parts.ts): the
 * upgrade code when what is stored is of an older version, the deck codec when decks are kept here. Then
 * `createBrowserStore` may open the store.
 */
export async function prepareBrowserStore(): Promise<void> {
	const storage = browserStorage();
	if (!storage) return;
	const keys = allKeys(storage);
	const old = storedVersion({ get: (k) => storage.getItem(k), keys: () => keys }) < SCHEMA_VERSION;
	await Promise.all([
		old ? loadRareParts() : null,
		keys.some((k) => k.startsWith(deckKey(''))) ? loadDeckCodec() : null
	]);
}

/** The store over this browser's storage; throws over data of an older version unless `prepareBrowserStore` ran. */
export function createBrowserStore(): ProgressStore {
	return listening(browserStorage());
}
