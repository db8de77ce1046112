/**
 * Small records beside progress: per-deck settings, decks the user added on this device, and named records (e.g.
 * assignments). All reads validate; all writes go through the driver's all-or-nothing commit.
 */
import type { Deck } from '../decks/schema';
import type { Db } from './db';
import { checkDeckId, deckKey, recordKey, settingsKey, summaryKey } from './keys';
import { deckCodec } from './parts';
import { decodeSummary } from './summary-value';
import { checkSettings, defaultSettings, type DeckSettings } from './settings-check';

/** Reads a stored record's parsed JSON: its value when it is one, else null. */
export type RecordReader<T> = (value: unknown) => T | null;

export function getSettings(db: Db, deckId: string): DeckSettings {
	const raw = db.get(settingsKey(checkDeckId(deckId)));
	if (raw === null) return defaultSettings();
	const result = checkSettings(safeJson(raw));
	if (result.ok) return result.settings;
	db.setAside([settingsKey(deckId)], titleOf(db, deckId), 'Its settings are back to the defaults.', false);
	return defaultSettings();
}

/** Settings as stored, or null when absent or unreadable; changes nothing (for previews). */
export function peekSettings(db: Db, deckId: string): DeckSettings | null {
	const r = checkSettings(safeJson(db.get(settingsKey(deckId)) ?? ''));
	return r.ok ? r.settings : null;
}

/** Saves settings that pass the same check as a read; throws, naming the field, when they do not (nothing saved). */
export function saveSettings(db: Db, deckId: string, s: DeckSettings): void {
	const valid = checkSettings(s);
	if (!valid.ok) throw new TypeError(`settings of ${deckId}: ${valid.field ?? 'not an object'} is not valid`);
	db.commit([{ key: settingsKey(checkDeckId(deckId)), value: JSON.stringify(valid.settings) }]);
}

/** Decks are stored through the deck codec (deck-codec.ts), which pages that save decks load first (parts.ts). */
export function saveDeck(db: Db, deck: Deck): Deck {
	const codec = deckCodec();
	if (!codec) throw new Error('Saving a deck needs the deck codec: await loadDeckCodec() first');
	const { deck: valid, text } = codec.encode(deck, !db.tiered);
	db.commit([{ key: deckKey(checkDeckId(valid.id)), value: text }]);
	return valid;
}

/**
 * Title, description and size of a local deck from its stored summary, else from the deck itself; writes nothing.
 * The store's ledger (summaries.ts) does the same and also records them in the summary.
 */
export function deckMeta(db: Db, id: string): { title: string; description: string; cardCount: number } | null {
	const s = decodeSummary(db.get(summaryKey(id)));
	if (s?.title !== undefined) return { title: s.title, description: s.description ?? '', cardCount: s.cardCount ?? 0 };
	const deck = getDeck(db, id);
	return deck && { title: deck.title, description: deck.description, cardCount: deck.cards.length };
}

export function getDeck(db: Db, id: string): Deck | null {
	const raw = db.get(deckKey(id));
	const codec = deckCodec();
	// Without the codec (not loaded yet, see parts.ts) the deck reads as absent, and stays as it is.
	if (raw === null || !codec) return null;
	const deck = codec.decode(raw);
	// Kept by an earlier version in its compressed form: written again as JSON, so the next opening reads it at once.
	if (deck && db.tiered && !codec.current(raw)) db.tryCommit([{ key: deckKey(id), value: JSON.stringify(deck) }]);
	if (deck) return deck;
	db.setAside([deckKey(id)], id, 'The deck kept in this browser could not be opened; open its link again.', false);
	return null;
}

/** Ids of the decks kept in this browser, sorted. */
export function localDeckIds(db: Db): string[] {
	return db
		.keys()
		.filter((k) => k.startsWith('bt:deck:'))
		.map((k) => k.slice('bt:deck:'.length))
		.sort();
}

/** Removes a local deck; its progress stays, so adding the deck again brings it back. */
export function removeDeck(db: Db, id: string): void {
	db.commit([{ key: deckKey(id), value: null }]);
}

export function getRecord<T>(db: Db, name: string, read: RecordReader<T>): T | null {
	const raw = db.get(recordKey(name));
	return raw === null ? null : read(safeJson(raw));
}

export function setRecord(db: Db, name: string, value: unknown): void {
	const text = JSON.stringify(value);
	if (text === undefined) throw new TypeError(`record ${name} cannot be stored as JSON`);
	db.commit([{ key: recordKey(name), value: text }]);
}

/**
 * A deck's title for messages: the one its summary keeps (written from the deck itself), else the local deck's,
 * else `fallback`, else the id. The summary is plain JSON, so no deck is decompressed just to name it.
 */
export function titleOf(db: Db, deckId: string, fallback?: string): string {
	const sum = decodeSummary(db.get(summaryKey(deckId)));
	if (sum?.title) return sum.title;
	if (fallback) return fallback;
	const known = db.titles.get(deckId);
	if (known) return known;
	const raw = db.get(deckKey(deckId));
	const deck = raw === null ? null : deckCodec()?.decode(raw);
	return deck?.title ?? deckId;
}

export function safeJson(raw: string): unknown {
	try {
		return JSON.parse(raw) as unknown;
	} catch {
		return undefined;
	}
}
