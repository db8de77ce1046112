/**
 * One synchronous `Storage` over two places: localStorage for the hot keys, and for the cold ones (cold-keys.ts) a
 * map in memory that mirrors IndexedDB. The store above keeps its synchronous, all-or-nothing writes: a batch changes
 * the map at once, and every cold change made in one task reaches IndexedDB in one transaction, so a grade's card
 * state and its log entry are kept together or not at all.
 *
 * IndexedDB reports a refused write later than localStorage does. Then the values of that transaction are put back in
 * memory (unless a later write has replaced them) and `onFailed` tells the store, which says so and re-reads the decks.
 */
import { isCold } from './cold-keys';
import { allKeys, type Change } from './write';

/** Where the cold values are kept: IndexedDB in the browser (cold.ts), a map in tests. */
export interface ColdBackend {
	/** Applies the changes in one transaction; rejects (nothing kept) when the browser refuses it. */
	write(changes: readonly Change[]): Promise<void>;
}

interface Batch {
	changes: Change[];
	/** Each key's value before the batch's first change to it. */
	before: Map<string, string | null>;
}

export interface TierEvents {
	/** The batch is in IndexedDB (other tabs are told from here). */
	written?(changes: readonly Change[]): void;
	/** The batch was refused; its keys hold their earlier values again. */
	failed?(keys: readonly string[], error: unknown): void;
}

export class TieredStorage implements Storage {
	#pending: Batch | null = null;
	#inFlight = new Set<Promise<void>>();

	constructor(
		readonly hot: Storage,
		readonly cold: Map<string, string>,
		private readonly backend: ColdBackend,
		private readonly events: TierEvents = {}
	) {}

	get length(): number {
		return this.keys().length;
	}

	key(index: number): string | null {
		return this.keys()[index] ?? null;
	}

	keys(): string[] {
		// A cold key left in localStorage (one the move could not take, see cold.ts) is not the one this storage reads.
		return [...allKeys(this.hot).filter((k) => !isCold(k)), ...this.cold.keys()];
	}

	getItem(key: string): string | null {
		return isCold(key) ? (this.cold.get(key) ?? null) : this.hot.getItem(key);
	}

	setItem(key: string, value: string): void {
		key = String(key);
		if (!isCold(key)) return this.hot.setItem(key, value);
		this.#stage(key, String(value));
	}

	removeItem(key: string): void {
		if (!isCold(key)) return this.hot.removeItem(key);
		if (this.cold.has(key)) this.#stage(key, null);
	}

	clear(): void {
		this.hot.clear();
		for (const key of [...this.cold.keys()]) this.#stage(key, null);
	}

	/** Another tab's batch, already in IndexedDB: only the map follows. */
	receive(changes: readonly Change[]): void {
		for (const c of changes) {
			if (!isCold(c.key)) continue;
			if (c.value === null) this.cold.delete(c.key);
			else this.cold.set(c.key, c.value);
		}
	}

	/** Resolves once every write made so far has reached IndexedDB or been refused. */
	async settled(): Promise<void> {
		this.#flush();
		while (this.#inFlight.size) await Promise.allSettled([...this.#inFlight]);
	}

	#stage(key: string, value: string | null): void {
		if (!this.#pending) {
			this.#pending = { changes: [], before: new Map() };
			// Everything one task writes (one grade, one import) goes in one transaction.
			queueMicrotask(() => this.#flush());
		}
		const batch = this.#pending;
		if (!batch.before.has(key)) batch.before.set(key, this.cold.get(key) ?? null);
		batch.changes.push({ key, value });
		if (value === null) this.cold.delete(key);
		else this.cold.set(key, value);
	}

	#flush(): void {
		const batch = this.#pending;
		if (!batch) return;
		this.#pending = null;
		const done = this.backend.write(batch.changes).then(
			() => this.events.written?.(batch.changes),
			(error: unknown) => this.#undo(batch, error)
		);
		this.#inFlight.add(done);
		void done.finally(() => this.#inFlight.delete(done));
	}

	#undo(batch: Batch, error: unknown): void {
		const last = new Map<string, string | null>();
		for (const c of batch.changes) last.set(c.key, c.value);
		const restored: string[] = [];
		for (const [key, value] of last) {
			// A later write replaced this value: that one stands (its own transaction says whether it was kept).
			if ((this.cold.get(key) ?? null) !== value) continue;
			const before = batch.before.get(key) ?? null;
			if (before === null) this.cold.delete(key);
			else this.cold.set(key, before);
			restored.push(key);
		}
		this.events.failed?.(restored, error);
	}

	[name: string]: unknown;
}
