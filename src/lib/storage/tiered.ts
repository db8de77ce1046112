/**
 * One synchronous `Storage` over two places: localStorage for the hot keys, and for the cold ones (cold-keys.ts)
 * IndexedDB, through values held in memory. The store above keeps its synchronous, all-or-nothing writes: a batch
 * changes the values in memory at once, and every cold change made in one task reaches IndexedDB in one transaction,
 * so a grade's card state and its log entry are kept together or not at all.
 *
 * Values are read from IndexedDB a deck at a time (`load`): the study page waits for its own deck only, 30–80 ms on a
 * phone-speed CPU where all of a heavy year takes 400–770 ms. Every cold key is known from the start (reading the keys
 * alone is quick), so a key that does not exist reads as null at once, and one that exists but whose deck is not read
 * yet throws `ColdNotLoadedError` — never null, which would read as a card never studied and be written over.
 *
 * IndexedDB reports a refused write later than localStorage does. Then the values of that transaction are put back in
 * memory, to the last values IndexedDB confirmed (unless a later write has replaced them), and `failed` tells the store,
 * which says so and re-reads the decks. A batch cannot be one transaction across both places, so no value is removed
 * before its copy is kept: a localStorage removal made in a task that also wrote cold values (a migration removing the
 * old key, a restore removing the kept-aside copy) waits for IndexedDB's answer — absent for reads meanwhile, removed
 * once the cold values are kept, back if they are not. Writes to localStorage are made at once (Db.commit stages the cold
 * part of a batch first), so a refusal there still undoes the whole batch.
 *
 * While the page is hidden or being left, what IndexedDB has not answered is also noted in localStorage (unsaved.ts).
 */
import { coldGroup, isCold } from './cold-keys';
import { unsavedKey } from './keys';
import { writeUnsaved, type UnsavedChange } from './unsaved';
import { allKeys, type Change } from './write';

/** Where the cold values are kept: IndexedDB in the browser (cold.ts), a map in tests. */
export interface ColdBackend {
	/** Applies the changes in one transaction; rejects (nothing kept) when the browser refuses it. */
	write(changes: readonly Change[]): Promise<void>;
	/** The values of the given decks' cold keys (`coldGroup`). */
	read(groups: readonly string[]): Promise<[string, string][]>;
	/** The values of the given keys, in order (null: absent, or not a value of the app's). */
	readKeys(keys: readonly string[]): Promise<(string | null)[]>;
}

/** A cold value was asked for before its deck was read from IndexedDB: a programming error, said plainly. */
export class ColdNotLoadedError extends Error {
	override name = 'ColdNotLoadedError';
	constructor(readonly group: string) {
		super(`The progress of deck ${group} is not read yet: await its loading first`);
	}
}

interface Batch {
	changes: Change[];
	/** localStorage removals made while the batch was open, made once IndexedDB has kept `changes`. */
	hot: Change[];
	/**
	 * localStorage values written while the batch was open (an import's settings beside its progress), with what each
	 * key held before: put back if IndexedDB refuses the batch, so that nothing of it is half kept.
	 */
	hotWrites: Map<string, { before: string | null; value: string }>;
	/** Each key's value before the batch's first change to it; undefined: it existed, in a deck not read here. */
	before: Map<string, string | null | undefined>;
}

export interface TierEvents {
	/** The batch is in IndexedDB (other tabs are told from here). */
	written?(changes: readonly Change[]): void;
	/** The batch was refused; its keys hold their earlier values again. */
	failed?(keys: readonly string[], error: unknown): void;
	/** Keys another tab wrote now hold here what IndexedDB kept, which differs from what they held (see `receive`). */
	settledKeys?(keys: readonly string[]): void;
}

