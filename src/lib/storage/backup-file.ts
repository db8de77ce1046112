/**
 * Reading a progress file: shape and meaning of every field, with the path of the first bad one in the error
 * (`decks.crocus.cards.toll.stability: must be …`). Nothing here touches storage.
 */
import { jsonDepth, MAX_JSON_DEPTH } from '../share/packing';
import * as v from 'valibot';
import type { Card } from 'ts-fsrs';
import { decodeCards } from './cards';
import { CodecError } from './codec';
import { checkCardId, checkDeckId, parseKey } from './keys';
import { decodeLog } from './log';
import type { ArchivedState } from './reconcile';
import { DeckSettingsSchema, type DeckSettings } from './settings';
import type { ReviewEntry } from './types';
import { cardStateProblem, EARLIEST_MS, LATEST_MS } from './validate';

export const EXPORT_FORMAT = 'briefing-trainer-progress';
export const EXPORT_VERSION = 2;

export interface ParsedDeck {
	deckId: string;
	cards: Map<string, Card>;
	log: ReviewEntry[];
	settings?: DeckSettings;
	archive: ArchivedState[];
}

export interface ParsedFile {
	exportedAt: string;
	decks: ParsedDeck[];
	keptAside: [string, string][];
}

/** Fails with the path of the first bad field, e.g. `decks.crocus.cards.toll.stability: must be …`. */
export class ImportError extends Error {}

export function parseFile(text: string): ParsedFile {
	// Checked before parsing: messages and checks below recurse into values, and 20,000 nested brackets overflow them.
	if (jsonDepth(text) > MAX_JSON_DEPTH)
		throw new ImportError('This file holds data nested far deeper than any progress export, so it was not read.');
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
	const keptAside: [string, string][] = [];
	if (data.keptAside !== undefined) {
		if (!isObject(data.keptAside)) throw new ImportError('keptAside: must be an object of kept values');
		for (const [key, value] of Object.entries(data.keptAside)) {
			if (parseKey(key).kind !== 'quarantine' || typeof value !== 'string')
				throw new ImportError(`keptAside.${key}: not a kept-aside value`);
			keptAside.push([key, value]);
		}
	}
	return { exportedAt: data.exportedAt, decks, keptAside };
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
	for (const [id, card] of cards) {
		const problem = cardStateProblem(card);
		if (problem) throw new ImportError(`${at}.cards.${id}.${problem}`);
	}
	if (typeof d.log !== 'string') throw new ImportError(`${at}.log: must be text`);
	const entries = guard(`${at}.log`, () => decodeLog(d.log as string), 'not a valid review-log encoding');
	const log = entries.map((e, i) => {
		if (e.at < EARLIEST_MS || e.at >= LATEST_MS)
			throw new ImportError(`${at}.log[${i}]: review time ${e.at} is not between 2000 and 2200`);
		return { cardId: idAt(e.slot, 'log'), at: e.at, rating: e.rating, durationMs: e.durationMs };
	});
	const out: ParsedDeck = { deckId, cards, log: log.sort((a, b) => a.at - b.at), archive: [] };
	if (d.settings !== undefined) {
		const r = v.safeParse(DeckSettingsSchema, d.settings);
		if (!r.success) {
			const issue = r.issues[0];
			const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
			throw new ImportError(`${at}.settings${path ? '.' + path : ''}: ${issue.message}`);
		}
		out.settings = r.output;
	}
	if (d.archive !== undefined) {
		if (!Array.isArray(d.archive)) throw new ImportError(`${at}.archive: must be a list`);
		d.archive.forEach((a: unknown, i) => {
			const item = a as ArchivedState;
			const ok = isObject(a) && typeof item.id === 'string' && typeof item.at === 'string';
			const state =
				ok && typeof item.state === 'string'
					? guard(`${at}.archive[${i}].state`, () => decodeCards(item.state), 'not a card state')
					: null;
			const card = state?.get(0);
			if (!ok || typeof item.answerHash !== 'string' || !card || state?.size !== 1)
				throw new ImportError(`${at}.archive[${i}]: not an archived card state`);
			const problem = cardStateProblem(card);
			if (problem) throw new ImportError(`${at}.archive[${i}].state.${problem}`);
			out.archive.push({ id: item.id, answerHash: item.answerHash, at: item.at, state: item.state });
		});
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

export function isObject(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}
