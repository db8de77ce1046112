/**
 * Every localStorage key the app uses, in one place. All start with `bt:`; a deck's progress lives under
 * `bt:p:<deckId>:` so one prefix scan finds it and a `storage` event names the deck that changed.
 */

export const PREFIX = 'bt:';
export const META_KEY = 'bt:meta';
/** The version this code writes; older versions are migrated on load (see migrate.ts). */
export const SCHEMA_VERSION = 2;
/** Chromium's per-origin limit in UTF-16 units (Safari's is about the same). */
export const QUOTA_CHARS = 5_242_880;
/** Card states per chunk key: one grade rewrites one chunk of at most this many cards. */
export const CHUNK_SLOTS = 64;
/** Log entries per segment: only the last, unfrozen segment is rewritten when a review is added. */
export const SEGMENT_ENTRIES = 256;
/**
 * The highest chunk or segment number a key may carry (6.4 million cards, 25.6 million reviews in one deck; a year of
 * heavy use is about 5,000 reviews per deck). Reads count down from the last segment, so a stray key numbered
 * 99999999999999999999 would be counted down from for ever: past this it is no key of the app's.
 */
export const MOST_PARTS = 100_000;

/** A card id: visible ASCII without spaces (ids are kept space-separated in the index), 1–200 characters. */
export const CARD_ID = /^[!-~]{1,200}$/;
const DECK_ID = /^[A-Za-z0-9_.-]{1,100}$/;

/** Card ids are kept space-separated in the index, so they must be visible ASCII without spaces. */
export function checkCardId(id: string): string {
	if (!CARD_ID.test(id)) throw new TypeError(`Card id ${JSON.stringify(id)} must be 1–200 visible ASCII characters`);
	return id;
}

/** Deck ids appear inside keys between colons. */
export const isDeckId = (id: string): boolean => DECK_ID.test(id);

export function checkDeckId(id: string): string {
	if (!isDeckId(id)) throw new TypeError(`Deck id ${JSON.stringify(id)} must be letters, digits, . _ or -`);
	return id;
}

export const deckPrefix = (deckId: string) => `bt:p:${deckId}:`;
/** Card ids in slot order, space-separated. */
export const indexKey = (deckId: string) => `bt:p:${deckId}:ids`;
/** Answer fingerprints in slot order, 3 characters each. */
export const hashesKey = (deckId: string) => `bt:p:${deckId}:h`;
export const chunkKey = (deckId: string, n: number) => `bt:p:${deckId}:c${n}`;
export const segmentKey = (deckId: string, n: number) => `bt:p:${deckId}:l${n}`;
/** States set aside when a card's answer changed. */
export const archiveKey = (deckId: string) => `bt:p:${deckId}:arch`;
export const settingsKey = (deckId: string) => `bt:p:${deckId}:set`;
/** The deck's summary for the home screen (summary.ts): kept current on every write, read instead of the deck. */
export const summaryKey = (deckId: string) => `bt:p:${deckId}:sum`;
export const deckKey = (deckId: string) => `bt:deck:${deckId}`;
export const recordKey = (name: string) => `bt:rec:${name}`;
export const quarantineKey = (nowIso: string, key: string) => `bt:quarantine:${nowIso}:${key}`;
/** What one tab was still writing to IndexedDB when it was hidden or left (unsaved.ts). */
export const UNSAVED_PREFIX = 'bt:unsaved:';
export const unsavedKey = (tab: string) => `${UNSAVED_PREFIX}${tab}`;
/** The naive format of schema version 1. */
export const V1_PREFIX = 'bt:v1:progress:';

/**
 * The schema version of what is stored: 1 when v1 keys are present, else `bt:meta`'s, else (no or unreadable meta)
 * the current one. Cheap, so every load can tell whether the upgrade code (migrate.ts) must run first.
 */
export function storedVersion(db: { get(key: string): string | null; keys(): string[] }): number {
	// v1 keys are removed only once their upgrade is kept, so any left say it is not done, whatever meta says (its
	// version can be written before IndexedDB refuses the upgraded values, see tiered.ts).
	if (db.keys().some((k) => k.startsWith(V1_PREFIX))) return 1;
	const raw = db.get(META_KEY);
	if (raw !== null) {
		try {
			const version: unknown = (JSON.parse(raw) as { version?: unknown }).version;
			if (typeof version === 'number' && Number.isInteger(version)) return version;
		} catch {
			// An unreadable meta value is treated like a missing one: decide from the keys present.
		}
	}
	return SCHEMA_VERSION;
}

/** What a key is, for cross-tab events and scans. */
export type KeyKind =
	| { kind: 'progress'; deckId: string; part: 'ids' | 'h' | 'arch' | 'set' | 'sum' | 'chunk' | 'segment'; n: number }
	| { kind: 'deck'; deckId: string }
	| { kind: 'quarantine'; at: string; original: string }
	| { kind: 'record'; name: string }
	| { kind: 'unsaved'; tab: string }
	| { kind: 'meta' }
	| { kind: 'other' };

export function parseKey(key: string): KeyKind {
	if (key === META_KEY) return { kind: 'meta' };
	if (key.startsWith('bt:deck:')) return { kind: 'deck', deckId: key.slice(8) };
	if (key.startsWith('bt:rec:')) return { kind: 'record', name: key.slice(7) };
	if (key.startsWith(UNSAVED_PREFIX)) return { kind: 'unsaved', tab: key.slice(UNSAVED_PREFIX.length) };
	const q = /^bt:quarantine:(\d{4}-\d\d-\d\dT[\d:.]+Z):(.*)$/.exec(key);
	if (q) return { kind: 'quarantine', at: q[1]!, original: q[2]! };
	const m = /^bt:p:([^:]+):(ids|h|arch|set|sum|c(\d+)|l(\d+))$/.exec(key);
	if (!m) return { kind: 'other' };
	const [, deckId = '', part = '', c, l] = m;
	if (Number(c ?? l ?? 0) > MOST_PARTS) return { kind: 'other' };
	if (c !== undefined) return { kind: 'progress', deckId, part: 'chunk', n: Number(c) };
	if (l !== undefined) return { kind: 'progress', deckId, part: 'segment', n: Number(l) };
	return { kind: 'progress', deckId, part: part as 'ids' | 'h' | 'arch' | 'set' | 'sum', n: 0 };
}
