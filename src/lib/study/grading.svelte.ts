/**
 * What a grade, an undo and a cram answer do to a study session, and the write that follows a grade. Showing a card
 * runs none of it, so the study page loads it with the scheduler and the store's ledger once its first card is on
 * screen (`StudySession.prepare`); a grade or an undo asked for sooner waits for all three.
 */
import type { Card, FSRS, Grade } from 'ts-fsrs';
import { reviewTime } from '../scheduler/card';
import type { SchedulerKit } from '../scheduler/lazy';
import { afterGrade, type StudyQueue } from '../scheduler/queue';
import { afterCram } from './cram-queue';
import { becameLeech } from './leech';
import type { Progress, SessionDay, SessionStore } from './session.svelte';

/** The session's state that a grade changes: what the screen shows. */
export interface GradedSession {
	readonly deck: { id: string };
	states: Map<string, Card>;
	queue: StudyQueue;
	currentId: string | null;
	graded: number;
	tally: Record<Grade, number>;
	timeSpentMs: number;
	error: string | null;
	leeches: string[];
	stateOf(id: string): Card;
	/** Reads the deck again and rebuilds today's queue (the card on screen leaves if another tab graded it). */
	reload(now: number): void;
}

/** The session's own steps that a grade runs, and what it was set up with. */
export interface SessionSteps {
	store: SessionStore;
	kit: SchedulerKit;
	f: FSRS;
	day(): SessionDay;
	/** Builds today's queue from `progress`, read at `now`, keeping `keep` on screen if it is still in the queue. */
	rebuild(progress: Progress, now: number, keep: string | null): void;
	/**
	 * `q` without the siblings of `id`, just answered: they wait for tomorrow. (The session's, so this part shares no
	 * module with the page that loads it, which would have the page's own code moved into a chunk of its own.)
	 */
	bury(q: StudyQueue, id: string): StudyQueue;
	/** Moves to the next card after an answer (the progress last read is then out of date). */
	next(now: number): void;
	/** Shows `id` again. */
	show(id: string, now: number): void;
}

/** A grade on screen whose write waits for the next frame: enough to write it, or to take it back if the write fails. */
interface UnsavedGrade {
	id: string;
	next: Card;
	entry: { cardId: string; at: number; rating: Grade; durationMs: number };
	/** The state the grade was made from, as this session read it (null: never stored). */
	expected: Card | null;
	leech: boolean;
	now: number;
}

export class Grader {
	readonly #session: GradedSession;
	readonly #steps: SessionSteps;
	/**
	 * A grade shown but not yet written (see `StudySession.writeBehind`): at most one, since each grade, undo and
	 * re-read writes the waiting one first.
	 */
	#unsaved = $state.raw<UnsavedGrade | null>(null);

	constructor(session: GradedSession, steps: SessionSteps) {
		this.#session = session;
		this.#steps = steps;
	}

	/** Whether a grade waits to be written (it can be undone before it is). */
	get waiting(): boolean {
		return this.#unsaved !== null;
	}

	/** Grades card `id`, shows the next card, and keeps the write for `flush`; false when nothing was graded. */
	grade(id: string, grade: Grade, now: number, durationMs: number): boolean {
		const s = this.#session;
		const { kit, f } = this.#steps;
		// The grade before this one is written first, so grades reach storage in the order they were made.
		if (!this.flush()) return false;
		const previous = s.stateOf(id);
		const next = kit.gradeCard(f, previous, now, grade);
		const entry = { cardId: id, at: reviewTime(now).getTime(), rating: grade, durationMs };
		const leech = becameLeech(previous, next);
		this.#unsaved = { id, next, entry, expected: s.states.get(id) ?? null, leech, now };
		s.error = null;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a new map replaces the old whole ($state.raw); none is mutated once shown
		s.states = new Map(s.states).set(id, next);
		// Siblings of an answered card wait for tomorrow; a new leech is suspended and leaves the queue.
		let queue = this.#steps.bury(afterGrade(s.queue, id, next), id);
		if (leech) {
			const without = (ids: string[]) => ids.filter((x) => x !== id);
			queue = {
				...queue,
				learning: without(queue.learning),
				review: without(queue.review),
				fresh: without(queue.fresh)
			};
			s.leeches = [...s.leeches, id];
		}
		s.queue = queue;
		this.#counted(grade, durationMs);
		this.#steps.next(now);
		return true;
	}

