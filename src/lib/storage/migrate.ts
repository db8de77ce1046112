/**
 * Schema versions and the chain that upgrades old data on load. `bt:meta` holds `{"version": n}`.
 *
 * v1 — the naive format: `bt:v1:progress:<deckId>` = JSON `{cards: {[id]: ts-fsrs Card}, log: [{cardId, rating,
 * review (ISO), durationMs?}]}`, ~220 characters a card and a review.
 * v2 — the compact keys of this module (see keys.ts).
 */
import * as v from 'valibot';
import type { Card } from 'ts-fsrs';
import { META_KEY, SCHEMA_VERSION, V1_PREFIX, checkDeckId } from './keys';
import { mergeCards, mergeLogs } from './merge';
import { deckChanges, scanDeck } from './progress';
import type { ProgressStore } from './store';
import type { Notice, ReviewEntry } from './types';
import { StorageFullError, allKeys } from './write';

const DateLike = v.union([v.string(), v.number()]);
const V1Card = v.object({
	due: DateLike,
	stability: v.number(),
	difficulty: v.number(),
	elapsed_days: v.pipe(v.number(), v.integer()),
	scheduled_days: v.pipe(v.number(), v.integer()),
	// Older ts-fsrs versions had no learning steps: such cards are at step 0.
	learning_steps: v.optional(v.pipe(v.number(), v.integer()), 0),
	reps: v.pipe(v.number(), v.integer(), v.minValue(0)),
	lapses: v.pipe(v.number(), v.integer(), v.minValue(0)),
	state: v.union([v.picklist([0, 1, 2, 3]), v.picklist(['New', 'Learning', 'Review', 'Relearning'])]),
	last_review: v.nullish(DateLike)
});
const V1Entry = v.object({
	cardId: v.string(),
	rating: v.picklist([1, 2, 3, 4]),
	review: DateLike,
	durationMs: v.optional(v.number(), 0)
});
export const V1Progress = v.object({ cards: v.record(v.string(), V1Card), log: v.array(V1Entry) });
export type V1Progress = v.InferInput<typeof V1Progress>;

const STATES = ['New', 'Learning', 'Review', 'Relearning'];

function toDate(x: string | number): Date {
	const d = new Date(x);
	if (Number.isNaN(d.getTime())) throw new TypeError(`not a date: ${x}`);
	return d;
}

/** A v1 value as cards and log, or throws when it is not valid v1. */
export function readV1(raw: string): { cards: Map<string, Card>; log: ReviewEntry[] } {
	const data = v.parse(V1Progress, JSON.parse(raw));
	const cards = new Map<string, Card>();
	for (const [id, c] of Object.entries(data.cards)) {
		const card: Card = {
			...c,
			due: toDate(c.due),
			state: typeof c.state === 'number' ? c.state : STATES.indexOf(c.state),
			last_review: undefined
		};
		if (c.last_review == null) delete card.last_review;
		else card.last_review = toDate(c.last_review);
		cards.set(id, card);
	}
	const log = data.log.map((e) => ({
		cardId: e.cardId,
		at: toDate(e.review).getTime(),
		rating: e.rating,
		durationMs: e.durationMs
	}));
	return { cards, log };
}

function v1ToV2(store: ProgressStore): Notice[] {
	const s = store.storage;
	let moved = 0;
	let failed = false;
	for (const key of allKeys(s).filter((k) => k.startsWith(V1_PREFIX))) {
		const deckId = key.slice(V1_PREFIX.length);
		const raw = s.getItem(key) ?? '';
		let old: ReturnType<typeof readV1>;
		try {
			checkDeckId(deckId);
			old = readV1(raw);
		} catch {
			store.setAside([key], deckId, 0, undefined, false);
			continue;
		}
		// Data already in v2 for this deck (another tab upgraded it first) is merged, not overwritten.
		const current = store.load(deckId);
		const ids = store.readIds(deckId);
		const cards = mergeCards(current.cards, old.cards).cards;
		const log = mergeLogs(current.log, old.log);
		try {
			// The v1 key is removed last, in the same batch: it goes only once the v2 keys are written.
			store.commit([...deckChanges(deckId, ids, scanDeck(s, deckId), cards, log), { key, value: null }], {
				meta: false
			});
			moved++;
		} catch (err) {
			if (!(err instanceof StorageFullError)) throw err;
			failed = true;
		}
	}
	if (failed) return [];
	store.commit([{ key: META_KEY, value: JSON.stringify({ version: 2 }) }], { meta: false });
	return moved
		? [
				{
					kind: 'migrated',
					message: `Saved progress for ${moved} ${moved === 1 ? 'deck was' : 'decks were'} upgraded to a more compact format.`
				}
			]
		: [];
}

/** Each step upgrades from version `from` to `from + 1`. */
const MIGRATIONS: Record<number, (store: ProgressStore) => Notice[]> = { 1: v1ToV2 };

function storedVersion(s: Storage): number {
	const raw = s.getItem(META_KEY);
	if (raw !== null) {
		try {
			const version: unknown = (JSON.parse(raw) as { version?: unknown }).version;
			if (typeof version === 'number' && Number.isInteger(version)) return version;
		} catch {
			// An unreadable meta value is treated like a missing one: decide from the keys present.
		}
	}
	return allKeys(s).some((k) => k.startsWith(V1_PREFIX)) ? 1 : SCHEMA_VERSION;
}

/**
 * Upgrades stored data step by step to SCHEMA_VERSION. A step that cannot finish (storage full) leaves the old data
 * in place and the version unchanged, so the next load tries again.
 */
export function runMigrations(store: ProgressStore): Notice[] {
	const notices: Notice[] = [];
	for (let version = storedVersion(store.storage); version < SCHEMA_VERSION; version++) {
		const step = MIGRATIONS[version];
		if (!step) break;
		const before = storedVersion(store.storage);
		notices.push(...step(store));
		if (storedVersion(store.storage) === before) break;
	}
	return notices;
}
