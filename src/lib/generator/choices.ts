/**
 * Choices for multiple-choice drills: up to three answers of other cards of the same family (people, organisations,
 * groups, dates, counts…), never the card's answer, an accepted answer or a variant, in an order that does not change
 * between runs.
 */
import type { DeckCard } from '../decks/schema';
import { plain as norm } from './text';

/** Which answers can stand in for each other as distractors. */
const family = (c: Pick<DeckCard, 'kind' | 'prompt'>) =>
	c.kind === 'actor'
		? // ("From a report on the attack in Lahore: Who is the Interior Minister?")
			c.prompt.includes('Who is')
			? 'person'
			: c.prompt.startsWith('Which organisation')
				? 'org'
				: 'group'
		: c.kind;

/**
 * A stable pseudo-random order, so distractors do not change between runs: FNV-1a of `prefix + s`. FNV reads one
 * character at a time, so the state after a card's id is computed once (`hash(id)`) and carried on over each answer.
 */
function hash(s: string, h = 2166136261): number {
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return h >>> 0;
}

/** Gives each card its choices; `same` maps a card to its fact, so cards of one fact never stand in for each other. */
export function addChoices(cards: DeckCard[], same: Map<DeckCard, string>): void {
	// Answers compared in one normal form, computed once per card (the distractor search is quadratic in cards).
	const normed = new Map(cards.map((c) => [c, norm(c.answer)]));
	// Only cards of one family stand in for each other, so each card looks among its family's (in deck order).
	const families = new Map<string, DeckCard[]>();
	for (const c of cards) {
		const f = family(c);
		const members = families.get(f);
		if (members) members.push(c);
		else families.set(f, [c]);
	}
	for (const card of cards) {
		const banned = new Set(
			[card.answer, ...(card.accept ?? []), ...(card.variants ?? []).map((v) => v.answer)].map(norm)
		);
		const pool: string[] = [];
		const taken = new Set<string>();
		for (const c of families.get(family(card))!) {
			const answer = normed.get(c)!;
			if (c === card || same.get(c) === same.get(card) || banned.has(answer) || taken.has(answer)) continue;
			taken.add(answer);
			pool.push(c.answer);
		}
		const seed = hash(card.id);
		const order = new Map(pool.map((a) => [a, hash(a, seed)]));
		const choices = pool.sort((a, b) => order.get(a)! - order.get(b)!).slice(0, 3);
		if (choices.length) card.choices = choices;
	}
}
