/**
 * What the Progress page offers back: values kept aside because they could not be used (`bt:quarantine:`), and card
 * states archived when a card's answer changed. Each can be restored — only if it now means something ts-fsrs can
 * schedule, merged by the same rules as an import — or discarded for good.
 */
import type { Card } from 'ts-fsrs';
import { decodeCard } from './cards';
import { encodeCards, encodeLog } from './encode';
import type { Db } from './db';
import type { Change } from './write';
import { count, type DeckStore } from './deck-progress';
import { CHUNK_SLOTS, SEGMENT_ENTRIES, archiveKey, chunkKey, indexKey, parseKey, segmentKey, V1_PREFIX } from './keys';
import { titleOf } from './library';
import type { SlotEntry } from './log';
import { decodeChunk, decodeIndex, decodeSegment, encodeIndex } from './progress';
import { readArchive } from './reconcile';
import { cardStateProblem } from './validate';

export interface KeptAside {
	key: string;
	/** The key the value was kept under before. */
	original: string;
	/** When it was set aside (ISO). */
	at: string;
	deckId: string | null;
	/** The deck's title, or what the value was, for the list. */
	label: string;
	/** What the value held, as the codec sees it. */
	what: string;
	chars: number;
}

export interface Archived {
	deckId: string;
	deckTitle: string;
	cardId: string;
	at: string;
	reps: number;
	/** Index in the deck's archive list. */
	index: number;
}

export function listKeptAside(db: Db): KeptAside[] {
	const out: KeptAside[] = [];
	for (const key of db.keys()) {
		const k = parseKey(key);
		if (k.kind !== 'quarantine') continue;
		const o = parseKey(k.original);
		const deckId =
			o.kind === 'progress' || o.kind === 'deck'
				? o.deckId
				: k.original.startsWith(V1_PREFIX)
					? k.original.slice(V1_PREFIX.length)
					: null;
		const what =
			o.kind === 'progress'
				? (
						{
							ids: 'card list',
							h: 'answer fingerprints',
							arch: 'archive',
							set: 'settings',
							sum: 'summary',
							chunk: 'card states',
							segment: 'review history'
						} as const
					)[o.part]
				: o.kind === 'deck'
					? 'deck'
					: k.original.startsWith(V1_PREFIX)
						? 'progress from an older version'
						: 'other value';
		out.push({
			key,
			original: k.original,
			at: k.at,
			deckId,
			label: deckId ? titleOf(db, deckId) : k.original,
			what,
			chars: db.get(key)?.length ?? 0
		});
	}
	return out.sort((a, b) => b.at.localeCompare(a.at) || a.key.localeCompare(b.key));
}

/**
 * Removes a kept value for good. Refused for a card list that card states or review history kept aside need: their
 * slots are positions in it, and without it they would be read against another list, and reach other cards.
 */
export function discardKeptAside(db: Db, key: string): { ok: boolean; message: string } {
	const k = parseKey(key);
	if (k.kind !== 'quarantine') return { ok: false, message: 'That value is no longer kept.' };
	const o = parseKey(k.original);
	if (o.kind === 'progress' && o.part === 'ids' && listNeeded(db, o.deckId, key))
		return {
			ok: false,
			message:
				'Cannot discard this card list yet: card states or review history kept aside with it need it to find their cards. Restore or discard those first.'
		};
	db.commit([{ key, value: null }], { meta: false });
	return { ok: true, message: '' };
}

/** Whether a chunk or segment of the deck kept aside reads its slots through list `key` (see `slotMap`). */
function listNeeded(db: Db, deckId: string, key: string): boolean {
	return db.keys().some((q) => {
		const k = parseKey(q);
		if (k.kind !== 'quarantine') return false;
		const o = parseKey(k.original);
		return (
			o.kind === 'progress' &&
			o.deckId === deckId &&
			(o.part === 'chunk' || o.part === 'segment') &&
			listKeptWith(db, deckId, k.at) === key
		);
	});
}

/**
 * The key of the card list a value of the deck kept aside at `at` was written with, when that list was kept aside
 * too: the first one kept aside since (at the same time or later), as the deck's list starts again only after its list
 * is kept aside. Null: the value was written with today's list.
 */
function listKeptWith(db: Db, deckId: string, at: string): string | null {
	let first: { key: string; at: string } | null = null;
	for (const key of db.keys()) {
		const k = parseKey(key);
		if (k.kind === 'quarantine' && k.original === indexKey(deckId) && k.at >= at && (!first || k.at < first.at))
			first = { key, at: k.at };
	}
	return first?.key ?? null;
}

/**
 * Puts a kept value back, if it can be used now: card states merged card by card (a state here that is more recent
 * stays), review history added to the deck's log, other values written back where nothing has replaced them.
 */
