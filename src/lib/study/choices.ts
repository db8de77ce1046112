/**
 * Multiple choice: the options for a card, in an order that is shuffled but stable. The same card in the same session
 * always shows the same order (a re-render, an undo or a reload of the card must not move the answer under the
 * learner's finger), while another session shows another order, so position is never what is learned.
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

/** 32-bit FNV-1a hash of a string: a well-spread seed from text, with no dependency. */
export function hashText(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** Mulberry32: a small, fast seeded generator of numbers in [0, 1); plenty for shuffling four options. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A Fisher–Yates shuffle of a copy of `items`, driven by `random`. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/**
 * The options for `card`: its answer and up to three distractors, shuffled by a seed made of the card id and the
 * session's seed. Empty when the card has no usable distractor (it is then typed instead).
 */
export function choiceOptions(
	card: Pick<DeckCard, 'id' | 'answer' | 'accept' | 'choices' | 'variants'>,
	sessionSeed: number
): string[] {
	const wrong = distractors(card);
	if (wrong.length === 0) return [];
	return shuffle([card.answer.trim(), ...wrong], seededRandom(hashText(`${card.id}:${sessionSeed}`)));
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
