/**
 * Every parser and decoder that reads outside input, in one table. A target says how to decode one input and how to
 * use what it accepted the way a later screen would; the runner (run.ts) feeds it random and mutated inputs.
 *
 * Adapters stay thin on purpose: when a decoder's name or result shape changes, only its row here changes. To add
 * a decoder, add a row: its seeds (valid inputs), `decode` returning `{ accepted }` or `{ rejected }`, and `use`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeck } from '../../src/lib/decks/parse';
import { decodeAssignmentLink } from '../../src/lib/share/link';
import { decodeAssignmentFile } from '../../src/lib/share/file';
import { decodeReportFile, decodeReportText } from '../../src/lib/share/report-codec';
import { canonicalJson, crc32 } from '../../src/lib/share/checksum';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from '../../src/lib/lz';
import { applyImport, previewImport } from '../../src/lib/storage/backup';
import { MemoryStorage } from '../../src/lib/storage/memory';
import { ProgressStore } from '../../src/lib/storage/store';
import { V1_PREFIX } from '../../src/lib/storage/keys';
import { listReceived } from '../../src/lib/assignments/records';
import { DECK_ID, filledStore, NOW, seeds } from './seeds';
import { useAssignment, useDeck, useReport, useStore } from './use';

export type Decoded<T> = { accepted: T } | { rejected: string };

/** Text around a checksum: mutations of `inner` are wrapped again, so they get past the checksum to the decoder. */
export interface Layer {
	unwrap(input: string): string | null;
	wrap(inner: string): string;
}

export interface FuzzTarget<T = unknown> {
	name: string;
	seeds(): readonly string[];
	/** Crafted attacks, fed first on every run: bombs, deep nesting, oversized input. */
	hostile?(): readonly string[];
	layer?: Layer;
	/** Never expected to throw: a throw is counted as uncaught. */
	decode(input: string): Decoded<T>;
	/** Uses an accepted value as the app would later; a throw is counted as accepted-then-failed. */
	use(value: T): void;
}

const target = <T>(t: FuzzTarget<T>): FuzzTarget => t as FuzzTarget;
const ok = <T>(accepted: T): Decoded<T> => ({ accepted });
const no = (rejected: string): Decoded<never> => ({ rejected });

/** `#a=1.<lz(crc + json)>`: the link's checksummed JSON. */
const linkLayer: Layer = {
	unwrap(input) {
		const m = /#a=1\.(.*)$/s.exec(input);
		const text = m?.[1] ? decompressFromEncodedURIComponent(m[1]) : null;
		return text ? text.slice(8) : null;
	},
	wrap: (json) => `https://trainer.example/join/#a=1.${compressToEncodedURIComponent(crc32(json) + json)}`
};

/** A JSON file whose `checksum` field is the CRC-32 of `part(file)`, recomputed after the damage. */
function checksumLayer(part: (file: Record<string, unknown>) => unknown): Layer {
	return {
		unwrap: (input) => input,
		wrap(inner) {
			try {
				const file = JSON.parse(inner) as Record<string, unknown>;
				if (file && typeof file === 'object') file.checksum = crc32(canonicalJson(part(file)));
				return JSON.stringify(file);
			} catch {
				return inner;
			}
		}
	};
}

const reportTextLayer: Layer = {
	unwrap(input) {
		const m = /BT-REPORT 1 [0-9a-f]{8}\n([\s\S]*?)\nBT-REPORT END/.exec(input);
		return m?.[1] ? decompressFromEncodedURIComponent(m[1].replace(/\s/g, '')) || null : null;
	},
	wrap: (json) => `BT-REPORT 1 ${crc32(json)}\n${compressToEncodedURIComponent(json)}\nBT-REPORT END\n`
};

/** A store whose storage holds `value` under `key` beside real progress. */
function storeWith(key: string, value: string, filled = true): { store: ProgressStore; storage: Storage } {
	const storage = new MemoryStorage();
	if (filled) filledStore(storage);
	storage.setItem(key, value);
	return { store: new ProgressStore(storage, { now: () => NOW }), storage };
}

/**
 * One target per kind of stored value: the value is put in place of the real one, and the store reads the deck.
 * Accepted means the store kept it where it was (rather than setting it aside); the deck must then work.
 */
function storedTarget(name: string, key: string, read: (store: ProgressStore) => boolean | void): FuzzTarget {
	return target({
		name: `stored ${name}`,
		seeds: () => [seeds().stored.get(key) ?? ''],
		decode(value) {
			const { store, storage } = storeWith(key, value);
			const kept = read(store) !== false && storage.getItem(key) === value;
			return kept ? ok(store) : no('set aside or ignored');
		},
		use: (store) => useStore(store, [DECK_ID])
	});
}

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const link = (payload: string) => `https://trainer.example/join/#a=1.${payload}`;
const reportBlock = (payload: string) => `BT-REPORT 1 00000000\n${payload}\nBT-REPORT END\n`;
const backupWith = (decks: string) =>
	`{"format":"briefing-trainer-progress","version":2,"exportedAt":"2024-03-20T12:00:00.000Z","decks":${decks}}`;
