/**
 * ProgressStore: the one owner of every `bt:` key. Components call it and never touch localStorage.
 *
 * Each grade is written synchronously, before the next card shows, and rewrites only three small values: the
 * card's chunk (≤ 64 states), the log's tail segment (≤ 256 entries) and, for a card seen for the first time, the id
 * index. Every write re-reads what it changes just before writing, so two tabs on one deck lose no review.
 */
import type { Card } from 'ts-fsrs';
import { encodeCards } from './cards';
import { CHUNK_SLOTS, META_KEY, QUOTA_CHARS, SCHEMA_VERSION, SEGMENT_ENTRIES, PREFIX } from './keys';
import { checkCardId, checkDeckId, chunkKey, deckKey, indexKey, parseKey, quarantineKey, segmentKey } from './keys';
import { coarseDuration, isRating, type SlotEntry } from './log';
import { MemoryStorage } from './memory';
import { runMigrations } from './migrate';
import { decodeChunk, decodeIndex, decodeSegment, encodeChunk, encodeIndex, encodeSegment } from './progress';
import { findTail, scanDeck } from './progress';
import type { DeckProgress, Notice, ReviewEntry } from './types';
import type * as v from 'valibot';
import type { Deck } from '../decks/schema';
import * as lib from './library';
import { reconcile } from './reconcile';
import type { DeckSettings } from './settings';
import { StorageFullError, allKeys, applyChanges, type Change } from './write';

interface UndoItem {
	cardId: string;
	previous: Card | null;
	entry: ReviewEntry;
}

export interface StoreOptions {
	/** Clock for quarantine key names and migration notices; tests pass a fixed one. */
	now?: () => number;
}

export class ProgressStore {
	readonly notices: Notice[] = [];
	/** The Storage in use: localStorage, or memory when the browser gives none. */
	readonly storage: Storage;
	readonly clock: () => number;
	private tails = new Map<string, number>();
	private undoStacks = new Map<string, UndoItem[]>();
	private migrated = false;
	/** Last decoded index and tail segment per deck, reused while their stored text is unchanged. */
	private indexCache = new Map<string, { raw: string; ids: string[] }>();
	private tailCache = new Map<string, { raw: string; entries: SlotEntry[] }>();

	constructor(storage: Storage | null, options: StoreOptions = {}) {
		this.storage = storage ?? new MemoryStorage();
		this.clock = options.now ?? Date.now;
	}

	/** Runs pending migrations once per instance (and again after another tab changed the schema version). */
	ensureMigrated(): void {
		if (this.migrated) return;
		this.migrated = true;
		this.notices.push(...runMigrations(this));
	}

	/**
	 * Writes a batch through the quota/rollback path, adding the schema version on the first write. On failure
	 * nothing of the batch is kept, a notice is recorded and StorageFullError is thrown.
	 */
	commit(changes: readonly Change[], options: { meta?: boolean; message?: string } = {}): void {
		const { meta = true, message } = options;
		const all = [...changes];
		if (meta && this.storage.getItem(META_KEY) === null) all.push({ key: META_KEY, value: metaValue() });
		try {
			applyChanges(this.storage, all, message);
		} catch (err) {
			if (err instanceof StorageFullError) this.notices.push({ kind: 'quota', message: err.message });
			throw err;
		}
	}

	/** A deck's progress as saved; values that cannot be read are moved aside and reported in `notices`. */
	load(deckId: string, title?: string): DeckProgress {
		return this.read(deckId, title, true);
	}

	/** Like `load`, but changes nothing: unreadable values are skipped, not moved aside (for import previews). */
	peek(deckId: string): DeckProgress {
		return this.read(deckId, undefined, false);
	}

	/** Drops what this instance remembers of a deck (undo history, tail segment) after the deck was rewritten. */
	forgetDeck(deckId: string): void {
		this.undoStacks.delete(deckId);
		this.tails.delete(deckId);
	}

