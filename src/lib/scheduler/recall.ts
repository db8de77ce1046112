/**
 * Predicted recall from ts-fsrs's own forgetting curve. One function, so the deck's forecast, the card table and the
 * briefing queue can never disagree about how likely a card is to be remembered at a given moment.
 */
import { forgetting_curve, State, type Card, type FSRS } from 'ts-fsrs';

export const DAY_MS = 86_400_000;

/**
 * The curve's decay for a scheduler (ts-fsrs reads it from the weights, but reading it once keeps a 10,000-card
 * forecast from looking it up 10,000 times). The curve is R(t, S) = (1 + FACTOR · t / S)^DECAY, where DECAY comes from
 * the last weight (w[20] in FSRS-6) and FACTOR = 0.9^(1/DECAY) − 1, so that R(S, S) = 90%: stability is the number of
 * days after which recall has fallen to 90%.
 */
export function curveOf(f: FSRS): number {
	return f.parameters.w[20]!;
}

/**
 * Probability that `card` is recalled at `at` (epoch ms); 0 for a card never studied.
 *
 * Elapsed time is counted in fractional days. ts-fsrs's `get_retrievability` floors it to whole days, which would
 * read every card reviewed in the last 24 hours as 100% — too kind for a briefing at 09:00 after a review the
 * previous morning. The curve itself is the library's.
 */
export function recall(decay: number, card: Card, at: number): number {
	if (card.state === State.New || !card.last_review || card.stability <= 0) return 0;
	const t = Math.max(0, (at - card.last_review.getTime()) / DAY_MS);
	return forgetting_curve(decay, t, card.stability);
}
