/**
 * Real, valid inputs for every decoder the fuzzer feeds: mutating these reaches far deeper into a decoder than
 * random text, which most decoders reject at the first character.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { acceptAssignment } from '../../src/lib/assignments/join';
// The seeds keep decks in the store: the codec of local decks, which the browser loads on demand (parts.ts).
import '../../src/lib/storage/deck-codec';
import { assignedDeckId } from '../../src/lib/assignments/resolve';
import type { Deck } from '../../src/lib/decks/schema';
import type { Assignment } from '../../src/lib/share/assignment';
import { realisticAssignment } from '../../src/lib/share/capacity';
import { encodeAssignmentLink } from '../../src/lib/share/link';
import { encodeAssignmentFile } from '../../src/lib/share/file';
import { buildReport, signReport } from '../../src/lib/share/report';
import { encodeReportFile, encodeReportText } from '../../src/lib/share/report-codec';
import { MemoryStorage } from '../../src/lib/storage/memory';
import { ProgressStore } from '../../src/lib/storage/store.svelte';
import { defaultSettings } from '../../src/lib/storage/settings';

/** 20 March 2024, 12:00 UTC: the fixed clock of every fuzz run. */
export const NOW = Date.UTC(2024, 2, 20, 12);
export const DAY = 86_400_000;
/** The deck the fuzz runs treat as built into the app (sent by reference); progress on it is in every filled store. */
export const DECK_ID = 'crocus-city-hall';
/** How many cards the built-in deck has here: the realistic deck of capacity.ts, cut to stay cheap per input. */
const SHIPPED_CARDS = 12;

let shipped: Deck | undefined;
/** The app's own copy of DECK_ID, as a link by reference resolves against it. */
export function shippedDeck(): Deck {
	shipped ??= realisticAssignment(SHIPPED_CARDS).deck;
	return shipped;
}
/** The decks built into the app, by id (what `builtInDeck` would fetch). */
export const shippedFor = (id: string): Deck | null => (id === DECK_ID ? shippedDeck() : null);
export const BUILT_IN_IDS: ReadonlySet<string> = new Set([DECK_ID]);

/** An assignment made in another browser whose deck travels inside: kept here under its own id (resolve.ts). */
export function inlineAssignment(): Assignment {
	const a = { ...realisticAssignment(3), id: 'crocus-warm-up' };
	return { ...a, deck: { ...a.deck, id: assignedDeckId(a.id, a.deck.id) } };
}
/** The id under which `inlineAssignment`'s deck is kept. */
export const LOCAL_DECK_ID = assignedDeckId('crocus-warm-up', DECK_ID);
/** A studied card no longer in the deck, whose state was archived when its answer changed. */
const RETIRED = 'card-venue-retired';

/** The assignment reports are made from; the class view holds it (with its secret) as one it sent. */
export const reportAssignment = (): Assignment => realisticAssignment(HISTORIES.length);

/** Grade histories covering every state: new, learning, review, relearning, many lapses. */
const HISTORIES: Grade[][] = [
	[Rating.Good],
	[Rating.Again],
	[Rating.Good, Rating.Good, Rating.Good],
	[Rating.Easy, Rating.Good, Rating.Hard, Rating.Good],
	[Rating.Good, Rating.Good, Rating.Again],
	[Rating.Hard, Rating.Again, Rating.Good, Rating.Again, Rating.Easy]
];

/** Card states after each history, reviews a day apart and ending yesterday; with the log that led to them. */
export function studiedCards(): { cards: Map<string, Card>; log: { cardId: string; at: number; rating: Grade }[] } {
	const f = fsrs({ enable_fuzz: false });
	const cards = new Map<string, Card>();
	const log: { cardId: string; at: number; rating: Grade }[] = [];
	const ids = realisticAssignment(HISTORIES.length).deck.cards.map((c) => c.id);
	HISTORIES.forEach((grades, i) => {
		const start = NOW - (grades.length + 1) * DAY;
		let card = createEmptyCard(new Date(start));
		grades.forEach((g, j) => {
			const at = start + j * DAY;
			card = f.next(card, new Date(at), g).card;
			log.push({ cardId: ids[i]!, at, rating: g });
		});
		cards.set(ids[i]!, card);
	});
	log.sort((a, b) => a.at - b.at);
	return { cards, log };
}

/**
 * A store holding real progress on the realistic deck, with saved settings and an accepted assignment of it. The
 * values are made once and copied into each new storage: building them is most of an input's cost otherwise.
 */
export function filledStore(storage: Storage = new MemoryStorage()): ProgressStore {
	for (const [key, value] of storedValues()) storage.setItem(key, value);
	return new ProgressStore(storage, { now: () => NOW });
}

