import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { largestDeckThatFitsLink, realisticAssignment } from '../../../src/lib/share/capacity';
import { encodeAssignmentLink, LINK_LIMIT, QR_LIMIT } from '../../../src/lib/share/link';
import { qrSvgPath, QUIET_ZONE } from '../../../src/lib/share/qr';

/** The dark modules a path draws, as "x,y" keys. */
function modulesOf(path: string): Set<string> {
	const dark = new Set<string>();
	for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
		for (let x = Number(m[1]); x < Number(m[1]) + Number(m[3]); x++) dark.add(`${x},${m[2]}`);
	}
	return dark;
}

describe('qrSvgPath', () => {
	const link = encodeAssignmentLink(realisticAssignment(3), 'https://trainer.example.org/assignment').url;

	it('draws exactly the dark modules of the code, in horizontal runs, inside a quiet zone', () => {
		const qr = qrSvgPath(link);
		if (!qr) throw new Error('a 3-card link should fit a QR code');
		expect(qr.path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
		const expected = new Set<string>();
		encode(link, { ecc: 'L', border: QUIET_ZONE }).data.forEach((row, y) =>
			row.forEach((d, x) => d && expected.add(`${x},${y}`))
		);
		expect(modulesOf(qr.path)).toEqual(expected);
		expect(qr.size).toBe(encode(link, { ecc: 'L', border: QUIET_ZONE }).size);
		expect(
			[...expected].every((k) => k.split(',').every((n) => Number(n) >= QUIET_ZONE && Number(n) < qr.size - QUIET_ZONE))
		).toBe(true);
	});

	it.each([
		{ length: QR_LIMIT, fits: true },
		{ length: QR_LIMIT + 1, fits: false },
		{ length: LINK_LIMIT, fits: false }
	])('a link of $length characters fits a QR code: $fits', ({ length, fits }) => {
		const text = `https://trainer.example.org/#a=1.${'x'.repeat(length - 33)}`;
		expect(text).toHaveLength(length);
		expect(qrSvgPath(text) !== null).toBe(fits);
	});
});

describe('largestDeckThatFitsLink', () => {
	it.each([
		{ limit: LINK_LIMIT, name: 'a link' },
		{ limit: QR_LIMIT, name: 'a QR code' }
	])('finds the most realistic cards that fit $name, and one more does not', ({ limit }) => {
		const n = largestDeckThatFitsLink(limit);
		const base = 'https://briefing-trainer.example.org/assignment';
		expect(n).toBeGreaterThan(0);
		expect(encodeAssignmentLink(realisticAssignment(n), base).chars).toBeLessThanOrEqual(limit);
		expect(encodeAssignmentLink(realisticAssignment(n + 1), base).chars).toBeGreaterThan(limit);
	});
});
