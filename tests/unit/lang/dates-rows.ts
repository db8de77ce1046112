/** Date rows of the English reader's table: dates in running text, resolved on a story's timeline. */
import { findDates, type Timeline } from '../../../src/lib/lang';
import type { LangRule } from './make';

/** Publication Sunday 24 March 2024; the story stands at Friday 22 March 2024. */
const STORY: Timeline = {
	published: { iso: '2024-03-24', precision: 'day' },
	anchor: { iso: '2024-03-22', precision: 'day' }
};
/** Publication Friday 22 March 2024, the weekday of the Crocus City Hall attack. */
const FRIDAY: Timeline = { published: { iso: '2024-03-22', precision: 'day' } };

/** Publication Thursday 15 January 2015; the story stands at Wednesday 7 January, a week and a day before. */
const WEEK_BEFORE: Timeline = {
	published: { iso: '2015-01-15', precision: 'day' },
	anchor: { iso: '2015-01-07', precision: 'day' }
};
/** Publication Thursday 15 January 2015; the story stands years back. */
const YEARS_BEFORE: Timeline = {
	published: { iso: '2015-01-15', precision: 'day' },
	anchor: { iso: '2012-03-07', precision: 'day' }
};

/** Publication Friday 6 May 2011; the story stands at Thursday 7 July 2005, then at September 2005. */
const INQUEST: Timeline = {
	published: { iso: '2011-05-06', precision: 'day' },
	anchor: { iso: '2005-07-07', precision: 'day' }
};
const INQUEST_LATER: Timeline = { ...INQUEST, anchor: { iso: '2005-09-01', precision: 'month' } };
/** Publication 2 September 2021; the story last stood in November 2020. */
const ANALYSIS: Timeline = {
	published: { iso: '2021-09-02', precision: 'day' },
	anchor: { iso: '2020-11-01', precision: 'month' }
};
/** Publication Sunday 30 June 2019; the story stands at Sunday 16 June, two weeks before. */
const NIGHT_OF: Timeline = {
	published: { iso: '2019-06-30', precision: 'day' },
	anchor: { iso: '2019-06-16', precision: 'day' }
};
/** The date and whether the text leaves it unsettled, so its card is marked for checking. */
const unsettled = (t: Timeline) => (s: string) => findDates(s, { ...t }).map((d) => [d.iso, d.unsettled !== undefined]);

const on = (t: Timeline) => (s: string) => findDates(s, { ...t }).map((d) => d.iso);
/** The date and whether the reading was marked for checking by hand. */
const checked = (t: Timeline) => (s: string) => findDates(s, { ...t }).map((d) => [d.iso, d.uncertain !== undefined]);

/** Publication Wednesday 30 October 2013, before a plenum in November. */
const PLENUM: Timeline = { published: { iso: '2013-10-30', precision: 'day' } };
/** Publication Friday 27 August 2021; the story last stood in August 2011. */
const KABUL: Timeline = {
	published: { iso: '2021-08-27', precision: 'day' },
	anchor: { iso: '2011-08', precision: 'month' }
};
/** Publication Sunday 25 August 2024, two days after the Solingen festival attack. */
const FESTIVAL: Timeline = { published: { iso: '2024-08-25', precision: 'day' } };
/** Publication Wednesday 22 March 2017, a year after the Brussels bombings. */
const YEAR_ON: Timeline = { published: { iso: '2017-03-22', precision: 'day' } };
/** Publication Saturday 15 June 2024; the story stands on a Sunday the text did not settle. */
const THAT_SUNDAY: Timeline = {
	published: { iso: '2024-06-15', precision: 'day' },
	anchor: {
		iso: '2024-06-09',
		precision: 'day',
		unsettled: '"that Sunday" refers back to a day the text has not dated'
	}
};
/** Publication 25 October 2017; the story stands on Friday 20 October, its event on 14 October. */
const ZOOBE: Timeline = {
	published: { iso: '2017-10-25', precision: 'day' },
	anchor: { iso: '2017-10-20', precision: 'day' },
	eventDay: '2017-10-14'
};
/** Publication Saturday 19 August 2017, two days after the Barcelona attack. */
const RAMBLA: Timeline = { published: { iso: '2017-08-19', precision: 'day' } };
/** Publication Sunday 18 December 2016, in a section headed Saturday 10 December. */
const SECTION: Timeline = { published: { iso: '2016-12-18', precision: 'day' }, sectionDay: '2016-12-10' };
/** Publication Thursday 23 March 2017. */
const STATEMENT: Timeline = { published: { iso: '2017-03-23', precision: 'day' } };

