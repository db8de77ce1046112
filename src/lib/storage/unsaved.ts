/**
 * A note, in localStorage, of what a tab was still writing to IndexedDB when it was hidden or left.
 *
 * A write to IndexedDB is answered later than the task that makes it, and a page being left may not see the answer:
 * a browser ends hidden tabs, and when a page is left for another in a new process (Chromium does so for reloads and
 * same-site links, to keep pages in its back-forward cache) the old page's last write can reach IndexedDB after the
 * new page has read it, and the new page is never told. So, from the moment a page is hidden, each change not yet
 * answered is also noted here, synchronously, until IndexedDB answers (tiered.ts). A tab that finds a note — on
 * opening, or from the `storage` event its writing raises in every other tab — puts its values in IndexedDB where the
 * values there are still the ones they replaced or already the noted ones (cold.ts); otherwise another write came
 * between, and the noted values are kept aside for Recovery rather than written over it.
 */
import { coldGroup, isCold } from './cold-keys';
import { isDeckId } from './keys';

/** One key's change: its new value (null: removed) and the values IndexedDB may hold for it while it is unanswered. */
export interface UnsavedChange {
	key: string;
	value: string | null;
	/** What IndexedDB last confirmed; undefined: not known here (its deck was not read). */
	before: string | null | undefined;
	/** Values of earlier unanswered writes of the key: IndexedDB may have kept one of them before the page ended. */
	between: (string | null)[];
}

/** A tab writes a few keys per grade; a note naming more than this many is not one of the app's. */
const MOST_KEYS = 10_000;

export function writeUnsaved(changes: readonly UnsavedChange[]): string {
	return JSON.stringify({
		v: 1,
		changes: changes.map(({ key, value, before, between }) =>
			before === undefined ? { key, value, between } : { key, value, before, between }
		)
	});
}

/** Whether IndexedDB's value `held` for the change's key shows that nothing else was written since the note. */
export function stillOurs(change: UnsavedChange, held: string | null): boolean {
	return held === change.value || held === change.before || change.between.includes(held);
}

/** The note's changes, or null when it is no note of the app's (hostile or damaged: nothing of it is applied). */
export function readUnsaved(raw: string | null): UnsavedChange[] | null {
	if (raw === null) return null;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return null;
	}
	if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== 1) return null;
	const list = (data as { changes?: unknown }).changes;
	if (!Array.isArray(list) || list.length === 0 || list.length > MOST_KEYS) return null;
	const out: UnsavedChange[] = [];
	const seen = new Set<string>();
	for (const item of list as unknown[]) {
		if (typeof item !== 'object' || item === null) return null;
		const { key, value, before, between } = item as Record<string, unknown>;
		if (typeof key !== 'string' || !isCold(key) || !isDeckId(coldGroup(key)) || seen.has(key) || !stringOrNull(value))
			return null;
		if ('before' in item && !stringOrNull(before)) return null;
		if (!Array.isArray(between) || between.length > MOST_KEYS || !between.every(stringOrNull)) return null;
		seen.add(key);
		out.push({
			key,
			value: value as string | null,
			before: 'before' in item ? (before as string | null) : undefined,
			between: between as (string | null)[]
		});
	}
	return out;
}

const stringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