	private read(deckId: string, title: string | undefined, repair: boolean): DeckProgress {
		checkDeckId(deckId);
		if (repair) this.ensureMigrated();
		const keys = scanDeck(this.storage, deckId);
		const progress: DeckProgress = { deckId, cards: new Map(), log: [], lost: [] };
		const bad: string[] = [];
		let ids: string[] = [];
		const indexRaw = keys.index === null ? null : this.storage.getItem(keys.index);
		try {
			ids = indexRaw === null ? [] : decodeIndex(indexRaw);
		} catch {
			// Without the index no state can be tied to a card: set the deck's progress aside as a whole.
			bad.push(...keys.all.filter((k) => isSlotted(k)));
		}
		if (bad.length === 0) {
			for (const [n, key] of keys.chunks) {
				try {
					for (const [slot, card] of decodeChunk(this.get(key), n)) {
						const id = ids[slot];
						if (id !== undefined) progress.cards.set(id, card);
					}
				} catch {
					bad.push(key);
					progress.lost.push(...ids.slice(n * CHUNK_SLOTS, (n + 1) * CHUNK_SLOTS));
				}
			}
			for (const n of [...keys.segments.keys()].sort((a, b) => a - b)) {
				const key = keys.segments.get(n)!;
				try {
					for (const e of decodeSegment(this.get(key))) {
						const id = ids[e.slot];
						if (id !== undefined)
							progress.log.push({ cardId: id, at: e.at, rating: e.rating, durationMs: e.durationMs });
					}
				} catch {
					bad.push(key);
				}
			}
		}
		progress.log.sort((a, b) => a.at - b.at);
		this.tails.set(deckId, Math.max(0, ...keys.segments.keys()));
		if (bad.length && repair) this.setAside(bad, deckId, progress.lost.length, title, false);
		return progress;
	}

	/**
	 * Saves a graded card and its log entry, durably, before returning. Throws StorageFullError (nothing saved) when
	 * the browser refuses the write.
	 */
	record(deckId: string, cardId: string, next: Card, entry: ReviewEntry): void {
		checkDeckId(deckId);
		checkCardId(cardId);
		if (entry.cardId !== cardId) throw new TypeError(`entry is for ${entry.cardId}, not ${cardId}`);
		if (!isRating(entry.rating)) throw new TypeError(`rating must be 1–4, got ${String(entry.rating)}`);
		encodeCards([[0, next]]); // throws before anything is written if the state cannot be stored exactly
		this.ensureMigrated();
		const changes: Change[] = [];
		const ids = this.readIds(deckId);
		let slot = ids.indexOf(cardId);
		if (slot < 0) {
			slot = ids.push(cardId) - 1;
			changes.push({ key: indexKey(deckId), value: encodeIndex(ids) });
		}
		const n = Math.floor(slot / CHUNK_SLOTS);
		const chunk = this.readChunk(deckId, n, ids);
		const previous = chunk.get(slot) ?? null;
		chunk.set(slot, next);
		changes.push({ key: chunkKey(deckId, n), value: encodeChunk(chunk) });
		const stored: ReviewEntry = { ...entry, durationMs: coarseDuration(entry.durationMs) };
		const [tail, entries] = this.readTail(deckId);
		entries.push({ slot, at: stored.at, rating: stored.rating, durationMs: stored.durationMs });
		changes.push({ key: segmentKey(deckId, tail), value: encodeSegment(entries) });
		this.commit(changes);
		this.tails.set(deckId, tail);
		this.tailCache.set(deckId, { raw: changes.at(-1)!.value!, entries });
		const stack = this.undoStacks.get(deckId) ?? [];
		stack.push({ cardId, previous, entry: stored });
		this.undoStacks.set(deckId, stack);
	}

	/**
	 * Takes back the last `record()` this instance made for the deck: the card returns to its previous state (null:
	 * it was new) and the log entry is removed. Another tab's reviews are left alone.
	 */
	undo(deckId: string): { cardId: string; restored: Card | null } | null {
		const item = this.undoStacks.get(deckId)?.at(-1);
		if (!item) return null;
		const ids = this.readIds(deckId);
		const slot = ids.indexOf(item.cardId);
		const changes: Change[] = [];
		if (slot >= 0) {
			const n = Math.floor(slot / CHUNK_SLOTS);
			const chunk = this.readChunk(deckId, n, ids);
			if (item.previous) chunk.set(slot, item.previous);
			else chunk.delete(slot);
			changes.push({ key: chunkKey(deckId, n), value: encodeChunk(chunk) });
			const found = this.findEntry(deckId, slot, item.entry);
			if (found) changes.push(found);
		}
		this.commit(changes);
		this.undoStacks.get(deckId)?.pop();
		return { cardId: item.cardId, restored: item.previous };
	}

