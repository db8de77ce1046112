/**
 * Turns valid inputs into hostile ones: byte-level damage (bit flips, truncation, splices, repeats), hostile values
 * put into JSON fields (−5, 1e308, overflow to Infinity, empty, wrong type, deep nesting), and — below a checksum
 * or inside the compact card encoding — damage that is sealed again, so it reaches the decoder's meaning checks
 * instead of stopping at the checksum. Randomness comes from a seeded generator, so every input can be replayed.
 */
import type { Card } from 'ts-fsrs';
import { decodeCards } from '../../src/lib/storage/cards';
import { encodeCards, encodeLog } from '../../src/lib/storage/encode';
import { seal, unseal } from '../../src/lib/storage/codec';
import { decodeLog } from '../../src/lib/storage/log';
import { DAY, NOW } from './seeds';
import { seededRandom } from '../../src/lib/study/option-order';

export type Rng = () => number;

/** A generator seeded with 32 bits (the app's own Mulberry32), so a failing run can be replayed. */
export const rng = (seed: number): Rng => seededRandom(seed);

export const int = (r: Rng, n: number) => Math.floor(r() * n);
export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[int(r, xs.length)]!;

/** A value no JSON can hold: `JSON.stringify` writes the marker, `raw()` turns it into this text. */
const RAW = (text: string) => `\u0000raw:${text}\u0000`;
const raw = (json: string) => json.replace(/"\\u0000raw:(.*?)\\u0000"/g, '$1');

const HOSTILE_NUMBERS = [-5, -1, 0, 0.5, 1.5, 1e308, -1e308, 2 ** 53, 1e-320, RAW('1e999'), RAW('-1e999'), RAW('-0')];
const HOSTILE_STRINGS = [
	'',
	' ',
	'x',
	'<script>alert(1)</script>',
	'x'.repeat(5000),
	'2024-13-45',
	'9999-12-31T23:59:59.999Z',
	'+275760-09-13T00:00:00.000Z',
	'-271821-04-20T00:00:00.000Z',
	'NaN',
	'\u202e\ud800',
	'__proto__'
];
const HOSTILE_OTHER = [null, true, false, [], {}, [[[[[]]]]], RAW('['.repeat(5000) + ']'.repeat(5000))];

/** A copy, always: the tables are shared, and a later mutation must not change them (or make them circular). */
function hostileValue(r: Rng, old: unknown): unknown {
	const roll = r();
	if (typeof old === 'number' && roll < 0.5) return pick(r, HOSTILE_NUMBERS);
	if (typeof old === 'string' && roll < 0.5) return mutateString(r, old);
	if (roll < 0.7) return pick(r, HOSTILE_NUMBERS);
	if (roll < 0.85) return pick(r, HOSTILE_STRINGS);
	return structuredClone(pick(r, HOSTILE_OTHER));
}

function isSealed(x: unknown): boolean {
	if (typeof x !== 'string' || x.length < 4) return false;
	try {
		unseal(x[0]!, x);
		return true;
	} catch {
		return false;
	}
}

/** Every [container, key] pair in a JSON value, depth first, with an explicit stack. */
function slots(root: unknown): [Record<string, unknown> | unknown[], string | number][] {
	const out: [Record<string, unknown> | unknown[], string | number][] = [];
	const stack: unknown[] = [root];
	while (stack.length) {
		const x = stack.pop();
		if (Array.isArray(x)) {
			x.forEach((v, i) => {
				out.push([x, i]);
				stack.push(v);
			});
		} else if (x && typeof x === 'object') {
			for (const [k, v] of Object.entries(x)) {
				out.push([x as Record<string, unknown>, k]);
				stack.push(v);
			}
		}
	}
	return out;
}

/** One change to a parsed JSON value, in place: a hostile value, a key removed or added, an element repeated. */
function mutateJsonValue(r: Rng, root: unknown): unknown {
	const all = slots(root);
	if (all.length === 0) return hostileValue(r, root);
	// Sealed values (card states, logs) carry most of a file's meaning but are few of its fields: favour them.
	const sealed = all.filter(([b, k]) => isSealed((b as Record<string | number, unknown>)[k]));
	const [box, key] = sealed.length && r() < 0.4 ? pick(r, sealed) : pick(r, all);
	const old = (box as Record<string | number, unknown>)[key];
	const roll = r();
	if (roll < 0.65) (box as Record<string | number, unknown>)[key] = hostileValue(r, old);
	else if (roll < 0.8) {
		if (Array.isArray(box)) box.splice(key as number, 1);
		else delete box[key as string];
	} else if (roll < 0.9) {
		if (Array.isArray(box)) box.splice(key as number, 0, structuredClone(old));
		else box[`${String(key)}_extra`] = structuredClone(old);
	} else (box as Record<string | number, unknown>)[key] = [[[old]]];
	return root;
}

const CARD_FIELDS: [keyof Card, (c: Card) => unknown[]][] = [
	['stability', () => [-5, 0, NaN, 1e308, Infinity, -0, 1e-9]],
	['difficulty', () => [0, -3, 11, 50, NaN, 1e308]],
	[
		'due',
		(c) => [
			new Date(0),
			new Date(8.64e15),
			new Date(NOW + 3650 * DAY),
			new Date((c.last_review?.getTime() ?? NOW) - DAY)
		]
	],
	['last_review', (c) => [undefined, new Date(c.due.getTime() + DAY), new Date(NOW + 365 * DAY), new Date(0)]],
	['state', () => [0, 1, 2, 3]],
	['reps', () => [0, 2 ** 40, 1]],
	['lapses', (c) => [c.reps + 5, 2 ** 40]],
	['elapsed_days', () => [-4, 1e9, 0.5]],
	['scheduled_days', () => [-1, 1e6, 0.25]],
	['learning_steps', () => [5, 100, 0.5]]
];

