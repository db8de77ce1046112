/**
 * Reading one deck's progress keys: the id index, card chunks and log segments (and writing the index, a join of its
 * ids; chunks and segments are written by encode.ts). Pure functions over a `Storage`; the store decides what to do
 * with values that do not decode.
 */
import type { Card } from 'ts-fsrs';
import { decodeCards } from './cards';
import { CodecError, seal, unseal } from './codec';
import { CARD_ID, CHUNK_SLOTS, chunkKey, deckPrefix, indexKey, parseKey, segmentKey } from './keys';
import { decodeLog, type SlotEntry } from './log';

/** What reading keys needs: the driver (db.ts) or any Storage-like reader. */
export interface KeyReader {
	get(key: string): string | null;
	keys(): string[];
}

export function encodeIndex(ids: readonly string[]): string {
	return seal('I', ids.join(' '));
}

export function decodeIndex(value: string): string[] {
	const body = unseal('I', value);
	if (body === '') return [];
	const ids = body.split(' ');
	if (new Set(ids).size !== ids.length || ids.some((id) => id === '')) throw new CodecError('index repeats a card');
	// An id the store would refuse to write would make every grade of the deck fail: the index is damaged.
	const bad = ids.find((id) => !CARD_ID.test(id));
	if (bad !== undefined)
		throw new CodecError(`index holds a card id that is not valid (${JSON.stringify(bad.slice(0, 40))})`);
	return ids;
}

/** A chunk's cards, checking that every slot belongs to chunk `n` (a value copied to the wrong key is corrupt). */
export function decodeChunk(value: string, n: number): Map<number, Card> {
	const cards = decodeCards(value);
	for (const slot of cards.keys()) {
		if (Math.floor(slot / CHUNK_SLOTS) !== n) throw new CodecError(`slot ${slot} does not belong in chunk ${n}`);
	}
	return cards;
}

export const decodeSegment = (value: string): SlotEntry[] => decodeLog(value);

/** The keys of a deck's chunks and segments, by number, as found by one scan. */
export interface DeckKeys {
	index: string | null;
	chunks: Map<number, string>;
	segments: Map<number, string>;
	/** Every key under the deck's prefix (for moving a whole deck aside). */
	all: string[];
}

export function scanDeck(db: KeyReader, deckId: string): DeckKeys {
	const prefix = deckPrefix(deckId);
	const out: DeckKeys = { index: null, chunks: new Map(), segments: new Map(), all: [] };
	for (const key of db.keys()) {
		if (!key.startsWith(prefix)) continue;
		const k = parseKey(key);
		if (k.kind !== 'progress' || k.deckId !== deckId) continue;
		out.all.push(key);
		if (k.part === 'ids') out.index = key;
		else if (k.part === 'chunk') out.chunks.set(k.n, key);
		else if (k.part === 'segment') out.segments.set(k.n, key);
	}
	return out;
}

/**
 * The number of the deck's last log segment, probing upward from a remembered one: another tab may have started a
 * new segment since, and probing costs a few `getItem`s where a full key scan costs thousands.
 */
export function findTail(db: KeyReader, deckId: string, from: number): number {
	let n = from;
	while (db.get(segmentKey(deckId, n + 1)) !== null) n++;
	return n;
}

export { chunkKey, indexKey, segmentKey };
