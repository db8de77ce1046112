/**
 * The promise of the card codec: a state that went through storage schedules exactly as the state kept in memory,
 * fuzz included (ts-fsrs seeds fuzz from review time, reps and difficulty·stability, so S and D must be bit-exact).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEmptyCard, fsrs, type Card, type Grade, type StepUnit } from 'ts-fsrs';
import { decodeCards } from '../../../src/lib/storage/cards';
import { encodeCards } from '../../../src/lib/storage/encode';
import { makeStore } from './helpers';

const STEP_SETS: StepUnit[][] = [[], ['1m'], ['1m', '10m'], ['5m', '1h', '1d'], ['30m', '2d']];

const arbParams = fc.record({
	request_retention: fc.double({ min: 0.7, max: 0.97, noNaN: true }),
	maximum_interval: fc.integer({ min: 7, max: 36500 }),
	enable_fuzz: fc.boolean(),
	learning_steps: fc.constantFrom(...STEP_SETS),
	relearning_steps: fc.constantFrom(...STEP_SETS)
});

/** Gaps in whole seconds: same-minute repeats, same-day repeats, and long absences. */
const arbGap = fc.oneof(
	fc.integer({ min: 0, max: 120 }),
	fc.integer({ min: 60, max: 86_400 }),
	fc.integer({ min: 86_400, max: 400 * 86_400 })
);
const arbHistory = fc.array(fc.record({ grade: fc.constantFrom<Grade>(1, 2, 3, 4), gap: arbGap }), {
	minLength: 1,
	maxLength: 30
});
const arbStart = fc.integer({ min: 1_700_000_000, max: 1_800_000_000 }).map((s) => s * 1000);

/** The fields the scheduler reads; last_review compared as time so an absent one differs from any date. */
function fields(c: Card) {
	return {
		due: c.due.getTime(),
		stability: c.stability,
		difficulty: c.difficulty,
		state: c.state,
		reps: c.reps,
		lapses: c.lapses,
		elapsed_days: c.elapsed_days,
		scheduled_days: c.scheduled_days,
		learning_steps: c.learning_steps,
		last_review: c.last_review?.getTime()
	};
}

describe('a state that went through storage schedules like the one in memory', () => {
	it('after every review of random histories, through the codec and through ProgressStore', () => {
		fc.assert(
			fc.property(arbParams, arbStart, arbHistory, (params, start, history) => {
				const f = fsrs(params);
				const store = makeStore();
				const empty: Card = createEmptyCard(new Date(start));
				let memory = empty;
				let t = start;
				for (const { grade, gap } of history) {
					t += gap * 1000;
					const at = new Date(t);
					memory = f.next(memory, at, grade).card;
					const fromStore = store.load('deck').cards.get('card-1') ?? empty;
					const next = f.next(fromStore, at, grade).card;
					store.record('deck', 'card-1', next, { cardId: 'card-1', at: t, rating: grade, durationMs: 5000 });
					const loaded = store.load('deck').cards.get('card-1')!;
					expect(fields(loaded)).toEqual(fields(memory));
					expect(Object.is(loaded.stability, memory.stability) && Object.is(loaded.difficulty, memory.difficulty)).toBe(
						true
					);
					expect(fields(decodeCards(encodeCards([[0, memory]])).get(0)!)).toEqual(fields(memory));
				}
				// And the next review from each agrees too, fuzz and all.
				const probe = new Date(t + 3 * 86_400_000);
				const a = f.next(memory, probe, 3).card;
				const b = f.next(store.load('deck').cards.get('card-1')!, probe, 3).card;
				expect(fields(b)).toEqual(fields(a));
			}),
			{ numRuns: 150 }
		);
	});
});
