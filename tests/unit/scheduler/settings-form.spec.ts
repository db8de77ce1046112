import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/lib/scheduler/settings';
import { fromFields, toFields } from '../../../src/lib/scheduler/settings-form';

describe('settings form', () => {
	it('round-trips the defaults', () => {
		expect(fromFields(toFields(DEFAULT_SETTINGS))).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
	});

	it.each([
		['desiredRetention', '100', 'Desired retention must be between 70 and 99'],
		['desiredRetention', 'ninety', 'Desired retention must be a whole number'],
		['dayStartsAt', '24', 'Next day starts at must be between 0 and 23'],
		['newPerDay', '-1', 'New cards per day must be between 0 and 9999'],
		['learningSteps', '1m 10x', 'Learning steps: “10x” is not a step — write steps like 1m 10m 1h 1d'],
		['maximumInterval', '', 'Maximum interval must be a whole number']
	] as const)('rejects %s = "%s"', (field, value, message) => {
		const result = fromFields({ ...toFields(DEFAULT_SETTINGS), [field]: value });
		expect(result.ok ? null : result.errors[field]).toBe(message);
	});

	it('reads retention as a percentage and steps separated by spaces or commas', () => {
		const result = fromFields({
			...toFields(DEFAULT_SETTINGS),
			desiredRetention: '85',
			learningSteps: '1m, 10m,1h',
			enableFuzz: ''
		});
		expect(result.ok && result.settings).toMatchObject({
			desiredRetention: 0.85,
			learningSteps: ['1m', '10m', '1h'],
			enableFuzz: false
		});
	});
});
