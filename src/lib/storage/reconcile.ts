/**
 * Keeping progress in step with edited decks. Progress is keyed by card id, so reordering or adding cards changes
 * nothing; but a card whose answer was edited tests something new, so its old state is archived and it is learned
 * again. A fingerprint of each answer (3 characters, by slot) tells an edit from an unchanged card.
 */
import type { Card } from 'ts-fsrs';
import { CodecError, seal, shortHash, unseal } from './codec';
import type { Db } from './db';
import type { DeckStore } from './deck-progress';
import { CHUNK_SLOTS, archiveKey, checkCardId, checkDeckId, chunkKey, hashesKey, indexKey } from './keys';
import { titleOf } from './library';
import { LedgerNotLoadedError, ledgerParts } from './parts';
import { encodeIndex } from './progress';
import type { Change } from './write';

/** Marks a slot whose answer was never seen. */
const NO_HASH = '   ';

export interface ArchivedState {
	id: string;
	/** Fingerprint of the answer this state was learned against. */
	answerHash: string;
	/** When it was archived (ISO). */
	at: string;
	/** The card state, in the card codec. */
	state: string;
}

export function decodeHashes(value: string, slots: number): string[] {
	const body = unseal('H', value);
	if (body.length % 3 !== 0) throw new CodecError('fingerprints have a bad length');
	const out: string[] = [];
	for (let i = 0; i < slots; i++) out.push(body.slice(i * 3, i * 3 + 3) || NO_HASH);
	return out;
}

export const encodeHashes = (hashes: readonly string[]): string => seal('H', hashes.join(''));

export function readArchive(db: Db, deckId: string): ArchivedState[] {
	const raw = db.get(archiveKey(deckId));
	if (raw === null) return [];
	try {
		const list = JSON.parse(raw) as unknown;
		return Array.isArray(list) ? list.filter(isArchived) : [];
	} catch {
		return [];
	}
}

function isArchived(x: unknown): x is ArchivedState {
	const a = x as ArchivedState;
	return (
		typeof a === 'object' &&
		a !== null &&
		typeof a.id === 'string' &&
		typeof a.answerHash === 'string' &&
		typeof a.at === 'string' &&
		typeof a.state === 'string'
	);
}

/**
 * Compares the deck as it is now with what progress was recorded against: returns the cards that changed (now new
 * again; their old states archived) and the ids with progress that are no longer in the deck (kept, ignored).
 * Archiving a changed card's state needs the ledger's encoders; before they have loaded it throws
 * LedgerNotLoadedError, having written nothing.
 */
export function reconcile(
	db: Db,
	decks: DeckStore,
	deckId: string,
	cards: readonly { id: string; answer: string }[],
	now: number
): { relearn: string[]; removed: string[] } {
	checkDeckId(deckId);
	const ids = decks.ids(deckId, true);
	const idCount = ids.length;
	let hashes: string[];
	try {
		const raw = db.get(hashesKey(deckId));
		hashes = raw === null ? [] : decodeHashes(raw, ids.length);
	} catch {
		db.setAside([hashesKey(deckId)], titleOf(db, deckId), '', true);
		hashes = [];
	}
	while (hashes.length < ids.length) hashes.push(NO_HASH);
	const before = hashes.join('');
	const relearn: string[] = [];
	const archive = readArchive(db, deckId);
	const chunks = new Map<number, Map<number, Card>>();
	const stateAt = (slot: number): Card | undefined => {
		const n = Math.floor(slot / CHUNK_SLOTS);
		if (!chunks.has(n)) chunks.set(n, new Map(decks.chunk(deckId, n).cards));
		return chunks.get(n)!.get(slot);
	};
	const touched = new Set<number>();
	const encode = ledgerParts();
	for (const card of cards) {
		let slot = ids.indexOf(checkCardId(card.id));
		if (slot < 0) {
			slot = ids.push(card.id) - 1;
			hashes.push(NO_HASH);
		}
		const hash = shortHash(card.answer);
		const old = hashes[slot]!;
		if (old !== NO_HASH && old !== hash) {
			const state = slot < idCount ? stateAt(slot) : undefined;
			if (state) {
				if (!encode) throw new LedgerNotLoadedError(`Cards of ${deckId} changed: archiving them needs the ledger`);
				relearn.push(card.id);
				archive.push({
					id: card.id,
					answerHash: old,
					at: new Date(now).toISOString(),
					state: encode.encodeCard(state)
				});
				chunks.get(Math.floor(slot / CHUNK_SLOTS))!.delete(slot);
				touched.add(Math.floor(slot / CHUNK_SLOTS));
			}
		}
		hashes[slot] = hash;
	}
	const inDeck = new Set(cards.map((c) => c.id));
	const removed: string[] = [];
	for (let n = 0; n * CHUNK_SLOTS < idCount; n++) {
		for (const slot of decks.chunk(deckId, n).cards.keys()) {
			const id = ids[slot];
			if (id !== undefined && !inDeck.has(id)) removed.push(id);
		}
	}
	const changes: Change[] = [];
	if (ids.length !== idCount) changes.push({ key: indexKey(deckId), value: encodeIndex(ids) });
	if (hashes.join('') !== before) changes.push({ key: hashesKey(deckId), value: encodeHashes(hashes) });
	for (const n of touched) changes.push({ key: chunkKey(deckId, n), value: encode!.encodeChunk(chunks.get(n)!) });
	if (relearn.length) changes.push({ key: archiveKey(deckId), value: JSON.stringify(archive) });
	if (changes.length) db.commit(changes);
	return { relearn, removed };
}
