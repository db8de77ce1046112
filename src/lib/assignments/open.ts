/**
 * Opening an assignment on the trainee's side, from a decoded link or file to what the join screen shows: the
 * assignment resolved against the app's decks, how its deck differs from what was assigned, and what accepting would
 * change here. Reads only; nothing is kept until the trainee accepts.
 */
import type { Assignment } from '../share/assignment';
import type { DecodedLink } from '../share/link';
import type { ProgressStore } from '../storage';
import { builtInDeck, builtInIds } from './decks';
import { planFromStore, type JoinPlan } from './join';
import { resolveBody, type Drift } from './resolve';

export interface Opened {
	assignment: Assignment;
	/** The deck is the app's own, named by the link; nothing of it is kept here on accepting. */
	byReference: boolean;
	/** How the app's copy differs from the cards assigned; null when it is the same. */
	drift: Drift | null;
	plan: JoinPlan;
}

export type OpenResult = { ok: true; opened: Opened } | { ok: false; error: string };

export async function openAssignment(
	decoded: DecodedLink,
	env: { fetch: typeof fetch; base: string; store: Pick<ProgressStore, 'getRecord' | 'peek' | 'getDeck'> }
): Promise<OpenResult> {
	if (!decoded.ok) return decoded;
	const body = decoded.body;
	const shipped = body.kind === 'shipped' ? await builtInDeck(env.fetch, env.base, body.ref.id) : null;
	const resolved = await resolveBody(body, shipped, await builtInIds(env.fetch, env.base));
	if (!resolved.ok) return resolved;
	const { assignment, byReference, drift } = resolved;
	const previousDeck = byReference ? null : env.store.getDeck(assignment.deck.id);
	return {
		ok: true,
		opened: { assignment, byReference, drift, plan: planFromStore(env.store, assignment, previousDeck) }
	};
}
