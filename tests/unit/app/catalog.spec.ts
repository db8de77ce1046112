import { describe, expect, it } from 'vitest';
import { lastStudied, type CatalogEntry } from '../../../src/lib/app/catalog';
import { DAY, T0, entry, makeCard, makeStore } from '../storage/helpers';

const entries: CatalogEntry[] = ['crocus', 'kerman', 'isis-k'].map((id) => ({
	id,
	title: id,
	description: '',
	cardCount: 10,
	origin: 'built-in'
}));

describe('the deck the Progress page shows first', () => {
	it.each([
		['nothing studied: the first of the list', [], 'crocus'],
		['one deck studied: that deck', [['isis-k', T0]], 'isis-k'],
		[
			'several: the one reviewed last, wherever it is in the list',
			[
				['crocus', T0 + DAY],
				['kerman', T0 + 3 * DAY],
				['isis-k', T0 + 2 * DAY]
			],
			'kerman'
		]
	] as [string, [string, number][], string][])('%s', (_, reviews, expected) => {
		const store = makeStore();
		for (const [deckId, at] of reviews) store.record(deckId, 'a', makeCard([3]), entry('a', at, 3, 1000));
		expect(lastStudied(entries, store, T0 + 4 * DAY)).toBe(expected);
	});

	it('an empty list has none', () => {
		expect(lastStudied([], makeStore(), T0)).toBeUndefined();
	});
});
