/**
 * The answer checker loads on first use, not with the study page: a self-graded card needs none of it, and it is the
 * largest part of the study screen's code. The screen prefetches it when idle after the first card, or at once when
 * the card on screen is answered by typing or choosing; until then `answersNow()` is null.
 */
import { onDemand } from '../lazy';

export type Answers = typeof import('./answer');

const answers = onDemand(() => import('./answer'));

export const loadAnswers = (): Promise<Answers> => answers.load();

export const answersNow = (): Answers | null => answers.now();