export function restoreKeptAside(
	db: Db,
	decks: DeckStore,
	key: string
): { ok: boolean; message: string; deckId: string | null } {
	const k = parseKey(key);
	const raw = db.get(key);
	if (k.kind !== 'quarantine' || raw === null)
		return { ok: false, message: 'That value is no longer kept.', deckId: null };
	const o = parseKey(k.original);
	const refuse = (why: string) => ({
		ok: false,
		message: `Cannot restore it: ${why}. You can discard it.`,
		deckId: null
	});
	if (o.kind === 'progress' && o.part === 'chunk') {
		let cards: Map<number, Card>;
		try {
			cards = decodeChunk(raw, o.n);
		} catch (err) {
			return refuse(`it still cannot be read (${err instanceof Error ? err.message : String(err)})`);
		}
		for (const [slot, card] of cards) {
			const problem = cardStateProblem(card);
			if (problem) return refuse(`the card in slot ${slot} has ${problem}`);
		}
		const slots = slotMap(db, decks, k.at, o.deckId, [...cards.keys()]);
		if (typeof slots === 'string') return refuse(slots);
		const merged = new Map<number, Map<number, Card>>();
		let taken = 0;
		for (const [oldSlot, card] of cards) {
			const slot = slots.slot(oldSlot);
			const n = Math.floor(slot / CHUNK_SLOTS);
			if (!merged.has(n)) {
				const current = decks.chunk(o.deckId, n);
				merged.set(n, new Map(current.problem === null ? current.cards : []));
			}
			const target = merged.get(n)!;
			const mine = target.get(slot);
			if (!mine || (card.last_review?.getTime() ?? 0) > (mine.last_review?.getTime() ?? 0)) {
				target.set(slot, card);
				taken++;
			}
		}
		db.commit([
			...slots.index,
			...[...merged].map(([n, c]) => ({ key: chunkKey(o.deckId, n), value: encodeCards(c) })),
			{ key, value: null }
		]);
		return {
			ok: true,
			message: `Restored ${count(taken, 'card state')} of "${titleOf(db, o.deckId)}".`,
			deckId: o.deckId
		};
	}
	let value = raw;
	let index: Change[] = [];
	if (o.kind === 'progress' && o.part === 'segment') {
		let entries: SlotEntry[];
		try {
			entries = decodeSegment(raw);
		} catch (err) {
			return refuse(`it still cannot be read (${err instanceof Error ? err.message : String(err)})`);
		}
		const slots = slotMap(
			db,
			decks,
			k.at,
			o.deckId,
			entries.map((e) => e.slot)
		);
		if (typeof slots === 'string') return refuse(slots);
		const mapped = entries.map((e) => ({ ...e, slot: slots.slot(e.slot) }));
		if (db.get(k.original) !== null) {
			// Its place is taken (each grade rewrites the deck's last segment): its reviews join the log instead.
			const merged = mergeIntoLog(decks, o.deckId, mapped);
			if (typeof merged === 'string') return refuse(merged);
			db.commit([...slots.index, ...merged.changes, { key, value: null }]);
			const n = merged.added;
			return {
				ok: true,
				message: n
					? `Added ${count(n, 'review')} to the history of "${titleOf(db, o.deckId)}".`
					: `Its reviews are all in the history of "${titleOf(db, o.deckId)}" already.`,
				deckId: o.deckId
			};
		}
		value = encodeLog(mapped);
		index = slots.index;
	}
	if (db.get(k.original) !== null) return refuse('a newer value has taken its place');
	db.commit([...index, { key: k.original, value }, { key, value: null }]);
	const deckId = o.kind === 'progress' || o.kind === 'deck' ? o.deckId : null;
	return { ok: true, message: 'Restored; it is checked again the next time it is read.', deckId };
}

const sameReview = (e: SlotEntry) => `${e.slot} ${e.at} ${e.rating}`;

/**
 * Adds reviews to a deck's log in time order, leaving out those it holds already (same card, time and grade). Reads
 * count back from the last segment and stop at the first review older than they need, so the log stays in time order:
 * the segments from the first one holding a later review on are written again, full ones first, as grades fill them.
 */
function mergeIntoLog(
	decks: DeckStore,
	deckId: string,
	extra: readonly SlotEntry[]
): { changes: Change[]; added: number } | string {
	const segments: SlotEntry[][] = [];
	for (let n = 0; n <= decks.tail(deckId); n++) {
		const entries = decks.segment(deckId, n);
		if (entries === null) return 'the review history it would join cannot be read';
		segments.push(entries);
	}
	const have = new Set(segments.flat().map(sameReview));
	const added: SlotEntry[] = [];
	for (const e of extra)
		if (!have.has(sameReview(e))) {
			have.add(sameReview(e));
			added.push(e);
		}
	if (!added.length) return { changes: [], added: 0 };
	const earliest = Math.min(...added.map((e) => e.at));
	const later = segments.findIndex((entries) => entries.some((e) => e.at > earliest));
	const from = later < 0 ? segments.length - 1 : later;
	const rest = [...segments.slice(from).flat(), ...added].sort((a, b) => a.at - b.at);
	const changes: Change[] = [];
	for (let i = 0; i * SEGMENT_ENTRIES < rest.length; i++)
		changes.push({
			key: segmentKey(deckId, from + i),
			value: encodeLog(rest.slice(i * SEGMENT_ENTRIES, (i + 1) * SEGMENT_ENTRIES))
		});
	return { changes, added: added.length };
}