export class TieredStorage implements Storage {
	#pending: Batch | null = null;
	#inFlight = new Set<Promise<void>>();
	/** Values read or written here. */
	readonly #values = new Map<string, string>();
	/** Every cold key that exists, here or in IndexedDB. */
	readonly #known: Set<string>;
	/** Keys removed here or by another tab since opening: a read that was under way does not bring them back. */
	readonly #gone = new Set<string>();
	readonly #loaded = new Set<string>();
	#all = false;
	/** The value IndexedDB last confirmed for a key written here (null: absent), to go back to when a write is refused. */
	readonly #durable = new Map<string, string | null>();
	/** localStorage removals waiting for their batch: those keys read as absent meanwhile. */
	readonly #waiting = new Map<string, Change>();
	/** Per key, how many of this tab's batches writing it IndexedDB has not answered yet. */
	readonly #unanswered = new Map<string, number>();
	/** Keys another tab wrote while this tab's write of them was unanswered: read again once it is answered. */
	readonly #contested = new Set<string>();
	/** Per key, a count of the changes made to its value here, so a read begun before one does not undo it. */
	readonly #changes = new Map<string, number>();
	/** Batches sent to IndexedDB and not answered yet, oldest first. */
	readonly #open = new Set<Batch>();
	/** The page is hidden or being left: each batch sent is also noted in localStorage (`leaving`). */
	#leaving = false;
	/** Whether this tab's note is in localStorage. */
	#noted = false;
	readonly #noteKey: string;
	/** Tells `Db.usage` that the browser's localStorage limit does not bound what is kept here. */
	readonly tiered = true;

	constructor(
		readonly hot: Storage,
		known: Iterable<string>,
		private readonly backend: ColdBackend,
		private readonly events: TierEvents = {},
		/** Names this tab's note (unsaved.ts); unique per page. */
		tab = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
	) {
		this.#known = new Set(known);
		this.#noteKey = unsavedKey(tab);
	}

