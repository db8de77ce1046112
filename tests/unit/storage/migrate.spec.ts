import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../src/lib/storage/memory';
import { DAY, T0, entry, makeCard, makeStore } from './helpers';

/** A v1 value as the first version wrote it: ts-fsrs cards through JSON, reviews with ISO times. */
function v1Value(
	cards: Record<string, ReturnType<typeof makeCard>>,
	log: { cardId: string; at: number; rating: number }[]
) {
	return JSON.stringify({
		cards,
		log: log.map((e) => ({
			cardId: e.cardId,
			rating: e.rating,
			review: new Date(e.at).toISOString(),
			durationMs: 3000
		}))
	});
}

describe('v1 → v2', () => {
	it('moves naive JSON progress into the compact keys, then removes the v1 key', () => {
		const storage = new MemoryStorage();
		const a = makeCard([3, 3]);
		const b = makeCard([1]);
		const value = v1Value({ a, b }, [
			{ cardId: 'a', at: T0, rating: 3 },
			{ cardId: 'b', at: T0, rating: 1 },
			{ cardId: 'a', at: T0 + DAY, rating: 3 }
		]);
		storage.setItem('bt:v1:progress:crocus', value);
		const store = makeStore(storage);
		const p = store.load('crocus');
		expect(p.cards).toEqual(
			new Map([
				['a', a],
				['b', b]
			])
		);
		expect(p.log).toEqual([entry('a', T0, 3, 3000), entry('b', T0, 1, 3000), entry('a', T0 + DAY, 3, 3000)]);
		expect(storage.getItem('bt:v1:progress:crocus')).toBeNull();
		expect(JSON.parse(storage.getItem('bt:meta')!)).toEqual({ version: 2 });
		expect(store.notices).toEqual([
			{ kind: 'migrated', message: 'Saved progress for 1 deck was upgraded to a more compact format.' }
		]);
		expect(store.usage().chars).toBeLessThan(value.length / 3);
	});

	it('keeps the v1 data when storage is too full for the v2 keys, and tries again later', () => {
		const value = v1Value({ a: makeCard() }, [{ cardId: 'a', at: T0, rating: 3 }]);
		const storage = new MemoryStorage('bt:v1:progress:crocus'.length + value.length + 10);
		storage.setItem('bt:v1:progress:crocus', value);
		const store = makeStore(storage);
		expect(store.load('crocus').cards.size).toBe(0);
		expect(storage.getItem('bt:v1:progress:crocus')).toBe(value);
		expect(storage.getItem('bt:meta')).toBeNull();
		expect(store.notices.map((n) => n.kind)).toEqual(['quota']);
	});

	it('sets aside a v1 value that is not valid JSON progress', () => {
		const storage = new MemoryStorage();
		storage.setItem('bt:v1:progress:crocus', '{"cards": 5}');
		const store = makeStore(storage);
		expect(store.load('crocus').cards.size).toBe(0);
		expect(storage.keys().some((k) => k.startsWith('bt:quarantine:') && k.endsWith(':bt:v1:progress:crocus'))).toBe(
			true
		);
		expect(store.notices[0]?.kind).toBe('corrupt');
	});
});
