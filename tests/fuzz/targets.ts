/**
 * Every parser and decoder that reads outside input, in one table. A target says how to decode one input and how to
 * use what it accepted the way a later screen would; the runner (run.ts) feeds it random and mutated inputs.
 *
 * Adapters stay thin on purpose: when a decoder's name or result shape changes, only its row here changes. To add
 * a decoder, add a row: its seeds (valid inputs), `decode` returning `{ accepted }` or `{ rejected }`, and `use`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReports } from '../../src/lib/assignments/class-input';
import type { ClassEntry } from '../../src/lib/assignments/class-records';
import { openAssignment } from '../../src/lib/assignments/open';
import { listReceived, putSent } from '../../src/lib/assignments/records';
import { parseDeck } from '../../src/lib/decks/parse';
import { generateDeck, MAX_DOCUMENT_CHARS } from '../../src/lib/generator';
import { evalDir } from '../../scripts/bench/eval-labels';
import type { Deck } from '../../src/lib/decks/schema';
import type { Assignment } from '../../src/lib/share/assignment';
import { canonicalJson, crc32 } from '../../src/lib/share/checksum';
import { sign } from '../../src/lib/share/crypto';
import { decodeAssignmentFile } from '../../src/lib/share/file';
import { decodeAssignmentLink, type DecodedLink } from '../../src/lib/share/link';
import { packText, unpackText } from '../../src/lib/share/packing';
import { checkReport } from '../../src/lib/share/report';
import { coldGroup } from '../../src/lib/storage/cold-keys';
import { V1_PREFIX } from '../../src/lib/storage/keys';
import { readUnsaved, stillOurs, writeUnsaved, type UnsavedChange } from '../../src/lib/storage/unsaved';
import { MemoryStorage } from '../../src/lib/storage/memory';
// Backups, kept-aside values, v1 data and local decks are fuzzed too: the code the browser loads on demand
// (parts.ts), loaded now.
import '../../src/lib/storage/rare';
import '../../src/lib/storage/deck-codec';
import '../../src/lib/storage/ledger';
import { ProgressStore } from '../../src/lib/storage/store.svelte';
import { DECK_ID, filledStore, LOCAL_DECK_ID, NOW, reportAssignment, seeds, shippedDeck } from './seeds';
import { useAssignment, useDeck, useReports, useStore } from './use';

export type Decoded<T> = { accepted: T } | { rejected: string };
type Maybe<T> = T | Promise<T>;

/** Text around a checksum: mutations of `inner` are wrapped again, so they get past the checksum to the decoder. */
export interface Layer {
	unwrap(input: string): string | null;
	wrap(inner: string): Maybe<string>;
}

export interface FuzzTarget<T = unknown> {
	name: string;
	seeds(): Maybe<readonly string[]>;
	/** Crafted attacks, fed first on every run: bombs, deep nesting, oversized input. */
	hostile?(): readonly string[];
	layer?: Layer;
	/** Never expected to throw: a throw is counted as uncaught. Timed, with whatever it awaits. */
	decode(input: string): Maybe<Decoded<T>>;
	/** Uses an accepted value as the app would later; a throw is counted as accepted-then-failed. */
	use(value: T): Maybe<void>;
}

const target = <T>(t: FuzzTarget<T>): FuzzTarget => t as FuzzTarget;
const ok = <T>(accepted: T): Decoded<T> => ({ accepted });
const no = (rejected: string): Decoded<never> => ({ rejected });

const BASE = 'https://trainer.example/join/';

/** `#a=2.<deflate(crc + json)>`: the link's checksummed JSON. Mutations of the JSON are packed again. */
const linkLayer: Layer = {
	unwrap(input) {
		const m = /#a=2\.(.*)$/s.exec(input);
		const text = m?.[1] ? unpackText(m[1], Infinity, Infinity) : null;
		return text?.ok ? text.value.slice(8) : null;
	},
	wrap: (json) => `${BASE}#a=2.${packText(crc32(json) + json)}`
};

/** Everything but the `checksum` field, over which a file's checksum is computed. */
const content = ({ checksum: _, ...rest }: Record<string, unknown>) => rest;
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A JSON file whose `checksum` field is recomputed after the damage (and `fix` applied first, if given). */
function checksumLayer(fix?: (file: Record<string, unknown>) => Promise<void>): Layer {
	return {
		unwrap: (input) => input,
		async wrap(inner) {
			try {
				const file = JSON.parse(inner) as unknown;
				if (!isRecord(file)) return inner;
				await fix?.(file);
				file.checksum = crc32(canonicalJson(content(file)));
				return JSON.stringify(file);
			} catch {
				return inner;
			}
		}
	};
}

