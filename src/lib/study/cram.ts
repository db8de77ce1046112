/**
 * Cram: drill a chosen set of cards without touching the schedule. A cram answer is logged, marked as cram, and never
 * changes a card's FSRS state, so cramming the night before cannot push tomorrow's reviews around.
 */
import { CARD_KINDS, type CardKind, type DeckCard } from '../decks/schema';
import { makeScheduler, State, type Card } from '../scheduler/fsrs';
// A session's grading needs only this, on every study page; the rest loads with a cram link.
export { afterCram } from './cram-queue';
// A cram session's answers go to the cram log, which the study page needs only with a cram link.
export { recordCram } from './cram-log';
import { curveOf, DAY_MS, recall } from '../scheduler/recall';
import type { SchedulerSettings } from '../scheduler/settings';

export type CramFilter =
	{ by: 'all' } | { by: 'kind'; kind: CardKind } | { by: 'weakest'; count: number } | { by: 'due'; days: number };

/** The filter as written in a study link: `all`, `kind:toll`, `weakest:20`, `due:3`. */
export function formatCram(f: CramFilter): string {
	if (f.by === 'all') return 'all';
	if (f.by === 'kind') return `kind:${f.kind}`;
	return f.by === 'weakest' ? `weakest:${f.count}` : `due:${f.days}`;
}

/** Reads a filter from a study link; null (with the reason) when it is not one. */
export function parseCram(text: string): { ok: true; filter: CramFilter } | { ok: false; error: string } {
	const [by, arg = ''] = text.split(':');
	const n = Number(arg);
	if (by === 'all' && arg === '') return { ok: true, filter: { by: 'all' } };
	if (by === 'kind' && (CARD_KINDS as readonly string[]).includes(arg))
		return { ok: true, filter: { by: 'kind', kind: arg as CardKind } };
	if ((by === 'weakest' || by === 'due') && Number.isInteger(n) && n >= 1 && n <= 3650)
		return { ok: true, filter: by === 'weakest' ? { by, count: n } : { by, days: n } };
	return { ok: false, error: `“${text}” is not a cram set: use all, kind:<kind>, weakest:<count> or due:<days>` };
}

/** A human name for the set, for the study screen's heading. */
export function describeCram(f: CramFilter): string {
	if (f.by === 'all') return 'every card';
	if (f.by === 'kind') return `${f.kind} cards`;
	return f.by === 'weakest' ? `the ${f.count} weakest cards` : `cards due in the next ${f.days} days`;
}

/**
 * The cards a cram set holds, in the order they are drilled. `weakest` ranks studied cards by recall now (lowest
 * first) and fills up with new cards; `due` takes studied cards due within the days given, soonest first.
 */
export function cramCards(
	cards: readonly Pick<DeckCard, 'id' | 'kind'>[],
	states: ReadonlyMap<string, Card>,
	filter: CramFilter,
	w: number,
	now: number
): string[] {
	const studied = (id: string) => (states.get(id)?.state ?? State.New) !== State.New;
	if (filter.by === 'all') return cards.map((c) => c.id);
	if (filter.by === 'kind') return cards.filter((c) => c.kind === filter.kind).map((c) => c.id);
	if (filter.by === 'due') {
		const until = now + filter.days * DAY_MS;
		const dueOf = (id: string) => states.get(id)!.due.getTime();
		return cards
			.filter((c) => studied(c.id) && dueOf(c.id) < until)
			.map((c) => c.id)
			.sort((a, b) => dueOf(a) - dueOf(b));
	}
	const r = new Map(cards.map((c) => [c.id, studied(c.id) ? recall(w, states.get(c.id)!, now) : 0]));
	const ranked = cards.filter((c) => studied(c.id)).sort((a, b) => r.get(a.id)! - r.get(b.id)!);
	return [...ranked, ...cards.filter((c) => !studied(c.id))].slice(0, filter.count).map((c) => c.id);
}

/** The forgetting curve's decay under a deck's settings, for `cramCards` (the study screen has no scheduler yet). */
export function curveFor(settings: SchedulerSettings): number {
	return curveOf(makeScheduler(settings));
}

/** What the study screen uses of this module, which the study page loads only for a cram link. */
export type CramKit = Pick<
	typeof import('./cram'),
	'parseCram' | 'cramCards' | 'describeCram' | 'curveFor' | 'recordCram'
>;
