/** Date rows of the checker's table: forms, precision, weekdays, numeric dates read both ways. */
import { group, type Case } from './make';

const CROCUS = '22 March 2024';

const forms = group('dates in any common form', 'date', [
	// Byman: "the Crocus City Hall theater in Moscow on March 22" (a Friday).
	[CROCUS, '22 March 2024', 'correct'],
	[CROCUS, 'March 22, 2024', 'correct'],
	[CROCUS, '22/3/2024', 'correct'],
	[CROCUS, '3/22/2024', 'correct'],
	[CROCUS, '2024-03-22', 'correct'],
	[CROCUS, 'Friday 22 March 2024', 'correct'],
	[CROCUS, '22nd of March 2024', 'correct'],
	[CROCUS, 'Mar 22 2024', 'correct'],
	[CROCUS, 'Friday, March 22nd, 2024', 'correct'],
	[CROCUS, '22.03.2024', 'correct'],
	[CROCUS, "22 Mar '24", 'correct'],
	[CROCUS, 'the 22nd of March, 2024', 'correct'],
	[CROCUS, 'Fri 22 Mar 2024', 'correct'],
	[CROCUS, '23 March 2024', 'close', { reason: /Right month and year, wrong day \(expected 22 March 2024\)/ }],
	[CROCUS, '21 March 2024', 'close'],
	[CROCUS, '3/23/2024', 'close'],
	[CROCUS, 'March 2024', 'close', { reason: /Right month and year/ }],
	[CROCUS, '2024', 'close'],
	[CROCUS, 'January 2024', 'wrong', { reason: /Wrong month/ }],
	[CROCUS, '22 May 2024', 'wrong', { reason: /Wrong month/ }],
	[CROCUS, '22 March', 'close', { reason: /year/ }],
	[CROCUS, '23 March 2019', 'wrong'],
	[CROCUS, '22 March 2023', 'wrong'],
	[CROCUS, 'March 2019', 'wrong'],
	[CROCUS, '2019', 'wrong'],
	[CROCUS, '23 March', 'wrong'],
	[CROCUS, 'Friday', 'wrong', { reason: /Not a date/ }],
	[CROCUS, 'yesterday', 'wrong'],
	[CROCUS, '31 February 2024', 'wrong'],
	[CROCUS, '22/13/2024', 'wrong'],
	// Baghuz: "on March 23, 2019 pushed the armed group out of Baghuz".
	['23 March 2019', 'March 23, 2019', 'correct'],
	['23 March 2019', '23/03/2019', 'correct'],
	['23 March 2019', 'Saturday 23 March 2019', 'correct'],
	['23 March 2019', '22 March 2019', 'close'],
	['23 March 2019', '2019', 'close'],
	['23 March 2019', '23 March 2024', 'wrong'],
	['23 March 2019', 'March 23, 2018', 'wrong']
]);

const weekdays = group('a weekday that contradicts the date', 'date', [
	[CROCUS, 'Saturday 22 March 2024', 'close', { reason: /22 March 2024 was a Friday, not a Saturday/ }],
	[CROCUS, 'Thursday, March 22, 2024', 'close', { reason: /was a Friday/ }],
	[CROCUS, 'Thursday 21 March 2024', 'close', { reason: /wrong day/ }],
	['23 March 2019', 'Sunday 23 March 2019', 'close', { reason: /was a Saturday/ }],
	[CROCUS, 'Friday 22 March 2024', 'correct'],
	[CROCUS, 'Monday 23 March 2019', 'wrong', { reason: /was a Saturday/ }]
]);

const precision = group('precision', 'date', [
	// ISIS-K "formally emerged in the Afghanistan-Pakistan area in 2015".
	['2015', '2015', 'correct'],
	['2015', 'in 2015', 'correct'],
	['2015', 'January 2015', 'correct'],
	['2015', "'15", 'correct'],
	['2015', '2014', 'wrong'],
	['2015', '2016', 'wrong'],
	// "the Taliban, took control of that nation in August 2021".
	['August 2021', 'August 2021', 'correct'],
	['August 2021', 'Aug 2021', 'correct'],
	['August 2021', '15 August 2021', 'correct'],
	['August 2021', '8/2021', 'correct'],
	['August 2021', '2021-08', 'correct'],
	['August 2021', 'July 2021', 'wrong', { reason: /Wrong month/ }],
	['August 2021', '2021', 'close'],
	['August 2021', 'August 2020', 'wrong'],
	// Kabul maternity ward, "In May 2020".
	['May 2020', 'May 2020', 'correct'],
	['May 2020', 'May 12, 2020', 'correct'],
	['May 2020', 'June 2020', 'wrong'],
	['May 2020', 'May', 'close'],
	['May 2020', 'May 2021', 'wrong'],
	['May 2020', 'maybe', 'wrong'],
	// Pakistan election rally, "last July" from March 2024.
	['July 2023', 'July 2023', 'correct'],
	['July 2023', '30 July 2023', 'correct'],
	['July 2023', 'June 2023', 'wrong'],
	['July 2023', 'July 2024', 'wrong'],
	// al-Zawahiri killed "in July 2022"; ISIL lost 95 percent "by the end of 2017".
	['July 2022', '31 July 2022', 'correct'],
	['July 2022', '2022', 'close'],
	['July 2022', 'July 2021', 'wrong'],
	['2017', 'by the end of 2017', 'correct'],
	['2017', 'December 2017', 'correct'],
	['2017', '2018', 'wrong'],
	// The card's precision overrides how the answer is written, never finer than it.
	[CROCUS, 'March 2024', 'correct', { precision: 'month' }],
	[CROCUS, '23 March 2024', 'correct', { precision: 'month' }],
	[CROCUS, 'April 2024', 'wrong', { precision: 'month' }],
	[CROCUS, '2024', 'close', { precision: 'month' }],
	[CROCUS, '2024', 'correct', { precision: 'year' }],
	[CROCUS, '2023', 'wrong', { precision: 'year' }],
	['March 2024', '22 March 2024', 'correct', { precision: 'day' }]
]);

const ambiguous = group('numeric dates read both ways', 'date', [
	// Byman's post is dated "1 April 2024": 4/1 is 1 April month first, 1/4 is 1 April day first.
	['1 April 2024', '4/1/2024', 'correct', { reason: /month first/ }],
	['1 April 2024', '1/4/2024', 'correct', { reason: /day first/ }],
	['1 April 2024', '1/4/24', 'correct'],
	['1 April 2024', '4/2/2024', 'close', { reason: /Right month and year, wrong day .*month first/ }],
	['1 April 2024', '5/6/2024', 'wrong', { reason: /Wrong month/ }],
	['1 April 2024', '5/6/2023', 'wrong'],
	['March 2024', '3/4/2024', 'correct', { reason: /month first/ }],
	['March 2024', '4/5/2024', 'wrong'],
	['March 2024', '2024', 'close'],
	['March 2024', '4/5/2023', 'wrong']
]);

export const DATE_CASES: Case[] = [...forms, ...weekdays, ...precision, ...ambiguous];
