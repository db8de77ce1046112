/** Merging two versions of a deck's progress (import, migration onto existing data). */
import type { Card } from 'ts-fsrs';
import type { ReviewEntry } from './types';

const lastReview = (c: Card): number => c.last_review?.getTime() ?? -Infinity;

/**
 * Per card, the state with the later last_review wins; on a tie the one already stored stays. Counts how many
 * incoming states are newer (taken) and older or equal (ignored).
 */
export function mergeCards(
	stored: ReadonlyMap<string, Card>,
	incoming: ReadonlyMap<string, Card>
): { cards: Map<string, Card>; newer: number; older: number } {
	const cards = new Map(stored);
	let newer = 0;
	let older = 0;
	for (const [id, card] of incoming) {
		const mine = stored.get(id);
		if (!mine || lastReview(card) > lastReview(mine)) {
			cards.set(id, card);
			newer++;
		} else older++;
	}
	return { cards, newer, older };
}

/** The same review seen twice: same card, time and rating (durations are coarse and may differ by rounding). */
const reviewKey = (e: ReviewEntry) => `${e.cardId}\u0000${e.at}\u0000${e.rating}`;

/** Union of two logs without duplicates, in time order (stable, so equal times keep stored-first order). */
export function mergeLogs(stored: readonly ReviewEntry[], incoming: readonly ReviewEntry[]): ReviewEntry[] {
	const seen = new Set(stored.map(reviewKey));
	const out = [...stored];
	for (const e of incoming) {
		const k = reviewKey(e);
		if (!seen.has(k)) {
			seen.add(k);
			out.push(e);
		}
	}
	return out.sort((a, b) => a.at - b.at);
}
