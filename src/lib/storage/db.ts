/**
 * The storage driver: the one object that holds the browser's `Storage`. Every module of the store reads and writes
 * through it, and nothing outside `src/lib/storage` ever sees it — screens talk to the facade (store.svelte.ts).
 *
 * It also owns the two things every write path shares: the all-or-nothing commit (write.ts) with the schema version
 * stamped on first write, and setting unreadable values aside under `bt:quarantine:` with a notice.
 */
import { isCold } from './cold-keys';
import { META_KEY, PREFIX, QUOTA_CHARS, SCHEMA_VERSION, quarantineKey } from './keys';
import type { Notice } from './types';
import { StorageFullError, allKeys, applyChanges, type Change } from './write';

export class Db {
	readonly #storage: Storage;
	readonly clock: () => number;
	readonly #notify: (n: Notice) => void;
	/** Titles of decks this tab has seen (built into the site), for messages about decks with no local copy. */
	readonly titles = new Map<string, string>();

	constructor(storage: Storage, clock: () => number, notify: (n: Notice) => void) {
		this.#storage = storage;
		this.clock = clock;
		this.#notify = notify;
	}

	/** Whether the bulk is kept in IndexedDB (tiered.ts), not in localStorage. Duck-typed: pages need not load it. */
	get tiered(): boolean {
		return this.#storage.tiered === true;
	}

	get(key: string): string | null {
		return this.#storage.getItem(key);
	}

	/** Every key (a snapshot). */
	keys(): string[] {
		return allKeys(this.#storage);
	}

	notice(n: Notice): void {
		this.#notify(n);
	}

	/**
	 * Writes a batch all-or-nothing, adding the schema version on the first write. On failure nothing of the batch is
	 * kept and StorageFullError is thrown; a notice is recorded too, unless `quiet` (the caller shows the error).
	 */
	commit(changes: readonly Change[], options: { meta?: boolean; message?: string; quiet?: boolean } = {}): void {
		const { meta = true, message, quiet = false } = options;
		const all = this.#coldFirst(changes);
		if (meta && this.get(META_KEY) === null)
			all.push({ key: META_KEY, value: JSON.stringify({ version: SCHEMA_VERSION }) });
		try {
			applyChanges(this.#storage, all, message);
		} catch (err) {
			if (err instanceof StorageFullError && !quiet) this.#notify({ kind: 'quota', message: err.message });
			throw err;
		}
	}

	/** Writes derived values (summaries) that can be recomputed: a failure is no news to the learner. */
	tryCommit(changes: readonly Change[]): boolean {
		try {
			applyChanges(this.#storage, this.#coldFirst(changes));
			return true;
		} catch {
			return false;
		}
	}

	/**
	 * Moves unreadable values to `bt:quarantine:<time>:<key>` and tells the user why, naming the deck by `title`.
	 * When `strict`, a failure to move them is thrown (a write is about to replace them); otherwise only reported.
	 * `detail` ends the message: what happened to the cards those values held.
	 */
	setAside(keys: readonly string[], title: string, detail: string, strict: boolean, why = 'could not be read'): void {
		const iso = new Date(this.clock()).toISOString();
		const changes: Change[] = [];
		for (const key of keys) {
			const raw = this.get(key);
			if (raw !== null) changes.push({ key: quarantineKey(iso, key), value: raw }, { key, value: null });
		}
		if (changes.length === 0) return;
		const first = quarantineKey(iso, keys[0] ?? '');
		const tail = detail ? ` ${detail}` : '';
		try {
			applyChanges(this.#storage, changes);
		} catch (err) {
			this.#notify({
				kind: 'corrupt',
				message: `Some saved progress for "${title}" ${why}, and storage is too full to keep it aside.${tail}`,
				key: keys[0]
			});
			if (strict) throw err;
			return;
		}
		this.#notify({
			kind: 'corrupt',
			// The storage key stays in `key` for the Progress page; a learner reads where to get the value back.
			message: `Some saved progress for "${title}" ${why}; it was kept aside (Recovery, on the Progress page, can give it back) and the rest loaded.${tail}`,
			key: first
		});
	}

	/**
	 * Over the tiered storage, a batch's IndexedDB part is staged first, so that its localStorage removals wait for it
	 * to be kept (tiered.ts) and a refused localStorage write undoes the staged part with the rest.
	 */
	#coldFirst(changes: readonly Change[]): Change[] {
		return this.tiered
			? [...changes.filter((c) => isCold(c.key)), ...changes.filter((c) => !isCold(c.key))]
			: [...changes];
	}

	/**
	 * Characters used by the app's keys (key + value, as browsers count them) and the browser's limit: localStorage's,
	 * or null when the bulk is kept in IndexedDB (tiered.ts), whose limit is a share of the disk.
	 */
	usage(): { chars: number; quota: number | null } {
		let chars = 0;
		for (const key of this.keys()) if (key.startsWith(PREFIX)) chars += key.length + (this.get(key)?.length ?? 0);
		// Duck-typed, so that every page need not load the tiered storage's code to tell.
		return { chars, quota: this.tiered ? null : QUOTA_CHARS };
	}
}
