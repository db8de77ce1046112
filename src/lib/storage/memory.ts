/**
 * A `Storage` kept in memory: the store's fallback when the browser refuses localStorage (some private modes), and
 * the stand-in for tests and benchmarks. `quotaChars` mimics the browser limit (keys + values in UTF-16 units).
 */
export class MemoryStorage implements Storage {
	private map = new Map<string, string>();
	private used = 0;

	constructor(private readonly quotaChars = Infinity) {}

	get length(): number {
		return this.map.size;
	}

	key(index: number): string | null {
		let i = 0;
		for (const k of this.map.keys()) if (i++ === index) return k;
		return null;
	}

	/** All keys at once: `key(i)` in a loop is quadratic here. */
	keys(): string[] {
		return [...this.map.keys()];
	}

	getItem(key: string): string | null {
		return this.map.get(key) ?? null;
	}

	setItem(key: string, value: string): void {
		key = String(key);
		value = String(value);
		const old = this.map.get(key);
		const next = this.used - (old === undefined ? 0 : key.length + old.length) + key.length + value.length;
		if (next > this.quotaChars) {
			const err = new Error(`Quota of ${this.quotaChars} characters exceeded`);
			err.name = 'QuotaExceededError';
			throw err;
		}
		this.map.set(key, value);
		this.used = next;
	}

	removeItem(key: string): void {
		const old = this.map.get(key);
		if (old === undefined) return;
		this.map.delete(key);
		this.used -= key.length + old.length;
	}

	clear(): void {
		this.map.clear();
		this.used = 0;
	}

	/** Characters in use, counted the way browsers count them. */
	get usedChars(): number {
		return this.used;
	}

	[name: string]: unknown;
}
