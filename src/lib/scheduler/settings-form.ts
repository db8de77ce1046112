/**
 * Turns the settings form's text fields into settings, with a message per field a learner can act on.
 */
import type { StepUnit } from 'ts-fsrs';
import { ANSWER_MODES, STEP_PATTERN, type AnswerMode, type SchedulerSettings } from './settings';

export type SettingsFields = Record<keyof SchedulerSettings, string>;

const isMode = (value: string): value is AnswerMode => (ANSWER_MODES as readonly string[]).includes(value);

export function toFields(s: SchedulerSettings): SettingsFields {
	return {
		desiredRetention: String(Math.round(s.desiredRetention * 100)),
		maximumInterval: String(s.maximumInterval),
		enableFuzz: s.enableFuzz ? 'on' : '',
		learningSteps: s.learningSteps.join(' '),
		relearningSteps: s.relearningSteps.join(' '),
		newPerDay: String(s.newPerDay),
		reviewsPerDay: String(s.reviewsPerDay),
		dayStartsAt: String(s.dayStartsAt),
		answerMode: s.answerMode ?? 'auto'
	};
}

function int(value: string, min: number, max: number, label: string): number | string {
	const n = Number(value.trim());
	if (value.trim() === '' || !Number.isInteger(n)) return `${label} must be a whole number`;
	if (n < min || n > max) return `${label} must be between ${min} and ${max}`;
	return n;
}

function steps(value: string, label: string): StepUnit[] | string {
	const parts = value
		.trim()
		.split(/[\s,]+/)
		.filter(Boolean);
	const bad = parts.find((p) => !STEP_PATTERN.test(p) || parseFloat(p) <= 0);
	if (bad) return `${label}: “${bad}” is not a step — write steps like 1m 10m 1h 1d`;
	return parts as StepUnit[];
}

/** Parses the fields; returns the settings or, per field, what is wrong. */
export function fromFields(
	f: SettingsFields
): { ok: true; settings: SchedulerSettings } | { ok: false; errors: Partial<SettingsFields> } {
	const errors: Partial<SettingsFields> = {};
	const retention = int(f.desiredRetention, 70, 99, 'Desired retention');
	const maximumInterval = int(f.maximumInterval, 1, 36500, 'Maximum interval');
	const learningSteps = steps(f.learningSteps, 'Learning steps');
	const relearningSteps = steps(f.relearningSteps, 'Relearning steps');
	const newPerDay = int(f.newPerDay, 0, 9999, 'New cards per day');
	const reviewsPerDay = int(f.reviewsPerDay, 0, 99999, 'Reviews per day');
	const dayStartsAt = int(f.dayStartsAt, 0, 23, 'Next day starts at');
	const all = {
		desiredRetention: retention,
		maximumInterval,
		learningSteps,
		relearningSteps,
		newPerDay,
		reviewsPerDay,
		dayStartsAt
	};
	for (const [k, v] of Object.entries(all)) if (typeof v === 'string') errors[k as keyof SettingsFields] = v;
	// The mode is itself text, so it is checked apart from the fields above, whose text results are messages.
	const answerMode = isMode(f.answerMode) ? f.answerMode : null;
	if (!answerMode) errors.answerMode = `Answer mode must be one of ${ANSWER_MODES.join(', ')}`;
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		settings: {
			desiredRetention: (retention as number) / 100,
			maximumInterval: maximumInterval as number,
			enableFuzz: f.enableFuzz === 'on',
			learningSteps: learningSteps as StepUnit[],
			relearningSteps: relearningSteps as StepUnit[],
			newPerDay: newPerDay as number,
			reviewsPerDay: reviewsPerDay as number,
			dayStartsAt: dayStartsAt as number,
			answerMode: answerMode as AnswerMode
		}
	};
}
