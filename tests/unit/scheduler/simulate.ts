/**
 * A learner who follows the queue: one session a day at a fixed hour, answering every card the queue shows (waiting
 * out learning steps), with grades from a fixed pattern so runs are repeatable.
 */
import type { Card, FSRS, Grade } from 'ts-fsrs';
import { briefingQueue, type Briefing } from '../../../src/lib/scheduler/briefing';
import { gradeCard, Rating, reviewTime } from '../../../src/lib/scheduler/fsrs';
import { afterGrade, nextCard, type LoggedReview } from '../../../src/lib/scheduler/queue';
import type { SchedulerSettings } from '../../../src/lib/scheduler/settings';

export interface Review extends LoggedReview {
	rating: Grade;
}

/** Mostly Good, one in ten Hard, one in twenty Again: a learner who forgets now and then. */
export function patternGrade(id: string, n: number): Grade {
	let h = n * 31;
	for (const ch of id) h = (h * 33 + ch.charCodeAt(0)) % 1000;
	const k = h % 20;
	return k === 0 ? Rating.Again : k <= 2 ? Rating.Hard : Rating.Good;
}

export function simulate(opts: {
	f: FSRS;
	cardIds: string[];
	settings: SchedulerSettings;
	briefing: Briefing | null;
	/** Session start times, one per day. */
	sessions: number[];
	states?: Map<string, Card>;
	grade?: (id: string, n: number) => Grade;
}): { states: Map<string, Card>; log: Review[] } {
	const states = opts.states ?? new Map<string, Card>();
	const log: Review[] = [];
	const grade = opts.grade ?? patternGrade;
	for (const start of opts.sessions) {
		let t = start;
		let q = briefingQueue({ ...opts, states, log, now: t }).queue;
		for (let guard = 0; guard < 5000; guard++) {
			const next = nextCard(q, states, t);
			if (next.id === null) {
				if (next.nextLearningAt === null || next.nextLearningAt >= q.dayEnd) break;
				t = next.nextLearningAt;
				continue;
			}
			const id = next.id;
			const rating = grade(id, log.length);
			const card = states.get(id) ?? emptyAt(t);
			const after = gradeCard(opts.f, card, t, rating);
			states.set(id, after);
			log.push({ cardId: id, at: reviewTime(t).getTime(), rating });
			q = afterGrade(q, id, after);
			t += 15_000;
		}
	}
	return { states, log };
}

import { createEmptyCard } from 'ts-fsrs';
const emptyAt = (t: number) => createEmptyCard(reviewTime(t));
