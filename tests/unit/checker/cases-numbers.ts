/** Number rows of the checker's table: tolls, figures, percentages, tolerances (facts from /work/shared/briefings). */
import { group, type Case } from './make';

const KABUL_AIRPORT = 'at least 175 civilians and 13 US soldiers';

const numbers = group('numbers', 'toll', [
	// Crocus City Hall: "More than 130 people have been killed".
	['more than 130', 'more than 130', 'correct', { reason: /^Correct$/ }],
	['more than 130', '130', 'correct', { reason: /Right number; the source says more than 130/ }],
	['more than 130', '130+', 'correct'],
	['more than 130', 'over 130', 'correct'],
	['more than 130', '131', 'correct'],
	['more than 130', 'one hundred and thirty', 'correct'],
	['more than 130', 'about 130', 'correct'],
	['more than 130', 'at least 130', 'correct'],
	['more than 130', 'More than 130 people', 'correct'],
	['more than 130', 'roughly 130', 'correct'],
	['more than 130', '  130  ', 'correct'],
	['more than 130', 'nearly 130', 'close', { reason: /Right number, but the source says more than 130/ }],
	['more than 130', 'less than 130', 'close'],
	['more than 130', 'under 130', 'close'],
	['more than 130', '120', 'close'],
	['more than 130', '150', 'close'],
	['more than 130', '310', 'wrong'],
	['more than 130', '13', 'wrong'],
	['more than 130', '100', 'wrong'],
	['more than 130', '200', 'wrong'],
	['more than 130', 'more than 100', 'wrong'],
	['more than 130', 'one hundered and thirty', 'wrong'],
	['more than 130', 'many', 'wrong', { reason: /No number/ }],
	// "over 100 others have been injured".
	['over 100', '100', 'correct'],
	['over 100', '100+', 'correct'],
	['over 100', 'a hundred', 'correct'],
	['over 100', 'over a hundred', 'correct'],
	['over 100', 'more than 100', 'correct'],
	['over 100', '105', 'correct'],
	['over 100', 'over 90', 'close'],
	['over 100', 'nearly 100', 'close'],
	['over 100', '130', 'wrong'],
	['over 100', '50', 'wrong'],
	// Kerman: "killed more than 90 people and injured nearly 300 others" (Al Jazeera); "almost 100" (Byman).
	['more than 90', '90', 'correct'],
	['more than 90', 'ninety', 'correct'],
	['more than 90', 'almost 100', 'close'],
	['more than 90', 'almost 100', 'correct', { accept: ['almost 100'], reason: /Accepted/ }],
	['more than 90', 'nearly 100', 'correct', { accept: ['almost 100'] }],
	['more than 90', 'nearly 300', 'wrong'],
	['more than 90', 'more than 50', 'wrong'],
	['nearly 300', '300', 'correct'],
	['nearly 300', 'almost 300', 'correct'],
	['nearly 300', '290', 'correct'],
	['nearly 300', 'three hundred', 'correct'],
	['nearly 300', 'close to 300', 'correct'],
	['nearly 300', 'more than 300', 'close', { reason: /Right number, but the source says nearly 300/ }],
	['nearly 300', '310', 'close'],
	['nearly 300', '250', 'close'],
	['nearly 300', '200', 'wrong'],
	['nearly 300', '30', 'wrong'],
	['almost 100', '100', 'correct'],
	['almost 100', 'about 100', 'correct'],
	['almost 100', '97', 'correct'],
	['almost 100', 'over 100', 'close'],
	['almost 100', '50', 'wrong'],
	// Kabul maternity ward, May 2020: "killed 24 people".
	['24', '24', 'correct'],
	['24', 'twenty-four', 'correct'],
	['24', 'two dozen', 'correct'],
	['24', 'about 24', 'correct'],
	['24', 'more than 24', 'close'],
	['24', '22', 'close'],
	['24', '25', 'close'],
	['24', '20', 'wrong'],
	['24', '240', 'wrong'],
	['24', '42', 'wrong'],
	// Kabul University: "killing at least 22 students and teachers".
	['at least 22', '22', 'correct'],
	['at least 22', 'at least 22', 'correct'],
	['at least 22', 'twenty-two', 'correct'],
	['at least 22', 'no fewer than 22', 'correct'],
	['at least 22', '23', 'correct'],
	['at least 22', '24', 'close'],
	['at least 22', '21', 'close'],
	['at least 22', 'fewer than 22', 'close'],
	['at least 22', '12', 'wrong'],
	['at least 22', '2', 'wrong'],
	// Pakistan election rally: "killing more than 50 people".
	['more than 50', '50', 'correct'],
	['more than 50', 'fifty', 'correct'],
	['more than 50', '50+', 'correct'],
	['more than 50', '51', 'correct'],
	['more than 50', '55', 'close'],
	['more than 50', '40', 'wrong'],
	['more than 50', '500', 'wrong'],
	['more than 50', '5', 'wrong'],
	// "Up to" is an inclusive upper bound (src/lib/lang/qualifiers.ts): the figure itself is the right answer.
	['up to 60', '60', 'correct'],
	['up to 60', 'up to 60', 'correct', { reason: /^Correct$/ }],
	['up to 60', 'as many as 60', 'correct'],
	['up to 60', '50', 'close'],
	['up to 60', 'more than 60', 'close', { reason: /Right number, but the source says up to 60/ }],
	['up to 60', '100', 'wrong'],
	['no more than 60', 'more than 60', 'close'],
	// A headline's "100+" is "more than 100".
	['100+', 'more than 100', 'correct'],
	['100+', '100', 'correct'],
	['100+', 'nearly 100', 'close']
]);

