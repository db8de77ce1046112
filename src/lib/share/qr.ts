/**
 * QR codes for assignment links, as one SVG path so a component renders `<path d={path} />` — no markup built from
 * strings. Kept apart from link.ts so the trainee's screen, which only opens links, does not load the QR encoder.
 */
import { encode } from 'uqr';

/** ISO/IEC 18004 asks for a light margin four modules wide; scanners find the code faster with it. */
export const QUIET_ZONE = 4;

/**
 * Dark modules of the QR code for `text` as an SVG path in module units (viewBox `0 0 size size`), at error
 * correction L — the most data per code; a link on a screen is not smudged like a printed code. Null when the text
 * is too long for any QR code (about 2,953 bytes).
 */
export function qrSvgPath(text: string): { path: string; size: number } | null {
	let qr: ReturnType<typeof encode>;
	try {
		qr = encode(text, { ecc: 'L', border: QUIET_ZONE });
	} catch {
		// uqr throws RangeError("Data too long") past version 40.
		return null;
	}
	const parts: string[] = [];
	qr.data.forEach((row, y) => {
		// One rectangle per horizontal run of dark modules: a quarter of the path a square per module would take.
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x++;
			parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
		}
	});
	return { path: parts.join(''), size: qr.size };
}
