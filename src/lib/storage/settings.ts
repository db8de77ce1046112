/**
 * Per-deck settings as stored: validated on every read, with a default for each missing field so settings saved by
 * an older version still load. Field meanings are documented on SchedulerSettings (scheduler/settings.ts), which
 * this type matches.
 */
import * as v from 'valibot';
import type { StepUnit } from 'ts-fsrs';
import { ANSWER_MODES, DEFAULT_SETTINGS as D, STEP_PATTERN, type SchedulerSettings } from '../scheduler/settings';

/** A step longer than the longest interval (36,500 days) cannot be scheduled: its due date is out of range. */
const STEP_MAX_MINUTES = 36_500 * 1440;
const MINUTES = { m: 1, h: 60, d: 1440 } as const;
const Step = v.custom<StepUnit>(
	(x) =>
		typeof x === 'string' &&
		STEP_PATTERN.test(x) &&
		parseFloat(x) * MINUTES[x.slice(-1) as keyof typeof MINUTES] <= STEP_MAX_MINUTES,
	'must be a step such as 1m, 10m, 1h or 1d, of at most 36500d'
);
const Int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

// Missing fields take the scheduler's defaults, so the two can never drift apart.
export const DeckSettingsSchema = v.object({
	desiredRetention: v.optional(v.pipe(v.number(), v.minValue(0.7), v.maxValue(0.99)), D.desiredRetention),
	maximumInterval: v.optional(Int(1, 36500), D.maximumInterval),
	enableFuzz: v.optional(v.boolean(), D.enableFuzz),
	learningSteps: v.optional(v.array(Step), () => [...D.learningSteps]),
	relearningSteps: v.optional(v.array(Step), () => [...D.relearningSteps]),
	newPerDay: v.optional(Int(0, 9999), D.newPerDay),
	reviewsPerDay: v.optional(Int(0, 99999), D.reviewsPerDay),
	dayStartsAt: v.optional(Int(0, 23), D.dayStartsAt),
	// No stored default: settings saved without it keep reading as before, and the study screen treats absent as auto.
	answerMode: v.optional(v.picklist(ANSWER_MODES))
});

export type DeckSettings = v.InferOutput<typeof DeckSettingsSchema>;

/** Compile-time check that stored settings can drive the scheduler unchanged. */
export const asSchedulerSettings = (s: DeckSettings): SchedulerSettings => s;

export function defaultSettings(): DeckSettings {
	return v.parse(DeckSettingsSchema, {});
}
