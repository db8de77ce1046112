/**
 * Per-deck settings as stored: validated on every read, with a default for each missing field so settings saved by
 * an older version still load. Field meanings are documented on SchedulerSettings (scheduler/settings.ts), which
 * this type matches.
 */
import * as v from 'valibot';
import type { StepUnit } from 'ts-fsrs';
import { ANSWER_MODES, type SchedulerSettings } from '../scheduler/settings';

const Step = v.custom<StepUnit>(
	(x) => typeof x === 'string' && /^\d+(\.\d+)?[mhd]$/.test(x),
	'must be a step such as 1m, 10m, 1h or 1d'
);
const Int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const DeckSettingsSchema = v.object({
	desiredRetention: v.optional(v.pipe(v.number(), v.minValue(0.7), v.maxValue(0.99)), 0.9),
	maximumInterval: v.optional(Int(1, 36500), 36500),
	enableFuzz: v.optional(v.boolean(), true),
	learningSteps: v.optional(v.array(Step), () => ['1m', '10m'] as StepUnit[]),
	relearningSteps: v.optional(v.array(Step), () => ['10m'] as StepUnit[]),
	newPerDay: v.optional(Int(0, 9999), 20),
	reviewsPerDay: v.optional(Int(0, 99999), 200),
	dayStartsAt: v.optional(Int(0, 23), 4),
	// No stored default: settings saved without it keep reading as before, and the study screen treats absent as auto.
	answerMode: v.optional(v.picklist(ANSWER_MODES))
});

export type DeckSettings = v.InferOutput<typeof DeckSettingsSchema>;

/** Compile-time check that stored settings can drive the scheduler unchanged. */
export const asSchedulerSettings = (s: DeckSettings): SchedulerSettings => s;

export function defaultSettings(): DeckSettings {
	return v.parse(DeckSettingsSchema, {});
}
