/**
 * Siblings: cards that give each other away. The toll card ("more than 130") followed by the cloze "More than 130
 * people have been killed, including ____ children" is a free answer, and two cards on one quote are one memory
 * drilled twice. Siblings are kept apart within a session and, once one is answered, the others wait for tomorrow
 * (Anki's "bury siblings").
 */
import type { DeckCard } from '../decks/schema';
import type { LoggedReview, StudyQueue } from '../scheduler/queue';

export type Siblings = ReadonlyMap<string, ReadonlySet<string>>;

/** Cards this many places apart or closer are never siblings of each other in one session. */
export const SIBLING_GAP = 3;

/** Answers shorter than this ("three", "ISKP", "2020") appear in too many sentences to say one card gives another away. */
const MIN_GIVEAWAY = 6;

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

type SiblingCard = Pick<DeckCard, 'id' | 'format' | 'prompt' | 'answer' | 'source'>;

/** A card with its texts folded once: folding inside the pair loop made a 500-card deck take seconds on a phone. */
interface Folded {
	id: string;
	doc: string;
	quote: string;
	prompt: string;
	/** The folded answer, or null when it is too short to give anything away. */
	answer: string | null;
}

function folded(c: SiblingCard): Folded {
	const answer = fold(c.answer);
	return {
		id: c.id,
		doc: c.source.doc,
		quote: fold(c.source.quote),
		prompt: fold(c.prompt),
		answer: answer.length >= MIN_GIVEAWAY ? answer : null
	};
}

/**
 * Calls `found(i, j)` for every needle `j` that occurs in haystack `i` (i ≠ j), where `near(i, j)` allows the pair.
 * A generator that stops (`yield`) after each SLICE texts, so a caller may pause there (`findSiblingsInSlices`).
 * Each needle of at least NEEDLE_KEY characters is indexed under one of its NEEDLE_KEY-character pieces — the one
 * fewest needles share, since texts of one deck often begin alike ("the toll reported…") — and each haystack is
 * scanned once, looking up the piece at each position: about one lookup per character instead of one search per
 * pair, which for a 500-card deck is the difference between a long task on a phone and none. Pieces are looked up
 * by a rolling hash (a number, so no string is made per position); every hit is checked against the text itself.
 * Shorter needles (a quote of a word or two, or none) are searched for pair by pair; there are few of them.
 */
function* occurrences(
	hays: readonly string[],
	needles: readonly (string | null)[],
	near: (i: number, j: number) => boolean,
	found: (i: number, j: number) => void
): Generator<void, void, void> {
	const long: (number[] | null)[] = [];
	const shared = new Map<number, number>();
	for (let j = 0; j < needles.length; j++) {
		const n = needles[j]!;
		const hs = n !== null && n.length >= NEEDLE_KEY ? pieceHashes(n) : null;
		long.push(hs);
		if (hs) for (const h of new Set(hs)) shared.set(h, (shared.get(h) ?? 0) + 1);
		if ((j + 1) % SLICE === 0) yield;
	}
	/** Piece hash → the needles indexed under it, with where the piece starts in each. */
	const index = new Map<number, { j: number; at: number }[]>();
	const short: number[] = [];
	needles.forEach((n, j) => {
		const hs = long[j];
		if (n === null) return;
		if (!hs) return void short.push(j);
		let at = 0;
		for (let o = 1; o < hs.length; o++) if (shared.get(hs[o]!)! < shared.get(hs[at]!)!) at = o;
		const list = index.get(hs[at]!);
		if (list) list.push({ j, at });
		else index.set(hs[at]!, [{ j, at }]);
	});
	for (let i = 0; i < hays.length; i++) {
		if (i % SLICE === 0) yield;
		const hay = hays[i]!;
		const hs = hay.length >= NEEDLE_KEY ? pieceHashes(hay) : [];
		for (let q = 0; q < hs.length; q++) {
			const list = index.get(hs[q]!);
			if (list)
				for (const { j, at } of list)
					if (j !== i && q >= at && near(i, j) && hay.startsWith(needles[j]!, q - at)) found(i, j);
		}
		for (const j of short) if (j !== i && near(i, j) && hay.includes(needles[j]!)) found(i, j);
	}
}

/** Texts read between two stops of `occurrences`: a few milliseconds of a phone's time. */
const SLICE = 50;

