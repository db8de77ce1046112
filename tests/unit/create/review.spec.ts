import { describe, expect, it } from 'vitest';
import { editFields } from '../../../src/lib/create/edit';
import { makeDoc, makeReview } from './factories';

describe('reviewing the proposed cards', () => {
	it('starts with every card undecided, grouped by kind in the deck format’s order, the first card selected', () => {
		const review = makeReview();
		expect(review.counts).toEqual({ proposed: review.items.length, kept: 0, rejected: 0 });
		expect(review.groups.map((g) => g.kind)).toEqual(['date', 'toll', 'actor', 'motive']);
		expect(review.groups.map((g) => g.items.length)).toEqual([1, 2, 3, 1]);
		expect(review.selectedId).toBe(review.items[0]?.card.id);
		expect(review.chosen).toEqual([]);
	});

	it.each([
		['accept', 'accepted', 1],
		['reject', 'rejected', 0]
	] as const)('%s marks the card %s and puts %i card(s) in the deck', (action, status, inDeck) => {
		const review = makeReview();
		review[action]('denvik-killed');
		expect(review.status('denvik-killed')).toBe(status);
		expect(review.chosen.map((c) => c.id)).toEqual(inDeck ? ['denvik-killed'] : []);
		expect(review.groups.find((g) => g.kind === 'toll')?.kept).toBe(inDeck);
	});

	it('accepts a whole group without overturning a card rejected in it', () => {
		const review = makeReview();
		review.reject('denvik-injured');
		expect(review.acceptGroup('toll')).toBe(1);
		expect(review.chosen.map((c) => c.id)).toEqual(['denvik-killed']);
		expect(review.status('denvik-date')).toBe('proposed');
	});

	it('brings a rejected card back to undecided', () => {
		const review = makeReview();
		review.reject('lena-ortiz-role');
		review.undecide('lena-ortiz-role');
		expect(review.counts.rejected).toBe(0);
		expect(review.status('lena-ortiz-role')).toBe('proposed');
	});

	it('keeps an edit, puts the edited card in the deck and keeps it edited when accepted again', () => {
		const review = makeReview();
		const card = review.items.find((i) => i.card.id === 'lena-ortiz-role')!.card;
		const result = review.edit('lena-ortiz-role', {
			...editFields(card),
			prompt: 'Who is the analyst quoted on the Eastern Shield?',
			accept: 'Ortiz\nL. Ortiz'
		});
		expect(result.ok).toBe(true);
		review.accept('lena-ortiz-role');
		expect(review.status('lena-ortiz-role')).toBe('edited');
		expect(review.chosen).toEqual([
			{ ...card, prompt: 'Who is the analyst quoted on the Eastern Shield?', accept: ['Ortiz', 'L. Ortiz'] }
		]);
	});

	it('refuses an edit whose quote is no longer in the paragraph, and leaves the card as it was', () => {
		const review = makeReview();
		const card = review.items.find((i) => i.card.id === 'denvik-killed')!.card;
		const result = review.edit('denvik-killed', { ...editFields(card), answer: '38', quote: 'killing 38 people' });
		expect(result).toEqual({
			ok: false,
			errors: { quote: expect.stringContaining('not found word for word in paragraph 3') }
		});
		expect(review.status('denvik-killed')).toBe('proposed');
		expect(review.items.find((i) => i.card.id === 'denvik-killed')!.card).toEqual(card);
	});

	it('shows the evidence of the selected card and ignores an unknown id', () => {
		const review = makeReview();
		review.select('denvik-claim');
		expect(review.selectedEvidence).toEqual({
			doc: 'gunmen-storm-harlow-theatre',
			paragraph: 4,
			quote: 'the Eastern Shield claimed responsibility'
		});
		review.select('no-such-card');
		expect(review.selectedId).toBe('denvik-claim');
	});
});

describe('cards that need a check, cards added from a selection, merged events', () => {
	const twoReports = [
		makeDoc(),
		makeDoc({
			title: 'Harlow theatre toll rises',
			publisher: 'Nordic Wire',
			text: [
				'Harlow theatre toll rises',
				'An attack on the Harlow theatre in Denvik on March 8 killed 39 people, officials said.',
				'Separately, police said 4 people were killed overnight.'
			].join('\n\n')
		})
	];

	it('lists cards that need a check first, with their reason, and keeps them out of group actions', () => {
		const review = makeReview(twoReports);
		expect(review.needsCheck.length).toBeGreaterThan(0);
		expect(review.needsCheck.every((i) => i.check && i.check.length > 10)).toBe(true);
		expect(review.selectedId).toBe(review.needsCheck[0]!.card.id);
		const flagged = review.needsCheck[0]!;
		review.acceptGroup(flagged.card.kind);
		expect(review.status(flagged.card.id)).toBe('proposed');
	});

	it('merges the attack both documents report into one event', () => {
		const review = makeReview(twoReports);
		expect(review.mergedEvents.map((e) => e.description)).toEqual([
			'the 8 March 2024 attack on the Harlow theatre in Denvik'
		]);
	});

	it('adds a card from a selection, citing the paragraph it came from', () => {
		const review = makeReview();
		const result = review.add({
			kind: 'other',
			prompt: 'What did the leaflet left at the scene read?',
			answer: '<script>alert(1)</script>',
			doc: 'gunmen-storm-harlow-theatre',
			paragraph: 6,
			quote: 'A leaflet left at the scene read'
		});
		expect(result.ok).toBe(true);
		expect(review.status('added-script-alert-1-script')).toBe('edited');
		expect(review.chosen.map((c) => c.id)).toContain('added-script-alert-1-script');
	});

	it('refuses an added card whose quote is not in the paragraph named', () => {
		const review = makeReview();
		const result = review.add({
			kind: 'toll',
			prompt: 'How many were killed?',
			answer: '37',
			doc: 'gunmen-storm-harlow-theatre',
			paragraph: 4,
			quote: 'killing at least 37 people'
		});
		expect(result.ok ? null : result.errors.quote).toMatch(/not found word for word in paragraph 4/);
		expect(review.items.some((i) => i.card.id.startsWith('added-'))).toBe(false);
	});

	it('lets an edit cite another paragraph when the quote stands there', () => {
		const review = makeReview();
		const card = review.items.find((i) => i.card.id === 'denvik-killed')!.card;
		const result = review.edit('denvik-killed', {
			...editFields(card),
			paragraph: '4',
			quote: 'claimed responsibility'
		});
		expect(result.ok).toBe(true);
		expect(review.items.find((i) => i.card.id === 'denvik-killed')!.card.source.paragraph).toBe(4);
	});
});