	/**
	 * Applies a browser `storage` event from another tab: says which deck to reload (`all` when storage was cleared
	 * or the schema changed).
	 */
	handleStorageEvent(e: { key: string | null }): { deckId: string | null; all: boolean } {
		if (e.key === null) {
			this.tails.clear();
			return { deckId: null, all: true };
		}
		const k = parseKey(e.key);
		if (k.kind === 'meta') {
			this.migrated = false;
			return { deckId: null, all: true };
		}
		if (k.kind === 'progress' || k.kind === 'deck') return { deckId: k.deckId, all: false };
		return { deckId: null, all: false };
	}

	/** See reconcile.ts: archives and resets cards whose answer changed; lists ids no longer in the deck. */
	reconcile(
		deckId: string,
		cards: { id: string; answer: string }[],
		now: number
	): { relearn: string[]; removed: string[] } {
		return reconcile(this, deckId, cards, now);
	}

	getSettings(deckId: string): DeckSettings {
		return lib.getSettings(this, deckId);
	}
	saveSettings(deckId: string, s: DeckSettings): void {
		lib.saveSettings(this, deckId, s);
	}
	saveDeck(deck: Deck): void {
		lib.saveDeck(this, deck);
	}
	getDeck(id: string): Deck | null {
		return lib.getDeck(this, id);
	}
	listDecks(): Deck[] {
		return lib.listDecks(this);
	}
	removeDeck(id: string): void {
		lib.removeDeck(this, id);
	}
	getRecord<T>(name: string, schema: v.GenericSchema<unknown, T>): T | null {
		return lib.getRecord(this, name, schema);
	}
	setRecord(name: string, value: unknown): void {
		lib.setRecord(this, name, value);
	}

	/** Characters used by the app's keys (key + value, as browsers count them) and the browser's limit. */
	usage(): { chars: number; quota: number } {
		let chars = 0;
		for (const key of allKeys(this.storage)) {
			if (key.startsWith(PREFIX)) chars += key.length + (this.storage.getItem(key)?.length ?? 0);
		}
		return { chars, quota: QUOTA_CHARS };
	}

