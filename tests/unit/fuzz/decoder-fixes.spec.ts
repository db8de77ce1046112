/**
 * Stored values the fuzzer found accepted and then failing, each pinned down: the store must set the value aside
 * (or make it again) with the deck still working, instead of keeping it and failing on the next grade or showing
 * wrong counts on the home page.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { encodeIndex } from '../../../src/lib/storage/progress';
import { replayCard } from '../../../src/lib/storage/replay';
import { DeckSettingsSchema, defaultSettings } from '../../../src/lib/storage/settings';
import { checkCardState } from '../../../src/lib/storage/validate';
import { realisticAssignment } from '../../../src/lib/share/capacity';
import { DAY, T0, entry, makeCard, makeStore, recordCard } from '../storage/helpers';

/** A deck `d` with two studied cards, `a` and `b`. */
function studied() {
	const store = makeStore();
	recordCard(store, 'd', 'a', makeCard([3]));
	recordCard(store, 'd', 'b', makeCard([3, 3]));
	return store;
}

describe('a stored index naming a card id the store cannot write', () => {
	// Each id decodes from the index but fails the store's own id check, so every grade of it used to throw.
	it.each([
		['a non-ASCII character', 'katár'],
		['a control character', 'c\u0000rd'],
		['over 200 characters', 'x'.repeat(201)]
	])('with %s is set aside, and grading the deck works', (_, bad) => {
		const store = studied();
		store.storage.setItem('bt:p:d:ids', encodeIndex(['a', bad]));
		const fresh = makeStore(store.storage, T0 + DAY);
		fresh.load('d');
		expect(fresh.keptAside().map((k) => k.original)).toContain('bt:p:d:ids');
		expect(fresh.notices.map((n) => n.kind)).toContain('corrupt');
		const p = fresh.load('d');
		const next = makeCard([3, 3, 3]);
		fresh.grade('d', 'a', next, entry('a', T0 + DAY), p.cards.get('a') ?? null);
		expect(fresh.load('d').cards.get('a')).toEqual(next);
	});
});

describe('a v1 value whose card id v2 cannot write', () => {
	const card = { ...makeCard([3]), due: new Date(T0).toISOString(), last_review: new Date(T0).toISOString() };
	it.each([
		['a space in a card id', { cards: { 'card 1': card }, log: [] }, 'cards'],
		['a space in a review’s card id', { cards: {}, log: [{ cardId: 'card 1', rating: 3, review: T0 }] }, 'log.0.cardId']
	])('with %s is kept aside with the field named, and the store opens', (_, value, field) => {
		const store0 = makeStore();
		store0.storage.setItem('bt:v1:progress:crocus', JSON.stringify(value));
		const store = makeStore(store0.storage);
		expect(store.load('crocus').cards.size).toBe(0);
		expect(store.keptAside().map((k) => k.original)).toEqual(['bt:v1:progress:crocus']);
		expect(store.notices.map((n) => n.message).join('\n')).toContain(`(${field}`);
	});
});

describe('a damaged deck summary', () => {
	const summary = (store: ReturnType<typeof makeStore>) => JSON.parse(store.storage.getItem('bt:p:d:sum')!);
	it.each([
		['a count changed', (s: Record<string, unknown>) => ({ ...s, nonNew: 0 })],
		['a count made null', (s: Record<string, unknown>) => ({ ...s, nonNew: null })],
		['a due row made negative', (s: Record<string, unknown>) => ({ ...s, due: [[T0, -1, 0]] })],
		['its checksum removed', ({ c: _, ...s }: Record<string, unknown>) => s]
	])('with %s is made again, so the home page shows the true counts', (_, damage) => {
		const store = studied();
		const truth = makeStore(store.storage, T0 + DAY).glance('d', 5, T0 + DAY);
		store.storage.setItem('bt:p:d:sum', JSON.stringify(damage(summary(store))));
		expect(makeStore(store.storage, T0 + DAY).glance('d', 5, T0 + DAY)).toEqual(truth);
		expect(truth.counts.new).toBe(3);
	});

	it('never names a deck by a damaged title', () => {
		const store = makeStore();
		const deck = { ...realisticAssignment(2).deck, id: 'd' };
		store.saveDeck(deck);
		store.storage.setItem('bt:p:d:sum', JSON.stringify({ ...summary(store), title: 'Forged title' }));
		expect(makeStore(store.storage).titleOf('d')).toBe(deck.title);
		expect(
			makeStore(store.storage)
				.localDecks()
				.map((d) => d.title)
		).toEqual([deck.title]);
	});
});

describe('values ts-fsrs cannot schedule, found at 10,000 inputs', () => {
	it('a reviewed card with stability under ts-fsrs’s minimum is refused, naming the field', () => {
		const check = checkCardState({ ...makeCard([3]), stability: 1e-9 });
		expect(check).toMatchObject({ ok: false, field: 'stability' });
	});

	it.each([['99999999999999999999m'], ['36501d']])('a learning step of %s is refused by the settings', (step) => {
		expect(v.safeParse(DeckSettingsSchema, { learningSteps: [step] }).success).toBe(false);
		expect(v.safeParse(DeckSettingsSchema, { learningSteps: ['36500d'] }).success).toBe(true);
	});

	it('a card’s reviews replay to the same state in any order', () => {
		const log = [1, 3, 3].map((rating, i) => ({ cardId: 'a', at: T0 + i * DAY, rating: rating as 1 | 3 }));
		const settings = defaultSettings();
		expect(replayCard([...log].reverse(), settings)).toEqual(replayCard(log, settings));
	});

	it('a backup nested 20,000 deep is refused with a message, and nothing stored changes', () => {
		const store = studied();
		const before = store.exportAll(T0);
		const deep = `{"format":"briefing-trainer-progress","version":2,"decks":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
		expect(store.previewImport(deep)).toEqual({ ok: false, error: expect.stringMatching(/nested far deeper/) });
		expect(store.importProgress(deep).ok).toBe(false);
		expect(store.exportAll(T0)).toBe(before);
	});
});
