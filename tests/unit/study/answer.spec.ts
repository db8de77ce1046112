import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../../src/lib/checker/index';
import { checkChoice, checkTyped, suggestFor } from '../../../src/lib/study/answer';
import { KERMAN, makeCard, makeDeck } from './factories';

const deck = makeDeck();
const toll = makeCard({ accept: ['over 130'] });
const claim = makeCard({ id: 'crocus-claim', kind: 'actor', answer: 'Islamic State in Khorasan Province (ISKP)' });
const date = makeCard({ id: 'crocus-date', kind: 'date', answer: '22 March 2024', precision: 'day' });

describe('typed answers, with any source’s answer accepted', () => {
	it.each<[string, typeof toll, string, Verdict, string | null]>([
		['the bare number of "more than 130"', toll, '130', 'correct', null],
		['an accepted alternative', toll, 'over 130', 'correct', null],
		['a wrong toll', toll, '90', 'wrong', null],
		['a deck alias of the group', claim, 'ISIS-K', 'correct', null],
		['a wrong date', date, '5 May 2020', 'wrong', null],
		['the card’s own figure when sources differ', KERMAN, 'more than 90', 'correct', 'aj'],
		['the other source’s figure when sources differ', KERMAN, 'almost 100', 'correct', 'byman'],
		['a figure neither source gives', KERMAN, '40', 'wrong', null]
	])('%s', (_what, card, typed, verdict, matchedDoc) => {
		const { result, matched } = checkTyped(card, deck, typed);
		expect(result.verdict).toBe(verdict);
		expect(matched?.source.doc ?? null).toBe(matchedDoc);
	});

	it('compares the other source’s answer when that is the one matched', () => {
		const { result, matched } = checkTyped(KERMAN, deck, 'almost 100');
		expect(result.expected).toBe('almost 100');
		expect(matched).toEqual({ answer: 'almost 100', source: KERMAN.variants![0]!.source, variant: true });
	});

	it('compares a wrong answer with the card’s own answer', () => {
		expect(checkTyped(KERMAN, deck, '40').result.expected).toBe('more than 90');
	});

	it('keeps a variant’s better verdict over a worse one on the card’s answer', () => {
		// "about 100" is only close to "more than 90" but nearer Byman's "almost 100".
		const own = checkTyped({ ...KERMAN, variants: undefined }, deck, 'almost 100').result.verdict;
		const best = checkTyped(KERMAN, deck, 'almost 100').result.verdict;
		expect(own).not.toBe('correct');
		expect(best).toBe('correct');
	});

	it('checks a cloze gap by the card’s kind and format', () => {
		const cloze = makeCard({
			kind: 'motive',
			format: 'cloze',
			prompt: 'to ____ and',
			answer: 'amplify its reputation'
		});
		expect(checkTyped(cloze, deck, 'amplify its reputation').result.verdict).toBe('correct');
		expect(checkTyped(cloze, deck, 'recruit fighters').result.verdict).toBe('wrong');
	});
});

describe('a picked option', () => {
	it.each<[string, string, Verdict]>([
		['the answer is correct', 'more than 130', 'correct'],
		['the answer in another case is correct', 'More than 130', 'correct'],
		['a distractor is wrong, even a near one', 'more than 90', 'wrong']
	])('%s', (_what, option, verdict) => {
		expect(checkChoice(toll, option)).toMatchObject({ verdict, expected: 'more than 130', typed: option });
	});
});

describe('the suggested grade', () => {
	const correct = checkChoice(toll, 'more than 130');
	const close = checkTyped({ ...KERMAN, variants: undefined }, deck, 'almost 100').result;
	const wrong = checkChoice(toll, 'more than 90');
	it.each([
		['typed, wrong: Again', wrong, 2000, false, 1],
		['typed, close: Hard', close, 2000, false, 2],
		['typed, correct and slow: Good', correct, 20_000, false, 3],
		['typed, correct and fast: Easy', correct, 2000, false, 4],
		['picked, wrong: Again', wrong, 2000, true, 1],
		['picked, correct and slow: Good', correct, 20_000, true, 3],
		['picked, correct and fast: still Good, since recognising is not recalling', correct, 2000, true, 3]
	] as const)('%s', (_what, result, elapsed, picked, grade) => {
		expect(close.verdict).toBe('close');
		expect(suggestFor(result, elapsed, 'toll', picked)).toBe(grade);
	});
});
