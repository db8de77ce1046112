/**
 * The store over the browser's localStorage, listening for other tabs' writes. Kept here so that no code outside
 * `src/lib/storage` ever names `localStorage`.
 */
import { ProgressStore } from './store.svelte';

/**
 * localStorage when the browser allows it, else memory (progress then lasts for the visit). Reading
 * `window.localStorage` itself throws in some privacy modes, hence the guard.
 */
export function createBrowserStore(): ProgressStore {
	let storage: Storage | null = null;
	try {
		if (typeof window !== 'undefined' && window.localStorage) {
			void window.localStorage.length;
			storage = window.localStorage;
		}
	} catch {
		storage = null;
	}
	const store = new ProgressStore(storage);
	// Another tab saved something: the store re-reads only what the event names, and the screens follow.
	if (typeof window !== 'undefined' && storage)
		window.addEventListener('storage', (e) => {
			if (e.storageArea === storage) store.external(e.key);
		});
	return store;
}
