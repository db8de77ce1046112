/**
 * A small QR decoder for tests: reads a module matrix (true = dark, no quiet zone) back to its text, so a test can
 * prove that the code the app draws — or a screenshot of it, sampled module by module — scans as the link. Written
 * from ISO/IEC 18004 (format bits, masks, the zigzag codeword order, block interleaving, the three text modes);
 * error correction codewords are skipped, not used, so any wrong module in the data makes the result differ rather
 * than be repaired, which is the stricter check. Error-correction level L only, as the app draws.
 */

/** Error-correction codewords per block at level L, by version (index 0 unused). */
const ECC_PER_BLOCK_L = [
	-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30,
	30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30
];
/** Blocks at level L, by version. */
const BLOCKS_L = [
	-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19,
	19, 20, 21, 22, 24, 25
];

const MASKS: ((x: number, y: number) => boolean)[] = [
	(x, y) => (x + y) % 2 === 0,
	(_x, y) => y % 2 === 0,
	(x) => x % 3 === 0,
	(x, y) => (x + y) % 3 === 0,
	(x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
	(x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
	(x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
	(x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0
];

function alignmentPositions(version: number, size: number): number[] {
	if (version === 1) return [];
	const n = Math.floor(version / 7) + 2;
	const step = Math.floor((version * 8 + n * 3 + 5) / (n * 4 - 4)) * 2;
	const out = [6];
	for (let pos = size - 7; out.length < n; pos -= step) out.splice(1, 0, pos);
	return out;
}

/** Which modules belong to finder, timing, alignment, format and version patterns (not data). */
function functionModules(version: number, size: number): boolean[][] {
	const f = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
	const fill = (x0: number, y0: number, w: number, h: number) => {
		for (let y = y0; y < y0 + h; y++)
			for (let x = x0; x < x0 + w; x++) if (x >= 0 && y >= 0 && x < size && y < size) f[y]![x] = true;
	};
	fill(0, 0, 9, 9);
	fill(size - 8, 0, 8, 9);
	fill(0, size - 8, 9, 8);
	fill(6, 0, 1, size);
	fill(0, 6, size, 1);
	const pos = alignmentPositions(version, size);
	pos.forEach((px, i) =>
		pos.forEach((py, j) => {
			const corner = (i === 0 && j === 0) || (i === 0 && j === pos.length - 1) || (i === pos.length - 1 && j === 0);
			if (!corner) fill(px - 2, py - 2, 5, 5);
		})
	);
	if (version >= 7) {
		fill(size - 11, 0, 3, 6);
		fill(0, size - 11, 6, 3);
	}
	return f;
}

function rawDataModules(version: number): number {
	let result = (16 * version + 128) * version + 64;
	if (version >= 2) {
		const n = Math.floor(version / 7) + 2;
		result -= (25 * n - 10) * n - 55;
		if (version >= 7) result -= 36;
	}
	return result;
}

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** The text a QR matrix holds; throws with a reason when it cannot be read. */
export function decodeQrMatrix(m: readonly (readonly boolean[])[]): string {
	const size = m.length;
	const version = (size - 17) / 4;
	if (!Number.isInteger(version) || version < 1 || version > 40) throw new Error(`not a QR size: ${size}`);
	let format = 0;
	const bit = (x: number, y: number) => (m[y]![x] ? 1 : 0);
	const positions: [number, number][] = [];
	for (let i = 0; i <= 5; i++) positions.push([8, i]);
	positions.push([8, 7], [8, 8], [7, 8]);
	for (let i = 9; i < 15; i++) positions.push([14 - i, 8]);
	positions.forEach(([x, y], i) => (format |= bit(x, y) << i));
	format ^= 0x5412;
	if (((format >> 13) & 3) !== 1) throw new Error('not error-correction level L');
	const mask = MASKS[(format >> 10) & 7]!;

	const fn = functionModules(version, size);
	const total = Math.floor(rawDataModules(version) / 8);
	const stream = new Uint8Array(total);
	let i = 0;
	for (let right = size - 1; right >= 1; right -= 2) {
		if (right === 6) right = 5;
		for (let vert = 0; vert < size; vert++) {
			for (let j = 0; j < 2; j++) {
				const x = right - j;
				const y = ((right + 1) & 2) === 0 ? size - 1 - vert : vert;
				if (fn[y]![x] || i >= total * 8) continue;
				const b = (m[y]![x] ? 1 : 0) ^ (mask(x, y) ? 1 : 0);
				stream[i >> 3]! |= b << (7 - (i & 7));
				i++;
			}
		}
	}

	const blocks = BLOCKS_L[version]!;
	const ecc = ECC_PER_BLOCK_L[version]!;
	const shortLen = Math.floor(total / blocks);
	const numShort = blocks - (total % blocks);
	const shortData = shortLen - ecc;
	const data: number[][] = Array.from({ length: blocks }, () => []);
	let k = 0;
	for (let at = 0; at <= shortData; at++) {
		for (let b = 0; b < blocks; b++) if (at < shortData + (b < numShort ? 0 : 1)) data[b]!.push(stream[k++]!);
	}
	const bytes = data.flat();

	let pos = 0;
	const read = (n: number) => {
		let v = 0;
		for (let t = 0; t < n; t++, pos++) v = (v << 1) | ((bytes[pos >> 3]! >> (7 - (pos & 7))) & 1);
		return v;
	};
	const band = version <= 9 ? 0 : version <= 26 ? 1 : 2;
	let out = '';
	for (;;) {
		if (pos + 4 > bytes.length * 8) break;
		const mode = read(4);
		if (mode === 0) break;
		if (mode === 4) {
			const n = read([8, 16, 16][band]!);
			const chunk = new Uint8Array(n);
			for (let t = 0; t < n; t++) chunk[t] = read(8);
			out += new TextDecoder('utf-8', { fatal: true }).decode(chunk);
		} else if (mode === 2) {
			let n = read([9, 11, 13][band]!);
			for (; n >= 2; n -= 2) {
				const v = read(11);
				out += ALNUM[Math.floor(v / 45)]! + ALNUM[v % 45]!;
			}
			if (n === 1) out += ALNUM[read(6)]!;
		} else if (mode === 1) {
			let n = read([10, 12, 14][band]!);
			for (; n >= 3; n -= 3) out += String(read(10)).padStart(3, '0');
			if (n === 2) out += String(read(7)).padStart(2, '0');
			if (n === 1) out += String(read(4));
		} else throw new Error(`unsupported mode ${mode}`);
	}
	return out;
}
