/**
 * A deck's briefing forecast as the screens show it, from what the store holds: the plan for today (suspended cards
 * left out) and the predicted recall at the briefing before and after today's cards.
 */
import type { ProgressStore } from '../storage';
import { briefingQueue, forecastBriefing, type BriefingForecast, type BriefingPlan } from '../scheduler/briefing';
import { makeScheduler } from '../scheduler/fsrs';
import { readDay, type DeckDay } from './deck-day';

export interface DeckForecast {
	day: DeckDay;
	plan: BriefingPlan;
	forecast: BriefingForecast | null;
}

/** Null forecast when no briefing is set or it has passed. */
export function deckForecast(
	store: Pick<ProgressStore, 'load' | 'getSettings' | 'getRecord'>,
	deckId: string,
	cardIds: readonly string[],
	now: number,
	day: DeckDay = readDay(store, deckId)
): DeckForecast {
	const progress = store.load(deckId);
	const settings = store.getSettings(deckId);
	const f = makeScheduler(settings);
	const suspended = new Set(day.suspended);
	const ids = cardIds.filter((id) => !suspended.has(id));
	const plan = briefingQueue({
		cardIds: ids,
		states: progress.cards,
		log: progress.log,
		settings,
		now,
		f,
		briefing: day.briefing
	});
	const live = day.briefing && day.briefing.at > now ? day.briefing : null;
	return { day, plan, forecast: live ? forecastBriefing(f, ids, progress.cards, plan.queue, live, now) : null };
}

/** "84% → 93% if you study today's 18 cards", or what is left to say when there is nothing to study today. */
export function forecastText(f: BriefingForecast): string {
	const pct = (x: number) => `${Math.round(x * 100)}%`;
	if (f.todayCount === 0) return `predicted recall at the briefing: ${pct(f.current)}`;
	const cards = f.todayCount === 1 ? 'today’s card' : `today’s ${f.todayCount} cards`;
	return `predicted recall at the briefing: ${pct(f.current)} → ${pct(f.afterToday)} if you study ${cards}`;
}
