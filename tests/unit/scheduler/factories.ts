import { createEmptyCard, State, type Card } from 'ts-fsrs';
import { DEFAULT_SETTINGS, type SchedulerSettings } from '../../../src/lib/scheduler/settings';

/** Local time in the pinned zone (Europe/Moscow, UTC+3). */
export const at = (iso: string) => new Date(iso).getTime();

export function makeSettings(over: Partial<SchedulerSettings> = {}): SchedulerSettings {
	return { ...DEFAULT_SETTINGS, enableFuzz: false, ...over };
}

export function makeCard(over: Partial<Card> & { due: Date }): Card {
	return { ...createEmptyCard(new Date(0)), ...over };
}

export function reviewCard(dueIso: string, reps = 3): Card {
	return makeCard({
		state: State.Review,
		due: new Date(dueIso),
		stability: 5,
		difficulty: 5,
		reps,
		last_review: new Date(0),
		scheduled_days: 5
	});
}

export function learningCard(dueIso: string, reps = 1): Card {
	return makeCard({
		state: State.Learning,
		due: new Date(dueIso),
		stability: 1,
		difficulty: 5,
		reps,
		last_review: new Date(0),
		learning_steps: 1
	});
}
