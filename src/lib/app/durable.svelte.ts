/**
 * Keeping progress from being cleared. Browsers may delete a site's storage when space runs low, and Safari does after
 * seven days without a visit unless the app is installed. After a session with grades the app asks the browser to keep
 * its storage (`navigator.storage.persist()`); where the browser declines, the learner is told once, ever, how to keep
 * their progress safe: install the app, or export a backup.
 */
import type { ProgressStore } from '../storage';

const RECORD = 'storage-advice';
/** The record that the advice was shown: `{ at }`, the time it was. */
const readShown = (x: unknown) =>
	!!x && typeof x === 'object' && 'at' in x && typeof x.at === 'number' && !Number.isNaN(x.at) ? { at: x.at } : null;

/** Whether the advice is on screen; the layout shows it on any page. */
export const storageAdvice = $state({ show: false });

let asked = false;

export async function keepProgress(store: Pick<ProgressStore, 'getRecord' | 'setRecord'>, now: number): Promise<void> {
	if (asked) return;
	asked = true;
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!storage?.persist) return;
	try {
		if ((await storage.persisted()) || (await storage.persist())) return;
		if (store.getRecord(RECORD, readShown)) return;
		store.setRecord(RECORD, { at: now });
	} catch {
		// A refusal by the browser or a full storage: the advice is still worth showing this once.
	}
	storageAdvice.show = true;
}