	/** A deck's title for messages: the locally saved deck's, else the one the caller gave, else the id. */
	titleOf(deckId: string, title?: string): string {
		if (title) return title;
		const raw = this.storage.getItem(deckKey(deckId));
		const m = raw === null ? null : /"title":"([^"]*)"/.exec(raw);
		return m?.[1] ?? deckId;
	}

	/**
	 * Moves unreadable values to `bt:quarantine:<time>:<key>` and tells the user. When `strict`, a failure to move
	 * them is thrown (a write is about to replace them); otherwise it is only reported.
	 */
	setAside(keys: string[], deckId: string, lostCards: number, title: string | undefined, strict: boolean): void {
		const iso = new Date(this.clock()).toISOString();
		const changes: Change[] = [];
		for (const key of keys) {
			const raw = this.storage.getItem(key);
			if (raw !== null) changes.push({ key: quarantineKey(iso, key), value: raw }, { key, value: null });
		}
		const name = this.titleOf(deckId, title);
		const where = quarantineKey(iso, keys[0] ?? '') + (keys.length > 1 ? ` (and ${keys.length - 1} more)` : '');
		const lost = lostCards ? ` ${lostCards} ${lostCards === 1 ? 'card' : 'cards'} will start again as new.` : '';
		try {
			applyChanges(this.storage, changes);
		} catch (err) {
			this.notices.push({
				kind: 'corrupt',
				message: `Some saved progress for "${name}" could not be read, and storage is too full to keep it aside.${lost}`,
				key: keys[0]
			});
			if (strict) throw err;
			return;
		}
		this.notices.push({
			kind: 'corrupt',
			message: `Some saved progress for "${name}" could not be read; it was kept aside under ${where} and the rest loaded.${lost}`,
			key: quarantineKey(iso, keys[0] ?? '')
		});
	}

	private get(key: string): string {
		return this.storage.getItem(key) ?? '';
	}

	/** The deck's id index as stored now; an unreadable index sets the deck's progress aside. */
	readIds(deckId: string): string[] {
		const raw = this.storage.getItem(indexKey(deckId));
		if (raw === null) return [];
		// Decoding a 500-id index on every grade is most of a record()'s cost; the raw text tells if it changed.
		const cached = this.indexCache.get(deckId);
		if (cached?.raw === raw) return [...cached.ids];
		try {
			const ids = decodeIndex(raw);
			this.indexCache.set(deckId, { raw, ids });
			return [...ids];
		} catch {
			this.setAside(scanDeck(this.storage, deckId).all.filter(isSlotted), deckId, 0, undefined, true);
			return [];
		}
	}

	private readChunk(deckId: string, n: number, ids: readonly string[]): Map<number, Card> {
		const key = chunkKey(deckId, n);
		const raw = this.storage.getItem(key);
		if (raw === null) return new Map();
		try {
			return decodeChunk(raw, n);
		} catch {
			const lost = ids.slice(n * CHUNK_SLOTS, (n + 1) * CHUNK_SLOTS).length;
			this.setAside([key], deckId, lost, undefined, true);
			return new Map();
		}
	}

	/** The segment new entries go to and its entries: the last one, or a fresh one when the last is full. */
	private readTail(deckId: string): [number, SlotEntry[]] {
		const from = this.tails.get(deckId) ?? Math.max(0, ...scanDeck(this.storage, deckId).segments.keys());
		const n = findTail(this.storage, deckId, from);
		const raw = this.storage.getItem(segmentKey(deckId, n));
		let entries: SlotEntry[] = [];
		const cached = this.tailCache.get(deckId);
		if (raw !== null && cached?.raw === raw) entries = [...cached.entries];
		else if (raw !== null) {
			try {
				entries = decodeSegment(raw);
			} catch {
				this.setAside([segmentKey(deckId, n)], deckId, 0, undefined, true);
				return [n + 1, []];
			}
		}
		return entries.length >= SEGMENT_ENTRIES ? [n + 1, []] : [n, entries];
	}

	/** The rewrite of the segment holding the latest matching entry, searching from the tail back. */
	private findEntry(deckId: string, slot: number, e: ReviewEntry): Change | null {
		for (let n = findTail(this.storage, deckId, this.tails.get(deckId) ?? 0); n >= 0; n--) {
			const key = segmentKey(deckId, n);
			const raw = this.storage.getItem(key);
			if (raw === null) continue;
			let entries: SlotEntry[];
			try {
				entries = decodeSegment(raw);
			} catch {
				continue;
			}
			const i = entries.findLastIndex(
				(x) => x.slot === slot && x.at === e.at && x.rating === e.rating && x.durationMs === e.durationMs
			);
			if (i >= 0) {
				entries.splice(i, 1);
				return { key, value: encodeSegment(entries) };
			}
		}
		return null;
	}
}

function metaValue(): string {
	return JSON.stringify({ version: SCHEMA_VERSION });
}

/** Keys whose meaning depends on slot numbers: the index, fingerprints, chunks and segments. */
function isSlotted(key: string): boolean {
	const k = parseKey(key);
	return k.kind === 'progress' && (k.part === 'ids' || k.part === 'h' || k.part === 'chunk' || k.part === 'segment');
}

/**
 * The store the app uses: localStorage when the browser allows it, else memory (progress then lasts for the visit).
 * Reading `window.localStorage` itself throws in some privacy modes, hence the guard.
 */
export function createBrowserStore(): ProgressStore {
	let storage: Storage | null = null;
	try {
		if (typeof window !== 'undefined' && window.localStorage) {
			void window.localStorage.length;
			storage = window.localStorage;
		}
	} catch {
		storage = null;
	}
	return new ProgressStore(storage);
}
