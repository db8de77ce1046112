import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentFromFile, formatOf } from '../../../src/lib/create/files';
import { showDocument, splitAround } from '../../../src/lib/create/highlight';

describe('marking the evidence', () => {
	it.each([
		[
			'killing at least 37 people.',
			'at least 37',
			[
				{ text: 'killing ', mark: false },
				{ text: 'at least 37', mark: true },
				{ text: ' people.', mark: false }
			]
		],
		[
			'at least 37 people',
			'at least 37',
			[
				{ text: 'at least 37', mark: true },
				{ text: ' people', mark: false }
			]
		],
		['killing 38 people', 'at least 37', [{ text: 'killing 38 people', mark: false }]],
		[
			'read <script>alert(1)</script> here',
			'<script>alert(1)</script>',
			[
				{ text: 'read ', mark: false },
				{ text: '<script>alert(1)</script>', mark: true },
				{ text: ' here', mark: false }
			]
		]
	])('%s around %s', (paragraph, quote, parts) => {
		expect(splitAround(paragraph, quote)).toEqual(parts);
	});

	it('loses no character of the paragraph and marks the quote exactly when it is there', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.string(), (before, quote, after) => {
				const parts = splitAround(before + quote + after, quote);
				expect(parts.map((p) => p.text).join('')).toBe(before + quote + after);
				expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(quote ? [quote] : []);
			})
		);
	});

	it('numbers paragraphs as evidence does and marks only the cited one', () => {
		const shown = showDocument('Title\n\n  Body one has it.  \nBody two has it.\n', {
			doc: 'd',
			paragraph: 3,
			quote: 'has it'
		});
		expect(shown).toEqual([
			{ n: 1, cited: false, parts: [{ text: 'Title', mark: false }] },
			{ n: 2, cited: false, parts: [{ text: 'Body one has it.', mark: false }] },
			{
				n: 3,
				cited: true,
				parts: [
					{ text: 'Body two ', mark: false },
					{ text: 'has it', mark: true },
					{ text: '.', mark: false }
				]
			}
		]);
	});
});

describe('opening a document file', () => {
	it.each([
		['story.txt', 'text'],
		['story.MD', 'markdown'],
		['story.htm', 'html'],
		['story.pdf', null],
		['story', null]
	])('%s is read as %s', (name, format) => {
		expect(formatOf(name)).toBe(format);
	});

	it('turns HTML into one paragraph a line, dropping scripts, and keeps escaped markup as characters', () => {
		const opened = documentFromFile(
			'a.html',
			'<h1>Title</h1><p>First &lt;b&gt; line.</p><script>alert(1)</script><p>Second line.</p>'
		);
		expect(opened).toEqual({ ok: true, format: 'html', text: 'Title\n\nFirst <b> line.\n\nSecond line.' });
	});

	it.each([
		['notes.docx', 'x', /open a \.txt, \.md or \.html file/],
		['empty.txt', ' \n ', /no text found/]
	])('refuses %s', (name, contents, message) => {
		const opened = documentFromFile(name, contents);
		expect(opened.ok ? null : opened.error).toMatch(message);
	});
});
