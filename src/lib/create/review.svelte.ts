/**
 * The draft under review: the generator's proposed cards, each accepted, rejected, edited or still undecided, and the
 * card whose evidence the document panel shows. Only accepted and edited cards go into the deck; an undecided card
 * is left out, because nothing should reach learners that no one has read.
 */
import { CARD_KINDS, type CardKind, type DeckCard, type DeckSource, type Evidence } from '../decks/schema';
import { applyEdit, type EditFields, type EditResult } from './edit';

export type CardStatus = 'proposed' | 'accepted' | 'edited' | 'rejected';

export interface ReviewItem {
	card: DeckCard;
	status: CardStatus;
	/** Why the generator could not settle this card (which event a figure belongs to…); absent when trusted. */
	check?: string;
}

/** An event of the draft: how it is named and which documents and paragraphs report it. */
export interface ReviewEvent {
	id: string;
	description: string;
	seen: { doc: string; paragraph: number }[];
}

/** A card the instructor writes from a passage of the document. */
export interface NewCard {
	kind: CardKind;
	prompt: string;
	answer: string;
	doc: string;
	paragraph: number;
	quote: string;
}

export interface ReviewGroup {
	kind: CardKind;
	items: ReviewItem[];
	/** Cards of this group that will go into the deck. */
	kept: number;
}

export interface ReviewInput {
	cards: DeckCard[];
	/** The documents as the generator read them, keyed by source id. */
	texts: Record<string, string>;
	sources: DeckSource[];
	warnings: string[];
	/** Card id → why it needs a check. */
	checks?: Record<string, string>;
	events?: ReviewEvent[];
}

export const KIND_LABELS: Record<CardKind, string> = {
	date: 'Dates',
	toll: 'Tolls',
	actor: 'Actors',
	motive: 'Motives',
	figure: 'Figures',
	other: 'Other'
};

const kept = (s: CardStatus) => s === 'accepted' || s === 'edited';

export class Review {
	readonly texts: Record<string, string>;
	readonly sources: DeckSource[];
	readonly warnings: string[];
	readonly events: ReviewEvent[];
	items = $state.raw<ReviewItem[]>([]);
	/** The card whose evidence is highlighted in the document panel. */
	selectedId = $state<string | null>(null);

	constructor(input: ReviewInput) {
		this.texts = input.texts;
		this.sources = input.sources;
		this.warnings = input.warnings;
		this.events = input.events ?? [];
		const checks = input.checks ?? {};
		this.items = input.cards.map((card) => ({
			card,
			status: 'proposed',
			...(checks[card.id] ? { check: checks[card.id] } : {})
		}));
		this.selectedId = (this.needsCheck[0] ?? this.items[0])?.card.id ?? null;
	}

	/** Cards the generator could not settle, shown first with their reason; they stay here until decided. */
	get needsCheck(): ReviewItem[] {
		return this.items.filter((i) => i.check);
	}

	/** Events reported by more than one document, merged into one. */
	get mergedEvents(): ReviewEvent[] {
		return this.events.filter((e) => e.seen.some((s) => s.doc !== e.seen[0]?.doc));
	}

	/** Non-empty groups of trusted cards, in the deck format's order of kinds. */
	get groups(): ReviewGroup[] {
		return CARD_KINDS.map((kind) => {
			const items = this.items.filter((i) => i.card.kind === kind && !i.check);
			return { kind, items, kept: items.filter((i) => kept(i.status)).length };
		}).filter((g) => g.items.length > 0);
	}

	get counts(): Record<'proposed' | 'kept' | 'rejected', number> {
		const n = (f: (s: CardStatus) => boolean) => this.items.filter((i) => f(i.status)).length;
		return { proposed: n((s) => s === 'proposed'), kept: n(kept), rejected: n((s) => s === 'rejected') };
	}

	/** The cards that go into the deck, in the generator's order. */
	get chosen(): DeckCard[] {
		return this.items.filter((i) => kept(i.status)).map((i) => i.card);
	}

	get selected(): ReviewItem | null {
		return this.items.find((i) => i.card.id === this.selectedId) ?? null;
	}

	get selectedEvidence(): Evidence | null {
		return this.selected?.card.source ?? null;
	}

	status(id: string): CardStatus | undefined {
		return this.items.find((i) => i.card.id === id)?.status;
	}

	accept(id: string): void {
		// Accepting an edited card keeps the edit; it is already in the deck.
		this.#update(id, (i) => ({ ...i, status: i.status === 'edited' ? 'edited' : 'accepted' }));
	}

	reject(id: string): void {
		this.#update(id, (i) => ({ ...i, status: 'rejected' }));
	}

	/** Back to undecided, so a card rejected by mistake can be accepted again. */
	undecide(id: string): void {
		this.#update(id, (i) => ({ ...i, status: 'proposed' }));
	}

	/**
	 * Accepts every undecided card of a kind. Rejected cards stay rejected: a group action should not overturn a
	 * decision made card by card.
	 */
	acceptGroup(kind: CardKind): number {
		let n = 0;
		this.items = this.items.map((i) => {
			// A card that needs a check is decided on its own, never by a group action.
			if (i.card.kind !== kind || i.status !== 'proposed' || i.check) return i;
			n++;
			return { ...i, status: 'accepted' };
		});
		return n;
	}

	/** Applies an edit; on success the card is kept as edited, otherwise nothing changes and the errors say why. */
	edit(id: string, fields: EditFields): EditResult {
		const item = this.items.find((i) => i.card.id === id);
		if (!item) return { ok: false, errors: { prompt: `No card "${id}" in this draft.` } };
		const result = applyEdit(item.card, fields, this.texts);
		// The card stays where the reviewer found it (among the cards to check, if it was), now edited.
		if (result.ok) this.#update(id, (i) => ({ ...i, card: result.card, status: 'edited' }));
		return result;
	}

	/**
	 * Adds a card written from a passage of the document (the quote and paragraph come from the selection). The same
	 * rules as an edit apply; the card goes into the deck as edited.
	 */
	add(card: NewCard): EditResult {
		const stem =
			card.answer
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-|-$/g, '')
				.slice(0, 40) || 'card';
		let id = `added-${stem}`;
		for (let n = 2; this.items.some((i) => i.card.id === id); n++) id = `added-${stem}-${n}`;
		const draft: DeckCard = {
			id,
			kind: card.kind,
			format: 'qa',
			prompt: card.prompt,
			answer: card.answer,
			source: { doc: card.doc, paragraph: card.paragraph, quote: card.quote }
		};
		const result = applyEdit(
			draft,
			{
				prompt: card.prompt,
				answer: card.answer,
				accept: '',
				explanation: '',
				quote: card.quote,
				paragraph: String(card.paragraph)
			},
			this.texts
		);
		if (result.ok) {
			this.items = [...this.items, { card: result.card, status: 'edited' }];
			this.selectedId = id;
		}
		return result;
	}

	select(id: string): void {
		if (this.items.some((i) => i.card.id === id)) this.selectedId = id;
	}

	#update(id: string, f: (item: ReviewItem) => ReviewItem): void {
		this.items = this.items.map((i) => (i.card.id === id ? f(i) : i));
	}
}
