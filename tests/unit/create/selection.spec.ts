import { describe, expect, it } from 'vitest';
import { fromSelection, MAX_QUOTE } from '../../../src/lib/create/selection';
import { NEWS } from './factories';

describe('a selection as evidence', () => {
	it.each([
		[
			'a phrase of one paragraph',
			3,
			'  killing at least 37 people ',
			{ doc: 'd', paragraph: 3, quote: 'killing at least 37 people' }
		],
		['nothing selected', 3, '   ', 'Select a passage of the document first.'],
		[
			'text across paragraphs',
			3,
			'others.\nThe following day',
			'Select within one paragraph: a quote cannot run across paragraphs.'
		],
		[
			'text from another paragraph',
			4,
			'killing at least 37 people',
			'The selection is not word for word in paragraph 4.'
		],
		[
			'a page rather than a quote',
			3,
			'x'.repeat(MAX_QUOTE + 1),
			`Select at most ${MAX_QUOTE} characters: a quote is a phrase or a sentence.`
		]
	])('%s', (_name, paragraph, selected, expected) => {
		expect(fromSelection('d', NEWS, paragraph, selected)).toEqual(expected);
	});
});