const fileWith = (format: string, field: string, value: string) =>
	`{"format":"${format}","version":1,"checksum":"00000000","${field}":${value}}`;

let bomb: string | undefined;
/** lz-string text of 9.3 million "a"s (made once by compressing them, which takes seconds, so it is kept). */
function lzBomb(): string {
	bomb ??= readFileSync(join(import.meta.dirname, '../fixtures/fuzz/lz-bomb.txt'), 'utf8').trim();
	return bomb;
}

const load = (store: ProgressStore) => void store.load(DECK_ID);

export const TARGETS: FuzzTarget[] = [
	target({
		name: 'deck yaml',
		seeds: () => seeds().decks,
		hostile: () => [
			`a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n`,
			'id: *nope\n',
			nested(20_000),
			`${'- '.repeat(5000)}x\n`,
			'k: v\n'.repeat(20_000)
		],
		decode(text) {
			const r = parseDeck(text, 'decks/x.yaml');
			return r.ok ? ok(r.deck) : no(r.errors[0]?.message ?? '');
		},
		use: (deck) => useDeck(new ProgressStore(new MemoryStorage(), { now: () => NOW }), deck)
	}),
	target({
		name: 'backup preview',
		seeds: () => seeds().backups,
		hostile: () => [backupWith(nested(20_000)), backupWith(JSON.stringify({ x: { ids: [], cards: 'C', log: 'L' } }))],
		// A preview that says OK must import, and what it imports must work.
		decode(text) {
			const store = filledStore();
			const r = previewImport(store, text);
			return r.ok ? ok({ store, text, decks: r.summary.decks.map((d) => d.deckId) }) : no(r.error);
		},
		use({ store, text, decks }) {
			const r = applyImport(store, text);
			if (!r.ok) throw new Error(`preview said OK, import said: ${r.error}`);
			useStore(store, decks);
		}
	}),
	target({
		name: 'backup import',
		seeds: () => seeds().backups,
		hostile: () => [backupWith(nested(20_000))],
		decode(text) {
			const store = filledStore();
			const r = applyImport(store, text);
			return r.ok ? ok({ store, decks: r.summary.decks.map((d) => d.deckId) }) : no(r.error);
		},
		use: ({ store, decks }) => useStore(store, decks)
	}),
	target({
		name: 'assignment link',
		seeds: () => seeds().links,
		// The bomb is 7,000 characters and expands to 9.3 million.
		hostile: () => [link(lzBomb()), link(lzBomb().repeat(9)), link(lzBomb().repeat(43)), link(nested(20_000))],
		layer: linkLayer,
		decode(text) {
			const r = decodeAssignmentLink(text);
			return r.ok ? ok(r.assignment) : no(r.error);
		},
		use: (a) => useAssignment(filledStore(), a)
	}),
	target({
		name: 'assignment file',
		seeds: () => seeds().assignmentFiles,
		hostile: () => [fileWith('briefing-trainer-assignment', 'assignment', nested(20_000))],
		layer: checksumLayer((f) => f.assignment),
		decode(text) {
			const r = decodeAssignmentFile(text);
			return r.ok ? ok(r.assignment) : no(r.error);
		},
		use: (a) => useAssignment(filledStore(), a)
	}),
	target({
		name: 'report text',
		seeds: () => seeds().reportTexts,
		hostile: () => [reportBlock(lzBomb()), reportBlock(lzBomb().repeat(9))],
		layer: reportTextLayer,
		decode(text) {
			const r = decodeReportText(text);
			return r.ok ? ok(r.report) : no(r.error);
		},
		use: useReport
	}),
	target({
		name: 'report file',
		seeds: () => seeds().reportFiles,
		hostile: () => [fileWith('briefing-trainer-report', 'cards', nested(20_000))],
		layer: checksumLayer(({ checksum: _, ...rest }) => rest),
		decode(text) {
			const r = decodeReportFile(text);
			return r.ok ? ok(r.report) : no(r.error);
		},
		use: useReport
	}),
	storedTarget('index', `bt:p:${DECK_ID}:ids`, load),
	storedTarget('card chunk', `bt:p:${DECK_ID}:c0`, load),
	storedTarget('log segment', `bt:p:${DECK_ID}:l0`, load),
	storedTarget('settings', `bt:p:${DECK_ID}:set`, (s) => void s.getSettings(DECK_ID)),
	storedTarget('local deck', `bt:deck:${DECK_ID}`, (s) => void s.getDeck(DECK_ID)),
	storedTarget('assignments', 'bt:rec:assignments', (s) => listReceived(s).length > 0),
	storedTarget('meta', 'bt:meta', load),
	target({
		name: 'v1 migration',
		seeds: () => seeds().v1,
		hostile: () => [`{"cards":{},"log":${nested(20_000)}}`],
		decode(value) {
			const key = V1_PREFIX + DECK_ID;
			const { store, storage } = storeWith(key, value, false);
			store.load(DECK_ID);
			const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
			const setAside = keys.some((k) => k.startsWith('bt:quarantine:'));
			return storage.getItem(key) === null && !setAside ? ok(store) : no('set aside');
		},
		use: (store) => useStore(store, [DECK_ID])
	})
];