function fill(storage: Storage): void {
	const store = new ProgressStore(storage, { now: () => NOW });
	const { cards, log } = studiedCards();
	for (const e of log) {
		store.record(DECK_ID, e.cardId, cards.get(e.cardId)!, { ...e, durationMs: 4000 });
	}
	// The built-in deck assigned by reference (nothing of it is kept), and a deck of its own kept with its assignment.
	acceptAssignment(store, { ...realisticAssignment(8), deck: shippedDeck() }, true, NOW - DAY);
	const inline = inlineAssignment();
	acceptAssignment(store, inline, false, NOW - DAY);
	const first = inline.deck.cards[0]!.id;
	const card = fsrs({ enable_fuzz: false }).next(
		createEmptyCard(new Date(NOW - 2 * DAY)),
		new Date(NOW - 2 * DAY),
		Rating.Good
	).card;
	store.record(inline.deck.id, first, card, {
		cardId: first,
		at: NOW - 2 * DAY,
		rating: Rating.Good,
		durationMs: 3000
	});
	// A card whose answer was edited after it was studied: its state is archived (and could be restored).
	store.record(DECK_ID, RETIRED, card, { cardId: RETIRED, at: NOW - 2 * DAY, rating: Rating.Good, durationMs: 3000 });
	store.reconcile(DECK_ID, [{ id: RETIRED, answer: 'Crocus City Hall' }], NOW - 2 * DAY);
	store.reconcile(DECK_ID, [{ id: RETIRED, answer: 'Crocus City Hall, Krasnogorsk' }], NOW - 2 * DAY);
	// Opened once on the study screen: answer fingerprints are kept from then on.
	store.open(shippedDeck(), NOW - DAY);
	store.open(inline.deck, NOW - DAY);
	// Last, so the deck's summary is written knowing its whole card list (the partial one above left it stale).
	store.saveSettings(DECK_ID, { ...defaultSettings(), newPerDay: 15 });
}

/**
 * The starter deck as written, and the full briefing cut to its first 12 cards and written out again by `yaml`
 * (another layout of the same format). The whole 66-card deck would make each input five times dearer.
 */
function deckFiles(): string[] {
	const dir = join(import.meta.dirname, '../../decks');
	const full = parse(readFileSync(join(dir, 'crocus-city-hall.yaml'), 'utf8')) as { cards: unknown[] };
	return [
		readFileSync(join(dir, 'crocus-starter.yaml'), 'utf8'),
		stringify({ ...full, cards: full.cards.slice(0, 12) })
	];
}

function report() {
	const a = reportAssignment();
	const { cards, log } = studiedCards();
	const body = buildReport({
		trainee: 'Ann Lee',
		assignment: a,
		cards: a.deck.cards,
		states: cards,
		log: log.map((e) => ({ ...e, durationMs: 4000 })),
		params: { desiredRetention: 0.9, maximumInterval: 36500 },
		now: NOW
	});
	return signReport(body, a.secret);
}

/** v1's naive JSON, as older versions of the app stored it. */
function v1Value(): string {
	const { cards, log } = studiedCards();
	return JSON.stringify({
		cards: Object.fromEntries(
			[...cards].map(([id, c]) => [
				id,
				{ ...c, due: c.due.toISOString(), last_review: c.last_review?.toISOString() ?? null }
			])
		),
		log: log.map((e) => ({
			cardId: e.cardId,
			rating: e.rating,
			review: new Date(e.at).toISOString(),
			durationMs: 4000
		}))
	});
}

let filled: Map<string, string> | undefined;

/** Every stored value of a filled store, by key. */
export function storedValues(): ReadonlyMap<string, string> {
	if (filled) return filled;
	const storage = new MemoryStorage();
	fill(storage);
	filled = new Map();
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i)!;
		filled.set(key, storage.getItem(key)!);
	}
	return filled;
}

export interface Seeds {
	decks: string[];
	links: string[];
	assignmentFiles: string[];
	reportTexts: string[];
	reportFiles: string[];
	backups: string[];
	stored: ReadonlyMap<string, string>;
	v1: string[];
}

let cache: Promise<Seeds> | undefined;

/** Links and files of each kind: a small deck inside, the built-in deck by reference, and the larger deck inside. */
async function build(): Promise<Seeds> {
	const small = realisticAssignment(3);
	const byRef = { ...realisticAssignment(SHIPPED_CARDS), deck: shippedDeck() };
	const large = { ...realisticAssignment(SHIPPED_CARDS), id: 'crocus-full' };
	const sent: [Assignment, boolean][] = [
		[small, false],
		[byRef, true],
		[large, false]
	];
	const signed = await report();
	return {
		decks: deckFiles(),
		links: await Promise.all(
			sent.map(async ([a, ref]) => (await encodeAssignmentLink(a, 'https://trainer.example/join/', ref)).url)
		),
		assignmentFiles: await Promise.all(sent.map(([a, ref]) => encodeAssignmentFile(a, ref))),
		reportTexts: [encodeReportText(signed)],
		reportFiles: [encodeReportFile(signed)],
		backups: [filledStore().exportAll(NOW)],
		stored: storedValues(),
		v1: [v1Value()]
	};
}

/** The seeds, built once per process (links, files and reports are made with Web Crypto, which is async). */
export function seeds(): Promise<Seeds> {
	cache ??= build();
	return cache;
}
