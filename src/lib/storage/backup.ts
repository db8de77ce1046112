/**
 * Export to and import from a JSON file, so progress can move between browsers and survive clearing site data.
 * The compact encodings are kept inside the file (they are printable ASCII without `"` or `\\`, so JSON does not
 * inflate them); each deck's cards and log are re-encoded against the deck's own id list in the file. The file also
 * carries what was kept aside and the archive of relearned cards, so nothing recoverable is left behind.
 *
 * Import checks meaning, not just shape: every card state must be one ts-fsrs can schedule (validate.ts). Merging
 * replays the merged log where both sides hold reviews the other lacks (replay.ts), and the preview is computed by
 * the very function that makes import's changes — a preview that says OK cannot then fail, except on a full disk.
 */
import type { Card } from 'ts-fsrs';
import { EXPORT_FORMAT, EXPORT_VERSION, ImportError, parseFile, type ParsedFile } from './backup-file';
import type { Db } from './db';
import type { DeckStore } from './deck-progress';
import { archiveKey, parseKey, settingsKey } from './keys';
import { getSettings, peekSettings } from './library';
import { mergeLogs } from './merge';
import { deckChanges, encodeCards, encodeLog } from './encode';
import { scanDeck } from './progress';
import { readArchive, type ArchivedState } from './reconcile';
import { replayCard, reviewsByCard } from './replay';
import type { DeckSettings } from './settings-check';
import type { ReviewEntry } from './types';
import { StorageFullError, type Change } from './write';

export { EXPORT_FORMAT, EXPORT_VERSION };

export interface ImportDeckSummary {
	deckId: string;
	/** Card states in the file. */
	cards: number;
	reviews: number;
	/** Cards whose state in the file is more recent than the one stored here (these are taken). */
	newer: number;
	/** Cards whose stored state is as recent or more (these are kept). */
	older: number;
	/** Cards whose schedule here changes with the import (taken from the file, or replayed from both logs). */
	changed: string[];
}

export type ImportPreview =
	| { ok: false; error: string }
	| { ok: true; summary: { exportedAt: string; decks: ImportDeckSummary[]; cards: number; reviews: number } };

interface FileDeck {
	ids: string[];
	cards: string;
	log: string;
	settings?: DeckSettings;
	archive?: ArchivedState[];
}

/** Every deck with stored progress, with what was kept aside and archived, as one JSON text. */
export function exportAll(db: Db, decks: DeckStore, now: number): string {
	const out: Record<string, FileDeck> = {};
	const keptAside: Record<string, string> = {};
	for (const key of db.keys()) if (parseKey(key).kind === 'quarantine') keptAside[key] = db.get(key) ?? '';
	for (const deckId of storedDeckIds(db)) {
		const p = decks.read(deckId, { repair: true });
		const ids = [...new Set([...p.cards.keys(), ...p.log.map((e) => e.cardId)])];
		const slot = new Map(ids.map((id, i) => [id, i]));
		const entry: FileDeck = {
			ids,
			cards: encodeCards([...p.cards].map(([id, c]) => [slot.get(id)!, c] as const)),
			log: encodeLog(p.log.map((e) => ({ ...e, slot: slot.get(e.cardId)! })))
		};
		if (db.get(settingsKey(deckId)) !== null) entry.settings = getSettings(db, deckId);
		const archive = readArchive(db, deckId);
		if (archive.length) entry.archive = archive;
		out[deckId] = entry;
	}
	const file = {
		format: EXPORT_FORMAT,
		version: EXPORT_VERSION,
		exportedAt: new Date(now).toISOString(),
		decks: out,
		keptAside
	};
	return JSON.stringify(file, null, 1);
}

function storedDeckIds(db: Db): string[] {
	const ids = new Set<string>();
	for (const k of db.keys()) {
		const m = /^bt:p:([^:]+):(ids|arch)$/.exec(k);
		if (m?.[1]) ids.add(m[1]);
	}
	return [...ids].sort();
}

const lastReview = (c: Card | undefined): number => c?.last_review?.getTime() ?? -Infinity;
const key = (e: ReviewEntry) => `${e.at}\u0000${e.rating}`;
const sameState = (a: Card | undefined, b: Card | undefined) =>
	(a ? encodeCards([[0, a]]) : '') === (b ? encodeCards([[0, b]]) : '');

/**
 * The merged state of each card. A card's reviews here and in the file decide: if one side holds every review the
 * other does, its state stands (exact, as stored); if each holds reviews the other lacks, the merged reviews are
 * replayed through the deck's scheduler — when they account for every rep of both states; otherwise (a log that
 * lost entries), and with no reviews on either side, the later last review wins.
 */