/** Index key length: the shortest answer that can give anything away, so every answer is indexed. */
const NEEDLE_KEY = MIN_GIVEAWAY;

const HASH_BASE = 31;
/** HASH_BASE^(NEEDLE_KEY−1) in 32-bit arithmetic: the weight of the character leaving the window. */
let LEAVING = 1;
for (let k = 1; k < NEEDLE_KEY; k++) LEAVING = Math.imul(LEAVING, HASH_BASE);

/** The hash of each NEEDLE_KEY-character piece of `s`, by where it starts (a rolling hash, 32-bit). */
function pieceHashes(s: string): number[] {
	const out: number[] = [];
	let h = 0;
	for (let q = 0; q < s.length; q++) {
		if (q >= NEEDLE_KEY) h = (h - Math.imul(s.charCodeAt(q - NEEDLE_KEY), LEAVING)) | 0;
		h = (Math.imul(h, HASH_BASE) + s.charCodeAt(q)) | 0;
		if (q >= NEEDLE_KEY - 1) out.push(h);
	}
	return out;
}

/**
 * Every card's siblings: cards sharing a quote (one card's quote holds the other's, in the same document), or whose
 * prompt states the other's answer (either way round).
 */
export function findSiblings(cards: readonly SiblingCard[]): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	for (const _ of siblingSteps(cards, out));
	return out;
}

/**
 * `findSiblings`, pausing (`await pause()`) between slices of the work, so a large deck's siblings never hold the page
 * in one long task while it opens.
 */
export async function findSiblingsInSlices(
	cards: readonly SiblingCard[],
	pause: () => Promise<void>
): Promise<Map<string, Set<string>>> {
	const out = new Map<string, Set<string>>();
	for (const _ of siblingSteps(cards, out)) await pause();
	return out;
}

/** The two searches behind `findSiblings`, filling `out`; see `occurrences` for where they stop. */
function* siblingSteps(cards: readonly SiblingCard[], out: Map<string, Set<string>>): Generator<void, void, void> {
	for (const c of cards) out.set(c.id, new Set<string>());
	// Folding every card's texts is itself most of a slice's worth for a 500-card deck on a phone, so it stops too.
	const all: Folded[] = [];
	for (const c of cards) {
		all.push(folded(c));
		if (all.length % SLICE === 0) yield;
	}
	const pair = (i: number, j: number) => {
		out.get(all[i]!.id)!.add(all[j]!.id);
		out.get(all[j]!.id)!.add(all[i]!.id);
	};
	const quotes = all.map((c) => c.quote);
	yield* occurrences(quotes, quotes, (i, j) => all[i]!.doc === all[j]!.doc, pair);
	yield* occurrences(
		all.map((c) => c.prompt),
		all.map((c) => c.answer),
		() => true,
		pair
	);
}

/** Cards buried for the rest of the study day: the siblings of every card answered since it began. */
export function buriedSince(siblings: Siblings, log: readonly LoggedReview[], dayStart: number): Set<string> {
	const answered = new Set<string>();
	for (let i = log.length - 1; i >= 0 && log[i]!.at >= dayStart; i--) answered.add(log[i]!.cardId);
	const buried = new Set<string>();
	for (const id of answered) for (const s of siblings.get(id) ?? []) if (!answered.has(s)) buried.add(s);
	return buried;
}

/**
 * The queue without buried cards. Learning cards stay: they are mid-step, and a step skipped today is a card
 * half-learned. Reviews and new cards wait for tomorrow.
 */
export function withoutBuried(q: StudyQueue, buried: ReadonlySet<string>): StudyQueue {
	if (buried.size === 0) return q;
	const keep = (id: string) => !buried.has(id);
	return { ...q, review: q.review.filter(keep), fresh: q.fresh.filter(keep) };
}

/**
 * The first of `candidates` that is no sibling of the last SIBLING_GAP cards shown; the first candidate when every
 * one is (a short queue of learning siblings must still move on).
 */
export function spacedPick(
	candidates: readonly string[],
	recent: readonly string[],
	siblings: Siblings
): string | null {
	const near = new Set<string>();
	for (const id of recent.slice(-SIBLING_GAP)) for (const s of siblings.get(id) ?? []) near.add(s);
	return candidates.find((id) => !near.has(id)) ?? candidates[0] ?? null;
}
