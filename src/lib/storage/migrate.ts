/**
 * Schema versions and the chain that upgrades old data on load. `bt:meta` holds `{"version": n}`.
 *
 * v1 — the naive format: `bt:v1:progress:<deckId>` = JSON `{cards: {[id]: ts-fsrs Card}, log: [{cardId, rating,
 * review (ISO), durationMs?}]}`, ~220 characters a card and a review.
 * v2 — the compact keys of this module (see keys.ts).
 */
import * as v from 'valibot';
import type { Card } from 'ts-fsrs';
import { CARD_ID, META_KEY, SCHEMA_VERSION, V1_PREFIX, checkDeckId, storedVersion } from './keys';
import { mergeCards, mergeLogs } from './merge';
import type { SchedulerSettings } from '../scheduler/settings';
import type { Db } from './db';
import type { DeckStore } from './deck-progress';
import { getSettings, titleOf } from './library';
import { deckChanges } from './encode';
import { scanDeck } from './progress';
import { replayCard, reviewsByCard } from './replay';
import type { Notice, ReviewEntry } from './types';
import { cardStateProblem } from './validate';
import { StorageFullError } from './write';

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
/** v1 took any text as a card id; v2 keeps ids space-separated, so one it cannot write is refused here, by name. */
const V1CardId = v.pipe(v.string(), v.regex(CARD_ID, 'must be a card id of 1–200 visible characters without spaces'));
const V1Entry = v.object({
	cardId: V1CardId,
	rating: v.picklist([1, 2, 3, 4]),
	review: DateLike,
	durationMs: v.optional(v.number(), 0)
});
export const V1Progress = v.object({ cards: v.record(V1CardId, V1Card), log: v.array(V1Entry) });
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

/**
 * A v1 value's cards checked for meaning: a state ts-fsrs cannot schedule (v1 allowed `learning_steps: -1`, NaN
 * stability…) is rebuilt from the card's reviews in the log, or dropped when it has none. Returns the problems found,
 * naming card and field.
 */
export function checkV1(old: { cards: Map<string, Card>; log: ReviewEntry[] }, settings: SchedulerSettings): string[] {
	const problems: string[] = [];
	const byCard = reviewsByCard(old.log);
	for (const [id, card] of old.cards) {
		const problem = cardStateProblem(card);
		if (problem === null) continue;
		problems.push(`card ${id}: ${problem}`);
		const rebuilt = replayCard(byCard.get(id) ?? [], settings);
		if (rebuilt) old.cards.set(id, rebuilt);
		else old.cards.delete(id);
	}
	return problems;
}

function v1ToV2(db: Db, decks: DeckStore): Notice[] {
	let moved = 0;
	let failed = false;
	for (const key of db.keys().filter((k) => k.startsWith(V1_PREFIX))) {
		const deckId = key.slice(V1_PREFIX.length);
		const raw = db.get(key) ?? '';
		let old: ReturnType<typeof readV1>;
		try {
			checkDeckId(deckId);
			old = readV1(raw);
		} catch (err) {
			const why = err instanceof v.ValiError ? `(${issuePath(err)})` : '';
			db.setAside([key], titleOf(db, deckId), why, false, 'from an older version could not be read');
			continue;
		}
		const problems = checkV1(old, getSettings(db, deckId));
		// Data already in v2 for this deck (another tab upgraded it first) is merged, not overwritten.
		const current = decks.read(deckId, { repair: true });
		const ids = decks.ids(deckId, true);
		const cards = mergeCards(current.cards, old.cards).cards;
		const log = mergeLogs(current.log, old.log);
		try {
			// The v1 value is removed (or, with problems, kept aside) in the same batch as the v2 keys are written.
			const changes = [...deckChanges(deckId, ids, scanDeck(db, deckId), cards, log)];
			if (problems.length === 0) changes.push({ key, value: null });
			db.commit(changes, { meta: false });
			decks.forget(deckId);
			moved++;
		} catch (err) {
			if (!(err instanceof StorageFullError)) throw err;
			failed = true;
			continue;
		}
		if (problems.length)
			db.setAside(
				[key],
				titleOf(db, deckId),
				`${problems.length === 1 ? 'One card' : `${problems.length} cards`} had a state that cannot be scheduled and ${problems.length === 1 ? 'was' : 'were'} rebuilt from the review history or started again (${problems[0]}).`,
				false,
				'from an older version held impossible values'
			);
	}
	if (failed) return [];
	db.commit([{ key: META_KEY, value: JSON.stringify({ version: 2 }) }], { meta: false });
	return moved
		? [
				{
					kind: 'migrated',
					message: `Saved progress for ${moved} ${moved === 1 ? 'deck was' : 'decks were'} upgraded to a more compact format.`
				}
			]
		: [];
}

function issuePath(err: v.ValiError<v.GenericSchema>): string {
	const issue = err.issues[0];
	const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
	return `${path ? path + ': ' : ''}${issue?.message ?? 'not valid'}`;
}

/** Each step upgrades from version `from` to `from + 1`. */
const MIGRATIONS: Record<number, (db: Db, decks: DeckStore) => Notice[]> = { 1: v1ToV2 };

/**
 * Upgrades stored data step by step to SCHEMA_VERSION. A step that cannot finish (storage full) leaves the old data
 * in place and the version unchanged, so the next load tries again.
 */
export function runMigrations(db: Db, decks: DeckStore): Notice[] {
	const notices: Notice[] = [];
	for (let version = storedVersion(db); version < SCHEMA_VERSION; version++) {
		const step = MIGRATIONS[version];
		if (!step) break;
		const before = storedVersion(db);
		notices.push(...step(db, decks));
		if (storedVersion(db) === before) break;
	}
	return notices;
}
