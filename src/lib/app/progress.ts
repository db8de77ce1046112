/**
 * The app's single progress store, created on first use in the browser. Screens get it from here, read it inside
 * `$derived` (it is reactive, to other tabs' writes too) and call its intent methods.
 *
 * Loads open it with `openProgressStore()` (the root layout's load does, so components can call `progressStore()`):
 * over data an older version saved, the upgrade code must load before the store may read anything.
 */
import { createBrowserStore, prepareBrowserStore, type ProgressStore } from '../storage';

let store: ProgressStore | undefined;

/**
 * The store, once the progress of the decks `need` names has been read (every deck's unless told: only the study page
 * asks for its own deck alone, so that its first card waits for nothing else).
 */
export async function openProgressStore(need: readonly string[] | 'all' = 'all'): Promise<ProgressStore> {
	await prepareBrowserStore(need);
	return progressStore();
}

export function progressStore(): ProgressStore {
	store ??= createBrowserStore();
	return store;
}