/**
 * Where the cards of a kept-aside chunk or log segment are now. Its slots are positions in the card list it was
 * written with: the first list set aside with it or after it, if there is one (another version's list, one that could
 * not be read, or one replaced later), else the current list, which grows until its list is set aside. Each slot's card keeps its place in the current list, or is
 * added at its end (`index`, the list to write). A reason to refuse when the slots cannot be matched to cards.
 */
function slotMap(
	db: Db,
	decks: DeckStore,
	at: string,
	deckId: string,
	oldSlots: readonly number[]
): { slot(old: number): number; index: Change[] } | string {
	const list = listKeptWith(db, deckId, at);
	const withIt = list === null ? null : db.get(list);
	let written: string[];
	try {
		written = withIt === null ? decks.ids(deckId) : decodeIndex(withIt);
	} catch {
		return 'the list of cards it was saved with cannot be read, so its cards cannot be told apart';
	}
	if (oldSlots.some((s) => s >= written.length)) return 'it names cards this deck no longer lists';
	const ids = decks.ids(deckId);
	const known = ids.length;
	const slotOf = new Map(ids.map((id, i) => [id, i]));
	for (const s of oldSlots) if (!slotOf.has(written[s]!)) slotOf.set(written[s]!, ids.push(written[s]!) - 1);
	return {
		slot: (old) => slotOf.get(written[old]!)!,
		index: ids.length > known ? [{ key: indexKey(deckId), value: encodeIndex(ids) }] : []
	};
}

export function listArchived(db: Db): Archived[] {
	const out: Archived[] = [];
	for (const key of db.keys()) {
		const k = parseKey(key);
		if (k.kind !== 'progress' || k.part !== 'arch') continue;
		const deckTitle = titleOf(db, k.deckId);
		readArchive(db, k.deckId).forEach((a, index) => {
			let reps = 0;
			try {
				reps = decodeCard(a.state).reps;
			} catch {
				reps = 0;
			}
			out.push({ deckId: k.deckId, deckTitle, cardId: a.id, at: a.at, reps, index });
		});
	}
	return out.sort((a, b) => b.at.localeCompare(a.at));
}

function withoutItem(db: Db, item: Archived) {
	const list = readArchive(db, item.deckId);
	const at = list.findIndex((a, i) => i === item.index && a.id === item.cardId && a.at === item.at);
	return { list, at };
}

export function discardArchived(db: Db, item: Archived): void {
	const { list, at } = withoutItem(db, item);
	if (at < 0) return;
	list.splice(at, 1);
	db.commit([{ key: archiveKey(item.deckId), value: list.length ? JSON.stringify(list) : null }]);
}

/**
 * Brings an archived state back as the card's state — the learner judges the answer's edit too small to relearn.
 * Refused when the card has been studied since (that newer progress would be lost).
 */
export function restoreArchived(db: Db, decks: DeckStore, item: Archived): { ok: boolean; message: string } {
	const { list, at } = withoutItem(db, item);
	const entry = list[at];
	if (!entry) return { ok: false, message: 'That archived state is no longer kept.' };
	let card: Card;
	try {
		card = decodeCard(entry.state);
	} catch {
		return { ok: false, message: 'That archived state cannot be read. You can discard it.' };
	}
	const problem = cardStateProblem(card);
	if (problem) return { ok: false, message: `That archived state has ${problem}. You can discard it.` };
	const ids = decks.ids(item.deckId, true);
	const slot = ids.indexOf(item.cardId);
	if (slot < 0) return { ok: false, message: 'That card is no longer in the deck’s progress.' };
	const n = Math.floor(slot / CHUNK_SLOTS);
	const chunk = new Map(decks.chunk(item.deckId, n).cards);
	const now = chunk.get(slot);
	if (now && now.state !== 0)
		return { ok: false, message: 'That card has been studied since its answer changed; its newer progress is kept.' };
	chunk.set(slot, card);
	list.splice(at, 1);
	db.commit([
		{ key: chunkKey(item.deckId, n), value: encodeCards(chunk) },
		{ key: archiveKey(item.deckId), value: list.length ? JSON.stringify(list) : null }
	]);
	return { ok: true, message: `Restored the earlier progress of ${item.cardId}.` };
}
