/**
 * Code of the store that most visits never run — backup and import, recovery of values kept aside, upgrading data
 * written by an older version — loaded on demand so it is not part of every page's JavaScript. `loadRareParts()`
 * fetches it (rare.ts provides it here); the store's methods that need it find it through `rareParts()`.
 *
 * Who loads it: the browser store before it opens, when stored data is of an older version (browser.ts), so nothing
 * is ever read or written in an old format; the Progress page before it shows (export, import, recovery); Node code
 * (tests, scripts) by importing rare.ts.
 */
import type { Deck } from '../decks/schema';
import type { encodeCard, encodeChunk } from './encode';
import type * as backup from './backup';
import type { Grades } from './grades';
import type { runMigrations } from './migrate';
import type * as recovery from './recovery';
import type { Summaries } from './summaries';

export interface RareParts {
	backup: typeof backup;
	recovery: typeof recovery;
	runMigrations: typeof runMigrations;
}

let loaded: RareParts | null = null;

export function provideRareParts(parts: RareParts): void {
	loaded = parts;
}

export function rarePartsLoaded(): boolean {
	return loaded !== null;
}

/** The loaded parts; calling a method that needs them before `loadRareParts()` is a programming error, said plainly. */
export function rareParts(what: string): RareParts {
	if (!loaded) throw new Error(`${what} needs the store's backup and recovery code: await loadRareParts() first`);
	return loaded;
}

export async function loadRareParts(): Promise<void> {
	if (!loaded) await import('./rare');
}

/**
 * The deck codec: decks kept in this browser are JSON (once lz-string-compressed), checked against the deck schema when read
 * (deck-codec.ts provides it). Loaded when the store opens over storage that holds such decks, when another tab adds
 * one, and by the pages that save decks; Node code imports deck-codec.ts.
 */
export interface DeckCodec {
	/**
	 * The deck as the schema reads it, and its stored text (compressed when `compact`: for localStorage); throws (a
	 * valibot error) when it is not a valid deck.
	 */
	encode(deck: Deck, compact: boolean): { deck: Deck; text: string };
	/** The stored text's deck, or null when it is not one. */
	decode(text: string): Deck | null;
	/** Whether stored text is in the form `encode` writes now (else reading it rewrites it). */
	current(text: string): boolean;
}

let codec: DeckCodec | null = null;

export function provideDeckCodec(c: DeckCodec): void {
	codec = c;
}

/** The codec, or null before it is loaded: a deck then reads as absent (nothing is set aside) until it is. */
export function deckCodec(): DeckCodec | null {
	return codec;
}

export async function loadDeckCodec(): Promise<void> {
	if (!codec) await import('./deck-codec');
}

/**
 * The ledger: the code that writes a grade or an undo and keeps each deck's summary current (grades.ts, deck-writes.ts,
 * summaries.ts, summary.ts, and the encoders of encode.ts; ledger.ts provides it). The study page shows its first card without it and loads it with the scheduler
 * right after (the two a grade needs); the root layout loads it before every other page, which read deck counts from
 * summaries. Until it is there the store has graded nothing here, so it has no undo history and no summary to keep;
 * a summary it did not refresh no longer matches the deck's values, and the next read makes it again. Node code
 * imports ledger.ts.
 */
export interface Ledger {
	Summaries: typeof Summaries;
	Grades: typeof Grades;
	/** For the writes the store makes outside a grade: a changed card archived (reconcile.ts), a rebuilt chunk. */
	encodeChunk: typeof encodeChunk;
	encodeCard: typeof encodeCard;
}

/**
 * Thrown by a write that needs the ledger's encoders before it has loaded, before anything is written: the caller
 * loads it and tries again (the study page's opening of a deck whose answers were edited, study/open.ts).
 */
export class LedgerNotLoadedError extends Error {
	override name = 'LedgerNotLoadedError';
}

let ledger: Ledger | null = null;

export function provideLedger(l: Ledger | null): void {
	ledger = l;
}

/** The ledger's classes, or null before it is loaded. */
export function ledgerParts(): Ledger | null {
	return ledger;
}

export async function loadLedger(): Promise<void> {
	if (!ledger) provideLedger((await import('./ledger')).ledger);
}
