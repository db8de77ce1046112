/**
 * An accepted assignment sets the deck's briefing to its due day, so the study queue plans for the day the instructor
 * named without the trainee typing it again. A briefing the trainee chose themselves is theirs: it is replaced only
 * when it has passed, or when it is the one an earlier version of this same assignment set (the instructor moved the
 * day). Assignments carry a calendar day; the briefing is that day's morning in the trainee's zone (`briefingMorning`).
 */
import type { ProgressStore } from '../storage';
import type { Briefing } from '../scheduler/briefing';
import { briefingMorning } from '../share/due';
import type { Assignment } from '../share/assignment';
import { readDay, setBriefing } from '../study/deck-day';
import type { Received } from './records';

/** The briefing's per-card recall target is kept in 0.7–0.99 (deck-day.ts); an assignment's mean target may be lower. */
const LOWEST_TARGET = 0.7;
const HIGHEST_TARGET = 0.99;

/**
 * Sets the briefing of the assignment's deck to the morning of its due day and returns it, or returns null and changes
 * nothing when the trainee's own upcoming briefing stands or the due day has already passed. `previous` is the
 * version accepted here before this one, if any.
 */
export function carryBriefing(
	store: Pick<ProgressStore, 'getRecord' | 'setRecord'>,
	a: Assignment,
	previous: Received | null,
	now: number
): Briefing | null {
	const at = briefingMorning(a.dueDate);
	if (at <= now) return null;
	const current = readDay(store, a.deck.id).briefing;
	const setByEarlierVersion = previous !== null && current?.at === briefingMorning(previous.dueDate);
	if (current && current.at > now && !setByEarlierVersion) return null;
	const briefing = { at, target: Math.min(HIGHEST_TARGET, Math.max(LOWEST_TARGET, a.target.minRecall)) };
	setBriefing(store, a.deck.id, briefing);
	return briefing;
}
