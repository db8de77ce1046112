/**
 * The instructor's class view: who is ready for the briefing, which cards the class is weakest on, how each kind of
 * fact is mastered — from the reports trainees sent back.
 *
 * Status of a trainee, against the assignment's target:
 * - **not started**: no card studied yet (and so not ready);
 * - **ready**: every card studied (when the target asks for it) and mean predicted recall on the briefing morning
 *   at least `minRecall`;
 * - **on track**: not ready, but at least one study day is left and the cards not yet studied fit in the days left
 *   at `newPerDay` new cards a day (20 by default, the scheduler's default pace) — reviews in those days will raise
 *   recall too;
 * - **behind**: otherwise, including every trainee not ready on the day itself.
 * Days are counted from `now` (the instructor's today), not from the report's date: a report is a snapshot, and a
 * trainee who sent one a week ago and nothing since is judged on what they sent.
 */
import { assignedCards, DEFAULT_TARGET, type Assignment } from './assignment';
import { CARD_KINDS, type CardKind } from '../decks/schema';
import { studyDaysLeft } from './due';
import { isFutureDated, type ReportBody, type ReportCard } from './report';

export type TraineeStatus = 'not started' | 'behind' | 'on track' | 'ready';
export const TRAINEE_STATUSES: readonly TraineeStatus[] = ['not started', 'behind', 'on track', 'ready'];

export interface TraineeSummary {
	name: string;
	studied: number;
	total: number;
	meanRecallOnDue: number;
	onTrack: boolean;
	status: TraineeStatus;
	timeSpentMs: number;
	/** When the report used was made. */
	generatedAt: string;
	/** The report is dated later than now: the trainee's clock is wrong, or the date was made up. */
	futureDated: boolean;
	/** The assignment version the report was made for, when it is not the current one; then only the cards both
	 * versions share are compared (`total` counts those). */
	earlierVersion: number | null;
}

export interface CardSummary {
	cardId: string;
	kind: CardKind;
	prompt?: string;
	meanRecall: number;
	notStudiedBy: number;
}

export interface KindSummary {
	kind: CardKind;
	meanRecall: number;
	studiedShare: number;
}

export interface ClassSummary {
	trainees: TraineeSummary[];
	/** Every card, weakest first: lowest mean recall, then most trainees who have not studied it. */
	weakestCards: CardSummary[];
	masteryByKind: KindSummary[];
	/** One sentence per trainee who sent more than one report; only the newest is counted. */
	duplicates: string[];
	/** One sentence per report for another assignment; those are left out. */
	mismatched: string[];
}

export interface ClassOptions {
	/** The assignment the reports answer: its target, its cards and their prompts. Without it, the assignment of the
	 * newest report is taken, with the default target and the cards the reports list. */
	assignment?: Assignment;
	/** New cards a trainee can be expected to learn a day. */
	newPerDay?: number;
}

interface Entry {
	report: ReportBody;
	byId: Map<string, ReportCard>;
}

