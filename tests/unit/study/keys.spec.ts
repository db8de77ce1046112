import { describe, expect, it } from 'vitest';
import { studyKey } from '../../../src/lib/study/keys';

const key = (k: string, mods: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}, tagName = 'BODY') => ({
	key: k,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	...mods,
	target: { tagName } as unknown as EventTarget
});

describe('study keyboard shortcuts', () => {
	it.each([
		['Space reveals', key(' '), false, { type: 'reveal' }],
		['Enter reveals', key('Enter'), false, { type: 'reveal' }],
		['Enter on a focused button is left to the button', key('Enter', {}, 'BUTTON'), false, null],
		['digits do nothing before the answer shows', key('3'), false, null],
		['1 grades Again once revealed', key('1'), true, { type: 'grade', grade: 1 }],
		['4 grades Easy once revealed', key('4'), true, { type: 'grade', grade: 4 }],
		['5 is not a grade', key('5'), true, null],
		['Space does not grade', key(' '), true, null],
		['U undoes', key('u'), true, { type: 'undo' }],
		['Ctrl+Z undoes', key('z', { ctrlKey: true }), false, { type: 'undo' }],
		['Cmd+Z undoes', key('Z', { metaKey: true }), true, { type: 'undo' }],
		['Ctrl+1 is the browser’s', key('1', { ctrlKey: true }), true, null],
		['typing in a field is left alone', key('1', {}, 'INPUT'), true, null],
		['U typed in a textarea is left alone', key('u', {}, 'TEXTAREA'), true, null]
	])('%s', (_what, e, revealed, expected) => {
		expect(studyKey(e, revealed)).toEqual(expected);
	});
});
