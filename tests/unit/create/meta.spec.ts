import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDeck, checkDoc, docMetas, ID_PATTERN, isIsoDay, slugify } from '../../../src/lib/create/meta';
import { makeDoc } from './factories';

describe('deck ids from titles', () => {
	it.each([
		['What to Make of the ISIS-K Attack on Moscow', 'what-to-make-of-the-isis-k-attack-on-moscow'],
		['Moscow concert hall attack: How did ISIL recoup?', 'moscow-concert-hall-attack-how-did-isil-recoup'],
		['Crocus City Hall’s toll — 145 dead', 'crocus-city-halls-toll-145-dead'],
		['Ataque en Móscú', 'ataque-en-moscu'],
		['!!!', '']
	])('%s → %s', (title, slug) => {
		expect(slugify(title)).toBe(slug);
	});

	it('gives an id the deck format accepts for any title with a letter or digit', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (title) => {
				const slug = slugify(title);
				return slug === '' || ID_PATTERN.test(slug);
			})
		);
		expect(slugify('word '.repeat(30))).toMatch(/^word(-word)*$/);
	});
});

describe('checking the form', () => {
	it.each([
		['2024-03-24', true],
		['2024-02-29', true],
		['2023-02-29', false],
		['2024-13-01', false],
		['24-03-2024', false],
		['March 24, 2024', false]
	])('publication date %s is a day: %s', (s, ok) => {
		expect(isIsoDay(s)).toBe(ok);
	});

	it.each([
		['no text', { text: ' \n ' }, 'text', /^Document: paste the text or open a file/],
		['no title', { title: '' }, 'title', /^Title:/],
		[
			'neither publisher nor author',
			{ publisher: '', author: ' ' },
			'publisher',
			/^Publisher or author: fill in at least one/
		],
		['no date', { published: '' }, 'published', /^Publication date: required/],
		['a date in another order', { published: '24/03/2024' }, 'published', /^Publication date: write it as YYYY-MM-DD/]
	] as const)('says what is wrong when a document has %s', (_, over, field, message) => {
		expect(checkDoc(makeDoc(over))[field]).toMatch(message);
	});

	it('accepts a complete document, with an author instead of a publisher', () => {
		expect(checkDoc(makeDoc({ publisher: '', author: 'Mara Quist' }))).toEqual({});
	});

	it.each([
		[{ title: '', id: 'harlow', description: '' }, { title: expect.stringMatching(/^Deck title:/) }],
		[{ title: 'Harlow', id: '', description: '' }, { id: expect.stringMatching(/^Deck id: required/) }],
		[
			{ title: 'Harlow', id: 'Harlow Attack', description: '' },
			{ id: expect.stringMatching(/lowercase letters, digits and dashes/) }
		],
		[{ title: 'Harlow', id: 'harlow-attack', description: '' }, {}]
	])('deck fields %o', (fields, errors) => {
		expect(checkDeck(fields)).toEqual(errors);
	});
});

describe('source metadata', () => {
	it('gives each document its own id and only the fields filled in', () => {
		const metas = docMetas([
			makeDoc(),
			makeDoc({ publisher: '', author: ' Mara Quist ', url: 'https://example.org/a' })
		]);
		expect(metas).toEqual([
			{
				id: 'gunmen-storm-harlow-theatre',
				title: 'Gunmen storm Harlow theatre',
				publisher: 'Denvik Courier',
				published: '2024-03-09'
			},
			{
				id: 'gunmen-storm-harlow-theatre-2',
				title: 'Gunmen storm Harlow theatre',
				author: 'Mara Quist',
				url: 'https://example.org/a',
				published: '2024-03-09'
			}
		]);
	});
});
