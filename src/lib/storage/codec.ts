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
const HALF = ALPHABET.length / 2; // 46
const TERM = ALPHABET.slice(0, HALF);
const CONT = ALPHABET.slice(HALF);
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

/**
 * Forward whole seconds: even codes. Otherwise zig(ms)·2 + 1, where code 1 (zero ms) cannot occur because zero is
 * whole seconds; it marks the escape for values too large for the code, which follow as `wide`.
 */
function stepCode(ms: number): number {
	checkInt(ms, 'time');
	const code = ms >= 0 && ms % 1000 === 0 ? (ms / 1000) * 2 : zig(ms) * 2 + 1;
	return Number.isSafeInteger(code) ? code : 1;
}

/** Appends numbers to a string; `text()` is the payload. */
export class Writer {
	private parts: string[] = [];

	uint(v: number): this {
		checkInt(v, 'value');
		if (v < 0) throw new CodecError(`value must not be negative, got ${v}`);
		let s = '';
		while (v >= HALF) {
			s += CONT[v % HALF];
			v = Math.floor(v / HALF);
		}
		this.parts.push(s + TERM[v]);
		return this;
	}

	/** Signed integers up to ±2^52 (zigzag doubles them). */
	int(v: number): this {
		return this.uint(zig(checkInt(v, 'value')));
	}

	/** Any safe integer as sign, high and low 32-bit words: the escape for times far from the epoch. */
	wide(v: number): this {
		checkInt(v, 'value');
		const m = Math.abs(v);
		return this.uint(v < 0 ? 1 : 0)
			.uint(Math.floor(m / 2 ** 32))
			.uint(m % 2 ** 32);
	}

	/**
	 * ts-fsrs rounds stability and difficulty to 8 decimals, so x·1e8 is an exact small integer: tag 0. Anything
	 * else (including -0, NaN, huge values) is written as its raw float64 bits: tag 1 and four 16-bit words.
	 */
	float(x: number): this {
		const n = Math.round(x * 1e8);
		if (Number.isSafeInteger(zig(n) * 2) && Object.is(n / 1e8, x) && !Object.is(x, -0)) return this.uint(zig(n) * 2);
		const view = new DataView(new ArrayBuffer(8));
		view.setFloat64(0, x);
		this.uint(1);
		for (let i = 0; i < 8; i += 2) this.uint(view.getUint16(i));
		return this;
	}

	/**
	 * A time difference in ms, in the coarsest exact unit: minutes (tag 0), seconds (1) or ms (2). Code 1 (zero
	 * seconds) can never occur, since zero is whole minutes, so it marks the escape for huge values.
	 */
	span(ms: number): this {
		checkInt(ms, 'time');
		const code = ms % 60_000 === 0 ? zig(ms / 60_000) * 3 : ms % 1000 === 0 ? zig(ms / 1000) * 3 + 1 : zig(ms) * 3 + 2;
		return Number.isSafeInteger(code) ? this.uint(code) : this.uint(1).wide(ms);
	}

	/** A forward step in whole seconds (the common case, tag 0), else any signed ms difference (tag 1). */
	step(ms: number): this {
		const code = stepCode(ms);
		this.uint(code);
		return code === 1 ? this.wide(ms) : this;
	}

	/** Like `step`, with 0 reserved for "no value" (a card never reviewed has no last_review). */
	optionalStep(ms: number | undefined): this {
		if (ms === undefined) return this.uint(0);
		const code = stepCode(ms);
		this.uint(code + 1);
		return code === 1 ? this.wide(ms) : this;
	}

	text(): string {
		return this.parts.join('');
	}
}

/** Reads back what a Writer wrote; every read throws CodecError on malformed input. */
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
