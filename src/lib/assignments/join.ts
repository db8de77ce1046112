/**
 * What happens when a trainee opens an assignment: how it compares with what this browser already holds (a first
 * assignment, the same one again, a newer or an older version), what would change in their deck, and accepting it.
 * Nothing is written until `acceptAssignment`: opening a link only reads.
 */
import type { Assignment } from '../share/assignment';
import type { Deck } from '../decks/schema';
import type { ProgressStore } from '../storage';
import { count, formatDay, percent } from './format';
import type { Briefing } from '../scheduler/briefing';
import { carryBriefing } from './briefing';
import { findReceived, putReceived, toReceived, type Received } from './records';

/**
 * - new: no assignment with this id here yet;
 * - same: this exact version was accepted already;
 * - newer: a later version of one accepted here (updating keeps progress);
 * - older: an earlier version than the one accepted here — replacing needs the trainee's say-so.
 */
export type JoinStatus = 'new' | 'same' | 'newer' | 'older';

export interface DeckChanges {
	/** Cards in the new deck that the previous one lacked. */
	added: number;
	/** Studied cards whose answer changed: the study screen archives their state and they are learned again. */
	relearn: number;
	/** Studied cards that stay as they are. */
	kept: number;
	/** Cards of the previous deck that are not in the new one; their progress stays in this browser. */
	removed: number;
}

export interface JoinPlan {
	status: JoinStatus;
	/** The version accepted here, if any. */
	stored: Received | null;
	/** Against the deck with the same id already in this browser (kept here or built in); null if there is none. */
	changes: DeckChanges | null;
	/** Sentences for the trainee: what accepting changes. Empty when nothing would. */
	summary: string[];
}

type CardLike = { id: string; answer: string };

/** How `incoming` relates to the version accepted here: later `version`, then later `createdAt`, wins. */
export function compareVersions(
	incoming: Pick<Assignment, 'version' | 'createdAt'>,
	stored: Pick<Received, 'version' | 'createdAt'> | null
): JoinStatus {
	if (!stored) return 'new';
	const order = incoming.version - stored.version || incoming.createdAt.localeCompare(stored.createdAt);
	return order > 0 ? 'newer' : order < 0 ? 'older' : 'same';
}

/**
 * What replacing `previous` by `next` does to progress. Progress is kept per card id, so only an answer that changed
 * on a card already studied costs anything (see storage/reconcile.ts); `studied` holds the ids with progress here.
 */
export function deckChanges(
	previous: readonly CardLike[],
	next: readonly CardLike[],
	studied: ReadonlySet<string>
): DeckChanges {
	const before = new Map(previous.map((c) => [c.id, c.answer]));
	const after = new Set(next.map((c) => c.id));
	let added = 0;
	let relearn = 0;
	let kept = 0;
	for (const c of next) {
		const old = before.get(c.id);
		if (old === undefined) added++;
		else if (studied.has(c.id)) {
			if (old !== c.answer) relearn++;
			else kept++;
		}
	}
	const removed = previous.filter((c) => !after.has(c.id)).length;
	return { added, relearn, kept, removed };
}

/** "3 new cards, 2 changed answers will be relearned; your progress on the other 10 is kept." */
export function describeChanges(c: DeckChanges): string {
	const parts: string[] = [];
	if (c.added) parts.push(count(c.added, 'new card'));
	if (c.relearn) parts.push(`${count(c.relearn, 'changed answer')} will be relearned`);
	if (c.removed) parts.push(`${count(c.removed, 'card')} no longer assigned (their progress stays in this browser)`);
	const changes = parts.join(', ');
	if (!changes)
		return c.kept
			? `The cards are unchanged; your progress on all ${c.kept} studied is kept.`
			: 'The cards are unchanged.';
	const first = changes.charAt(0).toUpperCase() + changes.slice(1);
	return c.kept ? `${first}; your progress on the other ${c.kept} is kept.` : `${first}.`;
}

/** Sentences for what the instructor changed besides the cards: the day, the target, the title. */
export function describeFieldChanges(stored: Received, incoming: Assignment): string[] {
	const out: string[] = [];
	if (stored.title !== incoming.title) out.push(`The title changes from “${stored.title}” to “${incoming.title}”.`);
	if (stored.dueDate !== incoming.dueDate) {
		out.push(`The due date moves from ${formatDay(stored.dueDate)} to ${formatDay(incoming.dueDate)}.`);
	}
	if (
		stored.target.minRecall !== incoming.target.minRecall ||
		stored.target.allStudied !== incoming.target.allStudied
	) {
		out.push(`The target is now ${targetText(incoming)}.`);
	}
	if (stored.instructions !== incoming.instructions) out.push('The instructions have changed.');
	return out;
}

/** "every card studied and 90 % predicted recall on the due date". */
export function targetText(a: Pick<Assignment, 'target'>): string {
	const recall = `${percent(a.target.minRecall)} predicted recall on the due date`;
	return a.target.allStudied ? `every card studied and ${recall}` : recall;
}

/**
 * Compares an opened assignment with this browser: the version accepted here (if any) and the deck with the same id
 * (`previousDeck`: kept here or built in), whose studied cards are `studied`.
 */
export function planJoin(
	a: Assignment,
	stored: Received | null,
	previousDeck: Pick<Deck, 'cards'> | null,
	studied: ReadonlySet<string>
): JoinPlan {
	const status = compareVersions(a, stored);
	const changes = previousDeck ? deckChanges(previousDeck.cards, a.deck.cards, studied) : null;
	const summary: string[] = [];
	if (stored && status !== 'same') summary.push(...describeFieldChanges(stored, a));
	// A first assignment of a deck nobody studied here and that stays the same has nothing to report.
	const anything = changes && (changes.added || changes.relearn || changes.removed || changes.kept);
	if (changes && anything && status !== 'same') summary.push(describeChanges(changes));
	return { status, stored, changes, summary };
}

/** Reads what `planJoin` needs from the store without changing anything (`peek`, not `load`). */
export function planFromStore(
	store: Pick<ProgressStore, 'getRecord' | 'peek'>,
	a: Assignment,
	previousDeck: Pick<Deck, 'cards'> | null
): JoinPlan {
	const studied = new Set(store.peek(a.deck.id).cards.keys());
	return planJoin(a, findReceived(store, a.id), previousDeck, studied);
}

/** What accepting kept: the assignment, and the deck's briefing when the assignment set it (briefing.ts). */
export interface Accepted {
	received: Received;
	briefing: Briefing | null;
}

/**
 * Keeps the assignment (and its deck, unless it is one built into the app) in this browser, and sets the deck's
 * briefing to the due day where the trainee has not set one of their own. The deck goes first: an assignment listed
 * without its deck could not be studied, while a deck kept without its assignment is still a deck. Progress is not
 * touched; the study screen reconciles changed answers when it opens the deck.
 */
export function acceptAssignment(
	store: Pick<ProgressStore, 'saveDeck' | 'getRecord' | 'setRecord'>,
	a: Assignment,
	byReference: boolean,
	now: number
): Accepted {
	// A deck sent by reference is the app's own: nothing to keep. Any other has its own id (resolve.ts).
	if (!byReference) store.saveDeck(a.deck);
	const previous = findReceived(store, a.id);
	const received = toReceived(a, now);
	putReceived(store, received);
	return { received, briefing: carryBriefing(store, a, previous, now) };
}
