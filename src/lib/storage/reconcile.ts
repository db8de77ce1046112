/**
 * Keeping progress in step with edited decks. Progress is keyed by card id, so reordering or adding cards changes
 * nothing; but a card whose answer was edited tests something new, so its old state is archived and it is learned
 * again. A fingerprint of each answer (3 characters, by slot) tells an edit from an unchanged card.
 */
import { decodeCards, encodeCard, encodeCards } from './cards';
import { CodecError, seal, shortHash, unseal } from './codec';
import { CHUNK_SLOTS, archiveKey, checkCardId, checkDeckId, chunkKey, hashesKey, indexKey } from './keys';
import { encodeIndex } from './progress';
import type { ProgressStore } from './store';
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

export function readArchive(store: ProgressStore, deckId: string): ArchivedState[] {
	const raw = store.storage.getItem(archiveKey(deckId));
	if (raw === null) return [];
	try {
		const list = JSON.parse(raw) as ArchivedState[];
		return Array.isArray(list) ? list : [];
	} catch {
		return [];
	}
}

/**
 * Compares the deck as it is now with what progress was recorded against: returns the cards that changed (now new
 * again; their old states archived) and the ids with progress that are no longer in the deck (kept, ignored).
 */
export function reconcile(
	store: ProgressStore,
	deckId: string,
	cards: readonly { id: string; answer: string }[],
	now: number
): { relearn: string[]; removed: string[] } {
	checkDeckId(deckId);
	const progress = store.load(deckId);
	const ids = store.readIds(deckId);
	const idCount = ids.length;
	let hashes: string[];
	try {
		const raw = store.storage.getItem(hashesKey(deckId));
		hashes = raw === null ? [] : decodeHashes(raw, ids.length);
	} catch {
		store.setAside([hashesKey(deckId)], deckId, 0, undefined, true);
		hashes = [];
	}
	while (hashes.length < ids.length) hashes.push(NO_HASH);
	const before = hashes.join('');
	const relearn: string[] = [];
	const archive = readArchive(store, deckId);
	const chunks = new Map<number, Map<number, import('ts-fsrs').Card>>();
	for (const card of cards) {
		let slot = ids.indexOf(checkCardId(card.id));
		if (slot < 0) {
			slot = ids.push(card.id) - 1;
			hashes.push(NO_HASH);
		}
		const hash = shortHash(card.answer);
		const old = hashes[slot]!;
		const state = progress.cards.get(card.id);
		if (old !== NO_HASH && old !== hash && state) {
			relearn.push(card.id);
			archive.push({ id: card.id, answerHash: old, at: new Date(now).toISOString(), state: encodeCard(state) });
			const n = Math.floor(slot / CHUNK_SLOTS);
			if (!chunks.has(n)) {
				const raw = store.storage.getItem(chunkKey(deckId, n));
				chunks.set(n, raw === null ? new Map() : decodeCards(raw));
			}
			chunks.get(n)!.delete(slot);
		}
		hashes[slot] = hash;
	}
	const inDeck = new Set(cards.map((c) => c.id));
	const removed = [...progress.cards.keys()].filter((id) => !inDeck.has(id));
	const changes: Change[] = [];
	if (ids.length !== idCount) changes.push({ key: indexKey(deckId), value: encodeIndex(ids) });
	if (hashes.join('') !== before) changes.push({ key: hashesKey(deckId), value: encodeHashes(hashes) });
	for (const [n, chunk] of chunks)
		changes.push({ key: chunkKey(deckId, n), value: chunk.size ? encodeCards(chunk) : null });
	if (relearn.length) changes.push({ key: archiveKey(deckId), value: JSON.stringify(archive) });
	if (changes.length) store.commit(changes);
	if (relearn.length) store.forgetDeck(deckId);
	return { relearn, removed };
}
