/**
 * `pattern` compiles a pattern to less machine code by ending, with an empty lookahead, each way of arriving after an
 * optional or repeated group. It must never change what a pattern matches: here the rule of where the lookahead goes,
 * then random patterns over random texts, and the generator's longest patterns over every sentence of every evaluation
 * report: compacted and plain, each must find the same matches with the same groups.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../src/lib/decks/paragraphs';
import { toText } from '../../../src/lib/generator';
import * as patterns from '../../../src/lib/generator/event-patterns';
import { splitSentences } from '../../../src/lib/lang';
import { compact } from '../../../src/lib/lang/pattern';
import { HALVES, loadHalf } from '../../../scripts/bench/eval-labels';

/** Enough pattern after a group for the lookahead to go in (1,000 characters). */
const REST = 'x'.repeat(1000);

describe('where the empty lookahead goes', () => {
	it.each<[string, string, string]>([
		['after an optional group', `(a)?${REST}`, `(a)?(?=)${REST}`],
		['after a repeated group, lazy', `(?:a|b){1,4}?${REST}`, `(?:a|b){1,4}?(?=)${REST}`],
		['after each of nested groups', `((?:a\\s+)*b)+${REST}`, `((?:a\\s+)*(?=)b)+(?=)${REST}`],
		['after a quantified lookahead', `(?=a)?${REST}`, `(?=a)?(?=)${REST}`],
		['not after a group with no quantifier', `(a)${REST}`, `(a)${REST}`],
		['not after a bracket in a class', `[(a)?]${REST}`, `[(a)?]${REST}`],
		['not after an escaped bracket', `\\(a\\)?${REST}`, `\\(a\\)?${REST}`],
		['not after an escaped bracket in a class', `[\\]()?]${REST}`, `[\\]()?]${REST}`],
		['not before a short rest', '(a)?bc', '(a)?bc'],
		['not after braces that are no quantifier', `(a){x}${REST}`, `(a){x}${REST}`]
	])('%s', (_why, source, expected) => {
		expect(compact(source)).toBe(expected);
	});
});

const sentences = HALVES.flatMap((h) => loadHalf(h)).flatMap((d) =>
	splitParagraphs(toText(d.text)).flatMap((p) => splitSentences(p))
);

/** Every match with its groups, in a form two patterns' results can be compared in. */
const found = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);

describe('a compacted pattern matches what the plain one matches', () => {
	const long = Object.entries(patterns).flatMap(([name, value]) =>
		typeof value === 'string' && compact(value) !== value ? [[name, value] as const] : []
	);

	it('holds the patterns the lookahead goes into', () => {
		expect(long.map(([name]) => name)).toContain('TARGET');
	});

	it.each(long)(
		'%s, over every report',
		(_name, source) => {
			const plain = new RegExp(source, 'g');
			const compacted = new RegExp(compact(source), 'g');
			let matched = 0;
			for (const s of sentences) {
				const expected = found(plain, s);
				matched += expected.length;
				expect(found(compacted, s), s).toEqual(expected);
			}
			expect(matched).toBeGreaterThan(0);
			// (Every sentence of 188 reports through the longest patterns, twice: seconds on a loaded machine.)
		},
		60_000
	);
});

/** Random patterns of groups, classes, alternatives, lookarounds and quantifiers, greedy and lazy, over "ab x". */
const source: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
	node: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		fc.constantFrom('a', 'b', ' ', 'x', '\\s', '\\b', '[ab]', '[^ ]', '.', '(?=a)', '(?<!b)', '$', '^'),
		fc.tuple(tie('node'), tie('node')).map(([x, y]) => x + y),
		fc.tuple(tie('node'), tie('node')).map(([x, y]) => `(?:${x}|${y})`),
		fc
			.tuple(
				tie('node'),
				fc.constantFrom('(', '(?:'),
				fc.constantFrom('?', '*', '+', '{1,3}', '{0,2}', '{2}'),
				fc.constantFrom('', '?')
			)
			.map(([x, open, q, lazy]) => `${open}${x})${q}${lazy}`)
	)
})).node;

describe('a compacted random pattern matches what the plain one matches', () => {
	it('on random texts', () => {
		// A long rest after the random part, so the lookahead goes into it; alternatives of words that may match.
		const rest = `(?:${Array.from({ length: 200 }, (_, i) => (i % 2 ? 'ab' : 'ba') + 'x'.repeat(i % 5)).join('|')})?`;
		fc.assert(
			fc.property(source, fc.stringMatching(/^[ab x]{0,30}$/), (random, text) => {
				const plain = new RegExp(random + rest, 'g');
				expect(found(new RegExp(compact(random + rest), 'g'), text)).toEqual(found(plain, text));
			}),
			{ numRuns: 500 }
		);
	});
});
