import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { furniture, htmlToText, markdownToText, splitSentences, storySentences } from '../../../src/lib/generator/text';
import { MAX_SENTENCE_CHARS } from '../../../src/lib/lang/sentences';

const meta = { title: 'Flood kills dozens in river town', author: 'Jane Roe' };

describe('furniture', () => {
	it.each([
		['the headline', 'Flood kills dozens in river town', 'title'],
		['a byline', 'Jane Roe', 'byline'],
		['a "By" byline', 'By Mark Lee and Ana Diaz', 'byline'],
		['a date line', '1 April 2024', 'dateline'],
		['a published line', 'Published: Sunday 24 March 2024 10:15 GMT', 'dateline'],
		[
			'a caption with a credit in parentheses',
			'Rescuers search the river bank on Saturday, March 23, 2024. (John Doe/Agency via AP)',
			'caption'
		],
		['a caption with a credit in brackets', 'Soldiers guard the bridge on May 2 [Reuters]', 'caption'],
		['a "Source:" line', 'Source: Al Jazeera', 'source'],
		['blog boilerplate', 'Post a Comment', 'boilerplate'],
		['blog comment count', 'No comments:', 'boilerplate'],
		[
			"a wire's correction note, whose 'from Wednesday' is the error withdrawn (review 45, BZ min/01-14)",
			'(This version of the story corrects day of the attack in first paragraph to Thursday from Wednesday)',
			'boilerplate'
		],
		["a wire's short correction note", '(Corrects spelling of name in paragraph 3)', 'boilerplate'],
		['a section heading', 'New ambitions', 'heading'],
		['a Cyrillic date line', 'МОСКВА, 23 марта 2024 г.', 'dateline'],
		['an Arabic date line with Arabic-Indic digits', 'موسكو، ٢٣ مارس ٢٠٢٤', 'dateline'],
		['a paragraph in another script', 'КИЕВ, 1 апреля 2024 г. — Активисты провели шествие в центре города.', 'foreign']
	])('%s', (_name, paragraph, why) => {
		expect(furniture(paragraph, meta)).toBe(why);
	});

	it('keeps the years of a foreign date line off the story', () => {
		const text = 'Flood kills dozens in river town\n\nМОСКВА, 23 марта 2024 г.\n\nThe river rose on Friday.';
		const story = storySentences(text, meta);
		expect(story.sentences.map((s) => s.text)).toEqual(['The river rose on Friday.']);
		expect(story.skipped.map((s) => s.why)).toEqual(['title', 'dateline']);
	});

	it('keeps story paragraphs', () => {
		expect(furniture('More than 130 people have been killed, officials said on Friday.', meta)).toBeUndefined();
		// A sentence about a correction is story: the count it gives is the corrected one.
		expect(furniture('Officials corrected the toll to 31 from 13 on Friday.', meta)).toBeUndefined();
	});
});

describe('splitSentences', () => {
	it.each([
		[
			'abbreviated titles do not end a sentence',
			'Gen. Erik Kurilla testified. He said more.',
			['Gen. Erik Kurilla testified.', 'He said more.']
		],
		[
			'U.S. does not end a sentence',
			'U.S. officials blamed the group. Russia did not.',
			['U.S. officials blamed the group.', 'Russia did not.']
		],
		[
			'a closing quote stays with its sentence',
			'“It grew,” he said. “It will.”',
			['“It grew,” he said.', '“It will.”']
		],
		[
			'"p.m." before more of the sentence does not end it',
			'Gunmen opened fire at about 8 p.m. Moscow time. Police came.',
			['Gunmen opened fire at about 8 p.m. Moscow time.', 'Police came.']
		],
		[
			'"p.m." before a sentence opener ends the sentence',
			'The concert began at 8 p.m. The gunmen came later.',
			['The concert began at 8 p.m.', 'The gunmen came later.']
		]
	])('%s', (_name, paragraph, expected) => {
		expect(splitSentences(paragraph)).toEqual(expected);
	});

	it('cuts a paragraph with no full stop into pieces of a readable length, each still a substring', () => {
		const unit =
			'Gunmen attacked a church in Karsk and a mosque in Velda on Sunday, killing 5 people and wounding 12, ';
		const paragraph = unit.repeat(400).trim();
		const pieces = splitSentences(paragraph);
		expect(pieces.length).toBeGreaterThan(paragraph.length / MAX_SENTENCE_CHARS);
		expect(pieces.every((p) => p.length <= MAX_SENTENCE_CHARS && paragraph.includes(p))).toBe(true);
		// Cut after a comma: each piece ends a clause, and no word is split.
		expect(pieces.slice(0, -1).every((p) => p.endsWith(','))).toBe(true);
		expect(pieces.join(' ')).toBe(paragraph);
	});

	it('cuts a run with no space at the limit', () => {
		const paragraph = 'x'.repeat(MAX_SENTENCE_CHARS * 2 + 5);
		expect(splitSentences(paragraph).map((p) => p.length)).toEqual([MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 5]);
	});

	it('never changes a character: every sentence is a substring of its paragraph', () => {
		const word = fc.constantFrom(
			'Gen.',
			'U.S.',
			'the',
			'attack',
			'Moscow.',
			'said',
			'“Yes.”',
			'Dr.',
			'2024.',
			'It',
			'They?'
		);
		fc.assert(
			fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
				const paragraph = words.join(' ');
				const sentences = splitSentences(paragraph);
				expect(sentences.every((s) => paragraph.includes(s))).toBe(true);
				expect(sentences.join(' ').replace(/\s+/g, ' ')).toBe(paragraph.replace(/\s+/g, ' ').trim());
			})
		);
	});
});

describe('converters', () => {
	it('turns HTML into one paragraph a line, without tags, scripts or entities', () => {
		const html =
			'<h1>Title</h1><p>First &amp; <b>bold</b> line.</p><script>var x = 1;</script><p>Second&nbsp;line&#8217;s end.</p>';
		expect(htmlToText(html).split('\n').filter(Boolean)).toEqual(['Title', 'First & bold line.', 'Second line’s end.']);
	});

	it('turns Markdown into text', () => {
		const md = '# Heading\n\nSome **bold** and _italic_ with a [link](http://x.org).\n\n- a list item\n![img](a.png)';
		expect(
			markdownToText(md)
				.split('\n')
				.filter((l) => l.trim())
		).toEqual(['Heading', 'Some bold and italic with a link.', 'a list item']);
	});

	it('numbers story sentences by paragraph as the deck format does, skipping furniture', () => {
		const text =
			'Flood kills dozens in river town\n\nJane Roe\n\nThe river rose overnight. Rescuers came.\n\nPost a Comment';
		const story = storySentences(text, meta);
		expect(story.sentences).toEqual([
			{ paragraph: 3, text: 'The river rose overnight.' },
			{ paragraph: 3, text: 'Rescuers came.' }
		]);
		expect(story.skipped.map((s) => s.why)).toEqual(['title', 'byline', 'boilerplate']);
	});
});
