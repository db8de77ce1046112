/**
 * Siblings: cards that give each other away. The toll card ("more than 130") followed by the cloze "More than 130
 * people have been killed, including ____ children" is a free answer, and two cards on one quote are one memory
 * drilled twice. Siblings are kept apart within a session and, once one is answered, the others wait for tomorrow
 * (Anki's "bury siblings").
 */
import type { DeckCard } from '../decks/schema';
import type { LoggedReview, StudyQueue } from '../scheduler/queue';

export type Siblings = ReadonlyMap<string, ReadonlySet<string>>;

/** Cards this many places apart or closer are never siblings of each other in one session. */
export const SIBLING_GAP = 3;

/** Answers shorter than this ("three", "ISKP", "2020") appear in too many sentences to say one card gives another away. */
const MIN_GIVEAWAY = 6;

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

type SiblingCard = Pick<DeckCard, 'id' | 'format' | 'prompt' | 'answer' | 'source'>;

/** A card with its texts folded once: folding inside the pair loop made a 500-card deck take seconds on a phone. */
interface Folded {
	id: string;
	doc: string;
	quote: string;
	prompt: string;
	/** The folded answer, or null when it is too short to give anything away. */
	answer: string | null;
}

function folded(c: SiblingCard): Folded {
	const answer = fold(c.answer);
	return {
		id: c.id,
		doc: c.source.doc,
		quote: fold(c.source.quote),
		prompt: fold(c.prompt),
		answer: answer.length >= MIN_GIVEAWAY ? answer : null
	};
}

/** True when one quote holds the other: the same sentence cited twice, or a phrase of it. */
function shareQuote(a: Folded, b: Folded): boolean {
	if (a.doc !== b.doc) return false;
	// Only the shorter quote can lie inside the longer: one search, not two.
	return a.quote.length >= b.quote.length ? a.quote.includes(b.quote) : b.quote.includes(a.quote);
}

/** True when `a`'s prompt states `b`'s answer. */
function givesAway(a: Folded, b: Folded): boolean {
	return b.answer !== null && b.answer.length <= a.prompt.length && a.prompt.includes(b.answer);
}

/** Every card's siblings: cards sharing a quote, or whose prompt states the other's answer (either way round). */
export function findSiblings(cards: readonly SiblingCard[]): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>(cards.map((c) => [c.id, new Set<string>()]));
	const all = cards.map(folded);
	for (let i = 0; i < all.length; i++) {
		const a = all[i]!;
		for (let j = i + 1; j < all.length; j++) {
			const b = all[j]!;
			if (shareQuote(a, b) || givesAway(a, b) || givesAway(b, a)) {
				out.get(a.id)!.add(b.id);
				out.get(b.id)!.add(a.id);
			}
		}
	}
	return out;
}

/** Cards buried for the rest of the study day: the siblings of every card answered since it began. */
export function buriedSince(siblings: Siblings, log: readonly LoggedReview[], dayStart: number): Set<string> {
	const answered = new Set<string>();
	for (let i = log.length - 1; i >= 0 && log[i]!.at >= dayStart; i--) answered.add(log[i]!.cardId);
	const buried = new Set<string>();
	for (const id of answered) for (const s of siblings.get(id) ?? []) if (!answered.has(s)) buried.add(s);
	return buried;
}

/**
 * The queue without buried cards. Learning cards stay: they are mid-step, and a step skipped today is a card
 * half-learned. Reviews and new cards wait for tomorrow.
 */
export function withoutBuried(q: StudyQueue, buried: ReadonlySet<string>): StudyQueue {
	if (buried.size === 0) return q;
	const keep = (id: string) => !buried.has(id);
	return { ...q, review: q.review.filter(keep), fresh: q.fresh.filter(keep) };
}

/**
 * The first of `candidates` that is no sibling of the last SIBLING_GAP cards shown; the first candidate when every
 * one is (a short queue of learning siblings must still move on).
 */
export function spacedPick(
	candidates: readonly string[],
	recent: readonly string[],
	siblings: Siblings
): string | null {
	const near = new Set<string>();
	for (const id of recent.slice(-SIBLING_GAP)) for (const s of siblings.get(id) ?? []) near.add(s);
	return candidates.find((id) => !near.has(id)) ?? candidates[0] ?? null;
}
