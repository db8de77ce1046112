/**
 * Assignments kept in this browser, through the store's small-record API (never localStorage directly):
 * - received: assignments this trainee accepted, without their deck (the deck is kept once, by `store.saveDeck`);
 * - sent: assignments this instructor made, whole, so the class view can show card prompts and judge reports
 *   against the real target, and the next link for the same deck can be an update rather than a new assignment.
 *
 * Each list is validated item by item: one unreadable entry is dropped, not the whole list.
 */
import * as v from 'valibot';
import { AssignmentSchema, checkAssignment, InstantSchema, type Assignment } from '../share/assignment';
import { DeckSchema } from '../decks/schema';
import type { ProgressStore } from '../storage';
import { bySchema } from '../storage/by-schema';
import { RECEIVED_RECORD, SENT_RECORD } from './record-names';

export { RECEIVED_RECORD, SENT_RECORD };
/** Enough for a term of briefings; older sent assignments fall off so the record stays small (each holds a deck). */
export const SENT_KEPT = 20;

export const ReceivedSchema = v.object({
	...v.omit(AssignmentSchema, ['deck']).entries,
	/** Assignments accepted before reports were signed have no secret; their report page asks for the link again. */
	secret: v.optional(AssignmentSchema.entries.secret),
	/** The deck studied: a deck built into the app (by reference) or this assignment's own copy (join.ts). */
	deckId: DeckSchema.entries.id,
	deckTitle: DeckSchema.entries.title,
	/** When this version was accepted here. */
	acceptedAt: InstantSchema
});
export type Received = v.InferOutput<typeof ReceivedSchema>;

/** Only the storage calls these functions need: reading takes less than writing. */
type RecordReader = Pick<ProgressStore, 'getRecord'>;
type RecordStore = Pick<ProgressStore, 'getRecord' | 'setRecord'>;

const readList = bySchema(v.array(v.unknown()));
const readName = bySchema(v.pipe(v.string(), v.maxLength(100)));

/** The assignment as kept after accepting it: everything but the deck, which is named. */
export function toReceived(a: Assignment, acceptedAt: number): Received {
	const { deck, ...rest } = a;
	return { ...rest, deckId: deck.id, deckTitle: deck.title, acceptedAt: new Date(acceptedAt).toISOString() };
}

/** Accepted assignments, soonest due first. */
export function listReceived(store: RecordReader): Received[] {
	const items = (store.getRecord(RECEIVED_RECORD, readList) ?? []).flatMap((item) => {
		const parsed = v.safeParse(ReceivedSchema, item);
		return parsed.success ? [parsed.output] : [];
	});
	return items.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title));
}

export function findReceived(store: RecordReader, id: string): Received | null {
	return listReceived(store).find((r) => r.id === id) ?? null;
}

/** Adds or replaces (by id) an accepted assignment. */
export function putReceived(store: RecordStore, r: Received): void {
	store.setRecord(RECEIVED_RECORD, [...listReceived(store).filter((x) => x.id !== r.id), r]);
}

/** Assignments made here, newest first. */
export function listSent(store: RecordReader): Assignment[] {
	const items = (store.getRecord(SENT_RECORD, readList) ?? []).flatMap((item) => {
		const checked = checkAssignment(item);
		return checked.ok ? [checked.value] : [];
	});
	return items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The newest assignment made here for a deck, to offer its next version. */
export function lastSentFor(store: RecordReader, deckId: string): Assignment | null {
	return listSent(store).find((a) => a.deck.id === deckId) ?? null;
}

export function findSent(store: RecordReader, id: string): Assignment | null {
	return listSent(store).find((a) => a.id === id) ?? null;
}

/** Keeps `a` as the one version of its id, and the newest SENT_KEPT assignments. */
export function putSent(store: RecordStore, a: Assignment): void {
	const others = listSent(store).filter((x) => x.id !== a.id);
	store.setRecord(SENT_RECORD, [a, ...others].slice(0, SENT_KEPT));
}

/** The name the trainee typed on their last report, so the next report needs it typed once. */
export const NAME_RECORD = 'trainee-name';

export function traineeName(store: RecordReader): string {
	return store.getRecord(NAME_RECORD, readName) ?? '';
}

export function rememberTraineeName(store: RecordStore, name: string): void {
	store.setRecord(NAME_RECORD, name);
}