	/**
	 * The page is hidden or being left (cold.ts listens): IndexedDB may not answer this page again. Every change not
	 * answered yet — and each one sent from now on, until the page is shown again — is also noted in localStorage, which
	 * keeps a synchronous write however the page ends, and tells every other tab (see unsaved.ts).
	 */
	leaving(): void {
		this.#leaving = true;
		// A batch still being gathered is sent now, and noted as it is sent (`#flush`).
		if (this.#pending) this.#flush();
		else if (this.#open.size) this.#note();
	}

	/** The page is shown again: the note is kept only until the writes it names are answered. */
	returned(): void {
		this.#leaving = false;
	}

	/**
	 * Notes the open batches' changes in localStorage: per key, its last value, what IndexedDB last confirmed for it,
	 * and the values of the earlier unanswered writes (any of which IndexedDB may have kept before the page ended).
	 */
	#note(): void {
		const changes = new Map<string, UnsavedChange>();
		for (const batch of this.#open)
			for (const c of batch.changes) {
				const had = changes.get(c.key);
				if (had) {
					had.between.push(had.value);
					had.value = c.value;
				} else {
					const before = this.#durable.has(c.key) ? this.#durable.get(c.key) : batch.before.get(c.key);
					changes.set(c.key, { key: c.key, value: c.value, before, between: [] });
				}
			}
		try {
			this.hot.setItem(this.#noteKey, writeUnsaved([...changes.values()]));
			this.#noted = true;
		} catch {
			// localStorage is full: IndexedDB's own answer is all there is, as before the page was hidden.
		}
	}

	/** A batch was answered: the note keeps only what is still unanswered, and goes once nothing is. */
	#settleNote(batch: Batch): void {
		this.#open.delete(batch);
		if (!this.#noted) return;
		// Gone: another tab settled it, so what it named is in IndexedDB, and a note written again now would name
		// values another tab may since have replaced.
		if (this.hot.getItem(this.#noteKey) === null) return void (this.#noted = false);
		if (this.#open.size) return this.#note();
		this.#noted = false;
		try {
			this.hot.removeItem(this.#noteKey);
		} catch {
			// A removal is not refused for space; a browser that refuses storage outright left nothing to remove.
		}
	}

	get length(): number {
		return this.keys().length;
	}

	key(index: number): string | null {
		return this.keys()[index] ?? null;
	}

	keys(): string[] {
		// A cold key left in localStorage (one the move could not take, see cold.ts) is not the one this storage reads.
		return [...allKeys(this.hot).filter((k) => !isCold(k) && !this.#waiting.has(k)), ...this.#known];
	}

	getItem(key: string): string | null {
		if (!isCold(key)) return this.#waiting.has(key) ? null : this.hot.getItem(key);
		const value = this.#values.get(key);
		if (value !== undefined || !this.#known.has(key) || this.loaded(key)) return value ?? null;
		throw new ColdNotLoadedError(coldGroup(key));
	}

	setItem(key: string, value: string): void {
		key = String(key);
		if (!isCold(key)) return this.#hot(key, String(value));
		this.#stage(key, String(value));
	}

	removeItem(key: string): void {
		if (!isCold(key)) return this.#hot(key, null);
		if (this.#known.has(key)) this.#stage(key, null);
	}

	clear(): void {
		this.hot.clear();
		for (const key of [...this.#known]) this.#stage(key, null);
	}

	/** Whether the deck of a cold key has been read, so that its value here is the stored one. */
	loaded(key: string): boolean {
		return this.#all || this.#loaded.has(coldGroup(key));
	}

	/** Reads the given decks' values (every deck's when 'all') from IndexedDB, unless read already. */
	async load(groups: readonly string[] | 'all'): Promise<void> {
		if (this.#all) return;
		// Every deck, named: one read per deck, so the browser hands the values over deck by deck (a task each) rather
		// than a heavy year's in one task of 300 ms on a phone-speed CPU.
		const named = groups === 'all' ? new Set([...this.#known].map(coldGroup)) : groups;
		const wanted = [...named].filter((g) => !this.#loaded.has(g));
		if (!wanted.length) {
			if (groups === 'all') this.#all = true;
			return;
		}
		for (const [key, value] of await this.backend.read(wanted)) {
			// A value written or removed here (or by another tab) since is newer than the one read.
			if (this.#values.has(key) || this.#gone.has(key) || !isCold(key)) continue;
			this.#durable.set(key, value);
			this.#values.set(key, value);
			this.#known.add(key);
		}
		// A key whose stored value is no string of the app's is no value of its deck either.
		const read = new Set(wanted);
		for (const key of this.#known) if (!this.#values.has(key) && read.has(coldGroup(key))) this.#known.delete(key);
		for (const g of wanted) this.#loaded.add(g);
		if (groups === 'all') this.#all = true;
	}

	/**
	 * Another tab's batch, already in IndexedDB: the values here follow what IndexedDB holds. The message's own values
	 * are not taken: IndexedDB keeps whichever transaction came last, and a message can arrive after a later write of
	 * the same key, this tab's or a third one's. So each key is read again from IndexedDB — at once, or, where this
	 * tab's own write of it is still on its way, once that write is answered. `settledKeys` names those that changed.
	 */
	receive(changes: readonly Change[]): void {
		const now: string[] = [];
		for (const c of changes) {
			if (!isCold(c.key)) continue;
			if (this.#unanswered.has(c.key)) this.#contested.add(c.key);
			else now.push(c.key);
		}
		if (now.length) this.#track(this.#reread(now));
	}

	/** After a batch is answered: its keys another tab wrote meanwhile are read again from IndexedDB. */
	#answered(batch: Batch): Promise<void> | void {
		const again: string[] = [];
		for (const key of batch.before.keys()) {
			const left = (this.#unanswered.get(key) ?? 1) - 1;
			if (left > 0) this.#unanswered.set(key, left);
			else {
				this.#unanswered.delete(key);
				if (this.#contested.delete(key)) again.push(key);
			}
		}
		if (again.length) return this.#reread(again);
	}

	/** Takes IndexedDB's values of `keys`, unless changed here since the read began (that value is newer). */
	async #reread(keys: readonly string[]): Promise<void> {
		const seen = new Map(keys.map((k) => [k, this.#changes.get(k) ?? 0]));
		let kept: (string | null)[];
		try {
			kept = await this.backend.readKeys(keys);
		} catch {
			// Not read: the values here stay, and the next write of these keys, here or in another tab, reads again.
			return;
		}
		const changed: string[] = [];
		keys.forEach((key, i) => {
			// Written here since: its own answer decides, and reads the key again if another tab wrote it meanwhile.
			if (this.#unanswered.has(key)) return void this.#contested.add(key);
			if ((this.#changes.get(key) ?? 0) !== seen.get(key)) return;
			const value = kept[i] ?? null;
			const known = this.#values.has(key) || !this.#known.has(key) || this.loaded(key);
			this.#durable.set(key, value);
			if (known && (this.#values.get(key) ?? null) === value) return;
			this.#set(key, value);
			changed.push(key);
		});
		if (changed.length) this.events.settledKeys?.(changed);
	}

	#track(p: Promise<void>): void {
		this.#inFlight.add(p);
		void p.finally(() => this.#inFlight.delete(p));
	}

	/** A localStorage change: at once, but for a removal while cold values of the same task are on their way. */
	#hot(key: string, value: string | null): void {
		if (value === null && this.#pending) {
			const change = { key, value };
			this.#pending.hot.push(change);
			this.#waiting.set(key, change);
			return;
		}
		if (value !== null && this.#pending) {
			const writes = this.#pending.hotWrites;
			// What localStorage itself holds (a removal waiting there has not been made).
			const before = writes.has(key) ? writes.get(key)!.before : this.hot.getItem(key);
			writes.set(key, { before, value });
		}
		// A value written now is newer than a removal still waiting.
		this.#waiting.delete(key);
		if (value === null) this.hot.removeItem(key);
		else this.hot.setItem(key, value);
	}

	#set(key: string, value: string | null): void {
		this.#changes.set(key, (this.#changes.get(key) ?? 0) + 1);
		if (value === null) {
			this.#values.delete(key);
			this.#known.delete(key);
			this.#gone.add(key);
		} else {
			this.#values.set(key, value);
			this.#known.add(key);
			this.#gone.delete(key);
		}
	}

	/** Resolves once every write made so far has reached IndexedDB or been refused. */
	async settled(): Promise<void> {
		this.#flush();
		while (this.#inFlight.size) await Promise.allSettled([...this.#inFlight]);
	}

	#stage(key: string, value: string | null): void {
		if (!this.#pending) {
			this.#pending = { changes: [], hot: [], hotWrites: new Map(), before: new Map() };
			// Everything one task writes (one grade, one import) goes in one transaction.
			queueMicrotask(() => this.#flush());
		}
		const batch = this.#pending;
		if (!batch.before.has(key)) {
			this.#unanswered.set(key, (this.#unanswered.get(key) ?? 0) + 1);
			// What to go back to if this batch is refused: what IndexedDB last confirmed, not a value still on its way.
			batch.before.set(
				key,
				this.#durable.has(key)
					? this.#durable.get(key)
					: this.#known.has(key) && !this.#values.has(key)
						? undefined
						: (this.#values.get(key) ?? null)
			);
		}
		batch.changes.push({ key, value });
		this.#set(key, value);
	}

	#flush(): void {
		const batch = this.#pending;
		if (!batch) return;
		this.#pending = null;
		this.#open.add(batch);
		const done = this.backend.write(batch.changes).then(
			() => {
				for (const c of batch.changes) this.#durable.set(c.key, c.value);
				this.#settleNote(batch);
				this.#release(batch, true);
				this.events.written?.(batch.changes);
				return this.#answered(batch);
			},
			(error: unknown) => {
				this.#settleNote(batch);
				this.#release(batch, false);
				this.#undo(batch, error);
				return this.#answered(batch);
			}
		);
		if (this.#leaving) this.#note();
		this.#track(done);
	}

	/** The batch's localStorage removals: made once its cold values are kept, else forgotten (the values stay). */
	#release(batch: Batch, kept: boolean): void {
		for (const c of batch.hot) {
			// Superseded by a later write or removal of the key.
			if (this.#waiting.get(c.key) !== c) continue;
			this.#waiting.delete(c.key);
			if (kept) this.hot.removeItem(c.key);
		}
	}

	#undo(batch: Batch, error: unknown): void {
		const last = new Map<string, string | null>();
		for (const c of batch.changes) last.set(c.key, c.value);
		const restored: string[] = [];
		for (const [key, value] of last) {
			// A later write replaced this value: that one stands (its own transaction says whether it was kept).
			if ((this.#values.get(key) ?? null) !== value) continue;
			const before = batch.before.get(key);
			if (before !== undefined) this.#set(key, before);
			else {
				// Back to unread: the deck's next reading takes the value IndexedDB kept.
				this.#values.delete(key);
				this.#gone.delete(key);
				this.#known.add(key);
			}
			restored.push(key);
		}
		for (const [key, { before, value }] of batch.hotWrites) {
			// Written again since: that value stands.
			if (this.hot.getItem(key) !== value) continue;
			try {
				if (before === null) this.hot.removeItem(key);
				else this.hot.setItem(key, before);
			} catch {
				// No room to put the earlier value back: the key keeps the newer one, and the store reads it again.
			}
			restored.push(key);
		}
		this.events.failed?.([...restored, ...batch.hot.map((c) => c.key)], error);
	}

	[name: string]: unknown;
}
