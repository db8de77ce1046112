/**
 * Which stored values live in IndexedDB ("cold") and which in localStorage ("hot").
 *
 * Chromium hands a page its origin's whole localStorage in one synchronous step on the first access, so every page
 * of a learner with a year of progress blocked for as long as that year took to copy (336 ms on a phone-speed CPU for
 * 1.36 million characters). The bulk — card states, card-id indexes, answer fingerprints, the review log, set-aside
 * states and decks kept in this browser — is read asynchronously from IndexedDB instead. What pages read before they
 * paint stays in localStorage: summaries, settings, records, the schema marker and values kept aside; and so do the
 * `storage` events other tabs hear about them.
 *
 * The values are the same strings in either place, so codecs, checksums, backups and recovery see no difference.
 */
import { parseKey } from './keys';

export const COLD_DB = 'briefing-trainer';
export const COLD_STORE = 'values';
/** Set in localStorage once the bulk lives in IndexedDB: from then on, a browser that will not open it is an error. */
export const COLD_MARKER = 'bt:cold';

/** The deck a cold key belongs to: IndexedDB is read a deck at a time (tiered.ts). */
export function coldGroup(key: string): string {
	const k = parseKey(key);
	return k.kind === 'deck' || k.kind === 'progress' ? k.deckId : '';
}

export function isCold(key: string): boolean {
	const k = parseKey(key);
	if (k.kind === 'deck') return true;
	return k.kind === 'progress' && k.part !== 'set' && k.part !== 'sum';
}
