/** Whatever is typed, the checker answers: never a throw, always one of three verdicts with a reason. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check } from '../../../src/lib/checker/check';
import { CARD_KINDS } from '../../../src/lib/decks/schema';
import { ALIASES } from './make';

const EXPECTED = [
	'more than 130',
	'22 March 2024',
	'Islamic State in Khorasan Province (ISKP)',
	'to globalise its campaign',
	'40 percent',
	'Germany and the Netherlands'
];
const kinds = fc.constantFrom(...CARD_KINDS);
const answers = fc.constantFrom(...EXPECTED);
const typing = fc.oneof(
	fc.string({ maxLength: 80 }),
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 600 })
);

describe('check on arbitrary input', () => {
	it('returns a verdict and a reason for any typed text, on any kind of card', () => {
		fc.assert(
			fc.property(kinds, answers, typing, (kind, expected, typed) => {
				const result = check({ kind, expected, aliases: ALIASES }, typed);
				expect(['correct', 'close', 'wrong']).toContain(result.verdict);
				expect(result.reason).not.toBe('');
			})
		);
	});

	it('gives the same verdict to the same answer every time', () => {
		fc.assert(
			fc.property(kinds, answers, fc.string({ maxLength: 40 }), (kind, expected, typed) => {
				expect(check({ kind, expected }, typed)).toEqual(check({ kind, expected }, typed));
			})
		);
	});

	it.each(CARD_KINDS)('accepts the answer itself on a %s card', (kind) => {
		for (const expected of EXPECTED) expect(check({ kind, expected }, expected).verdict).toBe('correct');
	});
});
