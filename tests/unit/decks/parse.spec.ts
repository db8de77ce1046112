import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDeckError, parseDeck } from '../../../src/lib/decks/parse';
import { deckJsonSchema, SCHEMA_FILE } from '../../../scripts/decks';
import { loadDecks } from '../../../src/lib/server/decks';

const header = `id: demo
title: Demo
description: A demo deck
sources:
  - id: doc-a
    title: Document A
    publisher: Example News
    published: 2024-03-24
cards:
`;

const goodCard = `  - id: kerman-toll
    kind: toll
    prompt: How many were killed in Kerman?
    answer: more than 90
    source:
      doc: doc-a
      paragraph: 12
      quote: killed more than 90 people
`;

function errorsOf(yaml: string): string[] {
	const r = parseDeck(yaml, 'decks/x.yaml');
	return r.ok ? [] : r.errors.map(formatDeckError);
}

describe('parseDeck', () => {
	it('accepts a valid deck and fills defaults', () => {
		const r = parseDeck(header + goodCard, 'decks/x.yaml');
		expect(r.ok && r.deck.cards[0]?.format).toBe('qa');
	});

	it.each([
		[
			'a missing answer, with the card line',
			goodCard.replace('    answer: more than 90\n', ''),
			'decks/x.yaml:10: card "kerman-toll": answer is missing'
		],
		[
			'an unknown kind',
			goodCard.replace('kind: toll', 'kind: toll-ish'),
			'decks/x.yaml:11: card "kerman-toll": kind must be one of date, toll, actor, motive, figure, other'
		],
		[
			'an empty prompt',
			goodCard.replace('prompt: How many were killed in Kerman?', 'prompt: "  "'),
			'decks/x.yaml:12: card "kerman-toll": prompt is empty'
		],
		[
			'a paragraph that is not a number',
			goodCard.replace('paragraph: 12', 'paragraph: twelve'),
			'decks/x.yaml:16: card "kerman-toll": paragraph must be a number'
		],
		[
			'a paragraph of zero',
			goodCard.replace('paragraph: 12', 'paragraph: 0'),
			'decks/x.yaml:16: card "kerman-toll": paragraph must be 1 or more'
		],
		[
			'a source document the deck does not list',
			goodCard.replace('doc: doc-a', 'doc: doc-b'),
			'decks/x.yaml:15: card "kerman-toll": source doc "doc-b" is not one of the deck\'s sources'
		],
		[
			'an id with capitals',
			goodCard.replace('id: kerman-toll', 'id: Kerman'),
			'decks/x.yaml:10: card "Kerman": id must be lowercase letters, digits and dashes (at most 64)'
		],
		[
			'a missing source',
			goodCard.replace(/ {4}source:\n(.*\n){3}/, ''),
			'decks/x.yaml:10: card "kerman-toll": source is missing'
		],
		[
			'a cloze without a gap',
			goodCard.replace('kind: toll', 'kind: toll\n    format: cloze'),
			'decks/x.yaml:13: card "kerman-toll": a cloze prompt needs a ____ gap'
		],
		[
			'choices that repeat the answer',
			goodCard.replace('answer: more than 90', 'answer: more than 90\n    choices: [More than 90, nearly 300]'),
			'decks/x.yaml:14: card "kerman-toll": choices must not repeat the answer'
		]
	])('reports %s', (_what, card, message) => {
		expect(errorsOf(header + card)).toContain(message);
	});

	it('reports a duplicate card id with both lines', () => {
		expect(errorsOf(header + goodCard + goodCard)).toContain(
			'decks/x.yaml:18: card "kerman-toll": id is used twice (first on line 10)'
		);
	});

	it('reports YAML syntax errors with their line', () => {
		const errors = errorsOf(header + goodCard + '  - id: [unclosed\n');
		expect(errors[0]).toMatch(/^decks\/x\.yaml:1[89]: /);
	});

	it('reports a deck without cards', () => {
		expect(errorsOf(header.replace('cards:\n', 'cards: []\n'))).toContain(
			'decks/x.yaml:9: cards needs at least one card'
		);
	});

	it('keeps markup in deck text as plain text', () => {
		const r = parseDeck(
			header + goodCard.replace('How many were killed in Kerman?', '"<script>alert(1)</script>"'),
			'x.yaml'
		);
		expect(r.ok && r.deck.cards[0]?.prompt).toBe('<script>alert(1)</script>');
	});
});

describe('shipped decks', () => {
	it('all validate', () => {
		expect(loadDecks().length).toBeGreaterThan(0);
	});

	it('match the published JSON Schema (run `npm run decks -- --schema` after changing the schema)', () => {
		expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(deckJsonSchema());
	});
});

describe('decks/README.md', () => {
	it('holds a complete example that validates', () => {
		const readme = readFileSync('decks/README.md', 'utf8');
		const example = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
		const r = parseDeck(example, 'decks/README.md');
		expect(r.ok ? r.deck.cards.map((c) => c.id) : r.errors.map(formatDeckError)).toEqual([
			'kerman-toll',
			'iskp-motive'
		]);
	});
});
