import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distractors, keysForOption, optionForKey } from '../../../src/lib/study/choices';
import { choiceOptions, seededRandom, shuffle } from '../../../src/lib/study/option-order';
import { KERMAN, makeCard } from './factories';

const date = makeCard({
	id: 'crocus-date',
	kind: 'date',
	answer: '22 March 2024',
	choices: ['23 March 2024', '21 March 2024', '23 March 2019', '22 March 2019']
});

describe('distractors offered beside the answer', () => {
	it.each([
		['at most three, in the deck’s order', date, ['23 March 2024', '21 March 2024', '23 March 2019']],
		['none when the card lists none', makeCard(), []],
		[
			'never the answer itself, whatever its case or spacing',
			makeCard({ choices: [' More than 130', 'at least 175'] }),
			['at least 175']
		],
		[
			'never an accepted alternative',
			makeCard({ accept: ['over 130'], choices: ['over 130', 'more than 50'] }),
			['more than 50']
		],
		[
			'never another source’s answer, which is right too',
			makeCard({ ...KERMAN, choices: ['almost 100', 'more than 50'] }),
			['more than 50']
		],
		[
			'no repeats, and a repeat does not use up a place',
			makeCard({ choices: ['a', 'A ', 'b', 'c', 'd'] }),
			['a', 'b', 'c']
		]
	])('%s', (_what, card, expected) => {
		expect(distractors(card)).toEqual(expected);
	});
});

describe('options and their order', () => {
	it('holds the answer and three distractors, each once', () => {
		const options = choiceOptions(date, 1);
		expect([...options].sort()).toEqual(['21 March 2024', '22 March 2024', '23 March 2019', '23 March 2024']);
	});

	it('is empty for a card without distractors, which is then typed', () => {
		expect(choiceOptions(makeCard(), 1)).toEqual([]);
	});

	it('is the same for the same card in the same session', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				expect(choiceOptions(date, seed)).toEqual(choiceOptions(date, seed));
			})
		);
	});

	it('puts the answer in every position across sessions, and in each about equally often', () => {
		const at = [0, 0, 0, 0];
		for (let seed = 0; seed < 4000; seed++) at[choiceOptions(date, seed).indexOf('22 March 2024')]!++;
		for (const n of at) expect(n).toBeGreaterThan(800);
	});

	it('differs between cards in one session, so position is not shared either', () => {
		const other = makeCard({ ...date, id: 'baghuz-date' });
		const differ = Array.from(
			{ length: 50 },
			(_, seed) => choiceOptions(date, seed).join() !== choiceOptions(other, seed).join()
		);
		expect(differ.filter(Boolean).length).toBeGreaterThan(25);
	});

	it('shuffles as a permutation: nothing lost, nothing added', () => {
		fc.assert(
			fc.property(fc.array(fc.string()), fc.integer(), (items, seed) => {
				expect([...shuffle(items, seededRandom(seed))].sort()).toEqual([...items].sort());
			})
		);
	});
});

describe('keys for options', () => {
	it.each([
		['1', 4, 0],
		['4', 4, 3],
		['a', 4, 0],
		['C', 4, 2],
		['d', 4, 3],
		['4', 3, null],
		['d', 2, null],
		['0', 4, null],
		['e', 4, null],
		['Enter', 4, null],
		['1', 0, null]
	])('key %s with %i options picks %s', (key, count, expected) => {
		expect(optionForKey(key, count)).toBe(expected);
	});

	it('labels each option with the keys that pick it', () => {
		expect([0, 1, 2, 3].map(keysForOption)).toEqual([
			{ digit: '1', letter: 'A' },
			{ digit: '2', letter: 'B' },
			{ digit: '3', letter: 'C' },
			{ digit: '4', letter: 'D' }
		]);
		for (let i = 0; i < 4; i++) {
			expect(optionForKey(keysForOption(i).digit, 4)).toBe(i);
			expect(optionForKey(keysForOption(i).letter, 4)).toBe(i);
		}
	});
});
