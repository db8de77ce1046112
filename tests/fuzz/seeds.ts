/**
 * Real, valid inputs for every decoder the fuzzer feeds: mutating these reaches far deeper into a decoder than
 * random text, which most decoders reject at the first character.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { acceptAssignment } from '../../src/lib/assignments/join';
import { realisticAssignment } from '../../src/lib/share/capacity';
import { encodeAssignmentLink } from '../../src/lib/share/link';
import { encodeAssignmentFile } from '../../src/lib/share/file';
import { buildReport } from '../../src/lib/share/report';
import { encodeReportFile, encodeReportText } from '../../src/lib/share/report-codec';
import { exportAll } from '../../src/lib/storage/backup';
import { MemoryStorage } from '../../src/lib/storage/memory';
import { ProgressStore } from '../../src/lib/storage/store';
import { defaultSettings } from '../../src/lib/storage/settings';

/** 20 March 2024, 12:00 UTC: the fixed clock of every fuzz run. */
export const NOW = Date.UTC(2024, 2, 20, 12);
export const DAY = 86_400_000;
export const DECK_ID = 'crocus-city-hall';

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
	store.saveSettings(DECK_ID, { ...defaultSettings(), newPerDay: 15 });
	acceptAssignment(store, realisticAssignment(8), NOW - DAY);
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
	const a = realisticAssignment(HISTORIES.length);
	const { cards, log } = studiedCards();
	return buildReport({
		trainee: 'Ann Lee',
		assignment: a,
		cards: a.deck.cards,
		states: cards,
		log: log.map((e) => ({ ...e, durationMs: 4000 })),
		params: { desiredRetention: 0.9, maximumInterval: 36500 },
		now: NOW
	});
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

let cache: ReturnType<typeof build> | undefined;

function build() {
	const small = realisticAssignment(3);
	const large = realisticAssignment(12);
	return {
		decks: deckFiles(),
		links: [small, large].map((a) => encodeAssignmentLink(a, 'https://trainer.example/join/').url),
		assignmentFiles: [small, large].map(encodeAssignmentFile),
		reportTexts: [encodeReportText(report())],
		reportFiles: [encodeReportFile(report())],
		backups: [exportAll(filledStore(), NOW)],
		stored: storedValues(),
		v1: [v1Value()]
	};
}

/** The seeds, built once per process. */
export function seeds(): ReturnType<typeof build> {
	cache ??= build();
	return cache;
}
