/**
 * The app's single progress store, created on first use in the browser. Screens get it from here, read it inside
 * `$derived` (it is reactive, to other tabs' writes too) and call its intent methods.
 *
 * Loads open it with `openProgressStore()` (the root layout's load does, so components can call `progressStore()`):
 * over data an older version saved, the upgrade code must load before the store may read anything.
 */
import { createBrowserStore, prepareBrowserStore, type ProgressStore } from '../storage';

let store: ProgressStore | undefined;

export async function openProgressStore(): Promise<ProgressStore> {
	if (!store) await prepareBrowserStore();
	return progressStore();
}

export function progressStore(): ProgressStore {
	store ??= createBrowserStore();
	return store;
}
