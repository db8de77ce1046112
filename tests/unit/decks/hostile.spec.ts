import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeckLoadError, loadDecks } from '../../../src/lib/server/decks';
import { formatDeckError, parseDeck } from '../../../src/lib/decks/parse';
import { MAX_ALIASES, MAX_DECK_CHARS, MAX_DEPTH } from '../../../src/lib/decks/guard';

/** `levels` anchors of nine aliases each, every one expanding the one before: 9^levels "lol"s once expanded. */
const bomb = (levels: number) =>
	['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
		.concat(Array.from({ length: levels }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(',')}]`))
		.join('\n');

const nestedBlock = (levels: number) =>
	Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n';

/** Aliases of nested anchors, each link one deeper: cheap to write, costly to expand. */
const aliasChain = (links: number) =>
	[`x0: &a0 ${'['.repeat(60)}1${']'.repeat(60)}`]
		.concat(Array.from({ length: links }, (_, i) => `x${i + 1}: &a${i + 1} [*a${i}]`))
		.join('\n');

describe('hostile deck files give file:line: message, never an exception', () => {
	it.each<[string, string, string]>([
		[
			'an alias bomb (729 copies from 27 aliases)',
			bomb(3),
			`decks/x.yaml:2: aliases expand to more than 100 copies of their anchors; write the repeated part out`
		],
		[
			'the billion laughs (72 aliases)',
			bomb(8),
			`decks/x.yaml:5: more than ${MAX_ALIASES} aliases; write the repeated parts out`
		],
		[
			'an alias with no anchor',
			'id: x\ntitle: *nope\n',
			'decks/x.yaml:2: alias *nope refers to no anchor &nope set before it'
		],
		[
			'an alias before its anchor',
			'id: *a\ntitle: &a T\n',
			'decks/x.yaml:1: alias *a refers to no anchor &a set before it'
		],
		[
			'too many aliases',
			aliasChain(MAX_ALIASES + 5),
			`decks/x.yaml:${MAX_ALIASES + 2}: more than ${MAX_ALIASES} aliases; write the repeated parts out`
		],
		[
			'20,000 nested brackets',
			`id: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
			`decks/x.yaml:1: nesting is deeper than ${MAX_DEPTH} levels; a deck needs about 6`
		],
		[
			'nested braces on later lines',
			`id: x\nt: ${'{a: '.repeat(100)}1${'}'.repeat(100)}\n`,
			`decks/x.yaml:2: nesting is deeper than ${MAX_DEPTH} levels; a deck needs about 6`
		],
		[
			'block nesting by indentation',
			nestedBlock(MAX_DEPTH + 1),
			`decks/x.yaml:${MAX_DEPTH + 1}: nesting is deeper than ${MAX_DEPTH} levels; a deck needs about 6`
		],
		[
			'compact nested sequences',
			`${'- '.repeat(100)}x\n`,
			`decks/x.yaml:1: nesting is deeper than ${MAX_DEPTH} levels; a deck needs about 6`
		],
		['a repeated key', 'id: x\ntitle: A\ntitle: B\n', 'decks/x.yaml:3: key "title" appears twice in one mapping'],
		[
			'a huge file',
			`id: x\n#${'x'.repeat(MAX_DECK_CHARS)}\n`,
			`decks/x.yaml:1: the file has ${MAX_DECK_CHARS + 8} characters; a deck may have at most ${MAX_DECK_CHARS}`
		]
	])('%s', (_, text, message) => {
		const r = parseDeck(text, 'decks/x.yaml');
		expect(r.ok ? [] : r.errors.map(formatDeckError)).toEqual([message]);
	});

	it.each<[string, string]>([
		['nesting just within the limit', nestedBlock(MAX_DEPTH - 1)],
		['a few aliases that resolve', 'a: &a T\nb: *a\nc: [*a, *a]\n'],
		['brackets in quoted text', `id: x\ntitle: "${'['.repeat(10)}"\n`]
	])('%s reaches the schema check', (_, text) => {
		const r = parseDeck(text, 'decks/x.yaml');
		const messages = r.ok ? [] : r.errors.map((e) => e.message);
		expect(messages).toContain('description is missing');
		expect(messages.join('\n')).not.toMatch(/nesting|alias|characters/);
	});

	it('stop the build with every problem listed, file by file', () => {
		const root = mkdtempSync(join(tmpdir(), 'bt-decks-'));
		try {
			mkdirSync(join(root, 'decks'));
			writeFileSync(join(root, 'decks/bomb.yaml'), bomb(3));
			writeFileSync(join(root, 'decks/deep.yaml'), `id: ${'['.repeat(20_000)}\n`);
			writeFileSync(join(root, 'decks/unresolved.yaml'), 'id: x\ntitle: *nope\n');
			let error: unknown;
			try {
				loadDecks('decks', root);
			} catch (err) {
				error = err;
			}
			expect(error).toBeInstanceOf(DeckLoadError);
			expect((error as DeckLoadError).errors.map(formatDeckError)).toEqual([
				'decks/bomb.yaml:2: aliases expand to more than 100 copies of their anchors; write the repeated part out',
				`decks/deep.yaml:1: nesting is deeper than ${MAX_DEPTH} levels; a deck needs about 6`,
				'decks/unresolved.yaml:2: alias *nope refers to no anchor &nope set before it'
			]);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