const lists = group('numbers in a list', 'toll', [
	// Kabul airport: "killed at least 175 civilians and 13 US soldiers".
	[KABUL_AIRPORT, '175 civilians and 13 US soldiers', 'correct'],
	[KABUL_AIRPORT, '175 and 13', 'correct'],
	[KABUL_AIRPORT, '13 soldiers and 175 civilians', 'correct'],
	[KABUL_AIRPORT, 'at least 175 civilians, 13 American troops', 'correct'],
	[KABUL_AIRPORT, '175', 'close', { reason: /Missing 13/ }],
	[KABUL_AIRPORT, '175 civilians and 31 soldiers', 'close'],
	[KABUL_AIRPORT, '170 and 13', 'close'],
	[KABUL_AIRPORT, '13 civilians and 175 soldiers', 'wrong'],
	[KABUL_AIRPORT, '100 and 10', 'wrong']
]);

const tolerance = group('tolerance', 'figure', [
	// Byman: jihadi attack deaths in Europe, "151 and 142" in 2015 and 2016; "two people died" in 2022.
	['151', '150', 'correct', { tolerance: 5 }],
	['151', '155', 'correct', { tolerance: 5 }],
	['151', 'one hundred and fifty-one', 'correct', { tolerance: 5 }],
	['151', '160', 'close', { tolerance: 5 }],
	['151', '170', 'wrong', { tolerance: 5 }],
	['13', '14', 'correct', { tolerance: 1 }],
	['13', '12', 'correct', { tolerance: 1 }],
	['13', '15', 'close', { tolerance: 1 }],
	['13', '16', 'wrong', { tolerance: 1 }],
	['two', '2', 'correct'],
	['two', 'two', 'correct'],
	['two', '3', 'wrong'],
	['two', 'twenty', 'wrong'],
	// Al-Shamrani "killed three sailors": with no tolerance, one off is simply wrong for so small a count.
	['three', '3', 'correct'],
	['three', '4', 'wrong'],
	['three', '30', 'wrong']
]);

const percentages = group('percentages', 'figure', [
	// "ISIL controlled about a third of Syria and 40 percent of Iraq … it lost 95 percent of that territory".
	['40 percent', '40%', 'correct'],
	['40 percent', '40', 'correct'],
	['40 percent', 'forty percent', 'correct'],
	['40 percent', '40 per cent', 'correct'],
	['40 percent', 'about 40%', 'correct'],
	['40 percent', '42%', 'close'],
	['40 percent', 'more than 40%', 'close'],
	['40 percent', '14%', 'wrong'],
	['40 percent', '4%', 'wrong'],
	['40 percent', 'a third', 'wrong'],
	['95 percent', '95%', 'correct'],
	['95 percent', 'ninety-five percent', 'correct'],
	['95 percent', '90%', 'close'],
	['95 percent', '59%', 'wrong'],
	['95 percent', '50%', 'wrong'],
	['about a third', 'a third', 'correct'],
	['about a third', 'one third', 'correct'],
	['about a third', '33%', 'correct'],
	['about a third', '30 percent', 'close'],
	['about a third', 'half', 'wrong'],
	['about a third', 'two thirds', 'wrong']
]);

const numbersInText = group('numbers inside other answers', 'other', [
	['40 percent of Iraq', '40 percent of Iraq', 'correct'],
	['40 percent of Iraq', '40%', 'correct'],
	['40 percent of Iraq', 'forty percent of Iraq', 'correct'],
	['40 percent of Iraq', '40 percent of Syria', 'close'],
	['40 percent of Iraq', '14 percent of Iraq', 'wrong'],
	['13 US soldiers', '13', 'correct'],
	['13 US soldiers', 'thirteen US soldiers', 'correct'],
	['13 US soldiers', '13 civilians', 'close'],
	['13 US soldiers', '30 US soldiers', 'wrong']
]);

const units = group('units of time', 'figure', [
	// Kurilla: ISIS-K could attack Western interests "in as little as six months"; Russia's worst attack "in 20 years".
	['six months', 'six months', 'correct'],
	['six months', '6 months', 'correct'],
	['six months', 'half a year', 'correct', { reason: /half a year is 6 months/ }],
	['six months', '26 weeks', 'correct'],
	['six months', '6', 'close', { reason: /give the unit/ }],
	['six months', 'six weeks', 'wrong', { reason: /six weeks is 1.4 months/ }],
	['six months', 'six years', 'wrong'],
	['six months', 'a year and a half', 'wrong'],
	['20 years', 'two decades', 'correct'],
	['20 years', '20', 'close'],
	['20 years', '20 months', 'wrong', { reason: /20 months is 1.7 years/ }],
	['two decades', 'twenty months', 'wrong', { reason: /the source says two decades, 240 months/ }],
	['18 months', 'a year and a half', 'correct'],
	['18 months', 'one and a half years', 'correct'],
	['five years', '5 yrs', 'correct'],
	['five years', '60 months', 'correct'],
	['five years', 'five days', 'wrong'],
	['a day', '24 hours', 'correct'],
	['a day', 'one day', 'correct'],
	['a day', 'a week', 'wrong'],
	['more than two weeks', '14 days', 'correct'],
	['more than two weeks', 'a fortnight', 'correct'],
	['more than two weeks', 'nearly two weeks', 'close']
]);

export const NUMBER_CASES: Case[] = [...numbers, ...lists, ...tolerance, ...percentages, ...numbersInText, ...units];
