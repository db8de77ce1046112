/**
 * The words the generator tests before a long pattern (KeyWords in src/lib/generator/matches.ts) hold wherever the
 * pattern matches. The test is what spares a sentence the pattern's scan, so a pattern edited to match what its words
 * do not cover would lose those matches without a sign; here every pair runs over every sentence of every evaluation
 * report and generator fixture, and each pattern must match somewhere, so that its row can fail.
 */
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../src/lib/decks/paragraphs';
import { toText } from '../../../src/lib/generator';
import { KEY_WORDS as appositions } from '../../../src/lib/generator/appositions';
import { KEY_WORDS as claims } from '../../../src/lib/generator/claims';
import { KEY_WORDS as events } from '../../../src/lib/generator/events';
import { KEY_WORDS as figures } from '../../../src/lib/generator/figures';
import { KEY_WORDS as subcounts } from '../../../src/lib/generator/subcounts';
import { KEY_WORDS as tollFacts } from '../../../src/lib/generator/toll-facts';
import { splitSentences } from '../../../src/lib/lang';
import { HALVES, loadHalf } from '../../../scripts/bench/eval-labels';
import { labelledDocs } from '../../../scripts/bench/generator';

const docs = [
	...HALVES.flatMap((h) => loadHalf(h)).map((d) => ({ title: d.labels.meta.title, text: d.text })),
	...labelledDocs().map((d) => ({ title: d.labels.meta.title, text: d.text }))
];

/** Every title, heading, caption and sentence, story or not: the generator reads titles and captions too. */
const sentences = [
	...new Set(
		docs.flatMap((d) => [d.title, ...splitParagraphs(toText(d.text)).flatMap((p) => [p, ...splitSentences(p)])])
	)
];

/**
 * The texts a pattern runs on: a sentence, or for a pattern anchored at its start (AND_MORE), what follows a match of
 * another pattern, so every tail of the sentence.
 */
const textsOf = (pattern: RegExp, sentence: string) =>
	pattern.source.startsWith('^') ? [...sentence].map((_, i) => sentence.slice(i)) : [sentence];

/** `search` reads a pattern from its start whatever its flags and `lastIndex`, and leaves `lastIndex` as it was. */
const found = (re: RegExp, text: string) => text.search(re) >= 0;

const rows = Object.entries({ appositions, claims, events, figures, subcounts, tollFacts }).flatMap(([module, list]) =>
	list.map((k) => [`${module} ${k.name} needs /${k.needs.source.slice(0, 50)}…/`, k] as const)
);

describe('the words tested before a long pattern', () => {
	it.each(rows)('%s', (_name, { pattern, needs }) => {
		const missed: string[] = [];
		let matched = 0;
		for (const sentence of sentences)
			for (const text of textsOf(pattern, sentence)) {
				if (!found(pattern, text)) continue;
				matched++;
				if (!found(needs, text)) missed.push(text);
			}
		expect(missed).toEqual([]);
		expect(matched).toBeGreaterThan(0);
	});
});
