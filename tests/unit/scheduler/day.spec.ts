import { describe, expect, it } from 'vitest';
import { studyDayEnd, studyDayStart } from '../../../src/lib/scheduler/day';
import { at } from './factories';

describe('study day (time zone pinned to Europe/Moscow, UTC+3)', () => {
	it.each([
		[
			'mid-afternoon belongs to today',
			'2024-03-22T15:00:00+03:00',
			4,
			'2024-03-22T04:00:00+03:00',
			'2024-03-23T04:00:00+03:00'
		],
		[
			'01:30 still belongs to yesterday',
			'2024-03-23T01:30:00+03:00',
			4,
			'2024-03-22T04:00:00+03:00',
			'2024-03-23T04:00:00+03:00'
		],
		[
			'exactly 04:00 starts a new day',
			'2024-03-23T04:00:00+03:00',
			4,
			'2024-03-23T04:00:00+03:00',
			'2024-03-24T04:00:00+03:00'
		],
		[
			'midnight rollover when set to 0',
			'2024-03-23T00:10:00+03:00',
			0,
			'2024-03-23T00:00:00+03:00',
			'2024-03-24T00:00:00+03:00'
		],
		['end of month', '2024-03-31T23:00:00+03:00', 4, '2024-03-31T04:00:00+03:00', '2024-04-01T04:00:00+03:00']
	])('%s', (_what, now, hour, start, end) => {
		expect(studyDayStart(at(now), hour)).toBe(at(start));
		expect(studyDayEnd(at(now), hour)).toBe(at(end));
	});
});
