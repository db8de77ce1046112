import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { largestDeckThatFitsLink, realisticAssignment } from '../../../src/lib/share/capacity';
import { encodeAssignmentLink, LINK_LIMIT, QR_LIMIT } from '../../../src/lib/share/link';
import { qrSvgPath, QUIET_ZONE } from '../../../src/lib/share/qr';
import { decodeQrMatrix } from './qr-decode';

const BASE = 'https://trainer.example.org/join/';

/** The dark modules a path draws, as "x,y" keys. */
function modulesOf(path: string): Set<string> {
	const dark = new Set<string>();
	for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
		for (let x = Number(m[1]); x < Number(m[1]) + Number(m[3]); x++) dark.add(`${x},${m[2]}`);
	}
	return dark;
}

/** The matrix a drawn path shows, quiet zone cut off: what a scanner sees. */
function matrixOf(qr: { path: string; size: number }): boolean[][] {
	const dark = modulesOf(qr.path);
	const n = qr.size - 2 * QUIET_ZONE;
	return Array.from({ length: n }, (_, y) =>
		Array.from({ length: n }, (_, x) => dark.has(`${x + QUIET_ZONE},${y + QUIET_ZONE}`))
	);
}

describe('qrSvgPath', () => {
	it('draws exactly the dark modules of the code, in horizontal runs, inside a quiet zone', async () => {
		const link = (await encodeAssignmentLink(realisticAssignment(3), BASE, false)).url;
		const qr = qrSvgPath(link);
		if (!qr) throw new Error('a 3-card link should fit a QR code');
		expect(qr.path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
		const expected = new Set<string>();
		encode(link, { ecc: 'L', border: QUIET_ZONE }).data.forEach((row, y) =>
			row.forEach((d, x) => d && expected.add(`${x},${y}`))
		);
		expect(modulesOf(qr.path)).toEqual(expected);
		expect(
			[...expected].every((k) => k.split(',').every((n) => Number(n) >= QUIET_ZONE && Number(n) < qr.size - QUIET_ZONE))
		).toBe(true);
	});

	it.each([
		{
			name: '66-card shipped deck by reference',
			make: () => encodeAssignmentLink(realisticAssignment(66), BASE, true)
		},
		{ name: '5-card deck inside the link', make: () => encodeAssignmentLink(realisticAssignment(5), BASE, false) }
	])('the drawn code of a $name decodes back to the link', async ({ make }) => {
		const { url } = await make();
		const qr = qrSvgPath(url);
		if (!qr) throw new Error('should fit a QR code');
		expect(decodeQrMatrix(matrixOf(qr))).toBe(url);
	});

	it.each([
		{ length: QR_LIMIT, fits: true },
		{ length: QR_LIMIT + 1, fits: false },
		{ length: LINK_LIMIT, fits: false }
	])('a link of $length characters fits a QR code: $fits', ({ length, fits }) => {
		const text = `https://trainer.example.org/#a=2.${'x'.repeat(length - 33)}`;
		expect(text).toHaveLength(length);
		expect(qrSvgPath(text) !== null).toBe(fits);
	});
});

describe('largestDeckThatFitsLink', () => {
	it.each([
		{ limit: LINK_LIMIT, name: 'a link' },
		{ limit: QR_LIMIT, name: 'a QR code' }
	])('finds the most generated cards that fit $name inside the link, and one more does not', async ({ limit }) => {
		const n = await largestDeckThatFitsLink(limit, BASE);
		expect(n).toBeGreaterThan(0);
		expect((await encodeAssignmentLink(realisticAssignment(n), BASE, false)).chars).toBeLessThanOrEqual(limit);
		expect((await encodeAssignmentLink(realisticAssignment(n + 1), BASE, false)).chars).toBeGreaterThan(limit);
	});
});
