/**
 * A deck's progress — card states and review log — read and written through the driver. Decoded values are cached
 * by their stored text, so a grade re-decodes only the chunk it changed, and another tab's write (new text) is
 * always seen.
 *
 * Reading checks meaning as well as shape: a chunk that does not decode, or holds a state ts-fsrs cannot schedule
 * (validate.ts), is set aside, and the cards it held are rebuilt by replaying their reviews from the log
 * (replay.ts) — a damaged chunk costs nothing the log remembers.
 */
import type { Card } from 'ts-fsrs';
import type { Db } from './db';
import { CHUNK_SLOTS, SEGMENT_ENTRIES, chunkKey, indexKey, parseKey, segmentKey } from './keys';
import { getSettings, peekSettings, titleOf } from './library';
import { defaultSettings } from './settings-check';
import type { SlotEntry } from './log';
import { LedgerNotLoadedError, ledgerParts } from './parts';
import { decodeChunk, decodeIndex, decodeSegment, findTail, scanDeck } from './progress';
import { replayCard, reviewsByCard } from './replay';
import type { DeckProgress, ReviewEntry } from './types';
import { checkCardState } from './validate';

/** What a chunk held: its cards, or why it cannot be used. */
type ChunkRead = { cards: Map<number, Card>; problem: null } | { cards: Map<number, Card>; problem: string };

export class DeckStore {
	readonly #db: Db;
	#ids = new Map<string, { raw: string; ids: string[] }>();
	#chunks = new Map<string, { raw: string; read: ChunkRead }>();
	#segments = new Map<string, { raw: string; entries: SlotEntry[] }>();
	#tails = new Map<string, number>();

	constructor(db: Db) {
		this.#db = db;
	}

