/**
 * Keeping each deck's summary (summary.ts) current: recomputed and written after every write to the deck, checked
 * against the values it was computed from on read, and cached per deck until the store says the deck changed.
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
import {
	buildModel,
	countsFromSummary,
	decodeSummary,
	encodeSummary,
	gradeModel,
	summarize,
	type DeckSummaryValue,
	type SummaryModel
} from './summary';

type DaySettings = Pick<SchedulerSettings, 'newPerDay' | 'reviewsPerDay' | 'dayStartsAt'>;

export class Summaries {
	readonly #db: Db;
	readonly #decks: DeckStore;
	readonly #cache = new Map<string, DeckSummaryValue>();
	/** What each summary was made from, kept while this tab's writes are the only ones (see `beforeGrade`). */
	readonly #models = new Map<string, SummaryModel>();
	/** Card ids of decks whose cards this tab has seen (opened for study, or kept here). */
	readonly #cardIds = new Map<string, Set<string>>();

	constructor(db: Db, decks: DeckStore) {
		this.#db = db;
		this.#decks = decks;
	}

	/** The deck's summary, recomputed (and stored) if missing, made under another day-start hour, or out of date. */
	get(deckId: string, settings: DaySettings, now: number): DeckSummaryValue {
		const cached = this.#cache.get(deckId);
		if (cached && cached.dayStartsAt === settings.dayStartsAt) return cached;
		const stored = decodeSummary(this.#db.get(summaryKey(deckId)));
		if (stored?.tail !== undefined) this.#decks.seedTail(deckId, stored.tail);
		if (stored && stored.dayStartsAt === settings.dayStartsAt && stored.sig === this.#decks.signature(deckId)) {
			this.#cache.set(deckId, stored);
			return stored;
		}
		return this.refresh(deckId, settings, now, stored);
	}

	counts(s: DeckSummaryValue, cardCount: number, settings: DaySettings, now: number): QueueCounts {
		return countsFromSummary(s, cardCount, settings, now);
	}

	/** Recomputes the deck's summary from storage and writes it. */
	refresh(
		deckId: string,
		settings: DaySettings,
		now: number,
		previous = decodeSummary(this.#db.get(summaryKey(deckId)))
	): DeckSummaryValue {
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
	 * Whether the deck's summary model is current (made by this tab and nothing written since): then a grade can
	 * update it in place. Call before writing the grade.
	 */
	beforeGrade(deckId: string, settings: DaySettings): boolean {
		const model = this.#models.get(deckId);
		const value = this.#cache.get(deckId);
		return (
			!!model && !!value && model.dayStartsAt === settings.dayStartsAt && value.sig === this.#decks.signature(deckId)
		);
	}

	/** After a grade was written: one card's mark and today's count change (`current`: `beforeGrade` said so). */
	afterGrade(
		deckId: string,
		current: boolean,
		grade: { cardId: string; next: Card; at: number },
		settings: DaySettings,
		now: number
	): void {
		const model = this.#models.get(deckId);
		if (!current || !model) {
			this.refresh(deckId, settings, now);
			return;
		}
		gradeModel(model, grade.cardId, grade.next, grade.at, now);
		const previous = this.#cache.get(deckId) ?? null;
		this.#write(deckId, summarize(model, this.#decks.signature(deckId), this.#cardIds.get(deckId), previous));
	}

	/** Forget the cached summary of a deck that changed (the next read checks storage). */
	invalidate(deckId: string | null): void {
		if (deckId === null) {
			this.#cache.clear();
			this.#models.clear();
		} else {
			this.#cache.delete(deckId);
			this.#models.delete(deckId);
		}
	}

	/** The deck's card ids, so counts leave out progress of cards no longer in it. */
	knowCards(deckId: string, ids: readonly string[]): void {
		this.#cardIds.set(deckId, new Set(ids));
	}

	/** Title, description and size of a local deck, from its summary; the deck is decompressed only once. */
	deckMeta(deckId: string): { title: string; description: string; cardCount: number } | null {
		const s = decodeSummary(this.#db.get(summaryKey(deckId)));
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
		const base = decodeSummary(this.#db.get(summaryKey(deck.id)));
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
