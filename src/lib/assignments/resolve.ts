/**
 * Turns what a link or file carries (share/body.ts) into the assignment this browser will study:
 * - a deck carried inside gets its own id, `as-<crc32 of the assignment id>-<deck id>`, so no link can replace a
 *   deck built into the app or one kept here — the deck the link names is never overwritten;
 * - a deck sent by reference is the app's own copy, checked against the content hash; when they differ (the app
 *   was updated since the link was made) the difference is worked out card by card, for the join screen to show.
 */
import { assignedCards, type Assignment } from '../share/assignment';
import type { Body } from '../share/body';
import { crc32 } from '../share/checksum';
import { cardFingerprints, contentHash } from '../share/crypto';
import type { Deck, DeckCard } from '../decks/schema';

/** The app's copy of a referenced deck differs from the cards assigned. */
export interface Drift {
	/** Cards in the app's copy that were not assigned in this form: changed since, or new. */
	changed: DeckCard[];
	/** How many assigned cards the app's copy no longer has in the assigned form. */
	missing: number;
	/** How many cards were assigned. */
	assigned: number;
}

export type Resolved =
	{ ok: true; assignment: Assignment; byReference: boolean; drift: Drift | null } | { ok: false; error: string };

export const ASSIGNED_DECK_PREFIX = 'as-';

/** The id under which an assignment's own deck is kept: unique per assignment, the same for all its versions. */
export function assignedDeckId(assignmentId: string, deckId: string): string {
	return `${ASSIGNED_DECK_PREFIX}${crc32(assignmentId)}-${deckId}`.slice(0, 64).replace(/-+$/, '');
}

/**
 * The assignment to study. `shipped` is the app's deck with the referenced id (null when the app has none);
 * `builtInIds` are the ids of the decks built into the app.
 */
export async function resolveBody(
	body: Body,
	shipped: Deck | null,
	builtInIds: ReadonlySet<string>
): Promise<Resolved> {
	if (body.kind === 'inline') {
		const id = assignedDeckId(body.meta.id, body.deck.id);
		// Built-in ids are lowercase words; one of this shape would be a deliberate clash, refused rather than replaced.
		if (builtInIds.has(id))
			return { ok: false, error: `This assignment’s deck id “${id}” is taken by a deck of the app.` };
		return { ok: true, assignment: { ...body.meta, deck: { ...body.deck, id } }, byReference: false, drift: null };
	}
	const ref = body.ref;
	if (!shipped) {
		return {
			ok: false,
			error: `This assignment is for the deck “${ref.title}” (${ref.id}), which this version of the app does not have. Reload the page to update the app, or ask your instructor for the assignment file.`
		};
	}
	const assignment: Assignment = { ...body.meta, deck: shipped };
	const cards = assignedCards(assignment);
	if ((await contentHash(cards)) === ref.hash) return { ok: true, assignment, byReference: true, drift: null };
	const mine = await cardFingerprints(cards);
	const assigned = new Set(ref.fingerprints);
	const present = new Set(mine);
	return {
		ok: true,
		assignment,
		byReference: true,
		drift: {
			changed: cards.filter((_, i) => !assigned.has(mine[i]!)),
			missing: ref.fingerprints.filter((fp) => !present.has(fp)).length,
			assigned: ref.fingerprints.length
		}
	};
}
