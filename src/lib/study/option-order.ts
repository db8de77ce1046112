/**
 * The options for a choice card, in an order that is shuffled but stable. The same card in the same session always
 * shows the same order (a re-render, an undo or a reload of the card must not move the answer under the learner's
 * finger), while another session shows another order, so position is never what is learned. Loaded with the study
 * screen's answer parts (option-loader.svelte.ts), which draw the options.
 */
import type { DeckCard } from '../decks/schema';
import { distractors } from './choices';

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
