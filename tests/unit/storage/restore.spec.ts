/**
 * Putting back card states and review history that were kept aside. Their slots are positions in the card list they
 * were written with, which may not be today's list (another version's, or one rebuilt after it could not be read):
 * they must reach the same cards, by id, or not be restored at all.
 */
import { describe, expect, it } from 'vitest';
import type { Card } from 'ts-fsrs';
import { encodeCards, encodeLog } from '../../../src/lib/storage/encode';
import { SEGMENT_ENTRIES, quarantineKey } from '../../../src/lib/storage/keys';
import { decodeLog } from '../../../src/lib/storage/log';
import { MemoryStorage } from '../../../src/lib/storage/memory';
import { encodeIndex } from '../../../src/lib/storage/progress';
import { DAY, T0, entry, makeCard, makeStore, recordCard } from './helpers';

const AT = new Date(T0 + 3 * DAY).toISOString();
const aside = (key: string) => quarantineKey(AT, key);

/** A deck `d` whose current card list is `current` (each card studied once), and values kept aside beside it. */
function setUp(current: string[], kept: Record<string, string>) {
	const storage = new MemoryStorage();
	const writer = makeStore(storage, T0);
	for (const id of current) recordCard(writer, 'd', id, makeCard([3]));
	for (const [key, value] of Object.entries(kept)) storage.setItem(aside(key), value);
	return makeStore(storage, T0 + 4 * DAY);
}

/** A state reviewed after anything `setUp` wrote, so a merge takes it. */
const later: Card = makeCard([3, 3, 3], DAY);
const stateOf = (store: ReturnType<typeof makeStore>, id: string) => store.load('d').cards.get(id);

describe('a kept-aside chunk of card states', () => {
	it.each([
		['set aside alone: today’s list is the one it was written with', ['a', 'b'], null, 'b', 1],
		['set aside with another order of the list: by card id', ['b', 'a'], ['a', 'b'], 'b', 1],
		['its card is not in today’s list: the card is added', ['b'], ['a', 'b', 'c'], 'c', 2]
	])('%s', (_, current, keptIndex, card, slot) => {
		const kept: Record<string, string> = { 'bt:p:d:c0': encodeCards(new Map([[slot, later]])) };
		if (keptIndex) kept['bt:p:d:ids'] = encodeIndex(keptIndex);
		const store = setUp(current, kept);
		const others = current.filter((id) => id !== card).map((id) => [id, stateOf(store, id)] as const);

		const r = store.restoreKeptAside(aside('bt:p:d:c0'));

		expect(r).toMatchObject({ ok: true, message: expect.stringContaining('Restored 1 card state') as string });
		expect(stateOf(store, card)).toEqual(later);
		// No other card was given the state, nor lost its own.
		for (const [id, state] of others) expect(stateOf(store, id)).toEqual(state);
		expect(store.keptAside().map((k) => k.original)).toEqual(keptIndex ? ['bt:p:d:ids'] : []);
	});

	it('set aside alone, before the list was set aside and started again: by the list set aside after it', () => {
		// At AT the chunk alone was set aside, the list then [a, b]; a day later that list was set aside too, and the
		// deck started again as [b, a].
		const store = setUp(['b', 'a'], { 'bt:p:d:c0': encodeCards(new Map([[0, later]])) });
		store.storage.setItem(quarantineKey(new Date(T0 + 4 * DAY).toISOString(), 'bt:p:d:ids'), encodeIndex(['a', 'b']));
		const b = stateOf(store, 'b');

		expect(store.restoreKeptAside(aside('bt:p:d:c0')).ok).toBe(true);

		expect(stateOf(store, 'a')).toEqual(later);
		expect(stateOf(store, 'b')).toEqual(b);
	});

	it('is refused, and nothing changes, when the list it was written with cannot be read', () => {
		const store = setUp(['b', 'a'], {
			'bt:p:d:c0': encodeCards(new Map([[0, later]])),
			'bt:p:d:ids': 'garbage'
		});
		const before = store.load('d');

		const r = store.restoreKeptAside(aside('bt:p:d:c0'));

		expect(r.ok).toBe(false);
		expect(r.message).toMatch(/list of cards it was saved with cannot be read/);
		expect(store.load('d')).toEqual(before);
		expect(store.keptAside()).toHaveLength(2);
	});
});

