import { describe, expect, it } from 'vitest';
import { entryStamp } from '../../../src/lib/lang/clock';

describe('the time a live entry was posted', () => {
	it.each<[string, string, string | undefined]>([
		['a 24-hour time and a zone', '10.42 GMT Today’s attack comes eight days after another.', '10:42'],
		['a 24-hour time with a colon, then the entry', '17:05 Police say the gunman is dead.', '17:05'],
		['a 12-hour time glued to "pm"', '9.40pm Bombs went off near the shrine.', '21:40'],
		['"a.m." with a space', '8:15 a.m. A second blast was heard.', '08:15'],
		['noon and midnight in 12-hour time', '12.05am The toll rose again.', '00:05'],
		['"Updated" before the stamp', 'Updated 14:05 — The ministry gave a new count.', '14:05'],
		['a count is no stamp', '52 people were killed, officials said.', undefined],
		['a date is no stamp', '10.12 2016 was a Saturday.', undefined],
		['a time inside the entry is not its stamp', 'Police said the blast came at 9.40pm.', undefined],
		['a stamp with its weekday', 'Sat 22:45 - Two blasts are heard near the stadium.', '22:45'],
		['a stamp with its weekday written out', 'Sunday, 09:10 - The minister gives a new count.', '09:10']
	])('%s', (_why, paragraph, expected) => {
		expect(entryStamp(paragraph, '2016-12-11')?.time).toBe(expected);
	});
});

describe('the day a live entry was posted, from its stamp’s weekday', () => {
	it.each<[string, string, string, string | undefined]>([
		['the day before a Sunday page', 'Sat 22:45 - Two blasts are heard.', '2016-12-11', '2016-12-10'],
		['the page’s own day', 'Sun 17:30 - New figures.', '2016-12-11', '2016-12-11'],
		['the day after a page dated by its first entry', 'Sun 10:10 - New figures.', '2016-12-10', '2016-12-11'],
		['three days back at most', 'Thu 08:00 - Schools stay shut.', '2016-12-11', '2016-12-08'],
		['a stamp with no weekday', '17:30 - New figures.', '2016-12-11', undefined],
		['a weekday with no stamp', 'Sat was the worst night.', '2016-12-11', undefined],
		['a capitalised word that is no weekday', 'March 8 - Gunmen attacked.', '2016-12-11', undefined],
		// (Review 44, BT 02: the date written after the weekday.)
		[
			'a weekday and its date',
			'Saturday 10 December 2016, 23:50 EAT\nOfficials now say 53 died.',
			'2016-12-11',
			'2016-12-10'
		],
		[
			'a weekday and its date, the month first',
			'Saturday, December 10, 23:50 - New figures.',
			'2016-12-11',
			'2016-12-10'
		]
	])('%s', (_why, paragraph, published, expected) => {
		expect(entryStamp(paragraph, published)?.day).toBe(expected);
	});
});

describe('a stamp on a line of its own, the entry in the paragraph after it', () => {
	it.each<[string, string, string, string | undefined]>([
		['the stamp alone', 'Updated 9.40pm', 'Police say the toll has risen.', '21:40'],
		[
			'the stamp and a headline after a dash (review 23, r02)',
			'Updated 10.40pm — Toll rises to 207',
			'Police say 207 people are now confirmed dead.',
			'22:40'
		],
		['a stamp and a zone', '14:05 GMT', 'The ministry gave a new count.', '14:05'],
		[
			'a stamp before a whole sentence is that entry’s own',
			'9.05pm — Police arrested 13 people.',
			'More to come.',
			undefined
		]
	])('%s', (_why, above, paragraph, expected) => {
		expect(entryStamp(paragraph, '2019-04-21', above)?.time).toBe(expected);
	});
});
