/**
 * Storage figures: how much a heavy year of study takes in localStorage, and how long loading and saving take.
 *
 * The synthetic year: 20 decks × 500 cards, studied daily for 365 days — a few new cards per deck per day, every due
 * card reviewed, learning steps repeated within the session — until 100,000 reviews. States come from real ts-fsrs
 * scheduling with fuzz on, at most ~274 reviews a day so the year is evenly used; grades are 10% Again, 12% Hard, 73% Good, 5% Easy; answers take 3–20 s.
 */
import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import { MemoryStorage } from '../../src/lib/storage/memory';
// The heavy year keeps its decks in the store and grades into it: the codec of local decks and the store's ledger,
// which the browser loads on demand.
import '../../src/lib/storage/deck-codec';
import '../../src/lib/storage/ledger';
import { catalog } from '../../src/lib/app/catalog';
import type { Deck } from '../../src/lib/decks/schema';
import { ProgressStore } from '../../src/lib/storage/store.svelte';
import type { ReviewEntry } from '../../src/lib/storage/types';
import { median, time, type BenchRow } from './types';

const NEW_PER_DAY = 3;
const START = Date.UTC(2025, 0, 1, 6, 0, 0);
const DAY = 86_400_000;
const KINDS = ['toll', 'date', 'actor', 'motive', 'figure'];

