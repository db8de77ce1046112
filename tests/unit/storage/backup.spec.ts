import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs } from 'ts-fsrs';
import { MemoryStorage } from '../../../src/lib/storage/memory';
import { DAY, T0, entry, makeCard, makeStore, recordCard } from './helpers';

function filled() {
	const store = makeStore();
	recordCard(store, 'crocus', 'a', makeCard([3]));
	recordCard(store, 'crocus', 'b', makeCard([3, 3]));
	recordCard(store, 'kerman', 'k', makeCard([1]));
	return store;
}

describe('export and import', () => {
	it('an export imported into empty storage gives the same progress', () => {
		const from = filled();
		const text = from.exportAll(T0);
		expect(JSON.parse(text)).toMatchObject({
			format: 'briefing-trainer-progress',
			version: 2,
			exportedAt: new Date(T0).toISOString()
		});
		const to = makeStore();
		const result = to.importProgress(text);
		expect(result.ok).toBe(true);
		for (const deck of ['crocus', 'kerman']) expect(to.load(deck)).toEqual(from.load(deck));
	});

	it('merges by the logs: a side holding every review wins, reviews on both sides are replayed together', () => {
		const mine = filled();
		const theirs = makeStore();
		const newer = makeCard([3, 3, 3]);
		theirs.record('crocus', 'a', newer, entry('a', newer.last_review!.getTime()));
		theirs.record('crocus', 'b', makeCard([1]), entry('b', T0, 1));
		const text = theirs.exportAll(T0 + DAY);
		expect(mine.previewImport(text)).toEqual({
			ok: true,
			summary: {
				exportedAt: new Date(T0 + DAY).toISOString(),
				cards: 2,
				reviews: 2,
				decks: [{ deckId: 'crocus', cards: 2, reviews: 2, newer: 2, older: 0, changed: ['a', 'b'] }]
			}
		});
		mine.importProgress(text);
		const p = mine.load('crocus');
		expect(p.cards.get('a')).toEqual(newer);
		// b: Again here on day 0 (their tab), Good on day 1 (this tab): both reviews, replayed with the app's defaults.
		const f = fsrs({ enable_fuzz: true, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] });
		const replayed = f.next(f.next(createEmptyCard(new Date(T0)), new Date(T0), 1).card, new Date(T0 + DAY), 3).card;
		expect(p.cards.get('b')).toEqual(replayed);
		expect(p.log.map((e) => `${e.cardId}@${(e.at - T0) / DAY}/${e.rating}`)).toEqual([
			'a@0/3',
			'b@0/1',
			'b@1/3',
			'a@2/3'
		]);
		mine.importProgress(text);
		expect(mine.load('crocus').log).toHaveLength(4);
	});

	const good = () => JSON.parse(filled().exportAll(T0)) as { decks: Record<string, Record<string, unknown>> };
	it.each<[string, (f: ReturnType<typeof good>) => unknown, string]>([
		['text that is not JSON', () => 'nope', 'This file is not a progress export (it is not JSON).'],
		['another format', () => ({ format: 'x' }), 'format: this file is not a Briefing Trainer progress export'],
		[
			'a damaged card state',
			(f) => ((f.decks.crocus!.cards = 'C' + 'x'.repeat(10)), f),
			'decks.crocus.cards: not a valid card-state encoding'
		],
		['a damaged log', (f) => ((f.decks.kerman!.log = 'L123!'), f), 'decks.kerman.log: not a valid review-log encoding'],
		[
			'ids missing a card',
			(f) => ((f.decks.crocus!.ids = ['a']), f),
			'decks.crocus.cards: refers to a card that is not in ids'
		],
		[
			'bad settings',
			(f) => ((f.decks.crocus!.settings = { desiredRetention: 2 }), f),
			'decks.crocus.settings.desiredRetention: Invalid value: Expected <=0.99 but received 2'
		]
	])('rejects %s, says where, and changes nothing', (_, mutate, error) => {
		const storage = new MemoryStorage();
		const store = makeStore(storage);
		recordCard(store, 'crocus', 'z', makeCard());
		const before = storage.keys().map((k) => [k, storage.getItem(k)]);
		const m = mutate(good());
		const text = typeof m === 'string' ? m : JSON.stringify(m);
		expect(store.previewImport(text)).toEqual({ ok: false, error });
		expect(store.importProgress(text)).toEqual({ ok: false, error });
		expect(storage.keys().map((k) => [k, storage.getItem(k)])).toEqual(before);
	});

	it('rolls back a whole import when storage fills up', () => {
		const text = filled().exportAll(T0);
		const storage = new MemoryStorage(200);
		const store = makeStore(storage);
		recordCard(store, 'crocus', 'z', makeCard());
		const before = storage.keys().map((k) => [k, storage.getItem(k)]);
		expect(store.importProgress(text)).toMatchObject({
			ok: false,
			error: expect.stringMatching(/^Browser storage is full/)
		});
		expect(storage.keys().map((k) => [k, storage.getItem(k)])).toEqual(before);
	});
});
