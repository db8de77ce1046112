/**
 * Today's queue for one deck: which cards a session shows and in what order. Pure: states, log and `now` in, ids out.
 */
import type { Card } from 'ts-fsrs';
import { State } from './card';
import { studyDayEnd, studyDayStart } from './day';
import type { SchedulerSettings } from './settings';

export interface LoggedReview {
	cardId: string;
	at: number;
}

export interface QueueInput {
	/** Card ids in deck order; new cards are introduced in this order. */
	cardIds: readonly string[];
	states: ReadonlyMap<string, Card>;
	/** Review log in time order; only today's tail is read. */
	log: readonly LoggedReview[];
	settings: Pick<SchedulerSettings, 'newPerDay' | 'reviewsPerDay' | 'dayStartsAt'>;
	now: number;
}

export interface StudyQueue {
	/** Cards in (re)learning steps due before the day ends, earliest first. */
	learning: string[];
	/** Review cards due today, most overdue first, already cut to the daily limit. */
	review: string[];
	/** New cards, cut to the daily limit. */
	fresh: string[];
	dayEnd: number;
}

export interface QueueCounts {
	new: number;
	learning: number;
	due: number;
}

export function countsOf(q: StudyQueue): QueueCounts {
	return { new: q.fresh.length, learning: q.learning.length, due: q.review.length };
}

/** What was studied today: new cards introduced and review cards seen, for the daily limits. */
export function doneToday(input: Pick<QueueInput, 'states' | 'log' | 'settings' | 'now'>): {
	newDone: number;
	reviewsDone: number;
} {
	const start = studyDayStart(input.now, input.settings.dayStartsAt);
	const todayCount = new Map<string, number>();
	for (let i = input.log.length - 1; i >= 0; i--) {
		const entry = input.log[i]!;
		if (entry.at < start) break;
		todayCount.set(entry.cardId, (todayCount.get(entry.cardId) ?? 0) + 1);
	}
	let newDone = 0;
	let reviewsDone = 0;
	for (const [id, count] of todayCount) {
		// Every review adds one to reps, so a card whose reps are all from today was new today.
		const reps = input.states.get(id)?.reps ?? 0;
		if (reps <= count) newDone++;
		else reviewsDone++;
	}
	return { newDone, reviewsDone };
}

export function buildQueue(input: QueueInput): StudyQueue {
	const { states, settings, now } = input;
	const dayEnd = studyDayEnd(now, settings.dayStartsAt);
	const { newDone, reviewsDone } = doneToday(input);
	const learning: { id: string; due: number }[] = [];
	const review: { id: string; due: number }[] = [];
	const fresh: string[] = [];
	const newLimit = Math.max(0, settings.newPerDay - newDone);

	for (const id of input.cardIds) {
		const card = states.get(id);
		if (!card || card.state === State.New) {
			if (fresh.length < newLimit) fresh.push(id);
			continue;
		}
		const due = card.due.getTime();
		if (due >= dayEnd) continue;
		if (card.state === State.Review) review.push({ id, due });
		else learning.push({ id, due });
	}
	const byDue = (a: { due: number }, b: { due: number }) => a.due - b.due;
	return {
		learning: learning.sort(byDue).map((c) => c.id),
		review: review
			.sort(byDue)
			.slice(0, Math.max(0, settings.reviewsPerDay - reviewsDone))
			.map((c) => c.id),
		fresh,
		dayEnd
	};
}

/** How far ahead a learning card may be shown when nothing else is left, as Anki's "learn ahead limit". */
export const LEARN_AHEAD_MS = 20 * 60_000;

export type Next = { id: string } | { id: null; nextLearningAt: number | null };

/**
 * The cards that may be shown now, best first: learning cards that are due, then reviews, then new cards, then a
 * learning card due within the learn-ahead limit. Learning cards go first because their steps are minutes long and
 * slip if they wait.
 */
export function candidates(q: StudyQueue, states: ReadonlyMap<string, Card>, now: number): string[] {
	const dueOf = (id: string) => states.get(id)?.due.getTime() ?? now;
	const byDue = (a: string, b: string) => dueOf(a) - dueOf(b);
	const learningDue = q.learning.filter((id) => dueOf(id) <= now).sort(byDue);
	const ahead = q.learning.filter((id) => dueOf(id) > now && dueOf(id) <= now + LEARN_AHEAD_MS).sort(byDue);
	return [...learningDue, ...q.review, ...q.fresh, ...ahead];
}

/** The card to show now (the first of `candidates`), or when the next learning card comes due. */
export function nextCard(q: StudyQueue, states: ReadonlyMap<string, Card>, now: number): Next {
	const first = candidates(q, states, now)[0];
	if (first) return { id: first };
	const dueOf = (id: string) => states.get(id)?.due.getTime() ?? now;
	const later = [...q.learning].sort((a, b) => dueOf(a) - dueOf(b));
	return { id: null, nextLearningAt: later[0] ? dueOf(later[0]) : null };
}

/** The queue after `id` was graded into `card`: it leaves its list and returns to learning if its next step is today. */
export function afterGrade(q: StudyQueue, id: string, card: Card): StudyQueue {
	const without = (ids: string[]) => ids.filter((x) => x !== id);
	const stillLearning =
		(card.state === State.Learning || card.state === State.Relearning) && card.due.getTime() < q.dayEnd;
	return {
		learning: stillLearning ? [...without(q.learning), id] : without(q.learning),
		review: without(q.review),
		fresh: without(q.fresh),
		dayEnd: q.dayEnd
	};
}
