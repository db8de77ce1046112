/**
 * Progress reports: what a trainee sends back to the instructor — per card, where it stands and how well it is
 * predicted to be recalled on the briefing morning. Built here from the trainee's FSRS states; carried as text or a
 * file by report-codec.ts; read by class.ts.
 */
import * as v from 'valibot';
import { CARD_KINDS, DeckSchema, type CardKind } from '../decks/schema';
import { DEFAULT_SETTINGS } from '../scheduler/settings';
import { makeScheduler, recallAt, State, type Card } from '../scheduler/fsrs';
import { DaySchema, InstantSchema, type Assignment, type Checked } from './assignment';
import { briefingMorning } from './due';
import { issueMessage } from './issues';

export const REPORT_FORMAT = 'briefing-trainer-report';
export const REPORT_VERSION = 1;
export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardStateName = (typeof CARD_STATES)[number];

const Id = DeckSchema.entries.id;
const Text = DeckSchema.entries.title;
const Count = v.pipe(
	v.number('must be a number'),
	v.integer('must be a whole number'),
	v.minValue(0, 'must be 0 or more')
);
const Share = v.pipe(
	v.number('must be a number'),
	v.minValue(0, 'must be 0 or more'),
	v.maxValue(1, 'must be 1 or less')
);

export const ReportCardSchema = v.object({
	id: Id,
	kind: v.picklist(CARD_KINDS, `must be one of ${CARD_KINDS.join(', ')}`),
	state: v.picklist(CARD_STATES, `must be one of ${CARD_STATES.join(', ')}`),
	reviews: Count,
	lapses: Count,
	/** FSRS retrievability at 09:00 on the due date (see due.ts); 0 for a card never studied. */
	recallOnDue: Share,
	lastReview: v.optional(InstantSchema)
});

export const ReportSchema = v.object(
	{
		format: v.literal(REPORT_FORMAT, `must be ${REPORT_FORMAT}`),
		version: v.literal(REPORT_VERSION, `must be ${REPORT_VERSION}`),
		/** The name the trainee typed; the instructor matches reports to people by it. */
		trainee: v.pipe(Text, v.maxLength(100, 'must be at most 100 characters')),
		assignment: v.object({ id: Id, title: Text, dueDate: DaySchema, from: Text }),
		generatedAt: InstantSchema,
		cards: v.array(ReportCardSchema, 'must be a list of cards'),
		totals: v.object({ studied: Count, total: Count, meanRecallOnDue: Share, timeSpentMs: Count })
	},
	'must be a report'
);

export type ReportCard = v.InferOutput<typeof ReportCardSchema>;
export type Report = v.InferOutput<typeof ReportSchema>;

/** One answered card, as the review log keeps it. Only the duration is read here. */
export interface ReviewLogEntry {
	cardId: string;
	at: number;
	rating: number;
	durationMs: number;
}

export interface ReportInput {
	trainee: string;
	assignment: Pick<Assignment, 'id' | 'title' | 'dueDate' | 'from'>;
	/** The assigned cards, in deck order. */
	cards: readonly { id: string; kind: CardKind }[];
	/** FSRS state per card id; a card without one has never been studied. */
	states: ReadonlyMap<string, Card>;
	log: readonly ReviewLogEntry[];
	params: { desiredRetention: number; maximumInterval: number };
	now: number;
}

const STATE_NAMES: Record<State, CardStateName> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning'
};

/**
 * Builds the trainee's report at `now`. Recall is predicted for the briefing morning assuming no further review, so
 * it is what the trainee would remember if they stopped today. Throws if the trainee name is empty — the export
 * screen asks for it first.
 */
export function buildReport(input: ReportInput): Report {
	const trainee = input.trainee.trim().replace(/\s+/g, ' ');
	if (trainee === '') throw new RangeError('A report needs the trainee’s name.');
	const f = makeScheduler({ ...DEFAULT_SETTINGS, ...input.params, enableFuzz: false });
	const at = briefingMorning(input.assignment.dueDate);
	const cards = input.cards.map((c): ReportCard => {
		const s = input.states.get(c.id);
		if (!s || s.state === State.New)
			return { id: c.id, kind: c.kind, state: 'new', reviews: 0, lapses: 0, recallOnDue: 0 };
		const card: ReportCard = {
			id: c.id,
			kind: c.kind,
			state: STATE_NAMES[s.state],
			reviews: s.reps,
			lapses: s.lapses,
			recallOnDue: round4(recallAt(f, s, at))
		};
		if (s.last_review) card.lastReview = new Date(s.last_review).toISOString();
		return card;
	});
	const ids = new Set(input.cards.map((c) => c.id));
	const timeSpentMs = input.log
		.filter((e) => ids.has(e.cardId) && Number.isFinite(e.durationMs) && e.durationMs > 0)
		.reduce((sum, e) => sum + Math.round(e.durationMs), 0);
	const { id, title, dueDate, from } = input.assignment;
	return {
		format: REPORT_FORMAT,
		version: REPORT_VERSION,
		trainee,
		assignment: { id, title, dueDate, from },
		generatedAt: new Date(input.now).toISOString(),
		cards,
		totals: {
			studied: cards.filter((c) => c.state !== 'new').length,
			total: cards.length,
			meanRecallOnDue: cards.length ? round4(cards.reduce((s, c) => s + c.recallOnDue, 0) / cards.length) : 0,
			timeSpentMs
		}
	};
}

/** Validates anything claiming to be a report: the schema, then totals that agree with the cards. */
export function checkReport(input: unknown): Checked<Report> {
	if (Array.isArray(input)) return { ok: false, error: 'must be a report' };
	const parsed = v.safeParse(ReportSchema, input);
	if (!parsed.success) return { ok: false, error: issueMessage(parsed.issues[0]) };
	const r = parsed.output;
	if (r.totals.total !== r.cards.length) return { ok: false, error: 'totals.total does not match the number of cards' };
	if (r.totals.studied !== r.cards.filter((c) => c.state !== 'new').length) {
		return { ok: false, error: 'totals.studied does not match the cards studied' };
	}
	return { ok: true, value: r };
}

/** Four decimals (0.01 % of recall) is finer than FSRS's own accuracy and keeps the pasted text short. */
function round4(x: number): number {
	return Math.round(x * 10_000) / 10_000;
}
