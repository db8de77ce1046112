import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../src/lib/storage/memory';
import { DAY, T0, entry, makeCard, makeStore, recordCard } from './helpers';
import { applyImport, exportAll, previewImport } from '../../../src/lib/storage/backup';

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
		const text = exportAll(from, T0);
		expect(JSON.parse(text)).toMatchObject({
			format: 'briefing-trainer-progress',
			version: 2,
			exportedAt: new Date(T0).toISOString()
		});
		const to = makeStore();
		const result = applyImport(to, text);
		expect(result.ok).toBe(true);
		for (const deck of ['crocus', 'kerman']) expect(to.load(deck)).toEqual(from.load(deck));
	});

	it('merges: later state wins per card, logs united without duplicates', () => {
		const mine = filled();
		const theirs = makeStore();
		const newer = makeCard([3, 3, 3]);
		theirs.record('crocus', 'a', newer, entry('a', newer.last_review!.getTime()));
		theirs.record('crocus', 'b', makeCard([1]), entry('b', T0, 1));
		const text = exportAll(theirs, T0 + DAY);
		expect(previewImport(mine, text)).toEqual({
			ok: true,
			summary: {
				exportedAt: new Date(T0 + DAY).toISOString(),
				cards: 2,
				reviews: 2,
				decks: [{ deckId: 'crocus', cards: 2, reviews: 2, newer: 1, older: 1 }]
			}
		});
		applyImport(mine, text);
		const p = mine.load('crocus');
		expect(p.cards.get('a')).toEqual(newer);
		expect(p.cards.get('b')).toEqual(makeCard([3, 3]));
		expect(p.log.map((e) => `${e.cardId}@${(e.at - T0) / DAY}/${e.rating}`)).toEqual([
			'a@0/3',
			'b@0/1',
			'b@1/3',
			'a@2/3'
		]);
		applyImport(mine, text);
		expect(mine.load('crocus').log).toHaveLength(4);
	});

	const good = () => JSON.parse(exportAll(filled(), T0)) as { decks: Record<string, Record<string, unknown>> };
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
		expect(previewImport(store, text)).toEqual({ ok: false, error });
		expect(applyImport(store, text)).toEqual({ ok: false, error });
		expect(storage.keys().map((k) => [k, storage.getItem(k)])).toEqual(before);
	});

	it('rolls back a whole import when storage fills up', () => {
		const text = exportAll(filled(), T0);
		const storage = new MemoryStorage(200);
		const store = makeStore(storage);
		recordCard(store, 'crocus', 'z', makeCard());
		const before = storage.keys().map((k) => [k, storage.getItem(k)]);
		expect(applyImport(store, text)).toMatchObject({
			ok: false,
			error: expect.stringMatching(/^Browser storage is full/)
		});
		expect(storage.keys().map((k) => [k, storage.getItem(k)])).toEqual(before);
	});
});