	/**
	 * Writes the grade waiting to be written, if any. When storage refuses it (full, or another tab graded that card
	 * meanwhile), the grade is taken back on screen with the reason shown, and false is returned.
	 */
	flush(): boolean {
		const g = this.#unsaved;
		if (!g) return true;
		this.#unsaved = null;
		try {
			this.#steps.store.grade(this.#session.deck.id, g.id, g.next, g.entry, g.expected);
		} catch (e) {
			this.#refused(g, e);
			return false;
		}
		if (g.leech) this.#steps.day().onLeech(g.id);
		return true;
	}

	/** A grade storage refused: nothing of it was saved, so the screen shows what is stored, and the card again. */
	#refused(g: UnsavedGrade, e: unknown): void {
		const s = this.#session;
		s.graded = Math.max(0, s.graded - 1);
		s.tally = { ...s.tally, [g.entry.rating]: Math.max(0, s.tally[g.entry.rating] - 1) };
		s.timeSpentMs = Math.max(0, s.timeSpentMs - g.entry.durationMs);
		if (g.leech) s.leeches = s.leeches.filter((x) => x !== g.id);
		const stale = e instanceof Error && e.name === 'StaleCardError';
		// Another tab graded this card: what is stored now is shown, and the card is not asked again. Otherwise (storage
		// full) the card comes back, to be graded again once there is room.
		const current = s.currentId;
		this.#steps.rebuild(this.#steps.store.loadToday(s.deck.id, g.now), g.now, current);
		const q = s.queue;
		if (!stale && (q.learning.includes(g.id) || q.review.includes(g.id) || q.fresh.includes(g.id)))
			this.#steps.show(g.id, g.now);
		s.error = e instanceof Error ? e.message : String(e);
	}

	/** A cram answer: logged as cram, the card's state untouched; an Again comes back at the end of the set. */
	cram(id: string, grade: Grade, now: number, durationMs: number): void {
		const s = this.#session;
		try {
			this.#steps.day().cram!.record({ cardId: id, at: reviewTime(now).getTime(), rating: grade, durationMs });
		} catch (e) {
			s.error = e instanceof Error ? e.message : String(e);
			return;
		}
		s.error = null;
		s.queue = { ...s.queue, fresh: afterCram(s.queue.fresh, id, grade) };
		this.#counted(grade, durationMs);
		this.#steps.next(now);
	}

	#counted(grade: Grade, durationMs: number): void {
		const s = this.#session;
		s.graded++;
		s.tally = { ...s.tally, [grade]: s.tally[grade] + 1 };
		s.timeSpentMs += durationMs;
	}

	/**
	 * Takes back the last grade made in this tab: the store restores the card's previous state (or refuses, if
	 * another tab graded it since) and the card is shown again.
	 */
	undo(now: number): void {
		const s = this.#session;
		const { store } = this.#steps;
		// A grade not yet written is written, so undo takes back exactly the last grade (a refused one is already undone).
		if (!this.flush()) return;
		const undone = store.undo(s.deck.id);
		if (!undone) return;
		if (!undone.ok) {
			s.error = undone.message;
			s.reload(now);
			return;
		}
		s.error = null;
		if (s.graded > 0) {
			s.graded--;
			s.tally = { ...s.tally, [undone.rating]: Math.max(0, s.tally[undone.rating] - 1) };
		}
		this.#steps.rebuild(store.loadToday(s.deck.id, now), now, null);
		this.#steps.show(undone.cardId, now);
	}
}
