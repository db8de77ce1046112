/**
 * Per-deck settings as a valibot schema, for the readers that must say what is wrong and where (a backup's settings
 * on import). Stored settings are read with `checkSettings` (settings-check.ts), which holds the same rules without the
 * library; this schema is built from its bounds, step rule and message, and a test holds the two to the same verdicts.
 * Field meanings are documented on SchedulerSettings (scheduler/settings.ts), which both types match.
 */
import * as v from 'valibot';
import type { StepUnit } from 'ts-fsrs';
import { ANSWER_MODES, DEFAULT_SETTINGS as D, type SchedulerSettings } from '../scheduler/settings';
import { SETTING_BOUNDS, STEP_MESSAGE, isStep, type DeckSettings } from './settings-check';

export { defaultSettings, type DeckSettings } from './settings-check';

const Step = v.custom<StepUnit>(isStep, STEP_MESSAGE);
const Bounded = (key: keyof typeof SETTING_BOUNDS) => {
	const { min, max, whole } = SETTING_BOUNDS[key];
	return whole
		? v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max))
		: v.pipe(v.number(), v.minValue(min), v.maxValue(max));
};

// Missing fields take the scheduler's defaults, so the two can never drift apart.
export const DeckSettingsSchema = v.object({
	desiredRetention: v.optional(Bounded('desiredRetention'), D.desiredRetention),
	maximumInterval: v.optional(Bounded('maximumInterval'), D.maximumInterval),
	enableFuzz: v.optional(v.boolean(), D.enableFuzz),
	learningSteps: v.optional(v.array(Step), () => [...D.learningSteps]),
	relearningSteps: v.optional(v.array(Step), () => [...D.relearningSteps]),
	newPerDay: v.optional(Bounded('newPerDay'), D.newPerDay),
	reviewsPerDay: v.optional(Bounded('reviewsPerDay'), D.reviewsPerDay),
	dayStartsAt: v.optional(Bounded('dayStartsAt'), D.dayStartsAt),
	// No stored default: settings saved without it keep reading as before, and the study screen treats absent as auto.
	answerMode: v.optional(v.picklist(ANSWER_MODES))
});

/** Compile-time checks: the schema reads exactly the stored type, and stored settings drive the scheduler unchanged. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SchemaMatchesStoredSettings = Assert<Same<v.InferOutput<typeof DeckSettingsSchema>, DeckSettings>>;
export const asSchedulerSettings = (s: DeckSettings): SchedulerSettings => s;
