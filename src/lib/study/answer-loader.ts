/**
 * The answer checker loads on first use, not with the study page: a self-graded card needs none of it, and it is the
 * largest part of the study screen's code. The screen prefetches it when idle after the first card, or at once when
 * the card on screen is answered by typing or choosing; until then `answersNow()` is null.
 */
export type Answers = typeof import('./answer');

let loaded: Answers | null = null;
let pending: Promise<Answers> | null = null;

export function loadAnswers(): Promise<Answers> {
	pending ??= import('./answer').then((m) => (loaded = m));
	// A failed load (offline before the app was cached) is tried again on the next answer, not kept failed.
	pending.catch(() => (pending = null));
	return pending;
}

export function answersNow(): Answers | null {
	return loaded;
}
