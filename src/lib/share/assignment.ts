/**
 * An assignment: a deck an instructor asks trainees to learn before a briefing, with the day of the briefing and the
 * level of recall that counts as ready. It travels to trainees inside a link or a file (link.ts, file.ts); nothing
 * is stored on a server.
 */
import * as v from 'valibot';
import { CARD_KINDS, DeckSchema, type CardKind, type Deck } from '../decks/schema';
import { SECRET_PATTERN } from './crypto';
import { issueMessage } from './issues';

/**
 * Most cards one assignment may hold. Twice the largest deck we know of a briefing to need; it bounds the size of
 * every report (and so the caps report-codec.ts checks before decoding one).
 */
export const MAX_ASSIGNED_CARDS = 500;
/** Instructions are a paragraph, not a document: this keeps a link to a shipped deck within a QR code. */
export const MAX_INSTRUCTIONS = 1000;

/** The deck format's own rules for ids and text, so an assignment id reads like a deck id. */
const Id = DeckSchema.entries.id;
const Text = v.pipe(DeckSchema.entries.title, v.maxLength(200, 'must be at most 200 characters'));

/** A calendar day written YYYY-MM-DD that exists (no 31 April). */
export const DaySchema = v.pipe(
	v.string('must be a date written YYYY-MM-DD'),
	v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
	v.check(isRealDay, 'is not a real date')
);

/** An instant as Date.prototype.toISOString writes it. */
export const InstantSchema = v.pipe(
	v.string('must be a date and time'),
	v.isoTimestamp('must be a date and time written like 2024-03-20T09:00:00.000Z')
);

export const TargetSchema = v.object({
	/** Every card of the assignment must have been studied at least once. */
	allStudied: v.boolean('must be true or false'),
	/** Mean predicted recall on the morning of the briefing, 0–1 (0.9 = 90 %). */
	minRecall: v.pipe(
		v.number('must be a number'),
		v.minValue(0, 'must be 0 or more'),
		v.maxValue(1, 'must be 1 or less')
	)
});

export const AssignmentSchema = v.object(
	{
		/** Stays the same when the instructor updates the assignment; a newer version has a later `createdAt`. */
		id: Id,
		title: Text,
		/** What the instructor asks, in their words; may be empty. */
		instructions: v.pipe(
			v.string('must be text'),
			v.maxLength(MAX_INSTRUCTIONS, `must be at most ${MAX_INSTRUCTIONS} characters`)
		),
		/** The instructor's name, as trainees should see it. */
		from: Text,
		/** The day of the briefing. */
		dueDate: DaySchema,
		target: TargetSchema,
		/** Only cards of these kinds are assigned; all kinds when absent. */
		kinds: v.optional(
			v.pipe(
				v.array(v.picklist(CARD_KINDS, `must be one of ${CARD_KINDS.join(', ')}`), 'must be a list of card kinds'),
				v.minLength(1, 'must name at least one kind')
			)
		),
		deck: DeckSchema,
		createdAt: InstantSchema,
		/** Counts the instructor's revisions of this assignment, from 1. */
		version: v.pipe(
			v.number('must be a number'),
			v.integer('must be a whole number'),
			v.minValue(1, 'must be 1 or more'),
			v.maxValue(1_000_000, 'must be at most 1,000,000')
		),
		/**
		 * 128 random bits, the same for every version of the assignment, that only its link or file carries: a report
		 * is signed with it (see crypto.ts). Kept in the instructor's and the trainee's browser, shown to no one.
		 */
		secret: v.pipe(v.string('must be text'), v.regex(SECRET_PATTERN, 'must be an assignment secret (22 characters)'))
	},
	'must be an assignment'
);

export type Target = v.InferOutput<typeof TargetSchema>;
export type Assignment = v.InferOutput<typeof AssignmentSchema>;

/** What an instructor asks for when they do not say: every card seen, 90 % predicted recall on the day. */
export const DEFAULT_TARGET: Target = { allStudied: true, minRecall: 0.9 };

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Validates anything claiming to be an assignment: the schema (deck included), then the rules a schema cannot say —
 * card ids unique (progress is kept per card id) and at least one card of the assigned kinds.
 */
export function checkAssignment(input: unknown): Checked<Assignment> {
	// valibot's object schema accepts arrays (they are objects); an array is never an assignment.
	if (Array.isArray(input)) return { ok: false, error: 'must be an assignment' };
	const parsed = v.safeParse(AssignmentSchema, input);
	if (!parsed.success) return { ok: false, error: issueMessage(parsed.issues[0]) };
	const a = parsed.output;
	const seen = new Set<string>();
	for (const card of a.deck.cards) {
		if (seen.has(card.id)) return { ok: false, error: `deck.cards: the id "${card.id}" is used twice` };
		seen.add(card.id);
	}
	const n = assignedCards(a).length;
	if (n === 0) return { ok: false, error: `kinds: the deck has no cards of the kinds ${a.kinds?.join(', ') ?? ''}` };
	if (n > MAX_ASSIGNED_CARDS) {
		return {
			ok: false,
			error: `deck.cards: ${n} cards are assigned; an assignment holds at most ${MAX_ASSIGNED_CARDS}`
		};
	}
	return { ok: true, value: a };
}

/** The cards a trainee is asked to learn: the deck's cards of the assigned kinds, in deck order. */
export function assignedCards(a: Assignment): Deck['cards'] {
	const kinds = a.kinds;
	return kinds ? a.deck.cards.filter((c) => kinds.includes(c.kind)) : a.deck.cards;
}

/**
 * The assignment as it is sent: the deck cut down to the assigned kinds, so a link carries no card the trainee is
 * not asked to learn (and stays short).
 */
export function restrictToKinds(a: Assignment): Assignment {
	return a.kinds ? { ...a, deck: { ...a.deck, cards: assignedCards(a) } } : a;
}

/** The kinds, in the deck format's order, that a list of cards contains. */
export function kindsOf(cards: readonly { kind: CardKind }[]): CardKind[] {
	return CARD_KINDS.filter((k) => cards.some((c) => c.kind === k));
}

function isRealDay(day: string): boolean {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An assignment without its deck: what a link to a shipped deck carries beside the deck's reference. */
export const AssignmentMetaSchema = v.omit(AssignmentSchema, ['deck']);
export type AssignmentMeta = v.InferOutput<typeof AssignmentMetaSchema>;