export function mergeByLog(
	here: { cards: ReadonlyMap<string, Card>; log: readonly ReviewEntry[] },
	file: { cards: ReadonlyMap<string, Card>; log: readonly ReviewEntry[] },
	log: readonly ReviewEntry[],
	settings: DeckSettings
): { cards: Map<string, Card>; newer: number; older: number; changed: string[] } {
	const mine = reviewsByCard(here.log);
	const theirs = reviewsByCard(file.log);
	const merged = reviewsByCard(log);
	const cards = new Map(here.cards);
	let newer = 0;
	let older = 0;
	const changed: string[] = [];
	for (const id of new Set([...file.cards.keys(), ...theirs.keys()])) {
		const a = new Set((mine.get(id) ?? []).map(key));
		const b = new Set((theirs.get(id) ?? []).map(key));
		const fileHasMore = [...b].some((k) => !a.has(k));
		const hereHasMore = [...a].some((k) => !b.has(k));
		let next = here.cards.get(id);
		// Replaying is right only when the logs explain the states (a log trimmed or lost holds fewer reviews than reps).
		const reviews = merged.get(id)?.length ?? 0;
		const explained = reviews >= Math.max(next?.reps ?? 0, file.cards.get(id)?.reps ?? 0);
		if (fileHasMore && hereHasMore && explained) next = replayCard(merged.get(id) ?? [], settings) ?? next;
		else if (fileHasMore && hereHasMore)
			next = lastReview(file.cards.get(id)) > lastReview(next) ? file.cards.get(id) : next;
		else if (fileHasMore) next = file.cards.get(id) ?? replayCard(merged.get(id) ?? [], settings) ?? next;
		else if (!hereHasMore && lastReview(file.cards.get(id)) > lastReview(next)) next = file.cards.get(id);
		if (next && !sameState(next, here.cards.get(id))) {
			cards.set(id, next);
			changed.push(id);
			newer++;
		} else older++;
	}
	return { cards, newer, older, changed };
}

export interface ImportPlan {
	preview: ImportPreview;
	changes: Change[];
}

/** What importing `text` does: the summary shown before, and the exact changes written after the learner agrees. */
export function planImport(db: Db, decks: DeckStore, text: string): ImportPlan {
	let file: ParsedFile;
	try {
		file = parseFile(text);
	} catch (err) {
		if (err instanceof ImportError) return { preview: { ok: false, error: err.message }, changes: [] };
		throw err;
	}
	const changes: Change[] = [];
	const summaries: ImportDeckSummary[] = [];
	for (const d of file.decks) {
		const here = decks.read(d.deckId, { repair: false });
		const log = mergeLogs(here.log, d.log);
		const settings = peekSettings(db, d.deckId) ?? d.settings ?? getSettings(db, d.deckId);
		const m = mergeByLog(here, d, log, settings);
		try {
			changes.push(...deckChanges(d.deckId, decks.ids(d.deckId), scanDeck(db, d.deckId), m.cards, log));
		} catch (err) {
			const why = err instanceof Error ? err.message : String(err);
			return { preview: { ok: false, error: `decks.${d.deckId}: cannot be stored (${why})` }, changes: [] };
		}
		if (d.settings && db.get(settingsKey(d.deckId)) === null)
			changes.push({ key: settingsKey(d.deckId), value: JSON.stringify(d.settings) });
		const archive = readArchive(db, d.deckId);
		const known = new Set(archive.map((a) => `${a.id} ${a.at}`));
		const added = d.archive.filter((a) => !known.has(`${a.id} ${a.at}`));
		if (added.length) changes.push({ key: archiveKey(d.deckId), value: JSON.stringify([...archive, ...added]) });
		summaries.push({
			deckId: d.deckId,
			cards: d.cards.size,
			reviews: d.log.length,
			newer: m.newer,
			older: m.older,
			changed: m.changed
		});
	}
	for (const [k, value] of file.keptAside) if (db.get(k) === null) changes.push({ key: k, value });
	const sum = (f: (x: ImportDeckSummary) => number) => summaries.reduce((n, x) => n + f(x), 0);
	return {
		preview: {
			ok: true,
			summary: {
				exportedAt: file.exportedAt,
				decks: summaries,
				cards: sum((x) => x.cards),
				reviews: sum((x) => x.reviews)
			}
		},
		changes
	};
}

/** What importing `text` would do, changing nothing. */
export function previewImport(db: Db, decks: DeckStore, text: string): ImportPreview {
	return planImport(db, decks, text).preview;
}

/** Writes what `planImport` planned, in one batch: a bad file or a full storage leaves everything as it was. */
export function applyImport(db: Db, decks: DeckStore, text: string): ImportPreview {
	const plan = planImport(db, decks, text);
	if (!plan.preview.ok) return plan.preview;
	try {
		db.commit(plan.changes, {
			message: 'Browser storage is full: the import was not saved. Remove decks you no longer need, then try again.'
		});
	} catch (err) {
		if (err instanceof StorageFullError) return { ok: false, error: err.message };
		throw err;
	}
	for (const d of plan.preview.summary.decks) decks.forget(d.deckId);
	return plan.preview;
}
