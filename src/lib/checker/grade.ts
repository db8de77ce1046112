/**
 * From a verdict to an FSRS grade suggestion: wrong → Again (1), close → Hard (2), correct → Good (3), and
 * correct within the kind's "fast" time → Easy (4). The trainee may override; the suggestion only saves a click.
 */
import type { CardKind } from '../decks/schema';
import type { CheckResult } from './types';

/**
 * Time under which a correct answer counts as effortless, by kind. The clock runs from showing the prompt to
 * submitting, so it includes typing: a date, toll or figure is a few keystrokes (5 s); a name takes longer to type
 * (7 s); an "other" answer is often a short phrase (8 s); a motive is a phrase written out (15 s). Anything slower
 * was recalled with effort, which is what Good means in FSRS.
 */
export const FAST_MS: Record<CardKind, number> = {
	date: 5000,
	toll: 5000,
	figure: 5000,
	actor: 7000,
	other: 8000,
	motive: 15000
};

/** The suggested FSRS grade: 1 Again, 2 Hard, 3 Good, 4 Easy. A missing or nonsensical time is never "fast". */
export function suggestGrade(result: CheckResult, elapsedMs: number, kind: CardKind): 1 | 2 | 3 | 4 {
	if (result.verdict === 'wrong') return 1;
	if (result.verdict === 'close') return 2;
	const fast = Number.isFinite(elapsedMs) && elapsedMs >= 0 && elapsedMs < FAST_MS[kind];
	return fast ? 4 : 3;
}