export const DATE_ROWS: LangRule[] = [
	{
		rule: 'dates written out',
		read: on(STORY),
		rows: [
			['correct', 'It happened on March 23, 2019 in Syria.', ['2019-03-23']],
			['correct', 'The summit opened on 4 June 2022.', ['2022-06-04']],
			['correct', 'Flowers outside the basilica in Nice, Oct 29, 2020. (Northgate)', ['2020-10-29']],
			['close', 'It began on Sept 12 with a raid.', ['2023-09-12']],
			// A span of days, the month first, is dated by its first (review 37, AU min/03-6).
			['correct', 'Jan 8-9, 2015 - A gunman shoots dead a policewoman.', ['2015-01-08']],
			['close', 'On Nov 13-14 the city mourned.', ['2023-11-13']],
			// A day and a month in French, as a paper writing in English may keep them (review 35, AQ min/09-2).
			['correct', 'The truck attack in Nice on 14 juillet killed 84 people.', ['2023-07-14']],
			['correct', 'Le 1er mai 2016, the march went ahead.', ['2016-05-01']],
			['wrong', 'The Mars 2 lander touched down on 14 Mars.', []],
			// A body named by the day it is about dates nothing (review 36, AR min/03-1).
			['wrong', "Norway's July 22 commission: the massacre could have been prevented", []],
			['wrong', 'The 22 July Centre opened its doors.', []],
			['close', 'On July 22 the commission met.', ['2023-07-22']],
			['close', 'On July 22 memorial services were held across the country.', ['2023-07-22']],
			['wrong', 'The Oct rally drew crowds.', []],
			['correct', 'In May 2020, it was blamed for an attack.', ['2020-05']],
			['correct', 'ISIS-K formally emerged in 2015.', ['2015']],
			['close', 'It began on December 30.', ['2023-12-30']],
			['close', 'The March 2019 loss of Baghuz ended it.', ['2019-03']],
			['correct', 'The firing began on the 26th of November 2008.', ['2008-11-26']],
			['correct', 'He walked in on Monday the 15th of December 2014 at dawn.', ['2014-12-15']],
			['correct', 'The vote was held on 3rd of May.', ['2023-05-03']],
			['close', 'It began on the 26th of November 2008, a Wednesday.', ['2008-11-26']],
			['wrong', 'The gunmen struck on a Friday, as they often did.', []],
			['wrong', 'the worst attack Russia has seen in 20 years.', []],
			['wrong', 'co-author of the 2023 book on the group', []],
			// A quarter's name (review 33, AL min/04-2, which dated the Bamako attack 2000).
			['wrong', 'Gunmen attacked the Radisson Blu Hotel in the ACI 2000 district of Bamako.', []],
			['wrong', 'Some 2000 people marched.', []],
			['wrong', 'Officials said it may take weeks.', []],
			['correct', 'A gunman opened fire at the nightclub on New Year’s Eve.', ['2023-12-31']],
			// The night into the new year (review 48, CM min/04-2).
			['correct', "He killed 39 people at the nightclub on New Year's night.", ['2024-01-01']],
			['correct', "A gunman opened fire at the nightclub on New Year's Day.", ['2024-01-01']],
			['correct', 'The church was bombed on Christmas Day 2011.', ['2011-12-25']],
			['correct', 'The bomb went off on Christmas morning.', ['2023-12-25']],
			['correct', 'the deadliest since the Christmas Eve bombings of 2000', ['2000-12-24', '2000']],
			// (And the year that closes the event's own words: round 38's Owo anniversary, seen in review 45.)
			[
				'correct',
				"since the Christmas Day bombing of St Theresa's Catholic Church in Madalla, Niger State, in 2011, in which 37 died",
				['2011-12-25', '2011']
			],
			['wrong', 'A truck was driven into the Christmas market.', []],
			['wrong', 'A bomb exploded at a detention centre on Christmas Island.', []],
			['correct', 'Gunmen attacked a church on Christmas Eve of 2019.', ['2019-12-24']],
			['correct', 'A bomb went off at the church on Christmas 2019.', ['2019-12-25']],
			['correct', 'Boko Haram had attacked churches on New Year’s Eve in 2010.', ['2010-12-31']],
			['correct', 'JAKARTA, Sabtu (18/7/2009) — Investigators said the bombers were local.', ['2009-07-18']],
			['correct', 'Two bombs exploded on Jumat (17/3) at the JW Marriott.', ['2024-03-17']],
			['correct', 'Les attentats du vendredi (13/11/2015) ont fait 130 morts.', ['2015-11-13']],
			['wrong', 'The ratio stood at Sabtu (18/13).', []],
			['correct', 'He had survived the September 11 attacks in New York.', ['2001-09-11']],
			['correct', 'the worst attack on the city since 9/11', ['2001-09-11']],
			['correct', 'a survivor of the 7/7 bombings in London', ['2005-07-07']],
			['correct', 'a decade after the 26/11 attacks', ['2008-11-26']],
			['correct', 'the September 11, 2012 attack in Benghazi', ['2012-09-11']],
			['wrong', 'The score stood at 7/7 after the break.', []],
			['wrong', 'The bombers assembled the devices in room 1808.', []],
			['wrong', 'Flight 1907 landed safely.', []],
			['wrong', 'The first blast came at 1800 GMT.', []],
			['wrong', 'Officers arrived at 2130 local time.', []]
		]
	},
	{
		rule: 'parts of a year',
		read: (s) => findDates(s, { ...STORY }).map((d) => [d.iso, d.precision, d.qualifier ?? null]),
		rows: [
			['correct', 'The beginning of 2024 saw a bombing in Iran.', [['2024', 'year', 'beginning of']]],
			['correct', 'the ISIS-K attack at the beginning of 2024 and', [['2024', 'year', 'beginning of']]],
			['correct', 'it lost 95 percent of it by the end of 2017.', [['2017', 'year', 'by the end of']]],
			['close', 'In early 2023, the group regrouped.', [['2023', 'year', 'early']]],
			['wrong', 'It began in the 1980s.', []]
		]
	},
	{
		rule: 'a day counted from a story that stands only in a month counts from nothing',
		read: on(ANALYSIS),
		rows: [
			['wrong', 'He left the country the next morning.', []],
			['wrong', 'The officer died two days later.', []],
			['wrong', 'Gunmen had struck a village the day before.', []],
			['correct', 'The following month, gunmen struck again.', ['2020-12']],
			['close', 'The following year, the group struck again.', ['2021']]
		]
	},
	{
		rule: 'relative to the story',
		read: on(STORY),
		rows: [
			['correct', 'Just a day later, gunmen barged in.', ['2024-03-23']],
			// (Review 47, CJ min/09-5: "the following day" counts from the day its sentence gives, in the past perfect too.)
			[
				'correct',
				'The army had announced that it lost contact with the patrol on Sunday 17 March, and a search unit found the bodies on the following day.',
				['2024-03-17', '2024-03-18']
			],
			['correct', 'It came exactly one year to the day after gunmen stormed a hotel.', ['2023-03-22']],
			// (Review 44, BW min/01-5: from the day the sentence gives, though its verb is in the past perfect.)
			[
				'correct',
				'Two men had blown themselves up on Monday 18 March, four years to the day after he was killed.',
				['2024-03-18', '2020-03-18']
			],
			[
				'correct',
				'One suspect was seized on March 2, 2014, and another was caught three days later. (r237)',
				['2014-03-02', '2014-03-05']
			],
			[
				'correct',
				'A jury convicted him on August 23, 2013, and five days later sentenced him.',
				['2013-08-23', '2013-08-28']
			],
			// (Review 38, AV min/05-7: a span set off before the day written out is restated by it.)
			['correct', 'Six days earlier, on Saturday 16 March, gunmen attacked a convoy.', ['2024-03-16']],
			// (Review 44, BS min/03-8: so is a span of years.)
			['correct', 'Three years later, on May 25, 2013, Maoists attacked a convoy.', ['2013-05-25']],
			// (Review 38, AY min/01-6: a day written without its year still starts the span, not the story's day.)
			[
				'correct',
				'Four men were detained on 23 March and charged with terrorism two days later.',
				['2024-03-23', '2024-03-25']
			],
			[
				'correct',
				'The 2009 ambush followed a government offensive launched the previous year. (review 27, min/z03-1)',
				['2009', '2008']
			],
			// (Review 41, BG min/09-13: a year in the past perfect still counts for a year after it.)
			[
				'correct',
				'The airport had reopened only in 2016 after being damaged in fighting the previous year.',
				['2016', '2015']
			],
			[
				'correct',
				'The attack came in the autumn of 2023, weeks after a car rammed a bus stop on February 22. (review 27, min/aa06-2)',
				['2023', '2023-02-22']
			],
			['correct', 'A day earlier, police arrested two men.', ['2024-03-21']],
			// (Review 27, min/aa06-1: a speaker counts from a day of their own story.)
			['wrong', '"But we chose to go back in the next day and pray," said a congregant.', []],
			['correct', 'The congregants went back the next day to pray.', ['2024-03-23']],
			['correct', 'The blast struck shortly after noon today, witnesses say.', ['2024-03-24']],
			['close', 'Police said earlier today that two men were held.', ['2024-03-24']],
			['wrong', 'Muslims today face hard choices.', []],
			['correct', 'Two car bombs struck the capital this morning.', ['2024-03-24']],
			['correct', 'A vigil was held tonight outside the hall.', ['2024-03-24']],
			['wrong', 'The president will address the nation tonight about the bombing.', []],
			['wrong', "State television said this morning's attacks killed 12.", []],
			['correct', 'Two days earlier, police had warned the venue.', ['2024-03-20']],
			['correct', 'The following day, police arrested four men.', ['2024-03-23']],
			['correct', 'The previous day, a car bomb exploded.', ['2024-03-21']],
			['correct', 'The previous year, a car bomb exploded at the same market.', ['2023']],
			// A span is no day.
			['wrong', 'Two more victims died in the following week.', []],
			['correct', 'Police had raided the flat the day before.', ['2024-03-21']],
			['correct', 'Two hours later, a second bomb went off.', ['2024-03-22']],
			['correct', 'Thirty hours later, police raided a flat.', ['2024-03-23']],
			['wrong', 'The siege lasted two hours.', []],
			// "that night" is the night of whatever event is in view, which the story's clock does not know.
			['wrong', 'His brother blew himself up at a café that night.', []],
			['close', 'The attack comes two months after bombings in Kerman.', ['2024-01']],
			// (Review 44, BS min/01-14: years counted back give the year, not the story's day in it.)
			['close', 'It came six years after a car bomber killed 40 policemen.', ['2018']],
			['wrong', 'They stayed for the day before leaving.', []],
			['wrong', 'It could strike in as little as six months.', []]
		]
	},
	{
		rule: 'relative to publication',
		read: on(STORY),
		rows: [
			['correct', 'Last month, gunmen attacked a mosque.', ['2024-02']],
			['correct', 'Earlier this month, the group struck again.', ['2024-03']],
			['correct', 'the group bombed an election rally last July', ['2023-07']],
			['correct', 'In July, Germany and the Netherlands made arrests.', ['2023-07']],
			['correct', 'In November last year, a bomb derailed a train.', ['2023-11']],
			['correct', 'The port reopened in April this year.', ['2024-04']],
			['correct', 'The trial began on August 24 last year. (r237)', ['2023-08-24']],
			['correct', 'The hotel was bombed on 28 October last year.', ['2023-10-28']],
			['correct', 'The envoy visited on 5 March this year.', ['2024-03-05']],
			['correct', 'They were convicted on Friday, August 28 last year.', ['2023-08-28']],
			['correct', 'The siege three days ago shocked the city.', ['2024-03-21']],
			['correct', 'The raid two weeks ago was the first.', ['2024-03']],
			['correct', 'Ten years ago tonight, gunmen came ashore.', ['2014-03-24']],

			['correct', 'A year ago today the market was bombed.', ['2023-03-24']],
			['correct', 'Five years ago on Sunday, gunmen attacked the hall. (review 17, f06)', ['2019-03-24']],
			// The anniversary's weekday nearest publication, tomorrow as well as yesterday (review 20, min/m06-1).
			['correct', 'Five years ago on Monday, a gunman walked into a bar.', ['2019-03-25']],
			['correct', 'Five years ago on Friday, a gunman walked into a bar.', ['2019-03-22']],
			['close', 'Ten years ago, gunmen came ashore.', ['2014']],
			// A span said to run over is read a season over, so the year is the likelier one (review 21, min/o05-1); a floor of
			// ten years or more says no year (review 44, BW min/06-6: "more than 20 years ago" is no 1994).
			['close', 'More than four years ago, gunmen came ashore.', ['2019']],
			['wrong', 'More than ten years ago, gunmen came ashore.', []],
			['wrong', 'He moved to Israel more than 20 years ago.', []],
			// A day "that year" is of the year the sentence wrote before it (review 22, min/q10-1).
			[
				'correct',
				'A car bomb on 4 March 2001 injured one man, and another on 3 August that year injured seven people.',
				['2001-03-04', '2001-08-03']
			],
			// A birth date dates a person, no event (review 21, min/n04-3).
			['correct', 'Investigators are checking Pavel Pechenkin, born 1981, a native of Mari El.', []],
			['correct', 'The bomber, who was born on 3 May 1981, had joined the group.', []],
			['close', 'Two decades ago a bomb tore through a train.', ['2004']],
			['correct', 'The siege five weeks ago shocked the city.', ['2024-02']],
			['close', 'The siege three weeks ago, give or take a day a week, spans February and March.', ['2024']],
			['correct', 'Police said yesterday that', ['2024-03-23']],
			// A day of every year is no day of one (review 48, CN min/07-14).
			[
				'correct',
				'Since 2005, 11 March has also been the European Day of Remembrance of Victims of Terrorism.',
				['2005']
			],
			// (A day that became the darkest is a day.)
			['correct', '22 March became the darkest day in Belgian history.', ['2024-03-22']],
			// What a day is likened to is no day (review 48, CN min/07-12).
			['wrong', 'For us it was yesterday.', []],
			['wrong', 'It feels like yesterday.', []],
			// (A cleft sentence's day is a day.)
			['correct', 'It was yesterday that the bombs exploded.', ['2024-03-23']],
			['correct', 'A gunman opened fire on diners last night.', ['2024-03-23']],
			['close', 'He said the day before yesterday it rained.', ['2024-03-22']],
			['correct', 'Rallies were cancelled ahead of the April 2 vote.', ['2024-04-02']],
			['correct', 'Parties campaigned for the 30 March poll.', ['2024-03-30']],
			// What something is revenge for has happened (review 36, AS min/08-12).
			['close', 'The bombing was retaliation for the 30 March shootings.', ['2023-03-30']],
			['close', 'Two men were jailed for the 30 March shootings.', ['2023-03-30']],
			['correct', 'Schools will stay shut until 30 March.', ['2024-03-30']],
			['correct', 'Polling was postponed until 2 April.', ['2024-04-02']],
			['correct', 'The festival had been postponed until 2 April.', ['2024-04-02']],
			['correct', 'The group did not claim the attack until 20 March.', ['2024-03-20']],
			['correct', 'The siege lasted until 21 March.', ['2024-03-21']],
			['close', 'Voters went to the polls on April 2.', ['2023-04-02']],
			['correct', 'The commission said polling would go ahead on April 2 as scheduled.', ['2024-04-02']],
			// What is due, set or expected in the present, or will be, is still to come (read on 24 March 2024).
			['correct', 'Three suspects are due in court on April 2.', ['2024-04-02']],
			['correct', 'The trial is set to open on 14 March.', ['2025-03-14']],
			['correct', 'The talks are expected to resume on 1 April.', ['2024-04-01']],
			// (Marches "are planned" on a weekday still to come; "were planned" one gone: review 49, CQ min/01-19.)
			['correct', 'Marches against the attack are planned in Bogota and other cities on Wednesday.', ['2024-03-27']],
			['close', 'Marches against the attack were planned in Bogota and other cities on Wednesday.', ['2024-03-20']],
			['correct', 'He will go on trial in February.', ['2025-02']],
			// (Review 44, BV min/04-13: memory looks back.)
			[
				'correct',
				'You will recall that after November 13, when 130 people were killed, we had a long inquiry.',
				['2023-11-13']
			],
			// (Review 38, AV min/10-10: a vote someone now seeks.)
			['correct', 'The attack comes as he seeks re-election in February.', ['2025-02']],
			// (Review 41, BE min/04-10: what is done now ahead of an occasion; not what was done.)
			['correct', 'Security has been reinforced ahead of the Christmas celebrations on 7 January.', ['2025-01-07']],
			['close', 'Security was tightened ahead of the anniversary on 3 March.', ['2024-03-03']],
			// A month something is ahead of is the nearer of its last and its next (review 21, min/n07-2).
			['correct', 'Militants are testing their reach before the Summer Olympics in July.', ['2024-07']],
			['correct', 'Police met before the trial in November.', ['2023-11']],
			['correct', 'The hotel will stay closed until January.', ['2025-01']],
			// (Review 30, AG min/05-13: a deadline in a sentence that looks forward, however far back its "would".)
			[
				'correct',
				'He said he would issue a decree if parliament did not pass the long stalled revision of the law by June.',
				['2024-06']
			],
			// (Review 37, AT min/05-18: or after it, when the deadline is a condition's.)
			[
				'correct',
				'He said that if parliament did not pass the revision of the law by June, he would issue a decree.',
				['2024-06']
			],
			['close', 'Police said the suspects had all been held by June.', ['2023-06']],
			['correct', 'The trial of the three men opens on 14 April.', ['2024-04-14']],
			// (The end of a term told as a plan, or the start of its renewal: the nearer of its last and its next; review 47,
			// CK min/04-10, 07-15.)
			[
				'correct',
				'The state of emergency, which was due to end on 26 April, will be extended by three months.',
				['2024-04-26']
			],
			['correct', 'The bill extends the state of emergency for three months from 26 April.', ['2024-04-26']],
			['close', 'The hearing was originally due to open on 1 March.', ['2024-03-01']],
			// (A day heading an item, an anniversary: review 47, CH min/05-21.)
			['correct', '* 1 April: third anniversary of the market bombing; the trial continues.', ['2024-04-01']],
			['close', 'On 1 April, the third anniversary of the bombing, mourners gathered.', ['2023-04-01']],
			// (A runoff, held weeks after the first round: review 47, CJ min/05-17.)
			[
				'correct',
				'He won 39% of the vote and will face the former president, who took 17%, in a runoff on 21 April.',
				['2024-04-21']
			],
			// (A body that meets, in the present: review 45, BZ min/05-12.)
			['correct', 'Opec meets in Vienna on 25 May.', ['2024-05-25']],
			// (The day of a vote named as of it is the nearer of its last and its next: review 46, CC min/04-4.)
			['correct', 'They urge people not to vote in the presidential second round of 6 April.', ['2024-04-06']],
			['close', 'Opec met in Vienna on 25 May.', ['2023-05-25']],
			// (So does a timetable's present, before a month or a weekday: review 46, CD min/01-14, 03-13, 05-11.)
			['correct', 'Italy votes in a national election on 4 April.', ['2024-04-04']],
			['correct', 'Eurozone finance ministers meet on Monday to discuss the bailout.', ['2024-03-25']],
			// (An occasion put off before it was held: review 47, CJ min/03-13.)
			[
				'correct',
				'The president, who had invited the leaders to a summit in Pau on Monday, postponed it until next year.',
				['2024-03-25', '2025']
			],
			['close', 'The summit in Pau on Monday went ahead.', ['2024-03-18']],
			['correct', 'Inspectors from the IMF return to Athens on Tuesday to resume the review.', ['2024-03-26']],
			['close', 'The votes on Monday were counted.', ['2024-03-18']],
			// (An occasion that "is" on its day: review 46, CD min/05-13.)
			['correct', 'The Champions League match is at the Karaiskakis stadium in Piraeus on Wednesday.', ['2024-03-27']],
			['close', 'The match was played on Wednesday.', ['2024-03-20']],
			// (A group named by a day names none: CD min/10-14.)
			['wrong', 'The Marxist group 17 November killed 23 people.', []],
			['correct', 'He will next appear at the Old Bailey on 4 March.', ['2025-03-04']],
			// (Up to a hundred characters from "will" to the month: review 45, CB min/05-16.)
			[
				'correct',
				'The Philippine team will face Hong Kong in the next window of the FIBA Asia Cup qualifiers in February.',
				['2025-02']
			],
			['correct', 'A memorial service will be held at the stadium on 8 March.', ['2025-03-08']],
			// (Up to sixty characters from "is due to" to the day: review 34, AO min/06-9.)
			[
				'correct',
				'He has pleaded not guilty and his trial is due to begin in the High Court in Christchurch on 2 June.',
				['2024-06-02']
			],
			['close', 'He will be charged after a priest was stabbed at the church on 8 March.', ['2024-03-08']],
			[
				'correct',
				'A committee will report on why intelligence warnings received on 4 March were not acted upon.',
				['2024-03-04']
			],
			// What something is for or ahead of, held on a set day: the nearer of its last and its next.
			['correct', 'Campaigning went on for the election on 2 April.', ['2024-04-02']],
			['correct', 'He fled the country before the trial on 3 March.', ['2024-03-03']],
			// A plan told in the past, and blame, look forward to nothing.
			['correct', 'The trial was due to open on 14 March.', ['2024-03-14']],
			['correct', 'Officials say militants are to blame for the bombing in February.', ['2024-02']],
			['close', 'Last year was the deadliest.', ['2023']],
			['wrong', 'The month was quiet.', []],
			['correct', 'A bomb went off at the market in mid-March.', ['2024-03']],
			['correct', 'The group struck again in early February.', ['2024-02']],
			['wrong', 'five years after defeat', []]
		]
	},
	{
		rule: 'a date in numbers, day first unless only the month could come first',
		read: unsettled(STORY),
		rows: [
			['correct', 'The most lethal incident followed on 14/09/2022.', [['2022-09-14', false]]],
			['correct', 'On 12.12.2019 a grenade was thrown into a bar.', [['2019-12-12', false]]],
			['correct', 'Police said the raid on 09/23/2021 was planned.', [['2021-09-23', false]]],
			['close', 'Gunmen attacked a bus on 04/05/2021.', [['2021-05-04', true]]],
			// Dots are written day first (review 20, min/m08-1).
			['correct', 'The attack took place on Mittwoch, 9.10.2019.', [['2019-10-09', false]]],
			// Hyphens too, in agency copy; a weekday in brackets after the day is its name (review 33, AM min/03-12).
			['correct', 'On 08-08-2016 (Monday) the JuA struck again in Quetta.', [['2016-08-08', false]]],
			// A weekday with its day in brackets after it is that day (review 37, AT min/09-12).
			['correct', 'Churches were guarded ahead of Easter on Sunday (4/4/2021).', [['2021-04-04', false]]],
			['close', 'Gunmen attacked a bus on 04-05-2021.', [['2021-05-04', true]]],
			['correct', 'On 12.12.2019 (Thursday) a grenade was thrown into a bar.', [['2019-12-12', false]]],
			['wrong', 'Case 12/2019 was closed.', []],
			['wrong', 'The score was 45/60 in 2019.', [['2019', false]]]
		]
	},
	{
		rule: 'weekdays, by tense',
		read: checked(FRIDAY),
		rows: [
			['correct', 'On Thursday morning, an official spoke.', [['2024-03-21', false]]],
			['correct', 'Putin will address the nation on Sunday.', [['2024-03-24', false]]],
			['correct', 'The trial is due to open on Monday.', [['2024-03-25', false]]],
			// (Review 44, BV min/05-15, 05-17: a newsletter's farewell, and what may not be known until then.)
			['correct', 'See you on Monday.', [['2024-03-25', false]]],
			['correct', 'Results might not be known on Wednesday morning.', [['2024-03-27', false]]],
			['close', 'He might have been killed on Monday.', [['2024-03-18', false]]],
			// A day the clause after it, opened by "when", puts in the future (review 39, BA min/06-14).
			[
				'correct',
				'The three days of commemorations end on Saturday, when the names of the dead will be read aloud.',
				[['2024-03-23', false]]
			],
			// A feast named by its weekday, with no "on", is no day (review 39, BA min/03-3).
			['correct', 'As Orthodox Christians marked Trinity Sunday, gunmen attacked two churches.', []],
			// A day's event someone came through is past, whatever the main verb (review 38, AY min/02-18).
			['correct', "She will continue talks after surviving Wednesday's no-confidence vote.", [['2024-03-20', false]]],
			// A reader asked to come back is asked forward (review 33, AM min/02-12).
			['correct', '23:55 - Follow TASS for updates on Tuesday.', [['2024-03-26', false]]],
			// "had" before an article is the verb "have", no past perfect (review 48, CM min/01-11).
			[
				'correct',
				'"We ran," said a nurse who was at the rally and had a bandaged arm on Friday.',
				[['2024-03-22', true]]
			],
			// A past perfect before ", and on …" is the clause before's (review 34, AO min/05-4).
			[
				'correct',
				'By Thursday night it had raised the figure to 37, and on Friday it said 38 tourists had been killed.',
				[
					['2024-03-21', false],
					// (Publication's weekday: read as the same day, with a note that it may be the one before.)
					['2024-03-22', true]
				]
			],
			// What is planned for a day is ahead of it (review 34, AO min/06-13).
			[
				'correct',
				'A remembrance service planned for Sunday was cancelled on Thursday.',
				[
					['2024-03-24', false],
					['2024-03-21', false]
				]
			],
			// (Review 24, min/t07-2: the weeks count back to the weekday; read as the Friday of publication.)
			[
				'correct',
				'A week ago, on Friday, a teenager attacked passengers on a train.',
				[
					['2024-03', false],
					['2024-03-15', false]
				]
			],
			// (Review 23, min/r03-1: "were set off" read as "were set to", a week ahead.)
			['close', 'On Tuesday, two claymore mines were set off beside a bus.', [['2024-03-19', false]]],
			['correct', 'Last Friday, gunmen attacked a bus.', [['2024-03-15', false]]],
			// (Review 27, min/aa07-1: the Tuesday of publication's week.)
			['correct', 'The first attack came on Tuesday of last week.', [['2024-03-12', false]]],
			// (Review 28, min/ab08-2: a day something is called for is still to come.)
			['correct', 'The faction had announced a general strike for Monday.', [['2024-03-25', false]]],
			// (Review 29, AD 01 and 02: a day set aside to mourn is still to come.)
			['correct', 'The cabinet declared Saturday a day of mourning.', [['2024-03-23', false]]],
			['correct', 'The president has declared Thursday a national day of mourning.', [['2024-03-28', false]]],
			['close', 'The cabinet met on Saturday to plan a day of mourning.', [['2024-03-16', false]]],
			['correct', 'Police arrested him last week on Thursday.', [['2024-03-14', false]]],
			['correct', 'Next Friday, the court sits.', [['2024-03-29', false]]],
			['correct', 'Putin will speak on Friday evening.', [['2024-03-22', false]]],
			['correct', 'The president said he would travel to the city on Tuesday.', [['2024-03-26', false]]],
			['correct', 'Officials said the station would reopen on Monday.', [['2024-03-25', false]]],
			// (Review 30, AF min/09-16: a subject of eight words between the saying and the "would".)
			['correct', 'Members said the names of all those killed would be read out on Monday.', [['2024-03-25', false]]],
			// (Review 30, AG min/01-15: an aside set off by commas in the subject.)
			[
				'correct',
				'Officials said the shrine, built in 1956 to ward off bad luck, would reopen on Monday.',
				[
					['1956', false],
					['2024-03-25', false]
				]
			],
			// (Review 41, BF min/01-6: the reported clause's next verb, after "and".)
			[
				'correct',
				'Police said a man in his late twenties had been charged with murder and would appear in court on Saturday morning.',
				[['2024-03-23', false]]
			],
			// A verb of saying in a phrase of its own dates the saying, whatever the clause it reports looks forward to.
			[
				'correct',
				'He will go on trial in May, a judge ruled on Thursday.',
				[
					['2024-05', false],
					['2024-03-21', false]
				]
			],
			['correct', 'The families will be told on Monday.', [['2024-03-25', false]]],
			// A day set off by a comma at the clause's opening is still the future's (review 20, min/m06-2).
			['correct', 'On Monday, politicians are due to join the families at the cemetery.', [['2024-03-25', false]]],
			['close', 'On Monday, police said the men will appear in court.', [['2024-03-18', false]]],
			// … with a name for the day set off after it, and a subject of two nouns (review 45, BX min/10-11).
			[
				'correct',
				'On Monday, the twentieth anniversary, survivors and bereaved families will gather at St Paul’s.',
				[['2024-03-25', false]]
			],
			['close', 'On Monday, police arrested two men and will charge them.', [['2024-03-18', false]]],
			// Reported speech's "had", its subject described with "named as" (review 11).
			[
				'correct',
				'The minister said a Syrian woman named as Ahlam Albashir had been detained in the early hours of Friday.',
				[['2024-03-22', true]]
			],
			// And with "suspected of" (review 19, min/j01-2).
			[
				'correct',
				'Police said three people suspected of helping the cell had been detained on Friday.',
				[['2024-03-22', true]]
			],
			// And with an aside on who was among them (review 48, CL min/10-7).
			[
				'correct',
				'Police said nine police officials, among them the deputy police commissioner of Karsk, had been detained on Friday.',
				[['2024-03-22', true]]
			],
			// A weekday in brackets after a date only says which day that was.
			['correct', 'Khujand, 19 March (Tuesday).', [['2024-03-19', false]]],
			// So does a weekday and its time of day before a date (review 25, min/w07-1: the Saturday before publication).
			[
				'correct',
				'A man blew himself up at the market on Saturday morning, March 16, killing 15.',
				[['2024-03-16', false]]
			],
			['close', 'The convoy was ambushed on Tuesday evening, 12 March.', [['2024-03-12', false]]],
			// A "had" of a relative clause is its own, not the day's verb's.
			['close', 'Two men who had helped plan it were detained early on Friday.', [['2024-03-22', true]]],
			// A relative clause's past perfect after a main verb in the past, its day in the clause (review 37, AU min/08-12).
			[
				'close',
				'Police shot dead five people who had driven a car into pedestrians early Friday.',
				[['2024-03-22', true]]
			],
			// (review 22, min/q01-1)
			[
				'close',
				'A 75-year-old man who had been on life support died on Friday evening, police said.',
				[['2024-03-22', true]]
			],
			['correct', 'On Tuesday the court will rule on bail.', [['2024-03-26', false]]],
			// A "will" governs a day only with no verb in the past of its own between them (review 8).
			[
				'close',
				'A boy will be charged after a priest was stabbed at a church on Monday night.',
				[['2024-03-18', false]]
			],
			['close', '"We will protect you," he said at a meeting on Tuesday afternoon.', [['2024-03-19', false]]],
			// (Review 35, AP min/06-8: so does a participle of its own that ends in no "-ed".)
			[
				'close',
				'The premier was expected to attend, while candles were lit in four cities on Tuesday night.',
				[['2024-03-19', false]]
			],
			['correct', 'The premier is expected to attend on Tuesday night.', [['2024-03-26', false]]],
			// A headline's occasion with its day and no verb is still to come (review 35, AP min/07-1).
			['correct', 'Court finds gunman guilty on 80 counts; sentence on Thursday', [['2024-03-28', false]]],
			['close', 'The verdict on Thursday was a surprise.', [['2024-03-21', false]]],
			[
				'close',
				'Two men were charged on Thursday and will appear in court on Monday.',
				[
					['2024-03-21', false],
					['2024-03-25', false]
				]
			],
			// (Review 44, BW min/05-20: nor across "but".)
			['close', 'The index rose on Wednesday but is set to finish the year down.', [['2024-03-20', false]]],
			// What a day's act was about, after "that", is in its own time.
			['correct', 'Officials said on Thursday that the market will reopen.', [['2024-03-21', false]]],
			[
				'correct',
				'The minister said the city had received a warning on Thursday that militants were planning an attack.',
				[['2024-03-21', false]]
			],
			['close', 'He said he would have stayed home on Thursday.', [['2024-03-21', false]]],
			[
				'close',
				'The minister said the country would not be divided, and thanked the crowds who marched on Thursday.',
				[['2024-03-21', false]]
			],
			[
				'close',
				'Officials said he would meet the families, whose sons were buried on Wednesday.',
				[['2024-03-20', false]]
			],
			[
				'correct',
				'The president said he would travel to the city and meet survivors on Tuesday.',
				[['2024-03-26', false]]
			],
			// (Review 23, min/s01-1: a "had" before ", but" is its own clause's; the Monday is publication's own.)
			[
				'close',
				'The minister had put the toll at 276 late on Thursday, but rescue workers were still pulling bodies out on Friday morning.',
				[
					['2024-03-21', false],
					['2024-03-22', true]
				]
			],
			// (Review 23, min/r01-5: read as the Monday before.)
			[
				'correct',
				'"Our gun laws will change," she said, adding that the cabinet would discuss it on Monday.',
				[['2024-03-25', false]]
			],
			['close', 'Gunmen attacked the hall on Friday.', [['2024-03-22', true]]],
			// Reported speech shifts the past back ("we arrested the men on Friday", as told): read as plain past, so
			// publication's own weekday is the same day, marked uncertain, as for "Gunmen attacked the hall on Friday".
			['close', 'Police said they had arrested the men on Friday.', [['2024-03-22', true]]],
			['close', 'The men had met in a flat on Friday, the court heard.', [['2024-03-15', false]]],
			['close', 'A man who had told police he feared an attack had called again on Friday.', [['2024-03-15', false]]],
			['close', 'The ministry says the gunmen had entered the building on Friday.', [['2024-03-15', false]]],
			['close', 'Police said the men had been arrested the previous Friday.', [['2024-03-15', false]]],
			['close', 'No group had claimed the attack by Friday evening.', [['2024-03-22', true]]],
			['close', "No group had claimed Friday's attack by the evening.", [['2024-03-22', true]]],
			['correct', "Campaigning for Tuesday's election resumed.", [['2024-03-26', false]]],
			['close', "Tuesday's bombing killed nine.", [['2024-03-19', false]]],
			['correct', "The group claimed responsibility for Wednesday's attack.", [['2024-03-20', false]]],
			['correct', "Police blamed a local cell for Tuesday's bombings.", [['2024-03-19', false]]],
			['close', 'The coroner said on Friday the decision had been a mistake.', [['2024-03-22', true]]],
			['close', 'The court heard on Friday that the men had met in a flat.', [['2024-03-22', true]]],
			['wrong', 'Ian McCary sat down in a blue suit.', []],
			['wrong', 'Sunday Times reporters were there.', []],
			['wrong', 'Two bombs tore through the cathedral during Sunday mass.', []],
			['wrong', 'Crowds left the mosque after Friday prayers.', []],
			// (Review 44, BW min/09-13: the weekday of a day of the Islamic calendar, given in ours after it.)
			['wrong', 'On Friday 11/8/1436 AH, a bomber was stopped at the mosque.', []],
			// Who is out on a weekday is a kind of crowd, not a day; at a clause's start the day is told.
			['wrong', 'Four gunmen entered the mall and opened fire on Saturday shoppers.', []],
			['wrong', 'The bomber struck Friday worshippers at the gate.', []],
			['close', 'On Saturday crowds gathered at the mall.', [['2024-03-16', false]]],
			// A day that comes round every week is no one day.
			['wrong', 'The cattle market is held every Saturday.', []],
			['wrong', 'Each Friday, the families gather at the gate.', []]
		]
	},
	{
		rule: "publication's weekday in a story standing on a day of the week before",
		read: (s) => findDates(s, { ...WEEK_BEFORE }).map((d) => d.iso),
		rows: [
			['correct', 'The next morning, Thursday, a policewoman was shot.', ['2015-01-08', '2015-01-08']],
			['correct', 'On Friday he took shoppers hostage.', ['2015-01-09']],
			['close', 'On Thursday he was named.', ['2015-01-08']],
			['wrong', 'Thursday Night Football was cancelled.', []]
		]
	},
	{
		rule: 'a time of day before the story has told of any day',
		read: unsettled(FRIDAY),
		rows: [
			['correct', 'A bomb went off at about 6.55pm, at the height of the rush.', [['2024-03-22', true]]],
			['correct', 'Gunmen arrived at 21:20 and opened fire.', [['2024-03-22', true]]],
			['close', 'It exploded at 4:32 p.m. on Thursday.', [['2024-03-21', false]]],
			['wrong', 'The rate was 5.5 per cent at 3.', []]
		]
	},
	{
		// (Review 44, BT min/06-7: the week that ends on the Sunday of publication is "last week" to many writers.)
		rule: 'a weekday of last week, in a Sunday paper',
		read: unsettled({ published: { iso: '2024-03-24', precision: 'day' } }),
		rows: [
			['close', 'He rejected the claim on Tuesday last week.', [['2024-03-12', true]]],
			['correct', 'He rejected the claim on Tuesday.', [['2024-03-19', false]]],
			['wrong', 'He rejected the claim last week.', []]
		]
	},
	{
		rule: 'a time of day once the story stands on a day',
		read: on(STORY),
		rows: [
			['correct', 'The second bomb went off at 7.47 a.m. on Friday.', ['2024-03-22']],
			['close', 'The second bomb went off at 7.47 a.m. yesterday.', ['2024-03-23']],
			['wrong', 'The second bomb went off at 7.47 a.m.', []]
		]
	},
	{
		rule: '"that Thursday", the day the story stands on',
		read: unsettled(INQUEST),
		rows: [
			['correct', 'The bombs went off on the morning of that Thursday.', [['2005-07-07', false]]],
			['close', 'The men met again that Friday.', [['2011-05-06', true]]],
			['wrong', 'Police said that Friday was the worst day.', [['2011-05-06', false]]]
		]
	},
	{
		rule: '"the Monday": told from the day the story stands on, not from publication',
		read: on(NIGHT_OF),
		rows: [
			['correct', 'The first figures came only on the Monday morning.', ['2019-06-17']],
			['close', 'By the Wednesday, families had buried most of the dead.', ['2019-06-19']],
			// (Review 29, AD min/07-9: "the following Friday" is told from the story's day too.)
			['correct', 'Crowds prayed together at the mosque the following Friday.', ['2019-06-21']],
			// A plain weekday is still read from publication (a Sunday): the Monday before it.
			['wrong', 'The first figures came on Monday morning.', ['2019-06-24']]
		]
	},
	{
		rule: 'a day and month with its weekday, the year the weekday fits',
		read: unsettled({ published: { iso: '2008-12-17', precision: 'day' } }),
		rows: [
			['correct', 'In the early hours of Friday, June 29, two cars were left.', [['2007-06-29', false]]],
			['correct', 'The court sat on Tuesday, 16 December.', [['2008-12-16', false]]],
			// A day of the coming month, its weekday fitting: ahead, not years back (review 29, AE min/01-15, min/10-8).
			['correct', 'Flags fly at half-staff through Friday, Dec. 26.', [['2008-12-26', false]]],
			['correct', 'The game was postponed to Friday, Jan. 2.', [['2009-01-02', false]]],
			['close', 'The cars were found on June 29.', [['2008-06-29', false]]],
			['wrong', 'He was 29 and lived in a flat.', []]
		]
	},
	{
		rule: 'a day and month with its weekday that fits both the publication’s year and the story’s: the publication’s',
		read: unsettled({
			published: { iso: '2020-11-03', precision: 'day' },
			anchor: { iso: '1985-08-29', precision: 'day' }
		}),
		rows: [
			[
				'correct',
				'The shooting came less than a week after a knife attack at a church in Nice on Thursday, October 29. (review 17, f02)',
				[['2020-10-29', false]]
			],
			// 29 October 2020 was a Thursday; 29 October 1985, the story's year, a Tuesday.
			['close', 'A bomb went off on Tuesday, October 29.', [['1985-10-29', false]]],
			['wrong', 'Thursday was cold.', [['2020-10-29', false]]]
		]
	},
	{
		rule: 'a day and month after its month and year in the sentence: that year',
		read: on({ published: { iso: '2019-12-10', precision: 'day' } }),
		rows: [
			[
				'correct',
				'It was the deadliest since December 2013, when two bombings killed 34 people: 18 at the station on December 29. (review 17, g05)',
				['2013-12', '2013-12-29']
			],
			[
				'close',
				'It was the deadliest since March 2013; the station was bombed on December 29.',
				['2013-03', '2018-12-29']
			],
			['wrong', 'December 2013 was cold.', ['2013-12']]
		]
	},
	{
		rule: 'a day and month the text wrote out before in another year: the publication’s reading, checked',
		read: unsettled({ published: { iso: '2022-01-29', precision: 'day' }, written: ['2017-01-29'] }),
		rows: [
			['correct', '"Each time, we relive the night of January 29," he said. (review 17, f06)', [['2022-01-29', true]]],
			['close', 'Mourners gathered on January 27.', [['2022-01-27', false]]],
			['wrong', 'January was cold.', []]
		]
	},
	{
		rule: 'a day and month after a date its sentence wrote out with the year: the first such day on or after it',
		read: on({ published: { iso: '2014-09-01', precision: 'day' } }),
		rows: [
			[
				'correct',
				'On August 24, 2004, two jets exploded in flight, and on the evening of August 31 a woman blew herself up outside a metro station. (r145)',
				['2004-08-24', '2004-08-31']
			],
			[
				'correct',
				'The trial opened on December 28, 2004, and the verdict came on January 4.',
				['2004-12-28', '2005-01-04']
			],
			// The year written after the day does not reach back: the day is read from publication.
			['close', 'He was detained on August 31 and charged on September 2, 2004.', ['2014-08-31', '2004-09-02']],
			// A day more than a quarter on is no step of the same story.
			[
				'correct',
				'On October 29, 2020, a man killed three people in a church, and on October 16 a teacher was beheaded.',
				['2020-10-29', '2020-10-16']
			],
			[
				'wrong',
				'The siege that began on September 1, 2004 is remembered every year on March 3.',
				['2004-09-01', '2014-03-03']
			]
		]
	},
	{
		rule: 'a feast without its year, in a sentence about a span of years that leaves out the year read, is unsettled',
		read: unsettled(FRIDAY),
		rows: [
			[
				'correct',
				"Istanbul was hit by attacks in 2015-2017, including the New Year's Eve shooting at a nightclub.",
				[['2023-12-31', true]]
			],
			[
				'close',
				"Istanbul was hit by attacks in 2022-2023, including the New Year's Eve shooting at a nightclub.",
				[['2023-12-31', false]]
			],
			['wrong', "The city marked New Year's Eve quietly.", [['2023-12-31', false]]]
		]
	},
	{
		rule: 'half a day or more from an hour not given, a clock time before a future day, a kind of day (review 23)',
		read: unsettled({
			published: { iso: '2019-12-14', precision: 'day' },
			anchor: { iso: '2014-12-15', precision: 'day' }
		}),
		rows: [
			['correct', 'By the time the siege ended, 17 hours later, he was dead.', [['2014-12-15', true]]],
			['correct', 'Two hours later, police stormed the cafe.', [['2014-12-15', false]]],
			['close', 'Thirty hours later, police raided a flat.', [['2014-12-16', false]]],
			['correct', 'Families will gather at the memorial at 9.45am on Sunday 15 December.', [['2019-12-15', false]]],
			['wrong', 'He unlocked the doors of the cafe for an ordinary Monday morning shift.', []],
			// What happened on such a day is that day (review 45, CB min/08-1); a day of any week is none.
			['correct', 'The siege began on a busy Monday morning in the lead-up to Christmas.', [['2019-12-09', false]]],
			['wrong', 'On a Saturday in Westlands, the queue for the car park moves slowly.', []]
		]
	},
	{
		rule: 'a feast of Easter is one day of its year (review 23, min/r05-1, min/r10-1)',
		read: unsettled({ published: { iso: '2023-01-12', precision: 'day' } }),
		rows: [
			[
				'correct',
				'He failed to act on warnings before the Easter Sunday bombings of 2019.',
				[
					['2019-04-21', false],
					['2019', false]
				]
			],
			// (Nine months back, the year is a guess: checked.)
			['correct', 'The church was bombed on Good Friday.', [['2022-04-15', true]]],
			[
				'correct',
				'The court ordered him to pay over the Easter Sunday bombings of 21 April 2019.',
				[['2019-04-21', false]]
			],
			['correct', 'The cathedral will reopen on Easter Sunday.', [['2023-04-09', false]]],
			[
				'close',
				'The bombers struck on Easter Monday in 2016.',
				[
					['2016-03-28', false],
					['2016', false]
				]
			],
			['wrong', 'They met on Sunday, Easter being long past.', [['2023-01-08', false]]],
			// A feast naming what came of an attack on it names the attack, not a day (review 32, AK min/03-1).
			['wrong', "Four years on, what Sri Lanka's Easter Sunday inquiry found", []]
		]
	},
	{
		rule: 'a month in the past perfect looks back from the story’s day in an earlier year (review 24, min/t03-2)',
		read: unsettled({
			published: { iso: '2024-09-05', precision: 'day' },
			anchor: { iso: '2020-11-02', precision: 'day' }
		}),
		rows: [
			['correct', 'He had tried to buy ammunition in Slovakia in July.', [['2020-07', false]]],
			['close', 'He had travelled to Syria in December.', [['2019-12', false]]],
			['wrong', 'Police raided his flat in July.', [['2024-07', false]]]
		]
	},
	{
		rule: 'three weeks or more counted on from the story’s day is a round count: the month, not the day (review 45, CA min/03-4)',
		read: unsettled({
			published: { iso: '2021-03-10', precision: 'day' },
			anchor: { iso: '2004-03-11', precision: 'day' }
		}),
		rows: [
			[
				'correct',
				'Seven of its members blew themselves up in a flat in Leganes three weeks later.',
				[['2004-04', true]]
			],
			['correct', 'Five weeks later, police raided a flat in Madrid.', [['2004-04', false]]],
			// Two weeks is told to the day.
			['close', 'Two weeks later, police raided a flat in Madrid.', [['2004-03-25', false]]],
			['wrong', 'A week later, police raided a flat in Madrid.', [['2004-03-18', false]]]
		]
	},
	{
		rule: '"the following day" after a month its sentence went to, and "since" the month of publication (review 46, CF)',
		read: unsettled({
			published: { iso: '2024-10-05', precision: 'day' },
			anchor: { iso: '2008-02-27', precision: 'day' }
		}),
		rows: [
			[
				'correct',
				'Last October the town was attacked again, and the army retook the building the following day.',
				[['2023-10', false]]
			],
			['correct', 'More than 41,000 people have been killed in the offensive since October.', [['2023-10', true]]],
			['close', 'Police raided the flat the following day.', [['2008-02-28', false]]],
			['wrong', 'More than 41,000 people have been killed in the offensive since September.', [['2024-09', false]]]
		]
	},
	{
		rule: 'a day in a "by the time" clause goes on from the story’s day years back (review 45, CB min/10-4)',
		read: on({ published: { iso: '2024-05-23', precision: 'day' }, anchor: { iso: '2017-05-23', precision: 'day' } }),
		rows: [
			[
				'correct',
				'By the time the military declared the end of combat operations on October 23, 47 civilians had been killed.',
				['2017-10-23']
			],
			// Not any past perfect: a court's day in a story years back is read from publication.
			['close', 'The court had convicted 12 of the 13 accused on 11 September.', ['2023-09-11']],
			['wrong', 'The military declared the end of combat operations on October 23.', ['2023-10-23']]
		]
	},
	{
		rule: 'a month told as some time later than the story’s day goes on from that day (review 45, BY min/03-17)',
		read: on({ published: { iso: '2020-04-15', precision: 'day' }, anchor: { iso: '2018-11-18', precision: 'day' } }),
		rows: [
			['correct', 'Weeks later, in late December, the group seized Baga.', ['2018-12']],
			['correct', 'A few months later, in March, the group attacked Monguno.', ['2019-03']],
			// Without words that count on from the story's day, a month is the last before publication.
			['close', 'In late December, the group seized Baga.', ['2019-12']],
			// Nor past four months on: "weeks later" is no year.
			['wrong', 'Weeks later, in October, the group seized Baga.', ['2019-10']]
		]
	},
	{
		rule: 'a month in the past perfect of another clause goes on from the story’s month (review 31, AH min/06-8)',
		read: unsettled({
			published: { iso: '2016-10-31', precision: 'day' },
			anchor: { iso: '2015-12-01', precision: 'month' }
		}),
		rows: [
			[
				'correct',
				'Its investigators said they had found no evidence, and it was only in February that Egypt acknowledged it.',
				[['2016-02', false]]
			],
			// The past perfect in the month's own clause looks back.
			['close', 'By then the airline had stopped its flights in February.', [['2015-02', false]]],
			['wrong', 'The airline has flown again since February.', [['2016-02', false]]]
		]
	},
	{
		rule: 'hours, or the next day, counted from a day the sentence wrote, with or without its year (review 32, AJ min/02-11)',
		read: unsettled({
			published: { iso: '2016-12-30', precision: 'day' },
			anchor: { iso: '2016-02-21', precision: 'day' }
		}),
		rows: [
			[
				'correct',
				'Two bombers blew themselves up at the airport on March 22, and a third struck the metro an hour later.',
				[
					['2016-03-22', false],
					['2016-03-22', false]
				]
			],
			// Days, as before, from a day written with its year.
			[
				'close',
				'A bomber struck on March 22, 2016, and a second bomb went off two days later.',
				[
					['2016-03-22', false],
					['2016-03-24', false]
				]
			],
			['wrong', 'A third bomber struck an hour later.', [['2016-02-21', false]]],
			// The next day of a day the sentence counted to (review 35, AP min/08-25).
			[
				'correct',
				'Twelve days later, jets struck Balakot, and the next day Pakistan shot down a MiG-21.',
				[
					['2016-03-04', false],
					['2016-03-05', false]
				]
			],
			[
				'correct',
				'Twelve days later, jets struck Balakot, and next day Pakistan shot down a MiG-21.',
				[
					['2016-03-04', false],
					['2016-03-05', false]
				]
			],
			[
				'correct',
				'A bomb went off at the station on March 22, and a second on a trolleybus the following morning.',
				[
					['2016-03-22', false],
					['2016-03-23', false]
				]
			]
		]
	},
	{
		rule: '"of this year" after a day: the year of publication (review 32, AJ min/05-19)',
		read: unsettled({ published: { iso: '2020-10-30', precision: 'day' } }),
		rows: [
			[
				'correct',
				'Since 2013, 61 attack plans have been foiled, including two since 1 January of this year.',
				[
					['2013', false],
					['2020-01-01', false]
				]
			],
			['close', 'Two were foiled on 1 January last year.', [['2019-01-01', false]]],
			['wrong', 'Two were foiled in the first year.', []]
		]
	},
	{
		rule: 'a court’s day in a clause of its own is no step from the attack’s day the sentence wrote (review 32, AK min/05-18)',
		read: unsettled({ published: { iso: '2022-12-02', precision: 'day' } }),
		rows: [
			[
				'correct',
				'The trial of six men accused of helping him, who shot dead four people on November 2, 2020, continued in the court, where it opened on October 18.',
				[
					['2020-11-02', false],
					['2022-10-18', true]
				]
			],
			// A step of the story told in the same sentence still counts from the day it wrote.
			[
				'close',
				'On October 29, 2020, a man stabbed three people, and on October 16 a teacher was beheaded.',
				[
					['2020-10-29', false],
					['2020-10-16', false]
				]
			],
			['wrong', 'The trial opened on October 18.', [['2022-10-18', false]]]
		]
	},
	{
		rule: 'before a day, in a clause told in the past, is before a day gone (review 32, AK min/01-7)',
		read: unsettled({ published: { iso: '2022-12-13', precision: 'day' } }),
		rows: [
			[
				'correct',
				'Phone records showed that both men had been in regular contact with him in the weeks before July 14.',
				[['2022-07-14', false]]
			],
			['close', 'Security will be tightened before July 14.', [['2023-07-14', false]]],
			['wrong', 'They met on July 14.', [['2022-07-14', false]]]
		]
	},
	{
		rule: 'the weekday of an occasion something is ahead of is the nearer of its last and next (review 32, AK min/04-6)',
		read: unsettled({ published: { iso: '2021-12-17', precision: 'day' } }),
		rows: [
			[
				'correct',
				'Ahead of the fifth anniversary on Sunday, the government wishes to set out what support has been given.',
				[['2021-12-19', false]]
			],
			// Told in the past, the occasion is behind.
			['close', 'They gathered for the memorial service on Sunday.', [['2021-12-12', false]]],
			['wrong', 'The government set out its support on Sunday.', [['2021-12-12', false]]]
		]
	},
	{
		rule: 'days of one month given as a span, with its year, are dated by the first (review 31, AH min/08-14)',
		read: unsettled({ published: { iso: '2021-05-07', precision: 'day' } }),
		rows: [
			[
				'correct',
				'A year later, between 14 and 17 December 2009, fighters killed at least 321 people.',
				[['2009-12-14', false]]
			],
			['correct', 'The night of 10 to 11 May 2022 marked a threshold.', [['2022-05-10', false]]],
			// Two days joined by "and" are two days, not a span: the first is read, for a check (review 40, BB min/03-1).
			['correct', 'The attacks on 17 and 18 August 2017 killed 16 people.', [['2017-08-17', true]]],
			// … and the month first, with the year after the second day.
			['correct', 'The attacks on August 17 and 18, 2017 killed 16 people.', [['2017-08-17', true]]],
			// Without its year the span's end is read, as before.
			['close', 'The sweep was carried out from 11 to 24 May.', [['2020-05-24', false]]],
			['wrong', 'He was jailed for 10 to 15 years in March 2010.', [['2010-03', false]]]
		]
	},
	{
		rule: 'a span of days says how many days it gives, so a count told under it can be asked of them all',
		read: (s) => findDates(s, { published: { iso: '2021-05-07', precision: 'day' } }).map((d) => [d.iso, d.days ?? 1]),
		rows: [
			[
				'correct',
				"Dec 29-30, 2013 - Two suicide bombers strike Volgograd's main railway station.",
				[['2013-12-29', 2]]
			],
			['correct', 'On 29–30 December 2013 bombers struck twice.', [['2013-12-29', 2]]],
			['correct', 'A year later, between 14 and 17 December 2009, fighters killed 321 people.', [['2009-12-14', 4]]],
			['correct', 'The attacks on August 17 and 18, 2017 killed 16 people.', [['2017-08-17', 2]]],
			['correct', 'The attack on 17 August 2017 killed 14 people.', [['2017-08-17', 1]]],
			// One night told by its two days is one night.
			['correct', 'During the night of 4 to 5 June 2021, gunmen attacked Solhan.', [['2021-06-04', 1]]],
			// Without its year the span's end alone is read, one day.
			['close', 'The sweep was carried out from 11 to 24 May.', [['2020-05-24', 1]]],
			['wrong', 'He was jailed for 10 to 15 years in March 2010.', [['2010-03', 1]]]
		]
	},
	{
		rule: 'the first of two days joined, without its year, is in the year of the second (review 31, AI min/03-3)',
		read: unsettled({ published: { iso: '2024-05-15', precision: 'day' } }),
		rows: [
			[
				'correct',
				'Between 28 March and 1 April 2004, bombings in Tashkent killed 47 people.',
				[
					['2004-03-28', false],
					['2004-04-01', false]
				]
			],
			[
				'correct',
				'From December 28 to January 3, 2005, the city was under curfew.',
				[
					['2004-12-28', false],
					['2005-01-03', false]
				]
			],
			// (Not the year of a date the sentence wrote before them; review 41, BD min/08-15.)
			[
				'correct',
				'Two Canadians taken in 2015 were beheaded in April and June 2016 after ransom deadlines passed.',
				[
					['2015', false],
					['2016-04', false],
					['2016-06', false]
				]
			],
			// Days not joined keep their own readings.
			[
				'close',
				'On 28 March, a year after the attack of 1 April 2023, the court sat.',
				[
					['2024-03-28', false],
					['2023-04-01', false]
				]
			],
			[
				'wrong',
				'Between 28 March and 1 April, the court sat twice.',
				[
					['2024-03-28', false],
					['2024-04-01', false]
				]
			]
		]
	},
	{
		rule: 'a day a term of office ends or begins on is ahead, in the present of a timetable (review 26, min/y06-4)',
		read: unsettled({ published: { iso: '2022-05-23', precision: 'day' } }),
		rows: [
			[
				'correct',
				'Rebuilding would be finished before President Duterte leaves office on June 30.',
				[['2022-06-30', false]]
			],
			['close', 'He left office on June 30.', [['2021-06-30', false]]],
			['wrong', 'He has been in office for 30 days.', []]
		]
	},
	{
		rule: 'a weekday counted within a season ("the last Sunday before Lent") is no day from publication (review 26, min/x07-1)',
		read: unsettled({ published: { iso: '2018-12-28', precision: 'day' } }),
		rows: [
			['correct', 'On the last Sunday before Lent, a man opened fire on worshippers.', []],
			['close', 'He came back last Sunday after the raid.', [['2018-12-23', false]]],
			['wrong', 'On the first Friday of Ramadan, a bomb exploded.', []]
		]
	},
	{
		rule: 'a month after "in" a year its sentence wrote, no other year between: that year (review 26, min/y10-2)',
		read: unsettled({ published: { iso: '2021-02-01', precision: 'day' } }),
		rows: [
			[
				'correct',
				'In 2016, fighters beheaded two hostages, one in April and one in June.',
				[
					['2016', false],
					['2016-04', false],
					['2016-06', false]
				]
			],
			// With another year between, the nearer one's reading is not this rule's.
			[
				'close',
				'Since 2016 the group has grown, and in 2019 it lost its leader in April.',
				[
					['2016', false],
					['2019', false],
					['2019-04', false]
				]
			],
			['wrong', 'In 2016, the group had 400 fighters.', [['2016', false]]]
		]
	},
	{
		rule: 'a month after the day of a story standing years before publication: that year (review 26, min/y03-2)',
		read: unsettled({
			published: { iso: '2024-02-05', precision: 'day' },
			anchor: { iso: '2017-05-23', precision: 'day' }
		}),
		rows: [
			[
				'correct',
				'By the time the government declared the city liberated in October, 1,100 people had died.',
				[['2017-10', false]]
			],
			// A month before the story's day is read from publication.
			['close', 'The army sent more troops in January.', [['2024-01', false]]],
			['wrong', 'The siege lasted five months.', []]
		]
	},
	{
		rule: 'a day that names an occasion held on it ("the April 11 election"): the nearer of its last and its next (review 25, min/w06-4)',
		read: unsettled({ published: { iso: '2021-03-23', precision: 'day' } }),
		rows: [
			[
				'correct',
				'The anniversary comes less than three weeks before he seeks a sixth term in the April 11 presidential election.',
				[['2021-04-11', false]]
			],
			// One told as gone is of the past.
			['close', 'He won the April 11 presidential election.', [['2020-04-11', false]]],
			['wrong', 'He won 11 per cent in the election.', []]
		]
	},
	{
		rule: 'after "in", a month and a number with no year is the month, then a count (review 30, AF min/02-13)',
		read: unsettled({ published: { iso: '2016-06-29', precision: 'day' } }),
		rows: [
			['correct', 'In January 12 German tourists were killed in a bombing.', []],
			['close', 'On January 12 a bomb killed ten German tourists.', [['2016-01-12', false]]],
			['close', 'It happened in January 12, 2016, at the square.', [['2016-01-12', false]]],
			['wrong', 'Twelve German tourists were killed in a bombing.', []]
		]
	},
	{
		rule: 'a day and month more than half a year back, in a story standing in an earlier year it named alone: that year (review 25, min/v10-3)',
		read: unsettled({
			published: { iso: '2018-05-03', precision: 'day' },
			anchor: { iso: '2009', precision: 'year' }
		}),
		rows: [
			['correct', 'On July 29 a van bomb hit a barracks in Burgos.', [['2009-07-29', false]]],
			// Within half a year of publication, the publication's reading.
			['close', 'On February 2 a car bomb hit a barracks in Burgos.', [['2018-02-02', false]]],
			['wrong', 'The cell had planned the attack for 29 days.', []]
		]
	},
	{
		rule: 'a month "of that year" is of the year its sentence wrote before it (review 24, min/u09-1)',
		read: unsettled({
			published: { iso: '2023-07-27', precision: 'day' },
			anchor: { iso: '2023-07-27', precision: 'day' }
		}),
		rows: [
			[
				'correct',
				'The area was hit by bombings in 2016, including an attack in February of that year.',
				[
					['2016', false],
					['2016-02', false]
				]
			],
			['close', 'Another bomb went off in March of that year.', [['2023-03', false]]],
			['wrong', 'That year was the worst.', []]
		]
	},
	{
		rule: 'the eve of a weekday’s occasion, just past or still to come (review 23)',
		read: unsettled({ published: { iso: '2008-02-03', precision: 'day' } }),
		rows: [
			['correct', "The bombing came on the eve of Monday's independence celebrations.", [['2008-02-03', false]]],
			['correct', "The blast came on the eve of Friday's vote.", [['2008-01-31', false]]],
			['close', 'The bombing came on the eve of the independence celebrations.', []],
			['wrong', 'The eve of the vote was quiet.', []]
		]
	},
	{
		rule: 'the writer’s next year, a timetable set now, and a day just after the story’s own (review 12)',
		read: on({ published: { iso: '2025-05-27', precision: 'day' }, anchor: { iso: '2014-12-15', precision: 'day' } }),
		rows: [
			['correct', 'Several people accused of helping him are due to stand trial next year.', ['2026']],
			['correct', 'The court has scheduled hearings until September.', ['2025-09']],
			[
				'correct',
				'About 17 hours after the siege began, at 2.03am on December 16, he fired at hostages.',
				['2014-12-16']
			],
			['close', 'The following year, the cafe reopened.', ['2015']],
			['wrong', 'The court heard evidence.', []]
		]
	},
	{
		rule: 'the year of an Act and a phone number are no dates (review 12)',
		read: on(FRIDAY),
		rows: [
			['wrong', 'The commissioner declared it a terrorist act under the Terrorism (Police Powers) Act 2002.', []],
			['wrong', 'Anyone with information should call Crime Stoppers on 1800 333 000.', []],
			['correct', 'The law was passed in 2002.', ['2002']],
			['close', 'Act now: the deadline is 2025.', ['2025']]
		]
	},
	{
		rule: 'a day and month without a year, in a story standing years back',
		read: (s) => [...unsettled(INQUEST_LATER)(s), ...unsettled(ANALYSIS)(s)],
		rows: [
			[
				'correct',
				'Less than a month afterwards, on 1 October, a bomb struck a convoy.',
				[
					['2005-10-01', false],
					['2020-10-01', false]
				]
			],
			[
				'correct',
				'A fortnight after the attacks, on 21 July, four more men tried.',
				[
					['2005-07-21', false],
					['2021-07-21', false]
				]
			],
			[
				'close',
				'On 21 July, four more men tried.',
				[
					['2010-07-21', true],
					['2021-07-21', false]
				]
			],
			['wrong', 'It was the 21st bombing of the year.', []],
			[
				'correct',
				'On August 27, a drone strike hit a car.',
				[
					['2010-08-27', true],
					['2021-08-27', false]
				]
			]
		]
	},
	{
		rule: "publication's weekday in a story standing years back",
		read: (s) => findDates(s, { ...YEARS_BEFORE }).map((d) => d.iso),
		rows: [
			['correct', 'Last Thursday the court sat.', ['2015-01-08']],
			['close', 'On Thursday the court sat again.', ['2015-01-15']],
			['wrong', 'The judge sat down.', []]
		]
	},
	{
		rule: 'a month or a day "of that year" is of the year the story stands in, not the report\'s',
		read: on(YEARS_BEFORE),
		rows: [
			['correct', 'Its founder was killed in an air strike in October of that year.', ['2012-10']],
			['correct', 'He was arrested in March that year.', ['2012-03']],
			['correct', 'On 3 June that year, gunmen attacked a bus.', ['2012-06-03']],
			['correct', 'Gunmen attacked a bus on June 3 of that year.', ['2012-06-03']],
			// (Months counted on from the story's day: review 47, CH min/10-12.)
			['correct', 'Six months later, on 5 September, soldiers broke up a protest.', ['2012-09-05']],
			['close', 'Six months later, on 5 December, soldiers broke up a protest.', ['2014-12-05']],
			['close', 'He was arrested in March this year.', ['2015-03']],
			['wrong', 'That year was quiet.', []]
		]
	},
	{
		rule: "a day or month without its year, under a profile's year heading, is in that year (review 11)",
		read: on({
			published: { iso: '2019-01-29', precision: 'day' },
			anchor: { iso: '1995', precision: 'year' },
			sectionYear: 1995
		}),
		rows: [
			['correct', 'Abu Sayyaf fighters raided the town of Ipil on April 4.', ['1995-04-04']],
			['correct', 'In May, the group kidnapped 20 people from a resort.', ['1995-05']],
			['correct', 'Their leader was killed in 2017.', ['2017']],
			['close', 'The writer met them last July.', ['2018-07']],
			['wrong', 'The hostages were released over several months.', []]
		]
	},
	{
		rule: 'years counted from a month say the year only (review 39, BA min/03-19)',
		read: on(ANALYSIS),
		rows: [
			['correct', 'Two years earlier, 130 hostages died at a theatre.', ['2018']],
			['correct', 'Six months later, gunmen struck again.', ['2021-05']],
			['close', 'Two years later, the group struck again.', ['2022']],
			['wrong', 'The fighters had two years of training.', []]
		]
	},
	{
		rule: 'a span set off by commas right after a date written out restates it, no second date',
		read: on(YEARS_BEFORE),
		rows: [
			['correct', 'On 30 March 2016, a week later, 94 people were still in hospital.', ['2016-03-30']],
			// (Review 29, AD min/06-6: with a word of measure before the span.)
			['correct', 'On May 29, 2015, exactly one week later, a bomber struck again.', ['2015-05-29']],
			// (Nor with its year not written: "on 5 March, four days later", tune r193.)
			['correct', 'The congress opened on 5 March, four days later, under heavy security.', ['2014-03-05']],
			['close', 'On 30 March 2016 police held two men; a week later they were charged.', ['2016-03-30', '2016-04-06']],
			['wrong', 'Police held two men.', []]
		]
	},
	{
		rule: "a weekday right after the day a long read's section stands on, months before publication (r249)",
		read: (s) => findDates(s, { ...YEARS_BEFORE, anchorNear: true }).map((d) => d.iso),
		rows: [
			['correct', 'On Sunday the prime minister went to the scene.', ['2012-03-11']],
			['correct', 'On Thursday the court sat.', ['2012-03-08']],
			['close', 'The toll had been given on Monday.', ['2015-01-12']],
			['correct', 'On Friday, a day before the attack, elders met.', ['2012-03-02']],
			['wrong', 'The minister went to the scene.', []]
		]
	},
	{
		rule: 'an anniversary in a story that has stood on no day yet: counted from publication',
		read: on(FRIDAY),
		rows: [
			['correct', 'Survivors met ten years to the day after gunmen stormed the school. (r241)', ['2014-03-22']],
			// The meeting is still to come, so the siege may be two years before a later day than publication's.
			['close', 'Survivors will meet two years to the day after the siege.', ['2022-03-22']],
			['wrong', 'The talks ran to the day after the vote.', []]
		]
	},
	{
		rule: 'a day still to come, told without "is" (review 42, BK min/01-15)',
		read: on(PLENUM),
		rows: [
			['correct', 'The attack comes before a plenum due to open on November 9.', ['2013-11-09']],
			['close', 'The plenum was due to open on September 9.', ['2013-09-09']],
			// ("likely to" is no plan: "were likely to be the same men who bombed a mosque … on Friday" is a day gone.)
			['close', 'Police said the attackers were likely to be the men who bombed a mosque on Friday.', ['2013-10-25']],
			['close', 'Schools stayed closed due to the attack on 29 October.', ['2013-10-29']],
			['wrong', 'The plenum is due to open soon.', []]
		]
	},
	{
		rule: 'what is prepared for, or goes on in the present, is still to come (review 43, BN min/05-16 and 08-12)',
		read: on(PLENUM),
		rows: [
			[
				'correct',
				'The attacks come as Niger prepares for the inauguration of its president on October 2.',
				['2014-10-02']
			],
			['correct', 'That trial continues in January.', ['2014-01']],
			['close', 'That trial continued in January.', ['2013-01']],
			['close', 'Niger prepared for the inauguration on October 2.', ['2013-10-02']],
			['wrong', 'That trial continues.', []]
		]
	},
	{
		rule: 'a day after "since" in a present perfect runs up to now, not in the month the story stood in (review 42, BM min/05-14)',
		read: on(KABUL),
		rows: [
			[
				'correct',
				'More than 100,000 people have been flown out since the Taliban took the city on Aug. 15.',
				['2021-08-15']
			],
			['close', 'On Aug. 15 the insurgents struck again.', ['2011-08-15']],
			['wrong', 'Flights have been suspended since the takeover.', []]
		]
	},
	{
		rule: '"the morning after" set off after a day dates what follows a day before it (review 42, BM min/07-2, 04-1)',
		read: on(STATEMENT),
		rows: [
			[
				'correct',
				'The Prime Minister spoke on Thursday 23 March, the morning after a man drove a car into pedestrians.',
				['2017-03-23', '2017-03-22']
			],
			['correct', 'Police raided a flat on Thursday 23 March, the day after the attack.', ['2017-03-23', '2017-03-22']],
			['close', 'Police raided a flat on Thursday 23 March, the day after.', ['2017-03-23']],
			['wrong', 'On the morning after the attack, police raided a flat.', []]
		]
	},
	{
		rule: "a section's weekday is the section's day (review 43, BR min/05-3)",
		read: on(SECTION),
		rows: [
			['correct', 'Shortly before 10:30 on Saturday night, a car bomb exploded outside the stadium.', ['2016-12-10']],
			// (Another weekday is read from publication, as before.)
			['close', 'On Friday, police detained seven people.', ['2016-12-16']],
			// ("Last Saturday", said on the Sunday after one, is the Saturday of the week before: review 51, DA min/06-8.)
			['close', 'Last Saturday, police detained seven people.', ['2016-12-10']],
			['wrong', 'Police detained seven people.', []]
		]
	},
	{
		rule: 'days or a week set off after a day count back from it to what they follow (review 43, BO min/09-2)',
		read: on(STATEMENT),
		rows: [
			[
				'correct',
				'On Thursday, three days after a gunman opened fire on a busy street, the group issued a statement.',
				['2017-03-23', '2017-03-20']
			],
			['correct', 'Police raided a flat on 23 March, a week after the bombing.', ['2017-03-23', '2017-03-16']],
			// (Nor from the end of a siege, which is no day the siege began; review 47, on r145.)
			['close', 'Police raided a flat on 23 March, a week after the siege ended.', ['2017-03-23']],
			// (Not counted from a day the span is not set off from, nor from what was done about an attack.)
			[
				'close',
				'A woman blew herself up on Thursday night, killing 10 people and injuring more than 50, a week after two planes were brought down by bombs.',
				['2017-03-23']
			],
			[
				'close',
				'A man attacked two people on 23 March, three weeks after the opening of the trial of the January 2015 attacks.',
				['2017-03-23', '2015-01']
			],
			// (A span opening the sentence counts back from its main clause's weekday: review 47, CG min/10-16. Not from a
			// span of no attack.)
			[
				'correct',
				'A day after a gunman opened fire on worshippers in the town, residents brought flowers to the church on Thursday.',
				['2017-03-22', '2017-03-23']
			],
			['close', 'A day after the election, officials met on Thursday.', ['2017-03-23']],
			['wrong', 'Three days after the attack, police raided a flat.', []]
		]
	},
	{
		rule: 'a period cut short ends in its plan, this side of publication (review 42, BI min/10-14)',
		read: on(FESTIVAL),
		rows: [
			[
				'correct',
				'The remaining days of the festival, which had been due to run until Sunday, were cancelled.',
				['2024-08-25']
			],
			['close', 'The verdict had been expected on Monday.', ['2024-08-19']],
			['wrong', 'The festival had been due to run for a week.', []]
		]
	},
	{
		rule: 'a day counted from one the text does not settle is no more settled (review 48, CL min/07-4)',
		read: unsettled(THAT_SUNDAY),
		rows: [
			['correct', 'The following night, gunmen struck the nearby villages.', [['2024-06-10', true]]],
			['close', 'Two days later the army arrived.', [['2024-06-11', true]]],
			['wrong', 'The night was quiet.', []]
		]
	},
	{
		rule: 'a span counted from the event the sentence names, or a second device’s hours from the first’s day (review 48, CL min/03-3, 03-5)',
		read: on(ZOOBE),
		rows: [
			[
				'correct',
				'The first reports on the evening of the blast spoke of 20 dead; two days later the count stood at 276.',
				['2017-10-16']
			],
			['close', 'Two days later the count stood at 276.', ['2017-10-22']],
			['correct', 'A second vehicle bomb went off about two hours later near the Medina gate.', ['2017-10-14']],
			['close', 'Police arrived about two hours later.', ['2017-10-20']],
			// (Not past another day written between, nor for a second gunman after the story moved on.)
			[
				'close',
				'Survivors described the morning of the attack at a hearing on 4 April, and two days later a suspect was charged.',
				['2017-04-04', '2017-04-06']
			],
			['close', 'A second gunman was shot dead there about two hours later.', ['2017-10-20']],
			['wrong', 'The evening of the blast was cold.', []]
		]
	},
	{
		rule: '"One year on", a day that names what happened on it is that many years back (review 42, BI min/06-1)',
		read: on(YEAR_ON),
		rows: [
			['correct', 'One year on, Brussels remembers the 32 victims of 22 March', ['2016-03-22']],
			['close', 'Five years on, the families met on 20 March.', ['2017-03-20']],
			['close', 'Brussels remembers the 32 victims of 22 March', ['2017-03-22']],
			// (A day that names the event after it, in a headline under a wire's slug: review 47, CH min/02-1.)
			['correct', 'FACTBOX-One year on: Brussels’s 22 March bombings and the inquiry', ['2016-03-22']],
			['wrong', 'One year on, Brussels remembers its victims.', []],
			// (Counted after what came then, the day's shadow told: review 48, CM min/10-1.)
			['correct', 'A year after the bombs came: Brussels and the long shadow of March 22', ['2016-03-22']]
		]
	},
	{
		rule: "a recent attack named by its day and its month's Spanish initial (review 42, BM min/09-4)",
		read: on(RAMBLA),
		rows: [
			['correct', 'The police raised the number of dead in the attacks of 17-A to 14.', ['2017-08-17']],
			['close', 'It was the worst attack in Spain since 11-M.', []],
			['wrong', 'He lives at flat 12-A on the Rambla.', []]
		]
	}
];
