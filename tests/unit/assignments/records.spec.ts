import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	findSent,
	lastSentFor,
	listReceived,
	listSent,
	putReceived,
	putSent,
	RECEIVED_RECORD,
	SENT_KEPT,
	toReceived
} from '../../../src/lib/assignments/records';
import { makeAssignment, makeStore, NOW } from './factories';

describe('received assignments', () => {
	it('lists them soonest due first, replacing by id', () => {
		const store = makeStore();
		putReceived(store, toReceived(makeAssignment(2, { id: 'later', dueDate: '2024-04-01' }), NOW));
		putReceived(store, toReceived(makeAssignment(2, { id: 'sooner', dueDate: '2024-03-21' }), NOW));
		putReceived(store, toReceived(makeAssignment(2, { id: 'later', dueDate: '2024-03-30', version: 2 }), NOW));
		expect(listReceived(store).map((r) => [r.id, r.dueDate, r.version])).toEqual([
			['sooner', '2024-03-21', 1],
			['later', '2024-03-30', 2]
		]);
	});

	it('drops one unreadable entry, not the list', () => {
		const store = makeStore();
		const good = toReceived(makeAssignment(2, { id: 'good' }), NOW);
		store.setRecord(RECEIVED_RECORD, [good, { id: 'broken', dueDate: 'soon' }, 42]);
		expect(listReceived(store)).toEqual([good]);
	});

	it('keeps every field through storage (any title, instructions, target)', () => {
		fc.assert(
			fc.property(
				fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && s.trim() === s),
				fc.string(),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.boolean(),
				(title, instructions, minRecall, allStudied) => {
					const store = makeStore();
					const r = toReceived(makeAssignment(1, { title, instructions, target: { minRecall, allStudied } }), NOW);
					putReceived(store, r);
					expect(listReceived(store)).toEqual([r]);
				}
			),
			{ numRuns: 50 }
		);
	});
});

describe('sent assignments', () => {
	it('keeps one version per id, newest first, and finds the last one for a deck', () => {
		const store = makeStore();
		putSent(store, makeAssignment(2, { id: 'one', createdAt: '2024-03-18T09:00:00.000Z' }));
		putSent(store, makeAssignment(2, { id: 'two', createdAt: '2024-03-19T09:00:00.000Z' }));
		putSent(store, makeAssignment(3, { id: 'one', version: 2, createdAt: '2024-03-20T09:00:00.000Z' }));
		expect(listSent(store).map((a) => [a.id, a.version])).toEqual([
			['one', 2],
			['two', 1]
		]);
		expect(lastSentFor(store, 'crocus-city-hall')?.id).toBe('one');
		expect(lastSentFor(store, 'another-deck')).toBeNull();
		expect(findSent(store, 'two')?.deck.cards).toHaveLength(2);
	});

	it(`keeps the newest ${SENT_KEPT}`, () => {
		const store = makeStore();
		for (let i = 0; i < SENT_KEPT + 3; i++) {
			putSent(store, makeAssignment(1, { id: `a${i}`, createdAt: new Date(NOW + i * 1000).toISOString() }));
		}
		const ids = listSent(store).map((a) => a.id);
		expect(ids).toHaveLength(SENT_KEPT);
		expect(ids[0]).toBe(`a${SENT_KEPT + 2}`);
		expect(ids).not.toContain('a2');
	});
});
