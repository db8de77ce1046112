/**
 * Progress reports: what a trainee sends back to the instructor — per card, where it stands and how well it is
 * predicted to be recalled on the briefing morning. Built here from the trainee's FSRS states; carried as text or a
 * file by report-codec.ts; read by class.ts.
 */
import * as v from 'valibot';
import { CARD_KINDS, DeckSchema, type CardKind } from '../decks/schema';
import { DEFAULT_SETTINGS } from '../scheduler/settings';
import { makeScheduler, recallAt, State, type Card } from '../scheduler/fsrs';
import { DaySchema, InstantSchema, MAX_ASSIGNED_CARDS, type Assignment, type Checked } from './assignment';
import { sign, verify } from './crypto';
import { briefingMorning } from './due';
import { issueMessage } from './issues';

export const REPORT_FORMAT = 'briefing-trainer-report';
/** 2: signed, and names the assignment's version. Version 1 reports were unsigned and are no longer read. */
export const REPORT_VERSION = 2;
/** Earliest instant a report or a review in it may carry: before the app existed, a date is a wrong clock. */
export const EARLIEST = Date.UTC(2020, 0, 1);
/** A clock a few minutes fast is normal; a report dated later than this past the reader's now is flagged. */
export const CLOCK_SLACK_MS = 10 * 60_000;
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
		assignment: v.object({ id: Id, title: Text, dueDate: DaySchema, from: Text, version: Count }),
		generatedAt: InstantSchema,
		cards: v.pipe(
			v.array(ReportCardSchema, 'must be a list of cards'),
			v.maxLength(MAX_ASSIGNED_CARDS, `must hold at most ${MAX_ASSIGNED_CARDS} cards`)
		),
		totals: v.object({ studied: Count, total: Count, meanRecallOnDue: Share, timeSpentMs: Count }),
		/** HMAC-SHA-256 of everything else under the assignment's secret (crypto.ts), base64url. */
		signature: v.pipe(v.string('must be text'), v.regex(/^[A-Za-z0-9_-]{43}$/, 'must be a signature (43 characters)'))
	},
	'must be a report'
);

export type ReportCard = v.InferOutput<typeof ReportCardSchema>;
export type Report = v.InferOutput<typeof ReportSchema>;
/** A report before it is signed. */
export type ReportBody = Omit<Report, 'signature'>;

/** One answered card, as the review log keeps it. Only the duration is read here. */
export interface ReviewLogEntry {
	cardId: string;
	at: number;
	rating: number;
	durationMs: number;
}

export interface ReportInput {
	trainee: string;
	assignment: Pick<Assignment, 'id' | 'title' | 'dueDate' | 'from' | 'version'>;
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
export function buildReport(input: ReportInput): ReportBody {
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
	const { id, title, dueDate, from, version } = input.assignment;
	return {
		format: REPORT_FORMAT,
		version: REPORT_VERSION,
		trainee,
		assignment: { id, title, dueDate, from, version },
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

/** The report signed with the assignment's secret. */
export async function signReport(body: ReportBody, secret: string): Promise<Report> {
	return { ...body, signature: await sign(secret, body) };
}

/** Whether `r` was signed with `secret`: made from an assignment link or file that holds it. */
export function verifyReport(r: Report, secret: string): Promise<boolean> {
	const { signature, ...body } = r;
	return verify(secret, body, signature);
}

/**
 * Validates anything claiming to be a report: the schema, then what a schema cannot say — counts that agree with each
 * other and with the cards, and dates that make sense. The error names the field. A report dated in the future is
 * valid here (the trainee's clock may be wrong); the class view flags it.
 */
export function checkReport(input: unknown): Checked<Report> {
	if (Array.isArray(input)) return { ok: false, error: 'must be a report' };
	const parsed = v.safeParse(ReportSchema, input);
	if (!parsed.success) return { ok: false, error: issueMessage(parsed.issues[0]) };
	const r = parsed.output;
	const error = contradiction(r);
	return error ? { ok: false, error } : { ok: true, value: r };
}

/** The first way the report contradicts itself, naming the field; undefined when it holds together. */
function contradiction(r: Report): string | undefined {
	const made = Date.parse(r.generatedAt);
	if (made < EARLIEST) return 'generatedAt is before 2020';
	const seen = new Set<string>();
	for (const [i, c] of r.cards.entries()) {
		const at = `cards[${i}]`;
		if (seen.has(c.id)) return `${at}.id "${c.id}" appears twice`;
		seen.add(c.id);
		if (c.lapses > c.reviews) return `${at}.lapses (${c.lapses}) is more than ${at}.reviews (${c.reviews})`;
		if (c.state === 'new') {
			if (c.reviews || c.lapses || c.recallOnDue || c.lastReview) {
				return `${at}.state is new but the card has reviews, lapses, recall or a last review`;
			}
			continue;
		}
		if (c.reviews < 1) return `${at}.reviews is 0 but ${at}.state is ${c.state}`;
		if (!c.lastReview) return `${at}.lastReview is missing for a card in state ${c.state}`;
		const last = Date.parse(c.lastReview);
		if (last < EARLIEST) return `${at}.lastReview is before 2020`;
		if (last > made + CLOCK_SLACK_MS) return `${at}.lastReview is after the report was made (generatedAt)`;
	}
	if (r.totals.total !== r.cards.length) {
		return `totals.total (${r.totals.total}) does not match the number of cards (${r.cards.length})`;
	}
	const studied = r.cards.filter((c) => c.state !== 'new').length;
	if (r.totals.studied !== studied)
		return `totals.studied (${r.totals.studied}) does not match the ${studied} cards studied`;
	const mean = r.cards.length ? r.cards.reduce((s, c) => s + c.recallOnDue, 0) / r.cards.length : 0;
	// Both sides are rounded to 4 decimals when the report is made, so they agree to well within 0.001.
	if (Math.abs(mean - r.totals.meanRecallOnDue) > 0.001) {
		return 'totals.meanRecallOnDue does not match the mean of the cards’ recallOnDue';
	}
	return undefined;
}

/** Whether the report is dated later than `now` allows (a wrong clock, or a made-up date). */
export function isFutureDated(r: Pick<Report, 'generatedAt'>, now: number): boolean {
	return Date.parse(r.generatedAt) > now + CLOCK_SLACK_MS;
}

/** Four decimals (0.01 % of recall) is finer than FSRS's own accuracy and keeps the pasted text short. */
function round4(x: number): number {
	return Math.round(x * 10_000) / 10_000;
}

/** What a checked signature means, in one line, for the class view. */
export const SIGNATURE_NOTE =
	'Reports are signed with a secret that only your assignment link or file carries: a valid signature shows a report was made from that assignment and not changed since — not who made it, nor that the studying in it really happened.';
