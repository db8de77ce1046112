/**
 * Export to and import from a JSON file, so progress can move between browsers and survive clearing site data.
 * The compact encodings are kept inside the file (they are printable ASCII without `"` or `\`, so JSON does not
 * inflate them); each deck's cards and log are re-encoded against the deck's own id list in the file.
 */
import * as v from 'valibot';
import type { Card } from 'ts-fsrs';
import { decodeCards, encodeCards } from './cards';
import { CodecError } from './codec';
import { checkCardId, checkDeckId, settingsKey } from './keys';
import { decodeLog, encodeLog } from './log';
import { mergeCards, mergeLogs } from './merge';
import { deckChanges, scanDeck } from './progress';
import { DeckSettingsSchema, type DeckSettings } from './settings';
import type { ProgressStore } from './store';
import type { ReviewEntry } from './types';
import { StorageFullError, allKeys, type Change } from './write';

export const EXPORT_FORMAT = 'briefing-trainer-progress';
export const EXPORT_VERSION = 2;

export interface ImportDeckSummary {
	deckId: string;
	/** Card states in the file. */
	cards: number;
	reviews: number;
	/** Cards whose state in the file is more recent than the one stored here (these are taken). */
	newer: number;
	/** Cards whose stored state is as recent or more (these are kept). */
	older: number;
}

export type ImportPreview =
	| { ok: false; error: string }
	| { ok: true; summary: { exportedAt: string; decks: ImportDeckSummary[]; cards: number; reviews: number } };

interface FileDeck {
	ids: string[];
	cards: string;
	log: string;
	settings?: DeckSettings;
}

/** Every deck with stored progress, as one JSON text. */
export function exportAll(store: ProgressStore, now: number): string {
	const decks: Record<string, FileDeck> = {};
	for (const deckId of storedDeckIds(store.storage)) {
		const p = store.load(deckId);
		const ids = [...new Set([...p.cards.keys(), ...p.log.map((e) => e.cardId)])];
		const slot = new Map(ids.map((id, i) => [id, i]));
		const entry: FileDeck = {
			ids,
			cards: encodeCards([...p.cards].map(([id, c]) => [slot.get(id)!, c] as const)),
			log: encodeLog(p.log.map((e) => ({ ...e, slot: slot.get(e.cardId)! })))
		};
		if (store.storage.getItem(settingsKey(deckId)) !== null) entry.settings = store.getSettings(deckId);
		decks[deckId] = entry;
	}
	const file = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), decks };
	return JSON.stringify(file, null, 1);
}

function storedDeckIds(s: Storage): string[] {
	const ids = new Set<string>();
	for (const k of allKeys(s)) {
		const m = /^bt:p:([^:]+):/.exec(k);
		if (m?.[1]) ids.add(m[1]);
	}
	return [...ids].sort();
}

interface ParsedDeck {
	deckId: string;
	cards: Map<string, Card>;
	log: ReviewEntry[];
	settings?: DeckSettings;
}

/** Fails with the path of the first bad field, e.g. `decks.crocus.cards: not a valid card-state encoding`. */
class ImportError extends Error {}

function parseFile(text: string): { exportedAt: string; decks: ParsedDeck[] } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new ImportError('This file is not a progress export (it is not JSON).');
	}
	if (!isObject(data) || data.format !== EXPORT_FORMAT)
		throw new ImportError('format: this file is not a Briefing Trainer progress export');
	if (data.version !== EXPORT_VERSION)
		throw new ImportError(`version: expected ${EXPORT_VERSION}, found ${String(data.version)}`);
	if (typeof data.exportedAt !== 'string') throw new ImportError('exportedAt: missing');
	if (!isObject(data.decks)) throw new ImportError('decks: must be an object of decks');
	const decks = Object.entries(data.decks).map(([deckId, d]) => parseDeck(deckId, d));
	return { exportedAt: data.exportedAt, decks };
}

