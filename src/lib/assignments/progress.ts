/**
 * Where a trainee stands on an assignment, from this browser's progress: the report the trainee would send, and the
 * status the instructor's class view would give it — computed by the same share functions, so the home screen and
 * the class view never disagree.
 */
import { assignedCards, type Assignment } from '../share/assignment';
import { summarizeClass, type TraineeStatus } from '../share/class';
import { studyDaysLeft } from '../share/due';
import { buildReport, type ReportBody, type ReportInput, type ReviewLogEntry } from '../share/report';
import type { Deck } from '../decks/schema';
import type { Card } from 'ts-fsrs';
import type { Received } from './records';

export interface Progress {
	cards: ReadonlyMap<string, Card>;
	log: readonly ReviewLogEntry[];
}

export interface ProgressSettings {
	desiredRetention: number;
	maximumInterval: number;
	/** New cards a day; the pace "on track" is judged at. */
	newPerDay: number;
}

export interface AssignmentProgress {
	studied: number;
	total: number;
	/** Mean predicted recall at 09:00 on the due date if the trainee stopped today, 0–1. */
	meanRecallOnDue: number;
	status: TraineeStatus;
	/** Study days left before the due date, counting today. */
	daysLeft: number;
}

/**
 * The accepted assignment with the deck kept in this browser: the cards the trainee can study now are the ones that
 * count (a later assignment of the same deck may have replaced it).
 */
export function withDeck(r: Received, deck: Deck): Assignment {
	const { id, title, instructions, from, dueDate, target, kinds, createdAt, version, secret } = r;
	// An empty secret (accepted before reports were signed) cannot sign: the report screen asks for the link again.
	return {
		id,
		title,
		instructions,
		from,
		dueDate,
		target,
		...(kinds ? { kinds } : {}),
		deck,
		createdAt,
		version,
		secret: secret ?? ''
	};
}

/** What `buildReport` needs, from the assignment, this browser's progress on its deck and the deck's settings. */
export function reportInput(
	a: Assignment,
	trainee: string,
	progress: Progress,
	settings: ProgressSettings,
	now: number
): ReportInput {
	return {
		trainee,
		assignment: { id: a.id, title: a.title, dueDate: a.dueDate, from: a.from, version: a.version },
		cards: assignedCards(a).map(({ id, kind }) => ({ id, kind })),
		states: progress.cards,
		log: progress.log,
		params: { desiredRetention: settings.desiredRetention, maximumInterval: settings.maximumInterval },
		now
	};
}

/** The trainee's report at `now`, to be signed (`signReport`) before `encodeReportText` / `encodeReportFile`. */
export function traineeReport(
	a: Assignment,
	trainee: string,
	progress: Progress,
	settings: ProgressSettings,
	now: number
): ReportBody {
	return buildReport(reportInput(a, trainee, progress, settings, now));
}

/** Progress toward the target, as the class view would judge this trainee's report made now. */
export function assignmentProgress(
	a: Assignment,
	progress: Progress,
	settings: ProgressSettings,
	now: number
): AssignmentProgress {
	const report = traineeReport(a, 'You', progress, settings, now);
	const row = summarizeClass([report], now, { assignment: a, newPerDay: settings.newPerDay }).trainees[0];
	return {
		studied: row?.studied ?? 0,
		total: row?.total ?? report.totals.total,
		meanRecallOnDue: row?.meanRecallOnDue ?? 0,
		status: row?.status ?? 'behind',
		daysLeft: studyDaysLeft(a.dueDate, now)
	};
}