describe('a kept-aside segment of review history', () => {
	it('names the same cards once restored, whatever today’s list', () => {
		const at = T0 + 2 * DAY;
		// Reviews of slot 0 ("a" in the list kept with it), in a segment far past today's log.
		const store = setUp(['b', 'a'], {
			'bt:p:d:l7': encodeLog([{ slot: 0, at, rating: 4, durationMs: 1000 }]),
			'bt:p:d:ids': encodeIndex(['a', 'b'])
		});

		expect(store.restoreKeptAside(aside('bt:p:d:l7')).ok).toBe(true);

		expect(store.load('d').log.filter((e) => e.at === at)).toEqual([{ cardId: 'a', at, rating: 4, durationMs: 1000 }]);
	});
});

describe('a kept-aside segment whose place is taken (each grade rewrites the last segment)', () => {
	const segment = (store: ReturnType<typeof makeStore>, n: number) =>
		decodeLog(store.storage.getItem(`bt:p:d:l${n}`) ?? encodeLog([]));

	it('adds its reviews the log lacks, in time order, and says how many', () => {
		const store = setUp(['a', 'b'], {});
		store.record('d', 'a', makeCard([3, 3], 3 * DAY), entry('a', T0 + 3 * DAY));
		const kept = encodeLog([
			// Already in the log: a's first review.
			{ slot: 0, at: T0, rating: 3, durationMs: 4000 },
			// Missing: a review of b between a's two.
			{ slot: 1, at: T0 + DAY, rating: 2, durationMs: 1000 }
		]);
		store.storage.setItem(aside('bt:p:d:l0'), kept);

		const r = store.restoreKeptAside(aside('bt:p:d:l0'));

		expect(r).toMatchObject({ ok: true, message: expect.stringMatching(/^Added 1 review to the history/) });
		expect(segment(store, 0).map((e) => [e.slot, e.at - T0])).toEqual([
			[0, 0],
			[1, 0],
			[1, DAY],
			[0, 3 * DAY]
		]);
		expect(store.keptAside()).toEqual([]);
	});

	it('writes full segments again from the first that holds a later review', () => {
		const store = setUp(['a'], {});
		for (let i = 1; i < 300; i++) store.record('d', 'a', makeCard([3]), entry('a', T0 + i * 60_000));
		expect(segment(store, 1)).toHaveLength(300 - SEGMENT_ENTRIES);
		store.storage.setItem(aside('bt:p:d:l1'), encodeLog([{ slot: 0, at: T0 + 30_000, rating: 1, durationMs: 0 }]));

		expect(store.restoreKeptAside(aside('bt:p:d:l1')).ok).toBe(true);

		expect(segment(store, 0)).toHaveLength(SEGMENT_ENTRIES);
		expect(segment(store, 1)).toHaveLength(301 - SEGMENT_ENTRIES);
		const times = [...segment(store, 0), ...segment(store, 1)].map((e) => e.at);
		expect(times).toEqual([...times].sort((x, y) => x - y));
		expect(times[1]).toBe(T0 + 30_000);
	});
});

describe('a kept-aside card list', () => {
	it('is not discarded while card states kept aside with it need it, and is once they are restored', () => {
		const store = setUp(['b', 'a'], {
			'bt:p:d:c0': encodeCards(new Map([[1, later]])),
			'bt:p:d:ids': encodeIndex(['a', 'b'])
		});

		const refused = store.discardKeptAside(aside('bt:p:d:ids'));

		expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/need it to find their cards/) });
		expect(store.keptAside()).toHaveLength(2);
		expect(store.restoreKeptAside(aside('bt:p:d:c0')).ok).toBe(true);
		expect(stateOf(store, 'b')).toEqual(later);
		expect(store.discardKeptAside(aside('bt:p:d:ids')).ok).toBe(true);
		expect(store.keptAside()).toEqual([]);
	});
});