/**
 * The signature a trainee would compute for a damaged report: every trainee holds the secret (it is in their link),
 * so a forged report signs fine and must still be read safely. Signed over what the reader checks (the schema's
 * output), undefined when the schema refuses the report anyway.
 */
async function resign(report: unknown): Promise<string | undefined> {
	const checked = checkReport(isRecord(report) ? content(report) : report);
	if (!checked.ok) return undefined;
	const { signature: _, ...body } = checked.value;
	return sign(reportAssignment().secret, body);
}

const reportFileLayer = checksumLayer(async (file) => {
	const signature = await resign(file);
	if (signature) file.signature = signature;
});

/** The report block's JSON; mutations are signed again (in place, so hostile number text survives) and packed. */
const reportTextLayer: Layer = {
	unwrap(input) {
		const m = /BT-REPORT 2 [0-9a-f]{8}\n([\s\S]*?)\nBT-REPORT END/.exec(input);
		const json = m?.[1] ? unpackText(m[1].replace(/\s/g, ''), Infinity, Infinity) : null;
		return json?.ok ? json.value : null;
	},
	async wrap(json) {
		let signed = json;
		try {
			const signature = await resign(JSON.parse(json));
			if (signature) signed = json.replace(/("signature"\s*:\s*")[^"]*"/, `$1${signature}"`);
		} catch {
			// Not JSON: sent as it is, for the decoder to refuse.
		}
		return reportBlock(packText(signed), crc32(signed));
	}
};

/** A store whose storage holds `value` under `key` beside real progress. */
function storeWith(key: string, value: string, filled = true): { store: ProgressStore; storage: Storage } {
	const storage = new MemoryStorage();
	if (filled) filledStore(storage);
	storage.setItem(key, value);
	return { store: new ProgressStore(storage, { now: () => NOW }), storage };
}

/**
 * One target per kind of stored value: the value is put in place of the real one, and the store reads it as a
 * screen would. Accepted means the store kept it where it was (rather than setting it aside); then the decks must
 * work: studied, and the home page shown.
 */
function storedTarget(
	name: string,
	key: string,
	read: (store: ProgressStore) => unknown,
	deckIds: readonly string[] = [DECK_ID],
	before?: (store: ProgressStore) => void
): FuzzTarget {
	return target({
		name: `stored ${name}`,
		seeds: async () => {
			const value = (await seeds()).stored.get(key);
			if (value === undefined) throw new Error(`a filled store has no ${key}`);
			return [value];
		},
		decode(value) {
			const { store, storage } = storeWith(key, value);
			const kept = read(store) !== false && storage.getItem(key) === value;
			return kept ? ok(store) : no('set aside or ignored');
		},
		use(store) {
			before?.(store);
			useStore(store, deckIds);
		}
	});
}

/** The Progress page's restore of every archived state: each either restored or refused with a message. */
function restoreArchived(store: ProgressStore): void {
	for (const item of store.archived()) store.restoreArchived(item);
}

/**
 * A value kept aside (as the store keeps what it cannot read), listed and restored from the Progress page. The seed
 * is `seedKey`'s stored value, kept aside as if it had been read from `original`. Accepted means restored.
 */
function keptAsideTarget(name: string, seedKey: string, original: string): FuzzTarget {
	const key = `bt:quarantine:2024-03-19T12:00:00.000Z:${original}`;
	return target({
		name: `stored ${name}`,
		seeds: async () => [(await seeds()).stored.get(seedKey) ?? ''],
		decode(value) {
			const { store } = storeWith(key, value);
			if (!store.keptAside().some((k) => k.key === key)) return no('not listed');
			const r = store.restoreKeptAside(key);
			return r.ok ? ok(store) : no(r.message);
		},
		use: (store) => useStore(store, [DECK_ID])
	});
}

/** What the home page shows of the filled store's decks: counts, next due time, and the kept decks' titles and sizes. */
function homeView(store: ProgressStore): string {
	const glances = [DECK_ID, LOCAL_DECK_ID].map((id) => store.glance(id, shippedDeck().cards.length, NOW));
	return JSON.stringify({ glances, local: store.localDecks() });
}

let truth: string | undefined;

/**
 * A summary is a cache of what the deck's keys say, so it has no "set aside": whatever it holds, the home page must
 * show what an intact summary shows. Accepted means the store read it without throwing; then the view must match.
 */
function summaryTarget(name: string, deckId: string): FuzzTarget {
	const key = `bt:p:${deckId}:sum`;
	return target({
		name: `stored ${name}`,
		seeds: async () => [(await seeds()).stored.get(key) ?? ''],
		decode(value) {
			const { store } = storeWith(key, value);
			return ok({ store, view: homeView(store) });
		},
		use({ store, view }) {
			truth ??= homeView(filledStore());
			if (view !== truth) throw new Error(`the home page shows ${view}, not ${truth}`);
			useStore(store, [deckId]);
		}
	});
}

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const link = (format: number, payload: string) => `${BASE}#a=${format}.${payload}`;
const reportBlock = (payload: string, crc = '00000000', format = 2) =>
	`BT-REPORT ${format} ${crc}\n${payload.replace(/(.{76})/g, '$1\n')}\nBT-REPORT END\n`;
const backupWith = (decks: string) =>
	`{"format":"briefing-trainer-progress","version":2,"exportedAt":"2024-03-20T12:00:00.000Z","decks":${decks}}`;
const fileWith = (format: string, version: number, field: string, value: string) =>
	`{"format":"${format}","version":${version},"checksum":"00000000","${field}":${value}}`;

let lz: string | undefined;
/** lz-string text of 9.3 million "a"s (made once by compressing them, which takes seconds, so it is kept). */
function lzBomb(): string {
	lz ??= readFileSync(join(import.meta.dirname, '../fixtures/fuzz/lz-bomb.txt'), 'utf8').trim();
	return lz;
}

const bombs = new Map<number, string>();
/**
 * Packed text (raw DEFLATE, base64url) of a checksummed JSON string of `n` "a"s, which DEFLATE shrinks about
 * 1,000-fold: 6 million fit in a link under the length limit. The checksum is right, so only the output budget
 * stands between the bomb and the JSON parser.
 */
function deflateBomb(n: number): string {
	let b = bombs.get(n);
	if (b === undefined) {
		const json = `"${'a'.repeat(n)}"`;
		b = packText(crc32(json) + json);
		bombs.set(n, b);
	}
	return b;
}

/** Reports as the class view reads them: its store knows the assignment they were made from, with its secret. */
function classStore(): ProgressStore {
	const store = new ProgressStore(new MemoryStorage(), { now: () => NOW });
	putSent(store, reportAssignment());
	return store;
}

async function readByClassView(
	files: string[],
	pasted: string
): Promise<Decoded<{ store: ProgressStore; entries: ClassEntry[] }>> {
	const store = classStore();
	const got = await readReports(
		files.map((text, i) => ({ source: `report-${i}.json`, text })),
		pasted,
		[],
		[reportAssignment()]
	);
	return got.entries.length ? ok({ store, entries: got.entries }) : no(got.errors[0] ?? 'nothing read');
}

/** A fetch that serves the deck list and the built-in deck, as the static site does. */
const siteFetch = (async (url: string) => {
	const deck = shippedDeck();
	const body = url.endsWith('/index.json')
		? [{ id: deck.id, title: deck.title, description: deck.description, cardCount: deck.cards.length }]
		: url.endsWith(`/${deck.id}.json`)
			? deck
			: null;
	return new Response(JSON.stringify(body), { status: body ? 200 : 404 });
}) as typeof fetch;

/** The join screen: a decoded link or file resolved against the app's decks and this browser's store. */
async function openDecoded(
	decoded: DecodedLink
): Promise<Decoded<{ a: Assignment; byReference: boolean; store: ProgressStore }>> {
	if (!decoded.ok) return no(decoded.error);
	const store = filledStore();
	const r = await openAssignment(decoded, { fetch: siteFetch, base: '', store });
	return r.ok ? ok({ a: r.opened.assignment, byReference: r.opened.byReference, store }) : no(r.error);
}

/**
 * Reports of the evaluation set's tune half, cut to their first 1,500 characters (a short wire story each): what an
 * instructor pastes into /create, small enough that 500 mutations of them run in seconds.
 */
function pastedSeeds(): string[] {
	const dir = join(evalDir, 'tune');
	return [
		'r01-manchester-arena-wire',
		'r105-palm-sunday-statement',
		'r143-surabaya-police-hq',
		'r207-bamiyan-zabarmari-ghazni-week',
		'r231-wagah-border-regional'
	].map((id) => readFileSync(join(dir, `${id}.txt`), 'utf8').slice(0, 1500));
}

/** A pasted document read into a draft, as the review screen gets it; only the stated length limit may refuse it. */
function generatedDraft(text: string): Decoded<Deck> {
	try {
		const g = generateDeck([{ text, meta: { id: 'pasted', title: 'Pasted report', published: '2024-03-20' } }], {
			id: 'pasted-deck',
			title: 'Pasted deck'
		});
		return g.deck.cards.length ? ok(g.deck) : no('no cards proposed');
	} catch (e) {
		if (text.length > MAX_DOCUMENT_CHARS && e instanceof Error && /characters long/.test(e.message))
			return no(e.message);
		throw e;
	}
}

export const TARGETS: FuzzTarget[] = [
	target({
		name: 'deck yaml',
		seeds: async () => (await seeds()).decks,
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
		use: (deck) => useDeck(filledStore(), deck)
	}),
	target({
		name: 'pasted document',
		seeds: pastedSeeds,
		hostile: () => [
			'killed '.repeat(20_000),
			'1,000 people were killed and 2,000 injured. '.repeat(2_000),
			`${'Al '.repeat(30_000)}attack.`,
			`On ${'Monday, '.repeat(10_000)}gunmen attacked the Velda Stadium.`,
			`${'('.repeat(10_000)}12 killed${')'.repeat(10_000)}`,
			'x'.repeat(MAX_DOCUMENT_CHARS + 1),
			// An agency's photo credit run on: its pattern once backtracked for minutes on a few hundred capitals.
			`Gunmen attacked a market in Karsk.\n\nPolice guard the market. REUTERS/${'A'.repeat(2_000)})`,
			`Gunmen attacked a market in Karsk.\n\nPolice guard the market. REUTERS/${'Ab '.repeat(2_000)})`,
			// A number read as a year is no count: a rule that took it as one once threw on this sentence.
			'Officials said 40 people were killed. The toll of 40 does not include the 2,000 militants the army killed.'
		],
		decode: generatedDraft,
		// What publishing does with a draft kept whole: the deck saved in this browser, studied, and listed.
		use: (deck) => useDeck(filledStore(), deck)
	}),
	target({
		name: 'backup preview',
		seeds: async () => (await seeds()).backups,
		hostile: () => [backupWith(nested(20_000)), backupWith(JSON.stringify({ x: { ids: [], cards: 'C', log: 'L' } }))],
		// A preview that says OK must import, and what it imports must work.
		decode(text) {
			const store = filledStore();
			const r = store.previewImport(text);
			return r.ok ? ok({ store, text, decks: r.summary.decks.map((d) => d.deckId) }) : no(r.error);
		},
		use({ store, text, decks }) {
			const r = store.importProgress(text);
			if (!r.ok) throw new Error(`preview said OK, import said: ${r.error}`);
			useStore(store, decks);
		}
	}),
	target({
		name: 'backup import',
		seeds: async () => (await seeds()).backups,
		hostile: () => [backupWith(nested(20_000))],
		decode(text) {
			const store = filledStore();
			const r = store.importProgress(text);
			return r.ok ? ok({ store, decks: r.summary.decks.map((d) => d.deckId) }) : no(r.error);
		},
		use: ({ store, decks }) => useStore(store, decks)
	}),
	target({
		name: 'assignment link',
		seeds: async () => (await seeds()).links,
		hostile: () => [
			// Under the length limit, 6 million characters once inflated: the output budget must stop it.
			link(2, deflateBomb(6_000_000)),
			// Over the length limit: refused by its length, before anything is decoded.
			link(2, deflateBomb(6_000_000).repeat(40)),
			link(2, deflateBomb(6_000_000).slice(0, 4000)),
			link(1, lzBomb()),
			link(1, lzBomb().repeat(43)),
			linkLayer.wrap(nested(20_000)) as string,
			link(2, nested(20_000))
		],
		layer: linkLayer,
		decode: (text) => openDecoded(decodeAssignmentLink(text)),
		use: ({ a, byReference, store }) => useAssignment(store, a, byReference)
	}),
	target({
		name: 'assignment file',
		seeds: async () => (await seeds()).assignmentFiles,
		hostile: () => [
			fileWith('briefing-trainer-assignment', 2, 'assignment', nested(20_000)),
			fileWith('briefing-trainer-assignment', 2, 'deck', `"${'x'.repeat(2_100_000)}"`)
		],
		layer: checksumLayer(),
		decode: (text) => openDecoded(decodeAssignmentFile(text)),
		use: ({ a, byReference, store }) => useAssignment(store, a, byReference)
	}),
	target({
		name: 'report text',
		seeds: async () => (await seeds()).reportTexts,
		hostile: () => [
			// 30,000 characters of payload inflate to about 20 million: the output budget must stop it.
			reportBlock(deflateBomb(20_000_000)),
			reportBlock(lzBomb(), '00000000', 1),
			reportBlock(lzBomb().repeat(9)),
			reportBlock(packText(nested(20_000)), crc32(nested(20_000))),
			reportBlock('A'.repeat(60_000))
		],
		layer: reportTextLayer,
		decode: (text) => readByClassView([], text),
		use: ({ store, entries }) => useReports(store, entries)
	}),
	target({
		name: 'report file',
		seeds: async () => (await seeds()).reportFiles,
		hostile: () => [fileWith('briefing-trainer-report', 2, 'cards', nested(20_000))],
		layer: reportFileLayer,
		decode: (text) => readByClassView([text], ''),
		use: ({ store, entries }) => useReports(store, entries)
	}),
	storedTarget('index', `bt:p:${DECK_ID}:ids`, (s) => s.load(DECK_ID)),
	storedTarget('answer hashes', `bt:p:${DECK_ID}:h`, (s) => s.open(shippedDeck(), NOW)),
	storedTarget('archive', `bt:p:${DECK_ID}:arch`, (s) => s.archived().length > 0, [DECK_ID], restoreArchived),
	keptAsideTarget('kept-aside chunk', `bt:p:${DECK_ID}:c0`, `bt:p:${DECK_ID}:c0`),
	keptAsideTarget('kept-aside log segment', `bt:p:${DECK_ID}:l0`, `bt:p:${DECK_ID}:l1`),
	storedTarget('card chunk', `bt:p:${DECK_ID}:c0`, (s) => s.load(DECK_ID)),
	storedTarget('log segment', `bt:p:${DECK_ID}:l0`, (s) => s.load(DECK_ID)),
	storedTarget('settings', `bt:p:${DECK_ID}:set`, (s) => s.getSettings(DECK_ID)),
	summaryTarget('summary', DECK_ID),
	storedTarget('local deck', `bt:deck:${LOCAL_DECK_ID}`, (s) => s.getDeck(LOCAL_DECK_ID), [LOCAL_DECK_ID]),
	summaryTarget('local deck summary', LOCAL_DECK_ID),
	storedTarget('assignments', 'bt:rec:assignments', (s) => listReceived(s).length > 0, [DECK_ID, LOCAL_DECK_ID]),
	storedTarget('meta', 'bt:meta', (s) => s.load(DECK_ID)),
	target<UnsavedChange[]>({
		// What a tab was still saving when it ended (unsaved.ts): the next page settles it into the stored values.
		name: 'stored unsaved note',
		seeds: async () => {
			const stored = (await seeds()).stored;
			const at = (key: string) => stored.get(key) ?? null;
			const chunk = `bt:p:${DECK_ID}:c0`;
			const log = `bt:p:${DECK_ID}:l0`;
			return [
				writeUnsaved([
					{ key: chunk, value: at(chunk), before: at(chunk), between: [] },
					{ key: log, value: at(log), before: null, between: [at(log)] }
				]),
				writeUnsaved([{ key: `bt:p:${DECK_ID}:c1`, value: at(chunk), before: undefined, between: [] }])
			];
		},
		hostile: () => [
			JSON.stringify({ v: 1, changes: [{ key: `bt:p:${DECK_ID}:c0`, value: 'x', between: nested(20_000) }] })
		],
		decode: (raw) => {
			const changes = readUnsaved(raw);
			return changes ? ok(changes) : no('not a note');
		},
		use(changes) {
			const { store, storage } = storeWith(`bt:unsaved:fuzz`, writeUnsaved(changes));
			if (changes.every((c) => stillOurs(c, storage.getItem(c.key))))
				for (const c of changes) {
					if (c.value === null) storage.removeItem(c.key);
					else storage.setItem(c.key, c.value);
				}
			useStore(store, [...new Set(changes.map((c) => coldGroup(c.key)))]);
		}
	}),
	target({
		name: 'v1 migration',
		seeds: async () => (await seeds()).v1,
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
