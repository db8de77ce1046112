/**
 * What a link and an assignment file carry: the assignment without its deck, and either
 * - a **reference** to a deck that ships with the app: its id and title, the content hash of the exact cards
 *   assigned (the deck's cards of the assigned kinds, in deck order) and each card's fingerprint (crypto.ts), or
 * - the **deck itself**, cut down to the assigned kinds, for a deck that exists only in the instructor's browser.
 * The card selection is the assignment's `kinds` (all cards when absent), applied to the referenced deck.
 */
import * as v from 'valibot';
import { DeckSchema, type Deck } from '../decks/schema';
import {
	AssignmentMetaSchema,
	assignedCards,
	checkAssignment,
	restrictToKinds,
	type Assignment,
	type AssignmentMeta,
	type Checked
} from './assignment';
import { cardFingerprints, contentHash, packFingerprints, unpackFingerprints } from './crypto';
import { issueMessage } from './issues';

export const DeckRefSchema = v.object({
	id: DeckSchema.entries.id,
	title: v.pipe(v.string('must be text'), v.maxLength(200, 'must be at most 200 characters')),
	/** contentHash() of the assigned cards. */
	hash: v.pipe(v.string('must be text'), v.regex(/^[A-Za-z0-9_-]{22}$/, 'must be a content hash (22 characters)')),
	/** packFingerprints() of the assigned cards, in order. */
	cards: v.pipe(v.string('must be text'), v.regex(/^[A-Za-z0-9_-]*$/, 'must be card fingerprints'))
});
export type DeckRef = v.InferOutput<typeof DeckRefSchema> & { fingerprints: number[] };

export type Body = { meta: AssignmentMeta } & ({ kind: 'inline'; deck: Deck } | { kind: 'shipped'; ref: DeckRef });

/** The object written into a link or file (before packing). */
export interface BodyJson {
	assignment: AssignmentMeta;
	deck?: Deck;
	deckRef?: Omit<DeckRef, 'fingerprints'>;
}

/**
 * The body for `a`: by reference when `shipped` (the instructor's deck is the one built into the app), else the
 * deck itself. Throws when the assignment is not valid: the instructor's screen checks it first.
 */
export async function makeBody(a: Assignment, shipped: boolean): Promise<BodyJson> {
	const checked = checkAssignment(restrictToKinds(a));
	if (!checked.ok) throw new Error(`Cannot send an assignment that is not valid: ${checked.error}`);
	const { deck, ...assignment } = checked.value;
	if (!shipped) return { assignment, deck };
	const cards = assignedCards(a);
	return {
		assignment,
		deckRef: {
			id: a.deck.id,
			title: a.deck.title,
			hash: await contentHash(cards),
			cards: packFingerprints(await cardFingerprints(cards))
		}
	};
}

/** Validates a decoded body; the error names the field. Never throws. */
export function checkBody(data: unknown): Checked<Body> {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('must be an assignment');
	const o = data as Record<string, unknown>;
	if ((o.deck === undefined) === (o.deckRef === undefined)) return fail('must hold either a deck or a deckRef');
	if (o.deck !== undefined) {
		const checked = checkAssignment({ ...(isObject(o.assignment) ? o.assignment : {}), deck: o.deck });
		if (!checked.ok) return fail(checked.error);
		const { deck, ...meta } = checked.value;
		return { ok: true, value: { meta, kind: 'inline', deck } };
	}
	const meta = v.safeParse(AssignmentMetaSchema, o.assignment);
	if (!meta.success) return fail(`assignment.${issueMessage(meta.issues[0])}`);
	const ref = v.safeParse(DeckRefSchema, o.deckRef);
	if (!ref.success) return fail(`deckRef.${issueMessage(ref.issues[0])}`);
	const fingerprints = unpackFingerprints(ref.output.cards);
	if (!fingerprints || fingerprints.length === 0) return fail('deckRef.cards must be card fingerprints');
	return { ok: true, value: { meta: meta.output, kind: 'shipped', ref: { ...ref.output, fingerprints } } };
}

function isObject(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function fail(error: string): { ok: false; error: string } {
	return { ok: false, error };
}
