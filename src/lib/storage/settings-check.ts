/**
 * Reading stored settings without a validation library. Every page reads a deck's settings before it can show
 * anything (the study screen before its first card), so the check that runs on that read is a few lines of plain code
 * rather than valibot, which would put its runtime on every page's critical path. The rules themselves live here once:
 * `DeckSettingsSchema` (settings.ts), used where a message must name what is wrong (imports), is built from the same
 * bounds, step rule and message, and tests/unit/storage/settings-check.spec.ts feeds both the same values and holds
 * them to the same verdict, the same field and the same result.
 */
import type { StepUnit } from 'ts-fsrs';
import { ANSWER_MODES, DEFAULT_SETTINGS as D, STEP_PATTERN, type SchedulerSettings } from '../scheduler/settings';

/** A step longer than the longest interval (36,500 days) cannot be scheduled: its due date is out of range. */
const STEP_MAX_MINUTES = 36_500 * 1440;
const MINUTES = { m: 1, h: 60, d: 1440 } as const;

export const STEP_MESSAGE = 'must be a step such as 1m, 10m, 1h or 1d, of at most 36500d';

export function isStep(x: unknown): x is StepUnit {
	return (
		typeof x === 'string' &&
		STEP_PATTERN.test(x) &&
		parseFloat(x) * MINUTES[x.slice(-1) as keyof typeof MINUTES] <= STEP_MAX_MINUTES
	);
}

/** Inclusive bounds of the numeric settings; `whole` ones must be integers. */
export const SETTING_BOUNDS = {
	desiredRetention: { min: 0.7, max: 0.99, whole: false },
	maximumInterval: { min: 1, max: 36500, whole: true },
	newPerDay: { min: 0, max: 9999, whole: true },
	reviewsPerDay: { min: 0, max: 99999, whole: true },
	dayStartsAt: { min: 0, max: 23, whole: true }
} as const;

/** Settings as stored: the scheduler's, whose answer mode is absent in settings saved before answer modes. */
export type DeckSettings = SchedulerSettings;

type Key = keyof DeckSettings;
type Rule = { ok: (x: unknown) => boolean; fallback?: () => unknown };

const inBounds = (key: keyof typeof SETTING_BOUNDS) => (x: unknown) => {
	const b = SETTING_BOUNDS[key];
	return typeof x === 'number' && !Number.isNaN(x) && (!b.whole || Number.isInteger(x)) && x >= b.min && x <= b.max;
};
const steps = (x: unknown) => Array.isArray(x) && x.every(isStep);

// In the stored order. Missing fields take the scheduler's defaults, so the two can never drift apart; the answer mode
// has none (absent reads as auto, and settings saved without it keep reading as before).
const RULES: Record<Key, Rule> = {
	desiredRetention: { ok: inBounds('desiredRetention'), fallback: () => D.desiredRetention },
	maximumInterval: { ok: inBounds('maximumInterval'), fallback: () => D.maximumInterval },
	enableFuzz: { ok: (x) => typeof x === 'boolean', fallback: () => D.enableFuzz },
	learningSteps: { ok: steps, fallback: () => [...D.learningSteps] },
	relearningSteps: { ok: steps, fallback: () => [...D.relearningSteps] },
	newPerDay: { ok: inBounds('newPerDay'), fallback: () => D.newPerDay },
	reviewsPerDay: { ok: inBounds('reviewsPerDay'), fallback: () => D.reviewsPerDay },
	dayStartsAt: { ok: inBounds('dayStartsAt'), fallback: () => D.dayStartsAt },
	answerMode: { ok: (x) => x === undefined || (ANSWER_MODES as readonly unknown[]).includes(x) }
};

export type SettingsCheck = { ok: true; settings: DeckSettings } | { ok: false; field: Key | null };

/**
 * Checks a stored value as `DeckSettingsSchema` does: an object (fields it does not know are dropped), each known
 * field absent or undefined (then its default) or valid; `field` names the first that is not (null: not an object).
 * Arrays are copied, so the result shares nothing with the input.
 */
export function checkSettings(value: unknown): SettingsCheck {
	if (!value || typeof value !== 'object') return { ok: false, field: null };
	const input = value as Record<string, unknown>;
	const out: Record<string, unknown> = {};
	for (const key of Object.keys(RULES) as Key[]) {
		const rule = RULES[key];
		if (!(key in input) && !rule.fallback) continue;
		const x = key in input ? input[key] : undefined;
		if (x === undefined) out[key] = rule.fallback?.();
		else if (rule.ok(x)) out[key] = Array.isArray(x) ? [...(x as unknown[])] : x;
		else return { ok: false, field: key };
	}
	return { ok: true, settings: out as unknown as DeckSettings };
}

export function defaultSettings(): DeckSettings {
	return (checkSettings({}) as { settings: DeckSettings }).settings;
}
