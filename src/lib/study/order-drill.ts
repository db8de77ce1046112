/**
 * "Put these four events in order": a drill built from the deck's timeline. It is one card of the deck as far as
 * FSRS is concerned (id ORDER_CARD_ID, graded and scheduled like any other); each time it comes up it shows a new
 * set of events, so what is learned is the sequence, not one answer.
 */
import type { Grade } from 'ts-fsrs';
import { Rating } from '../scheduler/fsrs';
import { seededRandom, shuffle } from './option-order';
import type { TimelineEvent } from './timeline';

/** The drill's card id. `~` cannot start a deck card id, so it can never clash with one. */
export const ORDER_CARD_ID = '~order';
export const ORDER_SIZE = 4;

/** Two events can be put in order only when their spans do not overlap ("2019" and "March 2019" cannot). */
const apart = (a: TimelineEvent, b: TimelineEvent) => a.end <= b.start || b.end <= a.start;

/**
 * Four events with pairwise separate dates, shown shuffled (never already in order). Null when the deck has fewer
 * than four such events.
 */
export function pickEvents(events: readonly TimelineEvent[], seed: number): TimelineEvent[] | null {
	const random = seededRandom(seed);
	const chosen: TimelineEvent[] = [];
	for (const e of shuffle(events, random)) {
		if (chosen.every((c) => apart(c, e))) chosen.push(e);
		if (chosen.length === ORDER_SIZE) break;
	}
	if (chosen.length < ORDER_SIZE) return null;
	if (
		inversions(
			chosen.map((e) => e.cardId),
			chosen
		) === 0
	)
		[chosen[0], chosen[1]] = [chosen[1]!, chosen[0]!];
	return chosen;
}

/** Pairs the answer puts the wrong way round (0 = right order, 6 = reversed for four events). */
export function inversions(order: readonly string[], events: readonly TimelineEvent[]): number {
	const start = new Map(events.map((e) => [e.cardId, e.start]));
	let n = 0;
	for (let i = 0; i < order.length; i++)
		for (let j = i + 1; j < order.length; j++) if (start.get(order[i]!)! > start.get(order[j]!)!) n++;
	return n;
}

/**
 * The grade an ordering earns: all in order is Good, one pair swapped is Hard (the sequence is nearly there), more
 * is Again. Easy is left to the learner, as on any card: only they know if it came without effort.
 */
export function orderGrade(order: readonly string[], events: readonly TimelineEvent[]): Grade {
	const wrong = inversions(order, events);
	return wrong === 0 ? Rating.Good : wrong === 1 ? Rating.Hard : Rating.Again;
}

/** The events in their true order. */
export function trueOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
	return [...events].sort((a, b) => a.start - b.start);
}

/** `order` with the item at `from` moved one place up (-1) or down (+1): the drill's keyboard-friendly move. */
export function move(order: readonly string[], from: number, by: -1 | 1): string[] {
	const to = from + by;
	if (to < 0 || to >= order.length) return [...order];
	const out = [...order];
	[out[from], out[to]] = [out[to]!, out[from]!];
	return out;
}
