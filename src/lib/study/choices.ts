/**
 * Multiple choice: which distractors a card can offer, and the keys that pick an option. Both decide how the first
 * card is answered and read, so they load with the study page; the options' order (option-order.ts) loads with the
 * parts that draw them.
 */
import type { DeckCard } from '../decks/schema';

/** At most this many distractors join the answer, so options fit a phone screen and keys 1–4 / A–D. */
export const MAX_DISTRACTORS = 3;

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The card's distractors that can be offered: trimmed, without repeats, and never one that is itself right — the
 * answer, an accepted alternative, or another source's answer — since picking it would be marked wrong unfairly.
 * The deck's order is kept: authors list the best distractors first.
 */
export function distractors(card: Pick<DeckCard, 'answer' | 'accept' | 'choices' | 'variants'>): string[] {
	const right = [card.answer, ...(card.accept ?? []), ...(card.variants ?? []).map((v) => v.answer)];
	const out: string[] = [];
	for (const choice of card.choices ?? []) {
		const text = choice.trim();
		if (text === '' || right.some((r) => same(r, text)) || out.some((o) => same(o, text))) continue;
		out.push(text);
		if (out.length === MAX_DISTRACTORS) break;
	}
	return out;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The option a key picks: "1"–"4" or "A"–"D" (either case), or null when the key names no option. */
export function optionForKey(key: string, count: number): number | null {
	if (key.length !== 1) return null;
	const digit = '123456789'.indexOf(key);
	const index = digit >= 0 ? digit : LETTERS.indexOf(key.toLowerCase());
	return index >= 0 && index < count ? index : null;
}

/** The key hints shown on option `index`: its digit and its letter. */
export function keysForOption(index: number): { digit: string; letter: string } {
	return { digit: String(index + 1), letter: (LETTERS[index] ?? '').toUpperCase() };
}
