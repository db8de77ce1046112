/**
 * The app's single progress store, created on first use in the browser. Screens get it from here, read it inside
 * `$derived` (it is reactive, to other tabs' writes too) and call its intent methods.
 */
import { createBrowserStore, type ProgressStore } from '../storage';

let store: ProgressStore | undefined;

export function progressStore(): ProgressStore {
	store ??= createBrowserStore();
	return store;
}
