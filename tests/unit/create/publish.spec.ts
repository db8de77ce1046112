import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { editFields } from '../../../src/lib/create/edit';
import { buildDeck, findClash } from '../../../src/lib/create/publish';
import { deckFileName, deckToYaml } from '../../../src/lib/create/yaml';
import { parseDeck } from '../../../src/lib/decks/parse';
import { DeckSchema } from '../../../src/lib/decks/schema';
import { makeCard, makeReview } from './factories';

const fields = { title: 'Harlow theatre attack', id: 'harlow-theatre-attack', description: '' };

function reviewed() {
	const review = makeReview();
	review.acceptGroup('toll');
	review.acceptGroup('actor');
	review.reject('denvik-claim');
	const ortiz = review.items.find((i) => i.card.id === 'lena-ortiz-role')!.card;
	review.edit('lena-ortiz-role', { ...editFields(ortiz), accept: 'Ortiz', explanation: 'Quoted on the group’s aims.' });
	return review;
}

describe('building the deck', () => {
	it('holds only accepted and edited cards, its sources, and a description citing them when none is written', () => {
		const review = reviewed();
		const result = buildDeck(fields, review.sources, review.chosen, review.texts);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.deck.cards.map((c) => c.id)).toEqual([
			'denvik-killed',
			'denvik-injured',
			'lena-ortiz-role',
			'lena-ortiz-affiliation'
		]);
		expect(result.deck.description).toBe('Cards from Denvik Courier, 2024-03-09.');
		expect(result.deck.sources).toEqual([
			{
				id: 'gunmen-storm-harlow-theatre',
				title: 'Gunmen storm Harlow theatre',
				publisher: 'Denvik Courier',
				published: '2024-03-09'
			}
		]);
		expect(v.is(DeckSchema, result.deck)).toBe(true);
	});

	it('refuses a deck without accepted cards', () => {
		const review = makeReview();
		review.reject('denvik-killed');
		expect(buildDeck(fields, review.sources, review.chosen, review.texts)).toEqual({
			ok: false,
			errors: ['Accept at least one card: a deck needs cards to study.']
		});
	});

	it.each([
		['a bad id', { ...fields, id: 'Harlow!' }, [makeCard()], /^Deck id: use lowercase/],
		['two cards with one id', fields, [makeCard(), makeCard()], /card "harlow-killed": id is used twice/],
		[
			'a quote not in its paragraph',
			fields,
			[makeCard({ source: { doc: 'gunmen-storm-harlow-theatre', paragraph: 4, quote: 'killing at least 37 people' } })],
			/is not in paragraph 4/
		],
		[
			'a card citing no listed source',
			fields,
			[makeCard({ source: { doc: 'elsewhere', paragraph: 1, quote: 'x' } })],
			/source doc "elsewhere" is not one of the deck's sources/
		],
		[
			'a choice repeating the answer',
			fields,
			[makeCard({ choices: ['At least 37'] })],
			/choices must not repeat the answer/
		]
	])('refuses %s', (_, deckFields, cards, message) => {
		const review = makeReview();
		const result = buildDeck(deckFields, review.sources, cards, review.texts);
		expect(result.ok ? [] : result.errors).toContainEqual(expect.stringMatching(message));
	});
});

describe('the deck file', () => {
	it('is named after the id and parses with the deck parser to the same deck', () => {
		const review = reviewed();
		const result = buildDeck(
			{ ...fields, description: 'Gunmen at the Harlow theatre, March 2024.' },
			review.sources,
			review.chosen,
			review.texts
		);
		if (!result.ok) throw new Error(result.errors.join('\n'));
		const yaml = deckToYaml(result.deck);
		expect(deckFileName(result.deck)).toBe('harlow-theatre-attack.yaml');
		expect(yaml.split('\n').slice(0, 3)).toEqual([
			'id: harlow-theatre-attack',
			'title: Harlow theatre attack',
			'description: Gunmen at the Harlow theatre, March 2024.'
		]);
		expect(parseDeck(yaml, 'harlow-theatre-attack.yaml')).toEqual({ ok: true, deck: result.deck });
	});

	it('round-trips any choice of reviewed cards through YAML and the parser', () => {
		const review = makeReview();
		const all = review.items.map((i) => i.card);
		fc.assert(
			fc.property(fc.subarray(all, { minLength: 1 }), (cards) => {
				const result = buildDeck(fields, review.sources, cards, review.texts);
				expect(result.ok).toBe(true);
				if (result.ok) expect(parseDeck(deckToYaml(result.deck), 'x.yaml')).toEqual({ ok: true, deck: result.deck });
			}),
			{ numRuns: 40 }
		);
	});
});

describe('an id already in use', () => {
	const known = [
		{ id: 'crocus-starter', title: 'Crocus City Hall attack — the essentials', origin: 'built-in' as const },
		{ id: 'harlow-theatre-attack', title: 'Harlow (old draft)', origin: 'local' as const }
	];
	it.each([
		['crocus-starter', { id: 'crocus-starter', title: 'Crocus City Hall attack — the essentials', origin: 'built-in' }],
		['harlow-theatre-attack', { id: 'harlow-theatre-attack', title: 'Harlow (old draft)', origin: 'local' }],
		['harlow-2', null]
	])('%s clashes with %o', (id, clash) => {
		expect(findClash(id, known)).toEqual(clash);
	});
});
