/**
 * The deck list reads a small summary instead of the deck: its counts must be exactly the study queue's, after any
 * history of grades, on any later day, under any day-start hour and limits.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEmptyCard, type Card, type Grade } from 'ts-fsrs';
import { gradeCard, makeScheduler } from '../../../src/lib/scheduler/fsrs';
import { buildQueue, countsOf } from '../../../src/lib/scheduler/queue';
import { DEFAULT_SETTINGS } from '../../../src/lib/scheduler/settings';
import { MemoryStorage } from '../../../src/lib/storage/memory';
import { decodeSummary, encodeSummary, type DeckSummaryValue } from '../../../src/lib/storage/summary-value';
import { DAY, T0, makeCard, makeStore, recordCard } from './helpers';

const CARDS = ['a', 'b', 'c', 'd', 'e', 'f'];
const arbGrades = fc.array(
	fc.record({
		card: fc.constantFrom(...CARDS),
		grade: fc.constantFrom<Grade>(1, 2, 3, 4),
		gap: fc.oneof(fc.integer({ min: 1, max: 900 }), fc.integer({ min: 3600, max: 5 * 86_400 }))
	}),
	{ minLength: 1, maxLength: 40 }
);

describe('deck summaries', () => {
	it('give the same counts as the study queue', () => {
		fc.assert(
			fc.property(
				arbGrades,
				fc.integer({ min: 0, max: 23 }),
				fc.integer({ min: 0, max: 4 }),
				fc.integer({ min: 0, max: 6 }),
				// Up to a month after the last grade: past the days a summary's rows cover, it is made again.
				fc.integer({ min: 0, max: 30 * 86_400 }),
				(grades, dayStartsAt, newPerDay, reviewsPerDay, later) => {
					const settings = { ...DEFAULT_SETTINGS, dayStartsAt, newPerDay, reviewsPerDay };
					const storage = new MemoryStorage();
					let t = T0;
					const writer = makeStore(storage, T0);
					writer.saveSettings('d', settings);
					const f = makeScheduler(settings);
					const states = new Map<string, Card>();
					for (const g of grades) {
						t += g.gap * 1000;
						const next = gradeCard(f, states.get(g.card) ?? createEmptyCard(new Date(t)), t, g.grade);
						// The clock moves with the grades, as it does in the app.
						const tab = makeStore(storage, t);
						tab.record('d', g.card, next, {
							cardId: g.card,
							at: Math.floor(t / 1000) * 1000,
							rating: g.grade,
							durationMs: 0
						});
						// The summary is written after the next paint, as in the app.
						tab.settle();
						states.set(g.card, next);
					}
					const now = t + later * 1000;
					// The deck list reads the summary alone, before anything opens the deck.
					const counts = makeStore(storage, now).glance('d', CARDS.length, now).counts;
					const p = makeStore(storage, now).loadToday('d', now);
					const expected = countsOf(buildQueue({ cardIds: CARDS, states: p.cards, log: p.log, settings, now }));
					expect(counts).toEqual(expected);
				}
			),
			{ numRuns: 120 }
		);
	});

	it('are kept current by each grade in this tab and read back without decoding the deck', () => {
		const store = makeStore();
		store.record('d', 'a', createEmptyCard(new Date(T0)), { cardId: 'a', at: T0, rating: 3, durationMs: 0 });
		store.settle();
		const raw = store.storage.getItem('bt:p:d:sum');
		expect(JSON.parse(raw!)).toMatchObject({ v: 2, nonNew: 0, reviews: 1 });
		// Damaging a chunk changes its checksum: the summary no longer matches and is made again from the deck, whose
		// card is rebuilt from the log (one Good from new: a learning step), with a notice.
		store.storage.setItem('bt:p:d:c0', 'garbage');
		const fresh = makeStore(store.storage, T0 + DAY);
		expect(fresh.glance('d', 1, T0 + DAY).counts).toEqual({ new: 0, learning: 1, due: 0 });
		expect(fresh.notices.map((n) => n.kind)).toEqual(['corrupt']);
	});
});

it.each([5, 20])('a card no longer in the deck, %i days on: the deck list’s counts equal the queue’s', (days) => {
	const storage = new MemoryStorage();
	const tab = makeStore(storage, T0 + 2 * DAY);
	for (const id of ['a', 'b', 'x']) recordCard(tab, 'd', id, makeCard([3]));
	// The deck as revised, without x: opening it tells the summary its cards.
	tab.reconcile(
		'd',
		[
			{ id: 'a', answer: 'A' },
			{ id: 'b', answer: 'B' }
		],
		T0 + 2 * DAY
	);
	recordCard(tab, 'd', 'a', makeCard([3, 3], DAY));
	tab.settle();
	const now = T0 + days * DAY;
	// Past the days the summary covers, the deck list makes it again, knowing the deck's cards from the site.
	const counts = makeStore(storage, now).glance('d', 2, now, ['a', 'b']).counts;
	const p = makeStore(storage, now).loadToday('d', now);
	const queue = buildQueue({ cardIds: ['a', 'b'], states: p.cards, log: p.log, settings: DEFAULT_SETTINGS, now });
	expect(counts).toEqual(countsOf(queue));
});

describe('a stored summary is trusted only as written', () => {
	const value: DeckSummaryValue = {
		v: 2,
		sig: 'abc.def',
		title: 'Crocus "City" Hall',
		dayStartsAt: 4,
		nonNew: 3,
		outside: 0,
		due: [[T0, 1, 2]],
		until: T0 + 14 * DAY,
		day: T0,
		newDone: 1,
		reviewsDone: 2,
		next: T0 + DAY,
		latest: T0,
		reviews: 5
	};
	const stored = encodeSummary(value);

	it('reads back what was written', () => {
		expect(decodeSummary(stored)).toEqual(value);
	});

	it.each([
		['a count changed', stored.replace('"newDone":1', '"newDone":7')],
		['the checksum changed', stored.replace(/^\{"c":"(.)/, (_, ch: string) => `{"c":"${ch === 'a' ? 'b' : 'a'}`)],
		['the same value written with spaces', stored.replace('"v":2,', '"v": 2,')],
		['the earlier format, every due day kept', encodeSummary({ ...value, v: 1, until: undefined } as never)],
		['no checksum', JSON.stringify(value)],
		['cut short', stored.slice(0, -5)],
		['not JSON', '{"c":"abc",oops}'],
		['a well-formed checksum over a malformed value', encodeSummary({ ...value, newDone: -1 })]
	])('is refused with %s', (_, raw) => {
		expect(decodeSummary(raw)).toBeNull();
	});
});
