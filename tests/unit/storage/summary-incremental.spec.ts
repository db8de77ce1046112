/**
 * A grade (or an undo) changes a deck's summary by one card's share instead of recomputing it from every card. The
 * promise: after any history of grades and undos, on any day, the summary kept that way is the one recomputed from
 * scratch — in the model (summary.ts) and through the store, whose summary is written after the next paint.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEmptyCard, type Card, type Grade } from 'ts-fsrs';
import { gradeCard, makeScheduler } from '../../../src/lib/scheduler/fsrs';
import { DEFAULT_SETTINGS } from '../../../src/lib/scheduler/settings';
import { MemoryStorage } from '../../../src/lib/storage/memory';
import { ProgressStore } from '../../../src/lib/storage/store.svelte';
import {
	buildModel,
	countsFromSummary,
	coversToday,
	gradeModel,
	summarize,
	ungradeModel
} from '../../../src/lib/storage/summary';
import { decodeSummary } from '../../../src/lib/storage/summary-value';
import { T0 } from './helpers';

const CARDS = ['a', 'b', 'c', 'd', 'e', 'f'];

/** Grades a second to days apart (so study days roll over), and undos among them. */
const arbOps = fc.array(
	fc.oneof(
		{
			weight: 3,
			arbitrary: fc.record({
				kind: fc.constant('grade' as const),
				card: fc.constantFrom(...CARDS),
				grade: fc.constantFrom<Grade>(1, 2, 3, 4),
				gap: fc.oneof(fc.integer({ min: 1, max: 900 }), fc.integer({ min: 3600, max: 3 * 86_400 }))
			})
		},
		{ weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), gap: fc.integer({ min: 0, max: 600 }) }) }
	),
	{ minLength: 1, maxLength: 40 }
);
/** The deck's ids: unknown, all cards, or some (progress of the others is kept but not counted). */
const arbIds = fc.constantFrom<readonly string[] | undefined>(undefined, CARDS, CARDS.slice(0, 4));

interface Grading {
	cardId: string;
	previous: Card | null;
	at: number;
}

