/**
 * Keeping each deck's summary (summary.ts) current: updated after every write to the deck, checked against the
 * values it was computed from on read, and cached per deck until the store says the deck changed.
 *
 * After a grade or an undo the summary is written later (`afterPaint`), so the next card paints first. Nothing can
 * be lost by the wait: the summary is derived from the card states and log, which the grade stored before returning,
 * and a summary that does not match them (`sig`) is never trusted — if the tab closes first, the next read computes
 * it again. The `sig` of a waiting write is taken when the grade is stored, so a write that lands after another tab
 * changed the deck names the values it was made from and is found stale, never believed.
 */
import type { Deck } from '../decks/schema';
import { studyDayStart } from '../scheduler/day';
import type { QueueCounts } from '../scheduler/queue';
import type { SchedulerSettings } from '../scheduler/settings';
import type { Db } from './db';
import type { DeckStore } from './deck-progress';
import { summaryKey } from './keys';
import { getDeck, getSettings } from './library';
import type { Card } from 'ts-fsrs';
import { afterPaint } from './later';
import {
	buildModel,
	countsFromSummary,
	coversToday,
	gradeModel,
	summarize,
	ungradeModel,
	type SummaryModel
} from './summary';
import { decodeSummary, encodeSummary, type DeckSummaryValue } from './summary-value';

type DaySettings = Pick<SchedulerSettings, 'newPerDay' | 'reviewsPerDay' | 'dayStartsAt'>;

export class Summaries {
	readonly #db: Db;
	readonly #decks: DeckStore;
	readonly #cache = new Map<string, DeckSummaryValue>();
	/** What each summary was made from, kept while this tab's writes are the only ones (see `beforeGrade`). */
	readonly #models = new Map<string, SummaryModel>();
	/** Card ids of decks whose cards this tab has seen (opened for study, or kept here). */
	readonly #cardIds = new Map<string, Set<string>>();
	/**
	 * Summaries to write once the screen has painted: `sig` (the stored values the model matches, taken when they
	 * were written) for a model kept in place, or `refresh` to recompute from storage.
	 */
	readonly #pending = new Map<string, { sig: string; settings: DaySettings } | { refresh: DaySettings }>();
	readonly #later: (run: () => void) => void;

	constructor(db: Db, decks: DeckStore, later: (run: () => void) => void = afterPaint) {
		this.#db = db;
		this.#decks = decks;
		this.#later = later;
	}

	/** The last stored summary decoded, per deck, with the text it came from: the deck list reads each one twice. */
	readonly #decoded = new Map<string, { raw: string | null; value: DeckSummaryValue | null }>();

