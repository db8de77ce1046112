/**
 * What a learner can set per deck. Defaults follow Anki's FSRS defaults where they exist, so an Anki user finds the
 * schedule they expect.
 */
import type { StepUnit } from 'ts-fsrs';

/**
 * How cards are answered: `reveal` shows the answer for a self-grade, `typed` asks for the answer to be typed,
 * `choice` offers the answer among distractors, and `auto` picks per card — multiple choice while a card is new or
 * in its learning steps, typed once it is in review — so recognition comes first and recall is asked for after.
 */
export const ANSWER_MODES = ['auto', 'reveal', 'typed', 'choice'] as const;
export type AnswerMode = (typeof ANSWER_MODES)[number];

export interface SchedulerSettings {
	/** Probability of recall FSRS aims for when it picks an interval (0.70–0.99). */
	desiredRetention: number;
	/** Longest interval in days. */
	maximumInterval: number;
	/** Spread review intervals a little so cards learned together do not come due together. */
	enableFuzz: boolean;
	learningSteps: StepUnit[];
	relearningSteps: StepUnit[];
	/** New cards introduced per study day. */
	newPerDay: number;
	/** Reviews shown per study day (learning steps are never held back). */
	reviewsPerDay: number;
	/** Local hour at which the study day rolls over, as in Anki (04:00 keeps a late-night session in "today"). */
	dayStartsAt: number;
	/** How cards are answered (see ANSWER_MODES). Absent in settings saved before answer modes existed: `auto`. */
	answerMode?: AnswerMode;
}

/** A learning or relearning step: a positive number of minutes, hours or days ("1m", "10m", "1h", "1d"). */
export const STEP_PATTERN = /^\d+(\.\d+)?[mhd]$/;

export const DEFAULT_SETTINGS: SchedulerSettings = {
	desiredRetention: 0.9,
	maximumInterval: 36500,
	enableFuzz: true,
	learningSteps: ['1m', '10m'],
	relearningSteps: ['10m'],
	newPerDay: 20,
	reviewsPerDay: 200,
	dayStartsAt: 4,
	answerMode: 'auto'
};
