/**
 * Choices for multiple-choice drills: up to three answers of other cards of the same family (people, organisations,
 * groups, dates, counts…), never the card's answer, an accepted answer or a variant, in an order that does not change
 * between runs. Dates and counts are drawn from those nearest the answer, so none gives itself away as wrong.
 */
import type { DeckCard } from '../decks/schema';
import { QUALIFIER, parseDate, precisionOf, readNumber } from '../lang';
import { pattern } from '../lang/pattern';
import { make } from '../lang/timepoint';
import { datesAgree } from './model';
import { plain } from './text';

/** The mark of an answer that is a date: its key is the ISO date it names, at its precision ("date:2016-07"). */
const DATE = 'date:';

/**
 * An answer in one normal form: a date as the day it names ("January 3, 2024" and "3 January 2024" are one answer, and
 * the one can never be offered as a wrong choice beside the other), anything else as plain text.
 */
function key(card: Pick<DeckCard, 'kind'>, answer: string): string {
	const d = card.kind === 'date' ? parseDate(answer) : undefined;
	return d?.year !== undefined ? DATE + make(d.year, d.month ?? 1, d.day ?? 1, precisionOf(d)).iso : plain(answer);
}

/** Whether two date keys agree at the coarser of their precisions ("2016-07" and "2016-07-23"). */
const overlaps = (a: string, b: string) =>
	a.startsWith(DATE) && b.startsWith(DATE) && datesAgree(a.slice(DATE.length), b.slice(DATE.length));

/**
 * How many of the nearest answers the three choices are drawn from: few enough that "September 11, 2001" is not offered
 * among days of 2016, or 2 among tolls in the hundreds, which a trainee would rule out without knowing the answer; more
 * than three, so the choices do not always hem the answer in from both sides.
 */
const NEAREST = 5;

/** A count's qualifier, before its number: "at least ", "more than ". */
const QUALIFIED = pattern(`^(?:${QUALIFIER})\\s+`, 'i');

/**
 * Where an answer lies, for dates and counts (undefined where it has no measure): a date as its first day, with its
 * precision; a count as its value.
 */
function measure(
	card: Pick<DeckCard, 'kind'>,
	normed: string,
	answer: string
): { at: number; precision?: number } | undefined {
	if (card.kind === 'date' && normed.startsWith(DATE)) {
		const iso = normed.slice(DATE.length);
		return { at: Date.parse(`${iso}-01-01`.slice(0, 10)) / 86_400_000, precision: iso.length };
	}
	const value = card.kind === 'toll' ? readNumber(answer.replace(QUALIFIED, '')) : undefined;
	return value ? { at: Math.log(value) } : undefined;
}

/**
 * How far one answer is from another: a date of another precision than the answer's is farther than any of its own
 * ("2016" among days gives itself away), then days apart; a count by how many times larger or smaller it is.
 */
const distance = (x: ReturnType<typeof measure>, y: ReturnType<typeof measure>) =>
	x && y ? (x.precision === y.precision ? 0 : 1e9) + Math.abs(x.at - y.at) : Infinity;

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
	const normed = new Map(cards.map((c) => [c, key(c, c.answer)]));
	const measures = new Map(cards.map((c) => [c, measure(c, normed.get(c)!, c.answer)]));
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
			[card.answer, ...(card.accept ?? []), ...(card.variants ?? []).map((v) => v.answer)].map((a) => key(card, a))
		);
		const pool: DeckCard[] = [];
		const taken = new Set<string>();
		for (const c of families.get(family(card))!) {
			const answer = normed.get(c)!;
			if (c === card || same.get(c) === same.get(card) || banned.has(answer) || taken.has(answer)) continue;
			// ("July 2016" is no wrong choice beside "23 July 2016", nor "2022" beside "March 4, 2022": a date the answer
			// falls within, or that falls within it, would be right.)
			if (card.kind === 'date' && [...banned].some((b) => overlaps(b, answer))) continue;
			taken.add(answer);
			pool.push(c);
		}
		const seed = hash(card.id);
		const order = new Map(pool.map((c) => [c, hash(c.answer, seed)]));
		const far = new Map(pool.map((c) => [c, distance(measures.get(card), measures.get(c))]));
		const choices = pool
			.sort((a, b) => far.get(a)! - far.get(b)! || order.get(a)! - order.get(b)!)
			.slice(0, NEAREST)
			.sort((a, b) => order.get(a)! - order.get(b)!)
			.slice(0, 3)
			.map((c) => c.answer);
		if (choices.length) card.choices = choices;
	}
}