/** A card state with one field set to something ts-fsrs cannot schedule, sealed again when the encoder allows it. */
function mutateCards(r: Rng, value: string): string | null {
	let cards: Map<number, Card>;
	try {
		cards = decodeCards(value);
	} catch {
		return null;
	}
	const slotsOf = [...cards.keys()];
	if (slotsOf.length === 0) return null;
	const slot = pick(r, slotsOf);
	const card = { ...cards.get(slot)! };
	const [field, values] = pick(r, CARD_FIELDS);
	const next = pick(r, values(card));
	if (next === undefined) delete card[field];
	else (card as Record<string, unknown>)[field] = next;
	cards.set(slot, card);
	try {
		return encodeCards(cards);
	} catch {
		return null;
	}
}

/** A review log with an entry moved to a hostile time or slot (reviews in the future, before 1970, unknown cards). */
function mutateLog(r: Rng, value: string): string | null {
	try {
		const entries = decodeLog(value);
		if (entries.length === 0) return null;
		const e = pick(r, entries);
		if (r() < 0.5) e.at = pick(r, [NOW + 30 * DAY, NOW + 3650 * DAY, 0, -DAY, e.at - 1]);
		else e.slot = pick(r, [e.slot + 1, 999, 2 ** 40]);
		return encodeLog(entries.sort((a, b) => a.at - b.at));
	} catch {
		return null;
	}
}

/** Damage below a checksum: the payload of a sealed value is changed and sealed again. */
function mutateSealed(r: Rng, value: string): string | null {
	const roll = r();
	if (roll < 0.4) {
		const m = mutateCards(r, value) ?? mutateLog(r, value);
		if (m !== null) return m;
	}
	const tag = value[0];
	if (!tag) return null;
	try {
		return seal(tag, mutateText(r, unseal(tag, value), 1));
	} catch {
		return null;
	}
}

/** One or more byte-level changes. */
export function mutateText(r: Rng, s: string, times = 1 + int(r, 3), others: readonly string[] = []): string {
	for (let n = 0; n < times; n++) {
		const i = int(r, s.length + 1);
		const j = i + int(r, Math.max(1, s.length - i + 1));
		switch (int(r, 9)) {
			case 0: {
				const c = s.charCodeAt(i);
				if (!Number.isNaN(c)) s = s.slice(0, i) + String.fromCharCode(c ^ (1 << int(r, 8))) + s.slice(i + 1);
				break;
			}
			case 1:
				s = s.slice(0, i);
				break;
			case 2:
				s = s.slice(0, i) + s.slice(j);
				break;
			case 3:
				s = s.slice(0, j) + s.slice(i, j).repeat(1 + int(r, 4)) + s.slice(j);
				break;
			case 4: {
				const other = others.length ? pick(r, others) : s;
				s = s.slice(0, i) + other.slice(int(r, other.length + 1));
				break;
			}
			case 5:
				s =
					s.slice(0, i) +
					pick(r, ['"', '\\', '\n', '#', '*a', '&a ', ': ', '- ', '{', '[', '\u0000', '\ud800', '💥']) +
					s.slice(i);
				break;
			case 6: {
				const nums = [...s.matchAll(/-?\d+(\.\d+)?(e[+-]?\d+)?/gi)];
				const m = nums.length ? pick(r, nums) : undefined;
				if (m?.index !== undefined) {
					const by = pick(r, ['-5', '-1', '0', 'NaN', '1e308', '1e999', '-0', '0.5', '99999999999999999999']);
					s = s.slice(0, m.index) + by + s.slice(m.index + m[0].length);
				}
				break;
			}
			case 7: {
				const depth = pick(r, [10, 100, 1000, 20_000]);
				s = s.slice(0, i) + '['.repeat(depth) + ']'.repeat(depth) + s.slice(i);
				break;
			}
			default:
				s = mutateString(r, s);
		}
	}
	return s;
}

/** A string field's value: sealed payloads are damaged and sealed again; others get byte-level damage. */
export function mutateString(r: Rng, s: string): string {
	if (r() < 0.7) {
		const sealed = mutateSealed(r, s);
		if (sealed !== null) return sealed;
	}
	const i = int(r, s.length + 1);
	return s.slice(0, i) + pick(r, ['', 'x', ' ', '\u0000', 'é']) + s.slice(i + int(r, 3));
}

/** JSON text with one to three field-level changes; byte-level damage when the text is not JSON. */
export function mutateJson(r: Rng, text: string): string {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return mutateText(r, text);
	}
	for (let n = 1 + int(r, 3); n > 0; n--) data = mutateJsonValue(r, data);
	return raw(JSON.stringify(data, null, r() < 0.5 ? undefined : 1) ?? 'null');
}

/** Text a decoder meets that resembles nothing it expects. */
export function randomText(r: Rng): string {
	const roll = int(r, 5);
	if (roll === 0) return pick(r, ['', ' ', 'null', '{}', '[]', '"x"', '0', '-1', 'true', '\uFEFF{}']);
	if (roll === 1) return Array.from({ length: int(r, 200) }, () => String.fromCharCode(int(r, 0x10000))).join('');
	if (roll === 2) return Array.from({ length: int(r, 200) }, () => String.fromCharCode(32 + int(r, 95))).join('');
	if (roll === 3) return raw(JSON.stringify(mutateJsonValue(r, { a: [1, 'b', { c: null }], d: 2 })));
	return '['.repeat(20_000) + ']'.repeat(20_000);
}
