/**
 * The app's single progress store, created on first use in the browser. Screens get it from here and never touch
 * localStorage themselves.
 */
import { createBrowserStore, type ProgressStore } from '../storage';

let store: ProgressStore | undefined;
const listeners = new Set<(change: { deckId: string | null; all: boolean }) => void>();

export function progressStore(): ProgressStore {
	if (!store) {
		const created = createBrowserStore();
		store = created;
		// Another tab saved something: tell the open screens which deck to re-read, so neither tab loses a review.
		window.addEventListener('storage', (e) => {
			const change = created.handleStorageEvent({ key: e.key });
			if (change.deckId || change.all) for (const l of listeners) l(change);
		});
	}
	return store;
}

/** Subscribes to changes made in other tabs; returns the unsubscribe function (fits `$effect`). */
export function onOtherTabChange(listener: (change: { deckId: string | null; all: boolean }) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}