/** Summarises the reports at `now`. */
export function summarizeClass(reports: readonly ReportBody[], now: number, options: ClassOptions = {}): ClassSummary {
	// Newest first, but a report dated in the future never counts as newest: its date cannot be believed.
	const newest = [...reports].sort(
		(a, b) =>
			Number(isFutureDated(a, now)) - Number(isFutureDated(b, now)) || b.generatedAt.localeCompare(a.generatedAt)
	);
	const ref = options.assignment ?? newest[0]?.assignment;
	const target = options.assignment?.target ?? DEFAULT_TARGET;
	const newPerDay = options.newPerDay ?? 20;
	if (!ref) return { trainees: [], weakestCards: [], masteryByKind: [], duplicates: [], mismatched: [] };

	const mismatched = reports
		.filter((r) => r.assignment.id !== ref.id)
		.map(
			(r) =>
				`${r.trainee}: this report is for “${r.assignment.title}” (${r.assignment.id}), not this assignment; it is left out.`
		);
	const { kept, duplicates } = newestPerTrainee(newest.filter((r) => r.assignment.id === ref.id));
	const entries: Entry[] = kept.map((report) => ({ report, byId: new Map(report.cards.map((c) => [c.id, c])) }));
	const cards = options.assignment
		? assignedCards(options.assignment).map(({ id, kind, prompt }) => ({ id, kind, prompt }))
		: cardsOf(kept);
	const days = studyDaysLeft(ref.dueDate, now);

	const version = options.assignment?.version;
	const trainees = entries.map(({ report, byId }): TraineeSummary => {
		// A report for another version is compared only on the cards both versions share.
		const earlier = version !== undefined && report.assignment.version !== version;
		const own = earlier ? cards.filter((c) => byId.has(c.id)) : cards;
		const studied = own.filter((c) => isStudied(byId.get(c.id))).length;
		const meanRecallOnDue = mean(own.map((c) => byId.get(c.id)?.recallOnDue ?? 0));
		// Compared at the reports' precision (4 decimals), so a mean of exactly 90 % is not lost to a rounding error.
		const ready =
			own.length > 0 && (!target.allStudied || studied === own.length) && round4(meanRecallOnDue) >= target.minRecall;
		const onPace = days > 0 && own.length - studied <= days * newPerDay;
		const status: TraineeStatus = ready ? 'ready' : studied === 0 ? 'not started' : onPace ? 'on track' : 'behind';
		return {
			name: report.trainee,
			studied,
			total: own.length,
			meanRecallOnDue,
			onTrack: status === 'ready' || status === 'on track',
			status,
			timeSpentMs: report.totals.timeSpentMs,
			generatedAt: report.generatedAt,
			futureDated: isFutureDated(report, now),
			earlierVersion: earlier ? report.assignment.version : null
		};
	});
	trainees.sort((a, b) => a.name.localeCompare(b.name));

	// Reports of an earlier version say nothing about cards that version did not have.
	const withCard = (id: string) =>
		entries.filter((e) => version === undefined || e.report.assignment.version === version || e.byId.has(id));
	const weakestCards = cards.map((c, order) => ({
		order,
		summary: {
			cardId: c.id,
			kind: c.kind,
			...(c.prompt === undefined ? {} : { prompt: c.prompt }),
			meanRecall: mean(withCard(c.id).map((e) => e.byId.get(c.id)?.recallOnDue ?? 0)),
			notStudiedBy: withCard(c.id).filter((e) => !isStudied(e.byId.get(c.id))).length
		}
	}));
	weakestCards.sort(
		(a, b) =>
			a.summary.meanRecall - b.summary.meanRecall ||
			b.summary.notStudiedBy - a.summary.notStudiedBy ||
			a.order - b.order
	);

	const masteryByKind = CARD_KINDS.flatMap((kind): KindSummary[] => {
		const ofKind = cards.filter((c) => c.kind === kind);
		if (ofKind.length === 0) return [];
		const pairs = ofKind.flatMap((c) => withCard(c.id).map((e) => e.byId.get(c.id)));
		return [
			{
				kind,
				meanRecall: mean(pairs.map((p) => p?.recallOnDue ?? 0)),
				studiedShare: mean(pairs.map((p) => (isStudied(p) ? 1 : 0)))
			}
		];
	});

	return { trainees, weakestCards: weakestCards.map((w) => w.summary), masteryByKind, duplicates, mismatched };
}

/**
 * Keeps each trainee's newest report (`reports` come newest first). Names match whatever their case, spacing or
 * Unicode form, since trainees type them by hand each time.
 */
function newestPerTrainee(reports: readonly ReportBody[]): { kept: ReportBody[]; duplicates: string[] } {
	const groups = new Map<string, ReportBody[]>();
	for (const r of reports) {
		const key = r.trainee.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
		groups.set(key, [...(groups.get(key) ?? []), r]);
	}
	const kept: ReportBody[] = [];
	const duplicates: string[] = [];
	for (const group of groups.values()) {
		const first = group[0]!;
		kept.push(first);
		if (group.length > 1) {
			duplicates.push(
				`${first.trainee} sent ${group.length} reports; only the newest (${first.generatedAt}) is counted.`
			);
		}
	}
	return { kept, duplicates };
}

/** Without the assignment, the cards are those the reports list, in the order first seen. */
function cardsOf(reports: readonly ReportBody[]): { id: string; kind: CardKind; prompt?: string }[] {
	const seen = new Map<string, { id: string; kind: CardKind }>();
	for (const r of reports) for (const c of r.cards) if (!seen.has(c.id)) seen.set(c.id, { id: c.id, kind: c.kind });
	return [...seen.values()];
}

function isStudied(c: ReportCard | undefined): boolean {
	return c !== undefined && c.state !== 'new';
}

function round4(x: number): number {
	return Math.round(x * 10_000) / 10_000;
}

function mean(xs: readonly number[]): number {
	return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
}
