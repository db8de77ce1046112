/**
 * Held-out answers: cards about attacks the checker's rules were never written against (Paris 2015, Brussels 2016,
 * Nice 2016, Manchester 2017, Christchurch 2019, Sri Lanka 2019, Westgate 2013, Garissa 2015, Mumbai 2008, Madrid
 * 2004, London 2005, Beslan 2004, Abbottabad 2011), with what a trainee might type and the verdict a careful
 * instructor gives. They were written before the rules they measure, and no rule may be tuned to a row here: the
 * agreement on them is reported (`npm run grade -- --agreement`), not asserted row by row.
 */
import { group, type Case } from './make';

const tolls = group('held-out tolls', 'toll', [
	['130', '130 people', 'correct'],
	['130', '131', 'close'],
	['130', '310', 'wrong'],
	['more than 250', '250+', 'correct'],
	['more than 250', 'over 250', 'correct'],
	['more than 250', 'nearly 250', 'close'],
	['more than 250', '25', 'wrong'],
	['up to 60', '60', 'correct'],
	['up to 60', 'more than 60', 'close'],
	['at least 148', '148', 'correct'],
	['at least 148', '184', 'wrong'],
	['86', 'eighty-six', 'correct'],
	['86', '68', 'wrong'],
	['193', 'about 190', 'close'],
	['more than 100', '100+', 'correct'],
	['more than 300', '340', 'close'],
	['22', 'twenty two', 'correct'],
	['52', '52 people', 'correct'],
	['334', '333', 'close'],
	['170 civilians and 13 US soldiers', '170 and 13', 'correct']
]);

const durations = group('held-out durations', 'figure', [
	// Westgate: the siege lasted four days; Mumbai: nearly 60 hours; Abbottabad raid: about 40 minutes.
	['four days', '4 days', 'correct'],
	['four days', 'four weeks', 'wrong'],
	['four days', '96 hours', 'correct'],
	['four days', 'four', 'close'],
	['nearly 60 hours', '60 hours', 'correct'],
	['nearly 60 hours', '60 days', 'wrong'],
	['about 40 minutes', '40 minutes', 'correct'],
	['about 40 minutes', 'four hours', 'wrong'],
	['six months', 'half a year', 'correct'],
	['six months', 'six weeks', 'wrong'],
	['six months', '6 months', 'correct'],
	['18 months', 'a year and a half', 'correct'],
	['18 months', '18 weeks', 'wrong'],
	['two weeks', '14 days', 'correct'],
	['two weeks', 'a fortnight', 'correct'],
	['a decade', '10 years', 'correct'],
	['20 years', 'two decades', 'correct'],
	['20 years', '20 months', 'wrong']
]);

const shares = group('held-out shares', 'figure', [
	['40 percent', 'two fifths', 'correct'],
	['a quarter', '25%', 'correct'],
	['a quarter', '40%', 'wrong'],
	['60 percent', '60', 'correct']
]);

const dates = group('held-out dates', 'date', [
	['22 May 2017', '22 March 2017', 'wrong'],
	['22 May 2017', '22/5/2017', 'correct'],
	['22 May 2017', '23 May 2017', 'close'],
	['13 November 2015', 'November 13, 2015', 'correct'],
	['13 November 2015', '13 October 2015', 'wrong'],
	['21 April 2019', '21 April 2018', 'wrong'],
	['21 April 2019', 'Easter Sunday, 21 April 2019', 'correct'],
	['11 March 2004', '11/3/2004', 'correct'],
	['11 March 2004', 'March 2004', 'close'],
	['September 2013', 'October 2013', 'wrong'],
	['September 2013', '21 September 2013', 'correct'],
	['7 July 2005', '7/7/2005', 'correct'],
	['26 November 2008', 'November 2008', 'close'],
	['15 March 2019', '15 March', 'close'],
	['2 April 2015', '2 April 2016', 'wrong']
]);

