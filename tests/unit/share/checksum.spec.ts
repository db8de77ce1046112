import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, crc32 } from '../../../src/lib/share/checksum';

/** Hundreds of generated cases each; generous, because the test machine may be shared and slow. */
const PROPERTY_TIMEOUT = 30_000;

describe('crc32', () => {
	// Check values published for CRC-32/ISO-HDLC (the zip/PNG CRC); any standard tool gives the same.
	it.each([
		{ text: '', crc: '00000000' },
		{ text: '123456789', crc: 'cbf43926' },
		{ text: 'The quick brown fox jumps over the lazy dog', crc: '414fa339' },
		{ text: 'a', crc: 'e8b7be43' }
	])('crc32($text) = $crc', ({ text, crc }) => {
		expect(crc32(text)).toBe(crc);
	});

	it('is taken over UTF-8, so text outside ASCII is covered', () => {
		expect(crc32('é')).toBe(crc32('\u00e9'));
		expect(crc32('é')).not.toBe(crc32('e\u0301'));
	});

	it(
		'changes when any one character changes',
		() => {
			fc.assert(
				fc.property(fc.string({ minLength: 1 }), fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (s, at, c) => {
					const i = at % s.length;
					fc.pre(s[i] !== c);
					expect(crc32(s.slice(0, i) + c + s.slice(i + 1))).not.toBe(crc32(s));
				})
			);
		},
		PROPERTY_TIMEOUT
	);
});

describe('canonicalJson', () => {
	it(
		'is the same whatever order the keys were written in',
		() => {
			fc.assert(
				fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
					const reversed = Object.fromEntries(Object.entries(obj).reverse());
					expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
					expect(JSON.parse(canonicalJson(obj))).toEqual(JSON.parse(JSON.stringify(obj)));
				})
			);
		},
		PROPERTY_TIMEOUT
	);

	it('keeps a field named __proto__ as an ordinary field', () => {
		expect(canonicalJson(JSON.parse('{"b":2,"__proto__":{"x":1}}'))).toBe('{"__proto__":{"x":1},"b":2}');
	});

	it('sorts nested keys and drops undefined fields', () => {
		expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
	});
});
