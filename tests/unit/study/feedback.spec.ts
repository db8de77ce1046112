import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, diffChars } from '../../../src/lib/checker/index';
import { diffLines } from '../../../src/lib/study/feedback';

const join = (runs: { text: string }[]) => runs.map((r) => r.text).join('');
const marked = (runs: { text: string; marked: boolean }[]) => runs.filter((r) => r.marked).map((r) => r.text);

describe('the typed and expected lines of the feedback', () => {
	it.each([
		['the missing qualifier is marked on the answer line', '130', 'more than 130', [], ['more than ']],
		['a wrong digit is marked on both lines', '2015', '2016', ['5'], ['6']],
		['each line keeps its own spelling', 'kurilla', 'Kurilla', [], []],
		['an extra word is marked on the typed line', 'ISIS-K group', 'ISIS-K', [' group'], []]
	])('%s', (_what, typed, expected, extra, missing) => {
		const lines = diffLines({ typed, expected, diff: diffChars(typed, expected) });
		expect(join(lines.typed)).toBe(typed);
		expect(join(lines.expected)).toBe(expected);
		expect(marked(lines.typed)).toEqual(extra);
		expect(marked(lines.expected)).toEqual(missing);
	});

	it('shows whole, unmarked lines without a diff', () => {
		expect(diffLines({ typed: ' Ukraine ', expected: 'Ukraine' })).toEqual({
			typed: [{ text: 'Ukraine', marked: false }],
			expected: [{ text: 'Ukraine', marked: false }]
		});
	});

	it('ignores a diff that belongs to other texts rather than mislabel letters', () => {
		const lines = diffLines({ typed: 'abc', expected: 'xyz', diff: diffChars('hello', 'world') });
		expect(lines).toEqual({ typed: [{ text: 'abc', marked: false }], expected: [{ text: 'xyz', marked: false }] });
	});

	it('rebuilds both texts exactly from any checker result, emoji and accents included', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'grapheme', maxLength: 30 }),
				fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
				(typed, expected) => {
					const result = check({ kind: 'other', expected }, typed);
					const lines = diffLines(result);
					expect(join(lines.typed)).toBe(result.typed.trim());
					expect(join(lines.expected)).toBe(result.expected.trim());
				}
			)
		);
	});
});
