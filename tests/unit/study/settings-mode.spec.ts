import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ANSWER_MODES, DEFAULT_SETTINGS } from '../../../src/lib/scheduler/settings';
import { fromFields, toFields } from '../../../src/lib/scheduler/settings-form';
import { DeckSettingsSchema } from '../../../src/lib/storage/settings';

describe('the answer mode as a deck setting', () => {
	it('defaults to auto', () => {
		expect(DEFAULT_SETTINGS.answerMode).toBe('auto');
	});

	it.each(ANSWER_MODES)('round-trips %s through the settings form', (mode) => {
		expect(fromFields(toFields({ ...DEFAULT_SETTINGS, answerMode: mode }))).toEqual({
			ok: true,
			settings: { ...DEFAULT_SETTINGS, answerMode: mode }
		});
	});

	it('reads settings saved before the mode existed as auto', () => {
		const { answerMode: _, ...old } = DEFAULT_SETTINGS;
		expect(toFields(old).answerMode).toBe('auto');
		expect(v.parse(DeckSettingsSchema, {}).answerMode).toBeUndefined();
	});

	it.each(['', 'flip', 'Typed'])('refuses the mode "%s"', (mode) => {
		const result = fromFields({ ...toFields(DEFAULT_SETTINGS), answerMode: mode });
		expect(result.ok ? null : result.errors.answerMode).toBe('Answer mode must be one of auto, reveal, typed, choice');
	});

	it('stores a chosen mode and refuses an unknown one', () => {
		expect(v.parse(DeckSettingsSchema, { answerMode: 'choice' }).answerMode).toBe('choice');
		expect(v.safeParse(DeckSettingsSchema, { answerMode: 'flip' }).success).toBe(false);
	});
});
