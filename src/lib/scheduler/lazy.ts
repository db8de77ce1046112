/**
 * The scheduler (ts-fsrs, about 7 KB gzip) as something loaded when first needed. The study page shows its first card
 * from stored due dates alone, so it loads the scheduler after that card is on screen (or at once for a briefing,
 * which plans the queue with it); grading and the interval labels wait for it if a learner is quicker.
 *
 * Importing fsrs.ts provides the scheduler at once, so storage code that must replay reviews — rebuilding a damaged
 * chunk — finds it through `needScheduler` wherever it already is. The root layout's load loads it before every page
 * but the study page renders (src/routes/+layout.ts); the study page loads it itself, before any read that needs it.
 */
import type { Card, FSRS, Grade } from 'ts-fsrs';
import type { SchedulerSettings } from './settings';
import type * as Kit from './kit';

/** What storage needs of the scheduler, provided by fsrs.ts when it loads. */
export interface Scheduler {
	makeScheduler(s: SchedulerSettings): FSRS;
	gradeCard(f: FSRS, card: Card, now: number, grade: Grade): Card;
	previewGrades(f: FSRS, card: Card, now: number): Record<Grade, Card>;
}

/** What the study session needs: the scheduler and the briefing-day queue built on it. */
export type SchedulerKit = typeof Kit;

/** Thrown by code that needs the scheduler before it is loaded; the caller loads it and tries again. */
export class SchedulerNotLoadedError extends Error {
	override name = 'SchedulerNotLoadedError';
}

let provided: Scheduler | null = null;
let kit: SchedulerKit | null = null;
let pending: Promise<SchedulerKit> | null = null;

export function provideScheduler(s: Scheduler): void {
	provided = s;
}

/** The scheduler, or an error naming what needed it when it is not loaded yet. */
export function needScheduler(what: string): Scheduler {
	if (!provided) throw new SchedulerNotLoadedError(`${what} needs the scheduler: await loadScheduler() first`);
	return provided;
}

/** The kit if it has loaded, else null. */
export function schedulerKit(): SchedulerKit | null {
	return kit;
}

/** Loads the kit (once; a failed load, e.g. offline before the app was cached, is tried again on the next call). */
export function loadScheduler(): Promise<SchedulerKit> {
	pending ??= import('./kit').then((k) => (kit = k));
	pending.catch(() => (pending = null));
	return pending;
}
