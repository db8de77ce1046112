/**
 * The single path by which anything is written: a batch of key changes applied in order, undone in full if any
 * write throws (quota, or a browser that refuses storage), so a failed review never leaves half its keys written.
 */

export const STORAGE_FULL_MESSAGE =
	'Browser storage is full: this review was not saved. Export your progress, then remove decks you no longer need.';

/** Thrown when the browser refuses a write; nothing of that operation was kept. */
export class StorageFullError extends Error {
	override name = 'StorageFullError';
	constructor(
		message = STORAGE_FULL_MESSAGE,
		readonly cause?: unknown
	) {
		super(message);
	}
}

/** One change: a new value, or `null` to remove the key. */
export interface Change {
	key: string;
	value: string | null;
}

/**
 * Applies changes in order. On the first failure, restores every key touched so far to its previous value (in
 * reverse order, so space freed by later writes is available to earlier restores) and throws StorageFullError.
 */
export function applyChanges(storage: Storage, changes: readonly Change[], message?: string): void {
	const before: { key: string; value: string | null }[] = [];
	try {
		for (const c of changes) {
			before.push({ key: c.key, value: storage.getItem(c.key) });
			if (c.value === null) storage.removeItem(c.key);
			else storage.setItem(c.key, c.value);
		}
	} catch (err) {
		// A value read before its deck was loaded (tiered.ts) is a programming error, not a full storage: said as itself.
		const full = !(err instanceof Error && err.name === 'ColdNotLoadedError');
		for (const b of before.reverse()) {
			try {
				if (b.value === null) storage.removeItem(b.key);
				else storage.setItem(b.key, b.value);
			} catch {
				// Restoring a value that fitted a moment ago cannot run out of space; nothing better to do if it does.
			}
		}
		throw full ? new StorageFullError(message, err) : err;
	}
}

/** Every key in the storage (a snapshot: safe to modify storage while iterating the result). */
export function allKeys(storage: Storage): string[] {
	// MemoryStorage lists its keys at once (its `key(i)` is a walk); duck-typed, so the pages need not load it.
	const listed = storage as Partial<{ keys: () => string[] }>;
	if (typeof listed.keys === 'function') return listed.keys();
	const out: string[] = [];
	for (let i = 0; i < storage.length; i++) {
		const k = storage.key(i);
		if (k !== null) out.push(k);
	}
	return out;
}

/** Thrown by `grade` when the card's stored state is not the one the screen graded from: another tab graded it. */
export class StaleCardError extends Error {
	override name = 'StaleCardError';
	constructor(readonly cardId: string) {
		super('This card was just graded in another tab; that review is kept and this one was not saved.');
	}
}
