/**
 * Small records beside progress: per-deck settings, decks the user added on this device, and named records (e.g.
 * assignments). All reads validate; all writes go through the store's quota/rollback path.
 */
import * as v from 'valibot';
import { compressToUTF16, decompressFromUTF16 } from '../lz';
import { DeckSchema, type Deck } from '../decks/schema';
import { checkDeckId, deckKey, recordKey, settingsKey } from './keys';
import { DeckSettingsSchema, defaultSettings, type DeckSettings } from './settings';
import type { ProgressStore } from './store';
import { allKeys } from './write';

export function getSettings(store: ProgressStore, deckId: string): DeckSettings {
	const raw = store.storage.getItem(settingsKey(checkDeckId(deckId)));
	if (raw === null) return defaultSettings();
	const parsed = safeJson(raw);
	const result = v.safeParse(DeckSettingsSchema, parsed);
	if (result.success) return result.output;
	store.setAside([settingsKey(deckId)], deckId, 0, undefined, false);
	return defaultSettings();
}

export function saveSettings(store: ProgressStore, deckId: string, s: DeckSettings): void {
	const valid = v.parse(DeckSettingsSchema, s);
	store.commit([{ key: settingsKey(checkDeckId(deckId)), value: JSON.stringify(valid) }]);
}

/** Decks are compressed: a deck is mostly prose, which lz-string shrinks to about a third. */
export function saveDeck(store: ProgressStore, deck: Deck): void {
	const valid = v.parse(DeckSchema, deck);
	store.commit([{ key: deckKey(checkDeckId(valid.id)), value: compressToUTF16(JSON.stringify(valid)) }]);
}

export function getDeck(store: ProgressStore, id: string): Deck | null {
	const raw = store.storage.getItem(deckKey(id));
	if (raw === null) return null;
	const result = v.safeParse(DeckSchema, safeJson(decompressFromUTF16(raw) ?? ''));
	if (result.success) return result.output;
	store.setAside([deckKey(id)], id, 0, undefined, false);
	return null;
}

export function listDecks(store: ProgressStore): Deck[] {
	const ids = allKeys(store.storage)
		.filter((k) => k.startsWith('bt:deck:'))
		.map((k) => k.slice('bt:deck:'.length))
		.sort();
	return ids.map((id) => getDeck(store, id)).filter((d): d is Deck => d !== null);
}

/** Removes a local deck; its progress stays, so adding the deck again brings it back. */
export function removeDeck(store: ProgressStore, id: string): void {
	store.commit([{ key: deckKey(id), value: null }]);
}

export function getRecord<T>(store: ProgressStore, name: string, schema: v.GenericSchema<unknown, T>): T | null {
	const raw = store.storage.getItem(recordKey(name));
	if (raw === null) return null;
	const result = v.safeParse(schema, safeJson(raw));
	return result.success ? result.output : null;
}

export function setRecord(store: ProgressStore, name: string, value: unknown): void {
	const text = JSON.stringify(value);
	if (text === undefined) throw new TypeError(`record ${name} cannot be stored as JSON`);
	store.commit([{ key: recordKey(name), value: text }]);
}

function safeJson(raw: string): unknown {
	try {
		return JSON.parse(raw) as unknown;
	} catch {
		return undefined;
	}
}
