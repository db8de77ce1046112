import { describe, expect, it } from 'vitest';
import { studyKey, type KeyContext } from '../../../src/lib/study/keys';

const key = (
	k: string,
	mods: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; repeat?: boolean } = {},
	tagName = 'BODY'
) => ({
	key: k,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	...mods,
	target: { tagName } as unknown as EventTarget
});

const reveal: KeyContext = { step: 'answer', mode: 'reveal', options: 0 };
const choice: KeyContext = { step: 'answer', mode: 'choice', options: 4 };
const threeOptions: KeyContext = { step: 'answer', mode: 'choice', options: 3 };
const typed: KeyContext = { step: 'answer', mode: 'typed', options: 0 };
const graded: KeyContext = { step: 'grade', suggested: null };
const suggestedGood: KeyContext = { step: 'grade', suggested: 3 };

describe('study keyboard shortcuts', () => {
	it.each([
		['Space reveals', key(' '), reveal, { type: 'reveal' }],
		['Enter reveals', key('Enter'), reveal, { type: 'reveal' }],
		['Enter on a focused button is left to the button', key('Enter', {}, 'BUTTON'), reveal, null],
		['digits do nothing before the answer shows', key('3'), reveal, null],
		['1 grades Again once revealed', key('1'), graded, { type: 'grade', grade: 1 }],
		['4 grades Easy once revealed', key('4'), graded, { type: 'grade', grade: 4 }],
		['5 is not a grade', key('5'), graded, null],
		['Space does not grade', key(' '), graded, null],
		['U undoes', key('u'), graded, { type: 'undo' }],
		['Ctrl+Z undoes', key('z', { ctrlKey: true }), reveal, { type: 'undo' }],
		['Cmd+Z undoes', key('Z', { metaKey: true }), graded, { type: 'undo' }],
		['Ctrl+1 is the browser’s', key('1', { ctrlKey: true }), graded, null],
		['typing in a field is left alone', key('1', {}, 'INPUT'), graded, null],
		['U typed in a textarea is left alone', key('u', {}, 'TEXTAREA'), graded, null],
		['Enter typed in the answer field is the form’s', key('Enter', {}, 'INPUT'), typed, null]
	])('%s', (_what, e, context, expected) => {
		expect(studyKey(e, context)).toEqual(expected);
	});
});

describe('multiple choice and suggested grades: digits mean one thing at a time', () => {
	it.each([
		['1 picks the first option while answering', key('1'), choice, { type: 'pick', index: 0 }],
		['4 picks the fourth option', key('4'), choice, { type: 'pick', index: 3 }],
		['A picks the first option', key('a'), choice, { type: 'pick', index: 0 }],
		['capital D picks the fourth option', key('D'), choice, { type: 'pick', index: 3 }],
		['4 names no option when there are three', key('4'), threeOptions, null],
		['D names no option when there are three', key('d'), threeOptions, null],
		['Space reveals a choice card, as the README says', key(' '), choice, { type: 'reveal' }],
		['Space on a focused option is that option’s own press', key(' ', {}, 'BUTTON'), choice, null],
		['Enter does not reveal in multiple choice', key('Enter'), choice, null],
		['U still undoes while answering', key('u'), choice, { type: 'undo' }],
		['a held digit repeating does not pick', key('2', { repeat: true }), choice, null],
		['a held digit repeating does not grade', key('1', { repeat: true }), suggestedGood, null],
		['after feedback, 1 grades Again rather than picking', key('1'), suggestedGood, { type: 'grade', grade: 1 }],
		['after feedback, A does nothing', key('a'), suggestedGood, null],
		['Enter accepts the suggested grade', key('Enter'), suggestedGood, { type: 'grade', grade: 3 }],
		['Enter on a focused grade button is that button', key('Enter', {}, 'BUTTON'), suggestedGood, null],
		['Enter without a suggestion does nothing', key('Enter'), graded, null],
		['Space outside the field does not reveal a typed card', key(' '), typed, null]
	])('%s', (_what, e, context, expected) => {
		expect(studyKey(e, context)).toEqual(expected);
	});
});