	/** The deck's stored summary, decoded (see decodeSummary); decoded again only when the stored text changed. */
	#stored(deckId: string): DeckSummaryValue | null {
		const raw = this.#db.get(summaryKey(deckId));
		const last = this.#decoded.get(deckId);
		if (last && last.raw === raw) return last.value;
		const value = decodeSummary(raw);
		this.#decoded.set(deckId, { raw, value });
		return value;
	}

	/** The deck's summary, recomputed (and stored) if missing, made under another day-start hour, or out of date. */
	get(deckId: string, settings: DaySettings, now: number): DeckSummaryValue {
		this.flush(deckId);
		// Made under this day-start hour, and its due rows reach the end of today.
		const fits = (s: DeckSummaryValue | null | undefined): s is DeckSummaryValue =>
			!!s && s.dayStartsAt === settings.dayStartsAt && coversToday(s, now);
		const cached = this.#cache.get(deckId);
		if (fits(cached)) return cached;
		const stored = this.#stored(deckId);
		if (stored?.tail !== undefined) this.#decks.seedTail(deckId, stored.tail);
		if (fits(stored) && stored.sig === this.#decks.signature(deckId)) {
			this.#cache.set(deckId, stored);
			return stored;
		}
		return this.refresh(deckId, settings, now, stored);
	}

	counts(s: DeckSummaryValue, cardCount: number, settings: DaySettings, now: number): QueueCounts {
		return countsFromSummary(s, cardCount, settings, now);
	}

	/** Recomputes the deck's summary from storage and writes it. */
	refresh(deckId: string, settings: DaySettings, now: number, previous = this.#stored(deckId)): DeckSummaryValue {
		this.#pending.delete(deckId);
		const since = studyDayStart(now, settings.dayStartsAt);
		// A remembered (or seeded) tail may be wrong after another writer: find it again by a scan.
		this.#decks.forget(deckId);
		// Reading first: a repair (a value set aside, states rebuilt) changes what the signature must name.
		const progress = this.#decks.read(deckId, { repair: true, since });
		const recent = this.#decks.recent(deckId, since);
		const model = buildModel(progress.cards, recent.log, {
			dayStartsAt: settings.dayStartsAt,
			now,
			latest: recent.latest,
			reviews: recent.reviews
		});
		this.#models.set(deckId, model);
		const value = summarize(model, this.#decks.signature(deckId), this.#cardIds.get(deckId), previous);
		this.#write(deckId, value);
		return value;
	}

	/**
	 * Whether the deck's summary model is current (made by this tab and nothing written since): then a grade or an
	 * undo can update it in place. Call before writing.
	 */
	beforeGrade(deckId: string, settings: DaySettings): boolean {
		const model = this.#models.get(deckId);
		if (!model || model.dayStartsAt !== settings.dayStartsAt) return false;
		const waiting = this.#pending.get(deckId);
		const sig = waiting ? ('sig' in waiting ? waiting.sig : null) : (this.#cache.get(deckId)?.sig ?? null);
		return sig !== null && sig === this.#decks.signature(deckId);
	}

	/**
	 * After a grade was written: one card's mark and today's count change in the model now (`current`: `beforeGrade`
	 * said so); the summary is written after the next paint.
	 */
	afterGrade(
		deckId: string,
		current: boolean,
		grade: { cardId: string; next: Card; at: number },
		settings: DaySettings,
		now: number
	): void {
		const model = this.#models.get(deckId);
		if (current && model) gradeModel(model, grade.cardId, grade.next, grade.at, now);
		this.#wait(deckId, current && !!model, settings);
	}

	/** After an undo was written: like `afterGrade`, the card put back to `previous` and the review taken out. */
	afterUndo(
		deckId: string,
		current: boolean,
		undo: { cardId: string; previous: Card | null; at: number },
		settings: DaySettings,
		now: number
	): void {
		const model = this.#models.get(deckId);
		if (current && model) {
			const log = this.#decks.recent(deckId, studyDayStart(now, settings.dayStartsAt));
			ungradeModel(model, undo.cardId, undo.previous, undo.at, now, log);
		}
		this.#wait(deckId, current && !!model, settings);
	}

	/** Writes the waiting summary of `deckId` (every deck's, without one) now. */
	flush(deckId?: string): void {
		for (const [id, job] of [...this.#pending]) {
			if (deckId !== undefined && id !== deckId) continue;
			this.#pending.delete(id);
			const model = this.#models.get(id);
			if ('sig' in job && model)
				this.#write(id, summarize(model, job.sig, this.#cardIds.get(id), this.#cache.get(id) ?? null));
			else this.refresh(id, 'sig' in job ? job.settings : job.refresh, this.#db.clock());
		}
	}

	#wait(deckId: string, inPlace: boolean, settings: DaySettings): void {
		const first = this.#pending.size === 0;
		this.#pending.set(deckId, inPlace ? { sig: this.#decks.signature(deckId), settings } : { refresh: settings });
		if (first) this.#later(() => this.flush());
	}

	/** Forget the cached summary of a deck that changed (the next read checks storage). */
	invalidate(deckId: string | null): void {
		// A waiting write would name values another tab has since replaced: it is dropped, and the next read recomputes.
		if (deckId === null) {
			this.#cache.clear();
			this.#models.clear();
			this.#pending.clear();
		} else {
			this.#cache.delete(deckId);
			this.#models.delete(deckId);
			this.#pending.delete(deckId);
		}
	}

	/** Whether the deck's card ids are known here. */
	knows(deckId: string): boolean {
		return this.#cardIds.has(deckId);
	}

	/** The deck's card ids, so counts leave out progress of cards no longer in it. */
	knowCards(deckId: string, ids: readonly string[]): void {
		this.#cardIds.set(deckId, new Set(ids));
		// Keeping progress in step with the deck may have written its index (new cards): a summary made before no
		// longer names the stored values, and is made again when next read.
		const cached = this.#cache.get(deckId);
		if (cached && !this.#pending.has(deckId) && cached.sig !== this.#decks.signature(deckId)) this.invalidate(deckId);
	}

	/** Title, description and size of a local deck, from its summary; the deck is decompressed only once. */
	deckMeta(deckId: string): { title: string; description: string; cardCount: number } | null {
		this.flush(deckId);
		const s = this.#stored(deckId);
		if (s?.title !== undefined)
			return { title: s.title, description: s.description ?? '', cardCount: s.cardCount ?? 0 };
		const deck = getDeck(this.#db, deckId);
		if (!deck) return null;
		this.setDeckMeta(deck);
		return { title: deck.title, description: deck.description, cardCount: deck.cards.length };
	}

	/** Records a local deck's title and size in its summary. */
	setDeckMeta(deck: Pick<Deck, 'id' | 'title' | 'description' | 'cards'>): void {
		this.knowCards(
			deck.id,
			deck.cards.map((c) => c.id)
		);
		this.flush(deck.id);
		const base = this.#stored(deck.id);
		const meta = { title: deck.title, description: deck.description, cardCount: deck.cards.length };
		if (base) this.#write(deck.id, { ...base, ...meta });
		else {
			const fresh = this.refresh(deck.id, getSettings(this.#db, deck.id), this.#db.clock(), null);
			this.#write(deck.id, { ...fresh, ...meta });
		}
	}

	#write(deckId: string, summary: DeckSummaryValue): void {
		const value = { ...summary, tail: this.#decks.tail(deckId) };
		this.#cache.set(deckId, value);
		this.#db.tryCommit([{ key: summaryKey(deckId), value: encodeSummary(value) }]);
	}
}
