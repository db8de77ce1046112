/**
 * Briefing-day figures: today's briefing queue and the deck's forecast ("84% → 93% if you study today's 18 cards")
 * over 10,000 studied cards, as the deck screen computes them on every visit.
 */
import type { Card } from 'ts-fsrs';
import { briefingQueue, forecastBriefing } from '../../src/lib/scheduler/briefing';
import { makeScheduler } from '../../src/lib/scheduler/fsrs';
import { DEFAULT_SETTINGS } from '../../src/lib/scheduler/settings';
import type { LoggedReview } from '../../src/lib/scheduler/queue';
import { ProgressStore } from '../../src/lib/storage/store';
import { makeYear } from './storage';
import { median, time, type BenchRow } from './types';

export async function bench(): Promise<BenchRow[]> {
	const year = await makeYear();
	const store = new ProgressStore(year.storage);
	// The year's 20 decks of 500 cards read as one deck of 10,000: the forecast is linear in the deck.
	const states = new Map<string, Card>();
	const log: LoggedReview[] = [];
	const cardIds: string[] = [];
	for (const id of year.deckIds) {
		const p = store.load(id);
		// Card ids repeat across the synthetic decks, so each is prefixed with its deck's.
		for (const [cardId, card] of p.cards) states.set(`${id}/${cardId}`, card);
		log.push(...p.log.map((e) => ({ ...e, cardId: `${id}/${e.cardId}` })));
		cardIds.push(...year.cardIds.get(id)!.map((c) => `${id}/${c}`));
	}
	log.sort((a, b) => a.at - b.at);
	const now = Date.UTC(2026, 0, 1, 9, 0, 0);
	const briefing = { at: now + 7 * 86_400_000, target: 0.9 };
	const settings = DEFAULT_SETTINGS;
	const f = makeScheduler(settings);
	let today = 0;
	const runs = Array.from({ length: 30 }, () =>
		time(() => {
			const plan = briefingQueue({ cardIds, states, log, settings, now, f, briefing });
			today = forecastBriefing(f, cardIds, states, plan.queue, briefing, now).todayCount;
		})
	);
	return [
		{
			section: 'briefing',
			name: 'briefingForecastMs',
			value: median(runs),
			unit: 'ms',
			target: 30,
			better: 'lower',
			note: `median of 30: ${cardIds.length.toLocaleString('en-US')} cards, briefing in 7 days, queue + forecast (${today} cards today)`
		}
	];
}
