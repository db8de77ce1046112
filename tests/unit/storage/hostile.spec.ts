/**
 * Hostile and clumsy input, case by case: every state that reaches the store from outside is checked for meaning,
 * and what cannot be used is refused or set aside with the field named — the app keeps working.
 */
import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, type Card } from 'ts-fsrs';
import { encodeCards } from '../../../src/lib/storage/encode';
import { checkCardState } from '../../../src/lib/storage/validate';
import { DAY, MIN, T0, entry, makeCard, makeStore, recordCard } from './helpers';

const review = makeCard([3, 3]);
const relearning = makeCard([3, 3, 1], 10 * DAY);
const at = (iso: string) => new Date(iso);

describe('checkCardState: what ts-fsrs can schedule', () => {
	it.each<[string, Card, string | null]>([
		['a new card', createEmptyCard(new Date(T0)), null],
		['a review card', review, null],
		['a relearning card', relearning, null],
		['stability −5', { ...review, stability: -5 }, 'stability'],
		['stability NaN', { ...review, stability: NaN }, 'stability'],
		['stability Infinity', { ...review, stability: Infinity }, 'stability'],
		['stability 0 on a reviewed card', { ...review, stability: 0 }, 'stability'],
		['difficulty 11', { ...review, difficulty: 11 }, 'difficulty'],
		['difficulty 0.5 on a reviewed card', { ...review, difficulty: 0.5 }, 'difficulty'],
		['a review state with no last review', { ...review, last_review: undefined }, 'last_review'],
		['learning_steps −1', { ...review, learning_steps: -1 }, 'learning_steps'],
		['learning_steps 1.5', { ...review, learning_steps: 1.5 }, 'learning_steps'],
		['reps 0 in review', { ...review, reps: 0, lapses: 0 }, 'reps'],
		['more lapses than reps', { ...review, lapses: 9 }, 'lapses'],
		['relearning with no lapse', { ...relearning, lapses: 0 }, 'lapses'],
		['state 7', { ...review, state: 7 as Card['state'] }, 'state'],
		['due before the last review', { ...review, due: new Date(T0 - DAY) }, 'due'],
		['due in the year 3000', { ...review, due: at('3000-01-01T00:00:00Z') }, 'due'],
		['an invalid date', { ...review, last_review: new Date(NaN) }, 'last_review']
	])('%s', (_, card, field) => {
		const r = checkCardState(card);
		expect(r.ok ? null : r.field).toBe(field);
	});
});

/** A progress file as the Progress page exports it, with one card's state replaced. */
function backupWith(card: Card): string {
	const store = makeStore();
	recordCard(store, 'crocus', 'ok', review);
	const file = JSON.parse(store.exportAll(T0)) as { decks: Record<string, { ids: string[]; cards: string }> };
	const deck = file.decks.crocus!;
	deck.ids = ['ok', 'bad'];
	deck.cards = encodeCards([
		[0, review],
		[1, card]
	]);
	return JSON.stringify(file);
}

describe('a hostile backup is refused with the field named, and nothing changes', () => {
	it.each<[string, Card, string]>([
		['stability −5', { ...review, stability: -5 }, 'decks.crocus.cards.bad.stability: must be'],
		['stability NaN', { ...review, stability: NaN }, 'decks.crocus.cards.bad.stability: must be'],
		['a review state without last review', { ...review, last_review: undefined }, 'decks.crocus.cards.bad.last_review'],
		['difficulty 11', { ...review, difficulty: 11 }, 'decks.crocus.cards.bad.difficulty: must be between 1 and 10'],
		['due before the last review', { ...review, due: new Date(T0 - DAY) }, 'decks.crocus.cards.bad.due: is before']
	])('%s', (_, card, error) => {
		const text = backupWith(card);
		const store = makeStore();
		recordCard(store, 'crocus', 'mine', review);
		const before = new Map(store.storage.keys().map((k) => [k, store.storage.getItem(k)]));
		const preview = store.previewImport(text);
		expect(preview.ok ? '' : preview.error).toContain(error);
		expect(store.importProgress(text)).toEqual(preview);
		expect(new Map(store.storage.keys().map((k) => [k, store.storage.getItem(k)]))).toEqual(before);
	});

	it('a preview that says OK is what the import writes', () => {
		const text = backupWith(makeCard([3, 3, 3]));
		const store = makeStore();
		recordCard(store, 'crocus', 'ok', makeCard([3]));
		const preview = store.previewImport(text);
		expect(preview).toMatchObject({ ok: true, summary: { decks: [{ deckId: 'crocus', changed: ['ok', 'bad'] }] } });
		expect(store.importProgress(text)).toEqual(preview);
		expect(store.load('crocus').cards.get('bad')).toEqual(makeCard([3, 3, 3]));
	});
});

describe('stored values that decode but mean nothing', () => {
	it.each<[string, Partial<Card>]>([
		['stability −5', { stability: -5 }],
		['stability NaN', { stability: NaN }],
		['a review state without last review', { last_review: undefined }]
	])('a chunk holding %s is set aside and its cards rebuilt from the log', (_, damage) => {
		const store = makeStore();
		const f = fsrs({ enable_fuzz: true, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] });
		let card = createEmptyCard(new Date(T0));
		for (let i = 0; i < 3; i++) {
			card = f.next(card, new Date(T0 + i * DAY), 3).card;
			store.record('crocus', 'x', card, entry('x', T0 + i * DAY));
		}
		recordCard(store, 'crocus', 'y', review);
		store.storage.setItem(
			'bt:p:crocus:c0',
			encodeCards([
				[0, { ...card, ...damage } as Card],
				[1, review]
			])
		);
		const fresh = makeStore(store.storage);
		const p = fresh.load('crocus');
		// x is replayed from its three reviews, exactly as graded; y's only review is in the log too.
		expect(p.cards.get('x')).toEqual(card);
		expect(p.lost).toEqual([]);
		expect(fresh.notices[0]?.message).toMatch(/kept aside .*2 cards rebuilt from your review history/);
		expect(fresh.keptAside()).toHaveLength(1);
	});
});

