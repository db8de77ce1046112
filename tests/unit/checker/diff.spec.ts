/** The typed-versus-expected display. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffChars, MAX_DIFF } from '../../../src/lib/checker/diff';
import { check } from '../../../src/lib/checker/check';

const side = (parts: { op: string; text: string }[], drop: string) =>
	parts
		.filter((p) => p.op !== drop)
		.map((p) => p.text)
		.join('');

describe('diffChars', () => {
	it.each([
		[
			'Kurila',
			'Kurilla',
			[
				{ op: 'same', text: 'Kuril' },
				{ op: 'missing', text: 'l' },
				{ op: 'same', text: 'a' }
			]
		],
		['130', '130', [{ op: 'same', text: '130' }]],
		['kugelman', 'Kugelman', [{ op: 'same', text: 'kugelman' }]],
		[
			'ISIS',
			'ISKP',
			[
				{ op: 'same', text: 'IS' },
				{ op: 'missing', text: 'KP' },
				{ op: 'extra', text: 'IS' }
			]
		]
	])('%s against %s', (typed, expected, parts) => {
		expect(diffChars(typed, expected)).toEqual(parts);
	});

	it('rebuilds both strings from its parts', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (typed, expected) => {
				const parts = diffChars(typed, expected)!;
				expect(side(parts, 'missing')).toBe(typed);
				expect(side(parts, 'extra').toLowerCase()).toBe(expected.toLowerCase());
			})
		);
	});

	it('declines strings too long to diff cheaply', () => {
		expect(diffChars('a'.repeat(MAX_DIFF + 1), 'a')).toBeUndefined();
	});

	it('comes with a result whenever the typed text differs from the answer', () => {
		expect(check({ kind: 'actor', expected: 'Gen. Erik Kurilla' }, 'Erik Kurila').diff).toBeDefined();
		expect(check({ kind: 'actor', expected: 'Ukraine' }, 'Ukraine').diff).toBeUndefined();
	});
});
