/**
 * Low-level packing shared by every compact value the store writes: unsigned varints over a printable-ASCII
 * alphabet, zigzag for signed integers, exact 8-decimal floats with a float64 escape, instants and durations, and a
 * checksummed frame around each value.
 *
 * Why this alphabet: localStorage counts UTF-16 units, so one character should carry as many bits as possible, yet
 * values must survive export files (JSON) and never hold lone surrogates. The 94 visible ASCII characters minus `"`
 * and `\` (which JSON would escape into two characters) leave 92 digits: 46 mark "last digit", 46 mark "more follow",
 * so each character of a varint carries log2(46) ≈ 5.5 bits (base64 varints carry 5).
 */

export const ALPHABET = (() => {
	let s = '';
	for (let c = 0x21; c <= 0x7e; c++) if (c !== 0x22 && c !== 0x5c) s += String.fromCharCode(c);
	return s;
})();
export const HALF = ALPHABET.length / 2; // 46
/** Digits that end a varint, and digits that say more follow (the Writer in encode.ts writes them). */
export const TERM = ALPHABET.slice(0, HALF);
export const CONT = ALPHABET.slice(HALF);
/** Character code → digit value (0..91), or -1 for a character outside the alphabet. */
const DIGIT = (() => {
	const t = new Int8Array(128).fill(-1);
	for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i;
	return t;
})();

/** Thrown when a value cannot be encoded exactly or a stored text is not a valid encoding. */
export class CodecError extends Error {
	override name = 'CodecError';
}

/** Instants are stored relative to 2024-01-01 UTC, so dates of the app's lifetime stay short. */
export const EPOCH = Date.UTC(2024, 0, 1);
export const DAY_MS = 86_400_000;

export function checkInt(x: number, what: string): number {
	if (!Number.isSafeInteger(x)) throw new CodecError(`${what} must be a whole number, got ${x}`);
	return x;
}

/** Signed → unsigned so small magnitudes of either sign stay short: 0,-1,1,-2,2 → 0,1,2,3,4. */
export const zig = (n: number): number => (n >= 0 ? n * 2 : -n * 2 - 1);
export const unzig = (u: number): number => (u % 2 === 0 ? u / 2 : -(u + 1) / 2);

/** Reads back what a Writer (encode.ts) wrote; every read throws CodecError on malformed input. */
export class Reader {
	private pos = 0;
	constructor(private readonly s: string) {}

	get done(): boolean {
		return this.pos >= this.s.length;
	}

	uint(): number {
		let v = 0;
		let mul = 1;
		for (;;) {
			if (this.pos >= this.s.length) throw new CodecError('value ends too early');
			const code = this.s.charCodeAt(this.pos++);
			const d = code < 128 ? DIGIT[code]! : -1;
			if (d < 0) throw new CodecError(`unexpected character ${JSON.stringify(this.s[this.pos - 1])}`);
			v += (d % HALF) * mul;
			if (!Number.isSafeInteger(v) || mul > Number.MAX_SAFE_INTEGER) throw new CodecError('number too large');
			if (d < HALF) return v;
			mul *= HALF;
		}
	}

	int(): number {
		return unzig(this.uint());
	}

	wide(): number {
		const sign = this.uint();
		const hi = this.uint();
		const lo = this.uint();
		if (sign > 1 || lo >= 2 ** 32) throw new CodecError('bad wide number');
		const m = hi * 2 ** 32 + lo;
		if (!Number.isSafeInteger(m)) throw new CodecError('number too large');
		return sign ? -m : m;
	}

	float(): number {
		const u = this.uint();
		if (u === 1) {
			const view = new DataView(new ArrayBuffer(8));
			for (let i = 0; i < 8; i += 2) {
				const w = this.uint();
				if (w > 0xffff) throw new CodecError('bad float');
				view.setUint16(i, w);
			}
			return view.getFloat64(0);
		}
		if (u % 2 !== 0) throw new CodecError('bad float tag');
		return unzig(u / 2) / 1e8;
	}

	span(): number {
		const u = this.uint();
		if (u === 1) return this.wide();
		const v = unzig(Math.floor(u / 3));
		const tag = u % 3;
		return tag === 0 ? v * 60_000 : tag === 1 ? v * 1000 : v;
	}

	step(): number {
		return this.stepValue(this.uint());
	}

	optionalStep(): number | undefined {
		const u = this.uint();
		return u === 0 ? undefined : this.stepValue(u - 1);
	}

	private stepValue(u: number): number {
		if (u === 1) return this.wide();
		return u % 2 === 0 ? (u / 2) * 1000 : unzig((u - 1) / 2);
	}
}

/**
 * Checksum: Horner's polynomial over the character codes modulo the prime P < 92³, written as 3 digits. Because P is
 * prime and larger than any character code, changing any single character always changes the sum, so a flipped
 * bit is always caught; truncation is caught by the sum or by the payload running out mid-number.
 */
const P = 778_681;
function checksum(s: string): number {
	let h = 7;
	for (let i = 0; i < s.length; i++) h = (h * 131 + s.charCodeAt(i)) % P;
	return (h * 131 + s.length) % P;
}

function digits3(n: number): string {
	const b = ALPHABET.length;
	return ALPHABET[n % b]! + ALPHABET[Math.floor(n / b) % b]! + ALPHABET[Math.floor(n / (b * b))]!;
}

/** Wraps a payload as `<tag><3-digit checksum><payload>`; the tag names the format and its version. */
export function seal(tag: string, payload: string): string {
	return tag + digits3(checksum(tag + payload)) + payload;
}

/** The payload of a sealed value, or CodecError if the tag or checksum is wrong. */
export function unseal(tag: string, value: string): string {
	if (value.length < 4 || value[0] !== tag) throw new CodecError(`not a "${tag}" value`);
	const payload = value.slice(4);
	if (value.slice(1, 4) !== digits3(checksum(tag + payload))) throw new CodecError('checksum does not match');
	return payload;
}

/** A short fingerprint of a text (3 characters, ~20 bits): enough to notice that a card's answer was edited. */
export function shortHash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return digits3(h % ALPHABET.length ** 3);
}