describe('stray keys numbered past any real deck', () => {
	it.each([
		['a log segment numbered 99999999999999999999', 'bt:p:crocus:l99999999999999999999'],
		['a log segment numbered 100001', 'bt:p:crocus:l100001'],
		['a chunk numbered 1e20', 'bt:p:crocus:c100000000000000000000']
	])('%s is no part of the deck: its reviews read as before, at once', (_, key) => {
		const store = makeStore();
		recordCard(store, 'crocus', 'x', review);
		const before = makeStore(store.storage).load('crocus');
		// Reads count down from the last segment: counted from this one, they would never end.
		store.storage.setItem(key, store.storage.getItem('bt:p:crocus:l0')!);
		const fresh = makeStore(store.storage);
		expect(fresh.load('crocus')).toEqual(before);
		recordCard(fresh, 'crocus', 'y', review);
		expect([...makeStore(store.storage).load('crocus').cards.keys()].sort()).toEqual(['x', 'y']);
		expect(fresh.keptAside()).toEqual([]);
	});
});

describe('a v1 value with learning_steps −1', () => {
	it('migrates, rebuilding the card from its log, and keeps the v1 value aside with the field named', () => {
		const store0 = makeStore();
		const good = review;
		const v1 = {
			cards: { a: { ...good, learning_steps: -1 }, b: good },
			log: [
				{ cardId: 'a', rating: 3, review: new Date(T0).toISOString() },
				{ cardId: 'a', rating: 3, review: new Date(T0 + DAY).toISOString() }
			]
		};
		store0.storage.setItem('bt:v1:progress:crocus', JSON.stringify(v1));
		const store = makeStore(store0.storage);
		const p = store.load('crocus');
		expect(p.cards.get('a')?.learning_steps).toBeGreaterThanOrEqual(0);
		expect(p.cards.get('b')).toEqual(good);
		expect(store.notices.map((n) => n.message).join('\n')).toMatch(/card a: learning_steps/);
		expect(store.keptAside().map((k) => k.original)).toEqual(['bt:v1:progress:crocus']);
	});
});

describe('undo with two tabs', () => {
	it('is refused when another tab graded the card since, and keeps both reviews', () => {
		const a = makeStore();
		const b = makeStore(a.storage);
		a.record('d', 'x', makeCard([3]), entry('x', T0));
		b.record('d', 'x', makeCard([3, 3], MIN), entry('x', T0 + MIN));
		expect(a.undo('d')).toMatchObject({ ok: false, message: expect.stringMatching(/another tab/) });
		const p = makeStore(a.storage).load('d');
		expect(p.log).toHaveLength(2);
		expect(p.cards.get('x')).toEqual(makeCard([3, 3], MIN));
		expect(b.undo('d')).toMatchObject({ ok: true, cardId: 'x' });
	});

	it('a grade from a screen that showed a stale state is refused (no duplicate review)', () => {
		const a = makeStore();
		const b = makeStore(a.storage);
		b.grade('d', 'x', makeCard([3]), entry('x', T0), null);
		expect(() => a.grade('d', 'x', makeCard([3]), entry('x', T0 + 5000), null)).toThrow(/another tab/);
		expect(makeStore(a.storage).load('d').log).toHaveLength(1);
	});
});

describe('reviews dated in the future', () => {
	it('are named in a notice, and do not use up today’s new cards', () => {
		const store = makeStore();
		const later = T0 + 30 * DAY;
		for (let i = 0; i < 3; i++) store.record('d', `c${i}`, makeCard([3]), entry(`c${i}`, later + i * 1000));
		store.saveSettings('d', { ...store.getSettings('d'), newPerDay: 2 });
		const glance = store.glance('d', 10, T0 + DAY);
		expect(store.notices.map((n) => n.kind)).toContain('clock');
		expect(store.notices.find((n) => n.kind === 'clock')?.message).toMatch(/dated in the future .* 29 days from now/);
		expect(glance.counts.new).toBe(2);
	});
});

describe('titles in messages', () => {
	it('a local deck is named by its title, not its id', () => {
		const store = makeStore();
		store.saveDeck({
			id: 'local-deck',
			title: 'Kerman bombings',
			description: 'd',
			sources: [{ id: 's', title: 'S', published: '2024-01-04' }],
			cards: [
				{
					id: 'q1',
					kind: 'toll',
					format: 'qa',
					prompt: 'How many died?',
					answer: '95',
					source: { doc: 's', paragraph: 1, quote: '95' }
				}
			]
		});
		expect(store.titleOf('local-deck')).toBe('Kerman bombings');
		recordCard(store, 'local-deck', 'q1', review);
		store.storage.setItem('bt:p:local-deck:c0', 'garbage');
		const fresh = makeStore(store.storage);
		fresh.load('local-deck');
		expect(fresh.notices[0]?.message).toContain('"Kerman bombings"');
	});
});