/** Deterministic PRNG (mulberry32), so every run measures the same year. */
function rng(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Year {
	storage: MemoryStorage;
	deckIds: string[];
	/** Card ids per deck, in deck order. */
	cardIds: Map<string, string[]>;
	/** The same progress as the naive v1 JSON would hold it, in characters (keys + values). */
	naiveChars: number;
}

/** How big a year: the benchmarks' full one by default; the browser tests use a slice of it (tests/e2e/heavy.spec.ts). */
export interface YearSize {
	decks: number;
	cardsPerDeck: number;
	reviews: number;
}

export const FULL_YEAR: YearSize = { decks: 20, cardsPerDeck: 500, reviews: 100_000 };

/** Builds the synthetic year through ProgressStore into an in-memory Storage. */
export async function makeYear(size: YearSize = FULL_YEAR): Promise<Year> {
	const { decks, cardsPerDeck, reviews } = size;
	const random = rng(2024);
	const f = fsrs({ enable_fuzz: true });
	const storage = new MemoryStorage();
	const store = new ProgressStore(storage, { now: () => START });
	const deckIds = Array.from({ length: decks }, (_, d) => `briefing-${String(d + 1).padStart(2, '0')}`);
	const cardIds = new Map(
		deckIds.map((id) => [id, Array.from({ length: cardsPerDeck }, (_, i) => `${id.slice(0, 6)}-${KINDS[i % 5]}-${i}`)])
	);
	const cards = new Map<string, Map<string, Card>>(deckIds.map((id) => [id, new Map()]));
	const logs = new Map<string, ReviewEntry[]>(deckIds.map((id) => [id, []]));
	for (const id of deckIds)
		store.reconcile(
			id,
			cardIds.get(id)!.map((c) => ({ id: c, answer: `answer of ${c}` })),
			START
		);
	const grade = (): Grade => {
		const x = random();
		return x < 0.1 ? 1 : x < 0.22 ? 2 : x < 0.95 ? 3 : 4;
	};
	let total = 0;
	for (let day = 0; day < 365 && total < reviews; day++) {
		let t = START + day * DAY + Math.floor(random() * 4) * 3_600_000;
		// A daily limit spreads the reviews over the whole year, as reviewsPerDay does in the app.
		const limit = total + Math.ceil((reviews - total) / (365 - day));
		// Start with a different deck each day so none is always last when the day's limit is reached.
		for (const deckId of [...deckIds.slice(day % decks), ...deckIds.slice(0, day % decks)]) {
			const state = cards.get(deckId)!;
			const ids = cardIds.get(deckId)!;
			const fresh = ids.filter((id) => !state.has(id)).slice(0, NEW_PER_DAY);
			const due = (now: number) => [...state].filter(([, c]) => c.due.getTime() <= now).map(([id]) => id);
			// On the last day, review ahead so the year ends at exactly `reviews` reviews.
			let queue = [...due(t + (day === 364 ? 90 * DAY : 3_600_000)), ...fresh];
			// One session: review what is due, then whatever learning steps come due within 15 minutes.
			while (queue.length && total < limit) {
				for (const id of queue) {
					if (total >= limit) break;
					t += Math.floor(3 + random() * 17) * 1000;
					const g = grade();
					const next = f.next(state.get(id) ?? createEmptyCard(new Date(t)), new Date(t), g).card;
					const entry: ReviewEntry = { cardId: id, at: t, rating: g, durationMs: Math.round(random() * 15_000) };
					store.record(deckId, id, next, entry);
					state.set(id, next);
					logs.get(deckId)!.push(entry);
					total++;
				}
				queue = due(t + 15 * 60_000);
				const first = Math.min(...queue.map((id) => state.get(id)!.due.getTime()));
				if (queue.length) t = Math.max(t, first);
			}
			t += 60_000;
		}
	}
	let naiveChars = 0;
	for (const deckId of deckIds) {
		const value = JSON.stringify({
			cards: Object.fromEntries(cards.get(deckId)!),
			log: logs.get(deckId)!.map((e) => ({
				cardId: e.cardId,
				rating: e.rating,
				review: new Date(e.at).toISOString(),
				durationMs: e.durationMs
			}))
		});
		naiveChars += `bt:v1:progress:${deckId}`.length + value.length;
	}
	return { storage, deckIds, cardIds, naiveChars };
}

/** A deck as an instructor's would be: a prompt, an answer and a quoted source sentence per card. */
function makeDeck(id: string, cardIds: string[]): Deck {
	return {
		id,
		title: `Briefing ${id.slice(-2)}`,
		description: 'A heavy deck kept in this browser',
		sources: [{ id: 's', title: 'Source document', published: '2025-01-01' }],
		aliases: [],
		cards: cardIds.map((cid, i) => ({
			id: cid,
			kind: KINDS[i % 5] as Deck['cards'][number]['kind'],
			format: 'qa',
			prompt: `Question ${i} about the events described in the briefing of ${id}, worded as a full sentence?`,
			answer: `answer of ${cid}`,
			source: {
				doc: 's',
				paragraph: 1 + (i % 20),
				quote: `A quote of some length from the source document, card ${i}.`
			}
		}))
	} as Deck;
}

/**
 * The deck list of a year of heavy use, as a newly opened tab reads it: 20 decks kept in this browser, each with
 * today's counts. Median of 15, each on a new store (nothing cached in memory).
 */
function homeRead(year: Year, now: number): number[] {
	const storage = new MemoryStorage();
	for (const key of year.storage.keys()) storage.setItem(key, year.storage.getItem(key)!);
	const setup = new ProgressStore(storage, { now: () => now });
	for (const id of year.deckIds) setup.saveDeck(makeDeck(id, year.cardIds.get(id)!));
	return Array.from({ length: 15 }, () =>
		time(() => {
			const store = new ProgressStore(storage, { now: () => now });
			for (const d of catalog([], store)) store.glance(d.id, d.cardCount, now);
		})
	);
}

export async function bench(): Promise<BenchRow[]> {
	const year = await makeYear();
	const section = 'storage';
	const chars = year.storage.usedChars;
	const loadAll = Array.from({ length: 15 }, () =>
		time(() => {
			const store = new ProgressStore(year.storage);
			for (const id of year.deckIds) store.load(id);
		})
	);
	const store = new ProgressStore(year.storage);
	const deckId = year.deckIds[0]!;
	const ids = year.cardIds.get(deckId)!;
	const f = fsrs();
	const at = START + 366 * DAY;
	const base = store.load(deckId).cards;
	const record = ids.slice(0, 200).map((id, i) =>
		time(() => {
			const next = f.next(base.get(id) ?? createEmptyCard(new Date(at)), new Date(at + i * 1000), 3).card;
			store.record(deckId, id, next, { cardId: id, at: at + i * 1000, rating: 3, durationMs: 5000 });
		})
	);
	// The summaries those grades left for an idle moment, as the browser writes them before the next visit.
	store.settle();
	const home = homeRead(year, START + 366 * DAY);
	return [
		{
			section,
			name: 'homeReadMs',
			value: median(home),
			unit: 'ms',
			target: 16,
			better: 'lower',
			note: 'median of 15: list 20 local decks with today’s counts from their summaries, new store each'
		},
		{
			section,
			name: 'storageChars',
			value: chars,
			unit: 'chars',
			target: 1_300_000,
			better: 'lower',
			note: '10,000 cards + 100,000 reviews, keys + values'
		},
		{
			section,
			name: 'naiveChars',
			value: year.naiveChars,
			unit: 'chars',
			better: 'lower',
			note: `same data as naive JSON (${(year.naiveChars / chars).toFixed(1)}× larger)`
		},
		{
			section,
			name: 'loadAllMs',
			value: median(loadAll),
			unit: 'ms',
			better: 'lower',
			note: 'median of 15 loads of all 20 decks'
		},
		{
			section,
			name: 'recordMs',
			value: median(record),
			unit: 'ms',
			better: 'lower',
			note: 'median of 200 record() calls incl. write'
		}
	];
}