function parseDeck(deckId: string, d: unknown): ParsedDeck {
	const at = `decks.${deckId}`;
	guard(`${at}`, () => checkDeckId(deckId), 'not a valid deck id');
	if (!isObject(d)) throw new ImportError(`${at}: must be an object`);
	const ids = d.ids;
	if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string') || new Set(ids).size !== ids.length)
		throw new ImportError(`${at}.ids: must be a list of distinct card ids`);
	guard(`${at}.ids`, () => ids.forEach((id) => checkCardId(id as string)), 'contains an invalid card id');
	const idAt = (slot: number, field: string): string => {
		const id = ids[slot] as string | undefined;
		if (id === undefined) throw new ImportError(`${at}.${field}: refers to a card that is not in ids`);
		return id;
	};
	if (typeof d.cards !== 'string') throw new ImportError(`${at}.cards: must be text`);
	const slots = guard(`${at}.cards`, () => decodeCards(d.cards as string), 'not a valid card-state encoding');
	const cards = new Map([...slots].map(([slot, c]) => [idAt(slot, 'cards'), c]));
	if (typeof d.log !== 'string') throw new ImportError(`${at}.log: must be text`);
	const entries = guard(`${at}.log`, () => decodeLog(d.log as string), 'not a valid review-log encoding');
	const log = entries.map((e) => ({
		cardId: idAt(e.slot, 'log'),
		at: e.at,
		rating: e.rating,
		durationMs: e.durationMs
	}));
	const out: ParsedDeck = { deckId, cards, log };
	if (d.settings !== undefined) {
		const r = v.safeParse(DeckSettingsSchema, d.settings);
		if (!r.success) {
			const issue = r.issues[0];
			const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
			throw new ImportError(`${at}.settings${path ? '.' + path : ''}: ${issue.message}`);
		}
		out.settings = r.output;
	}
	return out;
}

function guard<T>(path: string, f: () => T, message: string): T {
	try {
		return f();
	} catch (err) {
		if (err instanceof CodecError || err instanceof TypeError) throw new ImportError(`${path}: ${message}`);
		throw err;
	}
}

function isObject(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function summarize(store: ProgressStore, file: ReturnType<typeof parseFile>): ImportPreview {
	const decks = file.decks.map((d) => {
		const { newer, older } = mergeCards(store.peek(d.deckId).cards, d.cards);
		return { deckId: d.deckId, cards: d.cards.size, reviews: d.log.length, newer, older };
	});
	const sum = (f: (x: ImportDeckSummary) => number) => decks.reduce((n, x) => n + f(x), 0);
	return {
		ok: true,
		summary: { exportedAt: file.exportedAt, decks, cards: sum((x) => x.cards), reviews: sum((x) => x.reviews) }
	};
}

/** What importing `text` would do, changing nothing. */
export function previewImport(store: ProgressStore, text: string): ImportPreview {
	try {
		return summarize(store, parseFile(text));
	} catch (err) {
		if (err instanceof ImportError) return { ok: false, error: err.message };
		throw err;
	}
}

/**
 * Merges the file into what is stored: per card the later last_review wins, logs are united without duplicates.
 * All decks are written in one batch, so a bad file or a full storage leaves everything as it was.
 */
export function applyImport(store: ProgressStore, text: string): ImportPreview {
	let file: ReturnType<typeof parseFile>;
	try {
		file = parseFile(text);
	} catch (err) {
		if (err instanceof ImportError) return { ok: false, error: err.message };
		throw err;
	}
	const preview = summarize(store, file);
	const changes: Change[] = [];
	for (const d of file.decks) {
		const current = store.load(d.deckId);
		const cards = mergeCards(current.cards, d.cards).cards;
		const log = mergeLogs(current.log, d.log);
		changes.push(...deckChanges(d.deckId, store.readIds(d.deckId), scanDeck(store.storage, d.deckId), cards, log));
		if (d.settings && store.storage.getItem(settingsKey(d.deckId)) === null)
			changes.push({ key: settingsKey(d.deckId), value: JSON.stringify(d.settings) });
	}
	try {
		store.commit(changes, {
			message: 'Browser storage is full: the import was not saved. Remove decks you no longer need, then try again.'
		});
	} catch (err) {
		if (err instanceof StorageFullError) return { ok: false, error: err.message };
		throw err;
	}
	for (const d of file.decks) store.forgetDeck(d.deckId);
	return preview;
}