const people = group('held-out people', 'actor', [
	['Brenton Tarrant', 'Tarrant', 'correct'],
	['Brenton Tarrant', 'Brenton', 'wrong'],
	['Abu Bakr al-Baghdadi', 'Baghdadi', 'correct'],
	['Abu Bakr al-Baghdadi', 'al-Baghdadi', 'correct'],
	['Ajmal Kasab', 'Kasab', 'correct'],
	['Salah Abdeslam', 'Abdeslam', 'correct'],
	['Salah Abdeslam', 'Abdelhamid Abaaoud', 'wrong'],
	['Vladimir Putin', 'Putin', 'correct'],
	['Osama bin Laden', 'bin Laden', 'correct'],
	['Salman Abedi', 'Salman Abidi', 'correct'],
	['al-Shabaab', 'Al Shabab', 'correct'],
	['al-Shabaab', 'Boko Haram', 'wrong']
]);

/**
 * A second batch, written after the rules above were changed and never run before being added: Oslo and Utøya 2011,
 * Orlando 2016, Istanbul 2017, 9/11, Charlie Hebdo and Hypercacher 2015, Boko Haram. Its rows stay as the
 * instructor would judge them even where the checker disagrees; the disagreements are reported, not fixed here.
 */
const later = [
	...group('held-out tolls, second batch', 'toll', [
		['77', 'seventy-seven', 'correct'],
		['77', '69', 'wrong'],
		['at least 39', '39', 'correct'],
		['49', '94', 'wrong'],
		['more than 200', '200+', 'correct'],
		['nearly 3,000', '2,977', 'correct'],
		['nearly 3,000', '3,000', 'correct'],
		['nearly 3,000', '30,000', 'wrong'],
		['12', 'a dozen', 'correct'],
		['up to 20', 'twenty', 'correct']
	]),
	...group('held-out durations, second batch', 'figure', [
		['a month', '30 days', 'correct'],
		['three weeks', '21 days', 'correct'],
		['three weeks', 'three months', 'wrong'],
		['two hours', '120 minutes', 'correct'],
		['two hours', 'two days', 'wrong'],
		['nine years', 'almost a decade', 'close'],
		['10 days', 'ten days', 'correct'],
		['a year', '12 months', 'correct'],
		['a year', '365 days', 'correct'],
		['75 percent', 'three quarters', 'correct'],
		['75 percent', '57%', 'wrong'],
		['10 percent', 'a tenth', 'correct']
	]),
	...group('held-out dates, second batch', 'date', [
		['22 July 2011', '22/07/2011', 'correct'],
		['22 July 2011', '22 June 2011', 'wrong'],
		['22 July 2011', '22 July', 'close'],
		['11 September 2001', '9/11/2001', 'correct'],
		['11 September 2001', 'September 2001', 'close'],
		['12 June 2016', '12 June 2015', 'wrong'],
		['December 2016', 'Dec 2016', 'correct'],
		['December 2016', 'November 2016', 'wrong'],
		['January 2015', '7 January 2015', 'correct']
	]),
	...group('held-out people, second batch', 'actor', [
		['Anders Behring Breivik', 'Breivik', 'correct'],
		['Anders Behring Breivik', 'Anders Breivik', 'correct'],
		['Omar Mateen', 'Mateen', 'correct'],
		['Omar Mateen', 'Omar', 'wrong'],
		['Amedy Coulibaly', 'Coulibaly', 'correct'],
		['Khalid Sheikh Mohammed', 'KSM', 'correct'],
		['Khalid Sheikh Mohammed', 'Mohammed', 'close'],
		['Abubakar Shekau', 'Shekau', 'correct'],
		['Boko Haram', 'Haram', 'wrong'],
		['Hamas', 'Hammas', 'correct']
	])
];

export const HELDOUT_CASES: Case[] = [...tolls, ...durations, ...shares, ...dates, ...people, ...later];