describe('a summary kept grade by grade', () => {
	it('equals the summary rebuilt from the states and log, after every grade and undo', () => {
		fc.assert(
			fc.property(arbOps, arbIds, fc.integer({ min: 0, max: 23 }), (ops, ids, dayStartsAt) => {
				const f = makeScheduler({ ...DEFAULT_SETTINGS, dayStartsAt });
				const deckIds = ids && new Set(ids);
				const states = new Map<string, Card>();
				const log: { cardId: string; at: number }[] = [];
				const done: Grading[] = [];
				let now = T0;
				const model = buildModel(states, log, { dayStartsAt, now, latest: null, reviews: 0 });
				summarize(model, 's', deckIds, null);
				for (const op of ops) {
					now += op.gap * 1000;
					if (op.kind === 'grade') {
						const previous = states.get(op.card) ?? null;
						const next = gradeCard(f, previous ?? createEmptyCard(new Date(now)), now, op.grade);
						const at = Math.floor(now / 1000) * 1000;
						states.set(op.card, next);
						log.push({ cardId: op.card, at });
						done.push({ cardId: op.card, previous, at });
						gradeModel(model, op.card, next, at, now);
					} else {
						const last = done.pop();
						if (!last) continue;
						if (last.previous) states.set(last.cardId, last.previous);
						else states.delete(last.cardId);
						log.splice(
							log.findLastIndex((e) => e.cardId === last.cardId && e.at === last.at),
							1
						);
						const after = { latest: latestOf(log), reviews: log.length };
						ungradeModel(model, last.cardId, last.previous, last.at, now, after);
					}
					const rebuilt = buildModel(states, log, { dayStartsAt, now, latest: latestOf(log), reviews: log.length });
					expect(summarize(model, 's', deckIds, null)).toEqual(summarize(rebuilt, 's', deckIds, null));
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('is what a store that recomputes it from storage writes, after grades and undos in this tab', () => {
		fc.assert(
			fc.property(arbOps, arbIds, fc.integer({ min: 0, max: 23 }), (ops, ids, dayStartsAt) => {
				const settings = { ...DEFAULT_SETTINGS, dayStartsAt };
				const f = makeScheduler(settings);
				const storage = new MemoryStorage();
				let now = T0;
				const store = new ProgressStore(storage, { now: () => now });
				store.saveSettings('d', settings);
				nameCards(store, ids, now);
				// Read once, so the store holds the summary's model and later grades change it in place.
				store.glance('d', CARDS.length, now);
				for (const op of ops) {
					now += op.gap * 1000;
					if (op.kind === 'grade') {
						const previous = store.load('d').cards.get(op.card);
						const next = gradeCard(f, previous ?? createEmptyCard(new Date(now)), now, op.grade);
						const at = Math.floor(now / 1000) * 1000;
						store.grade('d', op.card, next, { cardId: op.card, at, rating: op.grade, durationMs: 0 }, previous ?? null);
					} else {
						const before = storage.getItem('bt:p:d:sum');
						if (store.undo('d') === null) {
							// Nothing to take back: nothing is written. The summary kept may have been made on the study day
							// before (an undo a second past the day's start), and still gives today's counts as one made now.
							store.settle();
							const kept = decodeSummary(storage.getItem('bt:p:d:sum'))!;
							const fresh = recomputed(storage, ids, now)!;
							expect(storage.getItem('bt:p:d:sum')).toBe(before);
							expect(coversToday(kept, now)).toBe(true);
							expect(countsFromSummary(kept, CARDS.length, settings, now)).toEqual(
								countsFromSummary(fresh, CARDS.length, settings, now)
							);
							continue;
						}
					}
					store.settle();
					expect(decodeSummary(storage.getItem('bt:p:d:sum'))).toEqual(recomputed(storage, ids, now));
				}
			}),
			{
				numRuns: 80,
				// An undo with nothing to take back, right as the study day turns (found by an earlier run).
				examples: [
					[
						[
							{ kind: 'grade', card: 'a', grade: 1, gap: 172394 },
							{ kind: 'undo', gap: 213 },
							{ kind: 'undo', gap: 193 },
							{ kind: 'grade', card: 'a', grade: 1, gap: 1 }
						],
						undefined,
						12
					]
				]
			}
		);
	});
});

describe('a summary left for after the paint', () => {
	it('is made again from the grades when the tab closed before writing it: no grade is lost', () => {
		const storage = new MemoryStorage();
		const settings = DEFAULT_SETTINGS;
		const f = makeScheduler(settings);
		const tab = new ProgressStore(storage, { now: () => T0 });
		tab.glance('d', CARDS.length, T0);
		const before = storage.getItem('bt:p:d:sum');
		const a = gradeCard(f, createEmptyCard(new Date(T0)), T0, 3);
		tab.grade('d', 'a', a, { cardId: 'a', at: T0, rating: 3, durationMs: 0 }, null);
		// The tab closes here: the grade is stored, its summary is not.
		expect(storage.getItem('bt:p:d:sum')).toBe(before);
		const next = new ProgressStore(storage, { now: () => T0 });
		expect(next.load('d').cards.get('a')).toEqual(a);
		expect(next.glance('d', CARDS.length, T0).counts).toEqual({ new: 5, learning: 1, due: 0 });
		expect(decodeSummary(storage.getItem('bt:p:d:sum'))).toMatchObject({ nonNew: 1, newDone: 1, reviews: 1 });
	});
});

const latestOf = (log: readonly { at: number }[]) => (log.length ? Math.max(...log.map((e) => e.at)) : null);

/** Tells the store deck d's card ids (each card's answer is its id), as opening the deck does; none when undefined. */
function nameCards(store: ProgressStore, ids: readonly string[] | undefined, now: number) {
	if (ids)
		store.reconcile(
			'd',
			ids.map((id) => ({ id, answer: id })),
			now
		);
}

/** The summary a new store computes from a copy of `storage` without its summary. */
function recomputed(storage: MemoryStorage, ids: readonly string[] | undefined, now: number) {
	const copy = new MemoryStorage();
	for (const k of storage.keys()) if (k !== 'bt:p:d:sum') copy.setItem(k, storage.getItem(k)!);
	const fresh = new ProgressStore(copy, { now: () => now });
	nameCards(fresh, ids, now);
	fresh.glance('d', CARDS.length, now);
	return decodeSummary(copy.getItem('bt:p:d:sum'));
}
