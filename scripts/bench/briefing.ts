/**
 * Briefing-day figures: today's briefing queue and the deck's forecast ("84% → 93% if you study today's 18 cards")
 * over 10,000 studied cards, as the deck screen computes them on every visit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Card } from 'ts-fsrs';
import { briefingQueue, forecastBriefing } from '../../src/lib/scheduler/briefing';
import { makeScheduler } from '../../src/lib/scheduler/fsrs';
import { DEFAULT_SETTINGS } from '../../src/lib/scheduler/settings';
import { buildQueue, type LoggedReview } from '../../src/lib/scheduler/queue';
import { ProgressStore } from '../../src/lib/storage/store.svelte';
import { makeYear } from './storage';
import { median, time, type BenchRow } from './types';

type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean }>;

/**
 * JS the Progress page's charts add, gzip -9 per file: the lazily imported chart chunk and the chunks only it needs
 * (those not already loaded by the app's entry and the progress route itself). Read from Vite's build manifest.
 */
export function progressChartsJsGzipBytes(): { bytes: number; files: number } | null {
	const path = '.svelte-kit/output/client/.vite/manifest.json';
	if (!existsSync(path)) return null;
	const m = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
	const closure = (keys: string[], seen = new Set<string>()) => {
		for (const k of keys) {
			if (seen.has(k) || !m[k]) continue;
			seen.add(k);
			closure(m[k].imports ?? [], seen);
		}
		return seen;
	};
	const charts = Object.keys(m).find((k) => k.endsWith('components/progress/ProgressCharts.svelte'));
	// The progress route's node is the one that imports the charts lazily; the app's entry and layout load anyway.
	const page = Object.keys(m).find((k) => charts && m[k]!.dynamicImports?.includes(charts));
	if (!charts || !page) return null;
	const entries = Object.keys(m).filter((k) => m[k]!.isEntry && !k.includes('/nodes/'));
	const layout = Object.keys(m).filter((k) => k.endsWith('/nodes/0.js'));
	const already = closure([...entries, ...layout, page]);
	const own = [...closure([charts])].filter((k) => !already.has(k));
	const dir = '.svelte-kit/output/client';
	const bytes = own.reduce((sum, k) => sum + gzipSync(readFileSync(join(dir, m[k]!.file)), { level: 9 }).length, 0);
	return { bytes, files: own.length };
}

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
	// Plain FSRS's queue over the same cards, timed in turn with the forecast: on a shared, loaded machine the ratio
	// says more than either time alone.
	const plain: number[] = [];
	const runs: number[] = [];
	for (let i = 0; i < 30; i++) {
		plain.push(time(() => buildQueue({ cardIds, states, log, settings, now })));
		runs.push(
			time(() => {
				const plan = briefingQueue({ cardIds, states, log, settings, now, f, briefing });
				today = forecastBriefing(f, cardIds, states, plan.queue, briefing, now).todayCount;
			})
		);
	}
	const rows: BenchRow[] = [
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
	rows.push({
		section: 'briefing',
		name: 'briefingForecastVsQueue',
		value: median(runs) / median(plain),
		unit: '×',
		note: `briefingForecastMs over plain buildQueue on the same cards (median ${median(plain).toFixed(2)} ms)`
	});
	const charts = progressChartsJsGzipBytes();
	if (charts)
		rows.push({
			section: 'briefing',
			name: 'progressChartsJsGzipBytes',
			value: charts.bytes,
			unit: 'bytes',
			note: `${charts.files} JS files loaded only by the Progress page's charts, gzip -9 each (needs a build)`
		});
	return rows;
}
