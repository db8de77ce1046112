/**
 * The deck format: one schema shared by the build-time loader, the `decks` CLI, the generator, the review screen and
 * the link codec. Field names here are the field names in deck files and in `npm run decks -- --json`.
 */
import * as v from 'valibot';

export const CARD_KINDS = ['date', 'toll', 'actor', 'motive', 'figure', 'other'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** Ids are written in the file and never derived from position, so progress survives reordering. */
const Id = v.pipe(
	v.string('must be text'),
	v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lowercase letters, digits and dashes (at most 64)')
);
const Text = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('is empty'));
const IsoDate = v.pipe(
	v.string('must be a date written YYYY-MM-DD'),
	v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD')
);

export const EvidenceSchema = v.object({
	/** Id of a document in the deck's `sources`. */
	doc: Id,
	/** 1-based paragraph number: the n-th non-blank line of the document (see paragraphs.ts). */
	paragraph: v.pipe(
		v.number('must be a number'),
		v.integer('must be a whole number'),
		v.minValue(1, 'must be 1 or more')
	),
	/** A short quote found verbatim in that paragraph. */
	quote: Text
});

/** Another source's value for the same fact: the card shows that the sources differ. */
export const VariantSchema = v.object({
	answer: Text,
	source: EvidenceSchema
});

export const CardSchema = v.object({
	id: Id,
	kind: v.picklist(CARD_KINDS, `must be one of ${CARD_KINDS.join(', ')}`),
	/** `qa` asks a question; `cloze` blanks the answer out of the prompt, where `____` marks the gap. */
	format: v.optional(v.picklist(['qa', 'cloze'], 'must be qa or cloze'), 'qa'),
	prompt: Text,
	answer: Text,
	accept: v.optional(v.array(Text, 'must be a list of answers')),
	explanation: v.optional(Text),
	/** Distractors for multiple choice: same kind, same briefing. */
	choices: v.optional(v.array(Text, 'must be a list of choices')),
	/** For dates: how precisely the answer is given. */
	precision: v.optional(v.picklist(['year', 'month', 'day'], 'must be year, month or day')),
	/** For numbers: how far off an answer may be and still count as correct. */
	tolerance: v.optional(v.pipe(v.number('must be a number'), v.minValue(0, 'must be 0 or more'))),
	source: EvidenceSchema,
	variants: v.optional(v.array(VariantSchema, 'must be a list of { answer, source }'))
});

export const SourceSchema = v.object({
	id: Id,
	title: Text,
	publisher: v.optional(Text),
	author: v.optional(Text),
	published: IsoDate,
	url: v.optional(Text)
});

export const DeckSchema = v.object({
	id: Id,
	title: Text,
	description: Text,
	sources: v.pipe(v.array(SourceSchema, 'must be a list of sources'), v.minLength(1, 'needs at least one source')),
	/** Names that mean the same thing across the briefing, e.g. [ISIS-K, ISKP]. */
	aliases: v.optional(v.array(v.array(Text, 'must be a list of names'), 'must be a list of alias groups')),
	cards: v.pipe(v.array(CardSchema, 'must be a list of cards'), v.minLength(1, 'needs at least one card'))
});

export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type Variant = v.InferOutput<typeof VariantSchema>;
export type DeckCard = v.InferOutput<typeof CardSchema>;
export type DeckSource = v.InferOutput<typeof SourceSchema>;
export type Deck = v.InferOutput<typeof DeckSchema>;

/** What the home screen needs of a deck, without its cards. */
export interface DeckSummary {
	id: string;
	title: string;
	description: string;
	cardCount: number;
	/** Card ids in deck order, so today's counts can be shown without fetching every deck. */
	cardIds: string[];
	sources: DeckSource[];
}

export function summarize(deck: Deck): DeckSummary {
	return {
		id: deck.id,
		title: deck.title,
		description: deck.description,
		cardCount: deck.cards.length,
		cardIds: deck.cards.map((c) => c.id),
		sources: deck.sources
	};
}
