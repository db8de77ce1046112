/**
 * CRC-32 over the UTF-8 bytes of a text, and the canonical JSON the checksums of links, files and reports are taken
 * over. A checksum catches accidental damage (a link cut short by a chat app, a character changed by a mail client,
 * a line lost when pasting) — it is not a signature: anyone who edits a report on purpose can recompute it.
 */

/** The IEEE 802.3 polynomial, reflected, as used by zip, PNG and gzip, so any CRC-32 tool gives the same value. */
const POLYNOMIAL = 0xedb88320;

/** The 256-entry table of the classic byte-at-a-time algorithm, built once on first use. */
let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
	if (table) return table;
	table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? POLYNOMIAL ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
}

/** CRC-32 of the UTF-8 encoding of `text`, as 8 lowercase hex digits (the form written into links and files). */
export function crc32(text: string): string {
	const t = crcTable();
	const bytes = new TextEncoder().encode(text);
	let c = 0xffffffff;
	for (const b of bytes) c = t[(c ^ b) & 0xff]! ^ (c >>> 8);
	return ((c ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

/**
 * JSON with object keys sorted at every level and no whitespace, so the same content always gives the same text —
 * and the same checksum — whatever order a program or a person wrote the keys in. `undefined` fields are dropped,
 * as JSON.stringify drops them.
 */
export function canonicalJson(value: unknown): string {
	// JSON.stringify answers undefined (not a string) for undefined and functions; those have no content to check.
	const json: string | undefined = JSON.stringify(value, (_key, v: unknown) => {
		if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
		// No prototype: a key named "__proto__" (valid JSON, and a classic trick) stays an ordinary field.
		const sorted = Object.create(null) as Record<string, unknown>;
		for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
		return sorted;
	});
	return json ?? '';
}

/** The sentence every checksum error ends with, so nobody mistakes the check for tamper-proofing. */
export const CHECKSUM_CAVEAT = 'A checksum catches accidental damage, not deliberate edits.';