	/** The deck's card ids by slot; an unreadable index sets the deck's slotted values aside (`strict`: throw if that fails). */
	ids(deckId: string, strict = false): string[] {
		const raw = this.#db.get(indexKey(deckId));
		if (raw === null) return [];
		const cached = this.#ids.get(deckId);
		if (cached?.raw === raw) return [...cached.ids];
		try {
			const ids = decodeIndex(raw);
			this.#ids.set(deckId, { raw, ids });
			return [...ids];
		} catch {
			const keys = scanDeck(this.#db, deckId).all.filter(isSlotted);
			this.#db.setAside(keys, titleOf(this.#db, deckId), 'Its cards start again as new.', strict);
			return [];
		}
	}

	/** Chunk `n` decoded and checked card by card, from cache while its text is unchanged. */
	chunk(deckId: string, n: number): ChunkRead {
		const key = chunkKey(deckId, n);
		const raw = this.#db.get(key);
		if (raw === null) return { cards: new Map(), problem: null };
		const cached = this.#chunks.get(key);
		if (cached?.raw === raw) return cached.read;
		let read: ChunkRead;
		try {
			const cards = decodeChunk(raw, n);
			read = { cards, problem: null };
			for (const [slot, card] of cards) {
				const check = checkCardState(card);
				if (!check.ok) read = { cards: new Map(), problem: `card ${slot + 1}: ${check.field} ${check.message}` };
			}
		} catch {
			read = { cards: new Map(), problem: 'the stored text is damaged' };
		}
		this.#chunks.set(key, { raw, read });
		return read;
	}

	/** One segment's entries, or null when it does not decode. */
	segment(deckId: string, n: number): SlotEntry[] | null {
		const key = segmentKey(deckId, n);
		const raw = this.#db.get(key);
		if (raw === null) return [];
		const cached = this.#segments.get(key);
		if (cached?.raw === raw) return cached.entries;
		try {
			const entries = decodeSegment(raw);
			this.#segments.set(key, { raw, entries });
			return entries;
		} catch {
			return null;
		}
	}

	/**
	 * The number of the deck's last log segment, probing upward from the one remembered. A remembered number whose
	 * segment does not exist (a summary from elsewhere) is not trusted: the deck's keys decide, and reads count down from
	 * there, so it must be one that is stored.
	 */
	tail(deckId: string): number {
		let from = this.#tails.get(deckId);
		if (from === undefined || (from > 0 && this.#db.get(segmentKey(deckId, from)) === null))
			from = Math.max(0, ...scanDeck(this.#db, deckId).segments.keys());
		const n = findTail(this.#db, deckId, from);
		this.#tails.set(deckId, n);
		return n;
	}

	/** The stored state of one card, or null (new, or unreadable). */
	stateOf(deckId: string, cardId: string): Card | null {
		const slot = this.ids(deckId).indexOf(cardId);
		if (slot < 0) return null;
		return this.chunk(deckId, Math.floor(slot / CHUNK_SLOTS)).cards.get(slot) ?? null;
	}

	/**
	 * The deck's progress. `since` limits the log to reviews from that time on (the study queue needs only today's),
	 * reading segments from the tail back; a damaged chunk makes the whole log be read, to rebuild its cards. With
	 * `repair`, unreadable values are set aside and rebuilt states written back; without, nothing changes (previews).
	 */
	read(deckId: string, options: { repair: boolean; since?: number }): DeckProgress {
		const { repair, since = -Infinity } = options;
		const ids = this.ids(deckId);
		const progress: DeckProgress = { deckId, cards: new Map(), log: [], lost: [] };
		const bad: string[] = [];
		const problems: string[] = [];
		const lostSlots: number[] = [];
		const chunks = Math.ceil(ids.length / CHUNK_SLOTS);
		for (let n = 0; n < chunks; n++) {
			const c = this.chunk(deckId, n);
			if (c.problem !== null) {
				bad.push(chunkKey(deckId, n));
				problems.push(c.problem);
				for (let s = n * CHUNK_SLOTS; s < Math.min(ids.length, (n + 1) * CHUNK_SLOTS); s++) lostSlots.push(s);
			}
			for (const [slot, card] of c.cards) if (ids[slot] !== undefined) progress.cards.set(ids[slot], card);
		}
		const from = lostSlots.length ? -Infinity : since;
		for (let n = this.tail(deckId); n >= 0; n--) {
			const entries = this.segment(deckId, n);
			if (entries === null) {
				bad.push(segmentKey(deckId, n));
				continue;
			}
			for (let i = entries.length - 1; i >= 0; i--) {
				const e = entries[i]!;
				const id = ids[e.slot];
				if (id !== undefined && e.at >= from)
					progress.log.push({ cardId: id, at: e.at, rating: e.rating, durationMs: e.durationMs });
			}
			if (entries.length && entries[0]!.at < from) break;
		}
		progress.log.reverse();
		progress.log.sort((a, b) => a.at - b.at);
		if (lostSlots.length) this.#rebuild(deckId, ids, lostSlots, progress, repair);
		// Writing rebuilt states back needs the ledger's encoder. Before it has loaded (the study page's first card) this
		// throws, having written nothing, and the caller loads it and reads again (study/open.ts): setting a chunk aside
		// without writing its cards back would leave them to read as new, and a grade would then store them so.
		const encodeChunk = ledgerParts()?.encodeChunk;
		if (bad.length && repair && lostSlots.length && !encodeChunk)
			throw new LedgerNotLoadedError(`Repairing the progress of ${deckId} needs the ledger`);
		if (bad.length && repair) {
			const rebuilt = lostSlots.length - progress.lost.length;
			// Slots without reviews in the log were new, or their reviews are gone too: either way they start as new.
			const detail = [
				problems.length ? `Why: ${problems[0]}.` : '',
				rebuilt ? `${count(rebuilt, 'card')} rebuilt from your review history.` : '',
				lostSlots.length && !rebuilt ? 'Cards without reviews in your history start as new.' : ''
			]
				.filter(Boolean)
				.join(' ');
			this.#db.setAside(bad, titleOf(this.#db, deckId), detail.trim(), false);
			if (rebuilt && encodeChunk) this.#writeRebuilt(deckId, ids, lostSlots, progress, encodeChunk);
		}
		return progress;
	}

	/** Replays the log of the cards in damaged chunks; cards without reviews are listed as lost. */
	#rebuild(deckId: string, ids: string[], slots: number[], progress: DeckProgress, repair: boolean): void {
		const settings = repair ? getSettings(this.#db, deckId) : (peekSettings(this.#db, deckId) ?? defaultSettings());
		const byCard = reviewsByCard(progress.log);
		for (const s of slots) {
			const id = ids[s]!;
			const state = replayCard(byCard.get(id) ?? [], settings);
			if (state) progress.cards.set(id, state);
			else progress.lost.push(id);
		}
	}

	#writeRebuilt(
		deckId: string,
		ids: string[],
		slots: number[],
		progress: DeckProgress,
		encodeChunk: (cards: Map<number, Card>) => string | null
	): void {
		const byChunk = new Map<number, Map<number, Card>>();
		for (const s of slots) {
			const card = progress.cards.get(ids[s]!);
			const n = Math.floor(s / CHUNK_SLOTS);
			if (!byChunk.has(n)) byChunk.set(n, new Map());
			if (card) byChunk.get(n)!.set(s, card);
		}
		const changes = [...byChunk].map(([n, cards]) => ({ key: chunkKey(deckId, n), value: encodeChunk(cards) }));
		try {
			this.#db.commit(changes);
		} catch {
			// Storage full: the rebuilt states are used this time and rebuilt again next time.
		}
	}

	/**
	 * Remembers chunk `key` decoded as `cards` under the text about to be written (deck-writes.ts), so the next read
	 * (the check before the next grade, the queue) need not decode what was just encoded. The cache is keyed by the
	 * stored text, so if the write fails, or another tab writes the key, the stored text is decoded as before. Encoding
	 * is exact (cards.ts), so `cards` is what decoding the text gives.
	 */
	rememberChunk(key: string, raw: string, cards: Map<number, Card>): void {
		this.#chunks.set(key, { raw, read: { cards, problem: null } });
	}

	/** Like `rememberChunk`, for a log segment. */
	rememberSegment(key: string, raw: string, entries: SlotEntry[]): void {
		this.#segments.set(key, { raw, entries });
	}

	/** Starts the search for the deck's last segment at `n` (from its summary) instead of scanning every key. */
	seedTail(deckId: string, n: number): void {
		if (!this.#tails.has(deckId) && Number.isSafeInteger(n) && n >= 0) this.#tails.set(deckId, n);
	}

	/** Forget what is remembered of a deck (after it was rewritten as a whole). */
	forget(deckId: string): void {
		this.#tails.delete(deckId);
	}

	/** Forget what is remembered of every deck (storage was cleared). */
	forgetAll(): void {
		this.#tails.clear();
	}

	/** The checksum part of each value the deck's summary depends on (see summary.ts). */
	signature(deckId: string): string {
		const head = (key: string) => this.#db.get(key)?.slice(0, 4) ?? '-';
		const parts = [head(indexKey(deckId))];
		const chunks = Math.ceil(this.#slotCount(deckId) / CHUNK_SLOTS);
		for (let n = 0; n < chunks; n++) parts.push(head(chunkKey(deckId, n)));
		const t = this.tail(deckId);
		parts.push(`${t}${head(segmentKey(deckId, t))}`);
		return parts.join('');
	}

	/**
	 * How many slots the deck's index holds, counted in its text (ids are joined by spaces) without decoding it: the
	 * deck list checks every deck's summary against its values, and decoding twenty indexes was most of that. A
	 * damaged index is noticed by its checksum, part of the signature, when the deck is read.
	 */
	#slotCount(deckId: string): number {
		const raw = this.#db.get(indexKey(deckId));
		if (raw === null || raw.length <= 4) return 0;
		const cached = this.#ids.get(deckId);
		if (cached?.raw === raw) return cached.ids.length;
		let n = 1;
		for (let i = raw.indexOf(' ', 4); i >= 0; i = raw.indexOf(' ', i + 1)) n++;
		return n;
	}

	/** Reviews from `since` on, reading segments from the tail back; with the latest review time and the log size. */
	recent(deckId: string, since: number): { log: ReviewEntry[]; latest: number | null; reviews: number } {
		const ids = this.ids(deckId);
		const log: ReviewEntry[] = [];
		let latest: number | null = null;
		const t = this.tail(deckId);
		let reading = true;
		for (let n = t; n >= 0 && reading; n--) {
			const entries = this.segment(deckId, n) ?? [];
			for (let i = entries.length - 1; i >= 0; i--) {
				const e = entries[i]!;
				latest = latest === null ? e.at : Math.max(latest, e.at);
				if (e.at < since) {
					reading = false;
					break;
				}
				const id = ids[e.slot];
				if (id !== undefined) log.push({ cardId: id, at: e.at, rating: e.rating, durationMs: e.durationMs });
			}
		}
		return { log: log.reverse(), latest, reviews: t * SEGMENT_ENTRIES + (this.segment(deckId, t)?.length ?? 0) };
	}
}

export const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** Keys whose meaning depends on slot numbers: the index, fingerprints, chunks and segments. */
export function isSlotted(key: string): boolean {
	const k = parseKey(key);
	return k.kind === 'progress' && (k.part === 'ids' || k.part === 'h' || k.part === 'chunk' || k.part === 'segment');
}
