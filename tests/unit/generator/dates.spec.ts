import { describe, expect, it } from 'vitest';
import { advance, findDates, formatDate, type Timeline } from '../../../src/lib/generator/dates';

const timeline = (published: string, anchor?: string, precision: 'day' | 'month' | 'year' = 'day'): Timeline => ({
	published: { iso: published, precision: 'day' },
	anchor: anchor ? { iso: anchor, precision } : undefined
});
const isos = (sentence: string, t: Timeline) => findDates(sentence, t).map((d) => d.iso);

describe('findDates', () => {
	it.each([
		['full date, US order', 'It happened on March 23, 2019 in Syria.', '2024-03-24', ['2019-03-23']],
		['full date, day first', 'The summit opened on 4 June 2022 in Madrid.', '2024-03-24', ['2022-06-04']],
		[
			'month and day without a year take the publication year',
			'the theater in Moscow on March 22—the worst',
			'2024-04-01',
			['2024-03-22']
		],
		[
			'a month and day after publication belong to the year before',
			'It began on December 30.',
			'2024-03-24',
			['2023-12-30']
		],
		['month and year', 'In May 2020, it was blamed for an attack.', '2024-03-24', ['2020-05']],
		['month-year used as an adjective', 'The March 2019 loss of Baghuz ended it.', '2024-03-24', ['2019-03']],
		['bare year', 'ISIS-K formally emerged in 2015, bringing together', '2024-04-01', ['2015']],
		['two bare years', 'in 2015 and 2016, those numbers were 151 and 142', '2024-04-01', ['2015', '2016']],
		['"by the end of" a year', 'it lost 95 percent of that territory by the end of 2017.', '2024-03-24', ['2017']],
		['"the beginning of" a year is the year', 'The beginning of 2024 saw a bombing in Iran.', '2024-04-01', ['2024']],
		[
			'"last July" is the July before publication',
			'the group bombed an election rally last July, killing',
			'2024-03-24',
			['2023-07']
		],
		[
			'"In July" without a year is the latest July',
			'In July, Germany and the Netherlands made arrests.',
			'2024-04-01',
			['2023-07']
		],
		[
			'a weekday is the latest one before publication',
			'On Thursday morning, an official spoke.',
			'2024-03-24',
			['2024-03-21']
		],
		['"last Sunday" on a Sunday is a week back', 'Police said last Sunday that', '2024-03-24', ['2024-03-17']]
	])('%s', (_name, sentence, published, expected) => {
		expect(isos(sentence, timeline(published))).toEqual(expected);
	});

	it.each([
		['"sat down" is not Saturday', 'Ian McCary sat down in a blue suit.'],
		['"in two decades" is a duration', 'the worst such attack that Russia has witnessed in two decades.'],
		['"five years after" is a duration', 'How did ISIL recoup, five years after defeat?'],
		['"in 20 years" is a duration', 'the worst terrorist attack Russia has seen in 20 years.'],
		[
			'"in as little as six months" is a duration',
			'attack Western interests abroad in as little as six months with little warning.'
		],
		['a year dating a book is not an event', 'co-author of the 2023 book, The Islamic State in Afghanistan'],
		['a decade is not a year', 'during the Soviet occupation in the 1980s'],
		['a count that looks like a year', 'Some 2000 people marched.'],
		['"May" the verb', 'Officials said it may take weeks.']
	])('%s', (_name, sentence) => {
		expect(isos(sentence, timeline('2024-03-24', '2024-03-22'))).toEqual([]);
	});
});

describe('relative dates follow the story timeline', () => {
	it.each([
		[
			'"Just a day later" counts from the last event',
			'Just a day later, gunmen barged in.',
			'2024-03-21',
			'day',
			['2024-03-22']
		],
		[
			'"Six months later" counts in months',
			'Six months later, its fighters attacked Kabul University.',
			'2020-05',
			'month',
			['2020-11']
		],
		[
			'"comes two months after" dates the earlier event back',
			'The attack comes two months after bombings in Kerman.',
			'2024-03-22',
			'day',
			['2024-01']
		],
		['"the following day"', 'The following day, police arrested four men.', '2023-10-07', 'day', ['2023-10-08']],
		// (Three weeks or more is a round count, which says the month: review 45, CA min/03-4.)
		[
			'"three weeks later" is its month',
			'Three weeks later, the group struck again.',
			'2021-08-05',
			'day',
			['2021-08']
		],
		['"two weeks later" is its day', 'Two weeks later, the group struck again.', '2021-08-05', 'day', ['2021-08-19']],
		['"a day earlier" counts back', 'A day earlier, police arrested two men.', '2024-03-22', 'day', ['2024-03-21']],
		// (Review 30, AF min/03-5: a span of days or weeks counted roughly says no day; "just" and "only" do.)
		['"more than a week later" is no day', 'More than a week later he remains at large.', '2024-03-22', 'day', []],
		['"just a week later" is one', 'Just a week later he was arrested.', '2024-03-22', 'day', ['2024-03-29']],
		[
			'"last month" is the month before publication',
			'Last month, gunmen attacked a mosque.',
			'2024-03-22',
			'day',
			['2024-02']
		]
	] as const)('%s', (_name, sentence, anchor, precision, expected) => {
		expect(isos(sentence, timeline('2024-03-24', anchor, precision))).toEqual(expected);
	});

	it.each<[string, string, string[], string[]]>([
		[
			'skips a past-perfect background date when counting "a day later"',
			'2024-03-24',
			[
				'On Thursday morning, an official spoke at an institute.',
				'The coalition had on March 23, 2019 pushed the group out of Baghuz.',
				'Just a day later, gunmen would barge into a concert hall.'
			],
			['2024-03-21', '2019-03-23', '2024-03-22']
		],
		[
			'counts "two days after" from the start of a period, not from its end (r271)',
			'2016-12-12',
			[
				'A bomb tore through the church on Sunday 11 December 2016.',
				'The President has declared three days of national mourning, from Sunday 11 December until Tuesday 13 December 2016.',
				'This crime came two days after six policemen were killed at a checkpoint in Giza.'
			],
			['2016-12-11', '2016-12-11', '2016-12-13', '2016-12-09']
		],
		[
			'counts "two days later" from where a siege "lasted until", a day the story reached (review)',
			'2013-09-30',
			[
				'Gunmen stormed the Westgate mall in Nairobi on Saturday 21 September, killing 67 people.',
				'The siege lasted until Tuesday 24 September 2013.',
				'Two days later, gunmen attacked a police post in Mandera, killing two officers.'
			],
			['2013-09-21', '2013-09-24', '2013-09-26']
		],
		[
			'counts "five days later" from the attack, not from a day of mourning still to come (review 29, AD 02)',
			'2020-01-03',
			[
				'A drone strike killed the general at Baghdad airport on January 3, 2020.',
				'The president declared Saturday a day of mourning.',
				'Five days later, missiles hit the Ain al-Asad base.'
			],
			['2020-01-03', '2020-01-04', '2020-01-08']
		],
		[
			'a year a comparison measures from, with a clause between, leaves the story where it was (review 38, AX min/06-13)',
			'2018-10-14',
			[
				'Crowds marched in the largest demonstration against the group since it was driven out of the capital in 2011.',
				'A military court sentenced him to death in February, and he was executed by firing squad on 10 March.'
			],
			['2011', '2018-02', '2018-03-10']
		],
		[
			'the day a count was said on, after the day it happened, leaves the story on the day it happened (review 38, AX min/10-4)',
			'2010-07-12',
			[
				'Two bombs exploded among crowds in the capital late on Sunday, killing at least 64 people, police said on Monday.',
				'The second struck the rugby club about an hour later.'
			],
			['2010-07-11', '2010-07-12', '2010-07-11']
		],
		[
			'nor does one said on, before the day its reported speech puts in the past perfect (review 39, AZ min/09-4)',
			'2013-11-20',
			[
				"The Health Ministry said Wednesday that 23 people had been killed in Tuesday morning's twin bombing.",
				'Around two hours later a second bomber struck.'
			],
			['2013-11-20', '2013-11-19']
		],
		[
			'"the day before" counts from the day its own sentence counted to, not from the story\'s (review 40, BB min/03-18)',
			'2017-09-15',
			[
				'On 7 January 2015 two brothers killed 12 people at the offices of a weekly in Karsk.',
				'Two days later their associate killed four hostages at a supermarket, having shot dead a policewoman the day before.'
			],
			['2015-01-07', '2015-01-09', '2015-01-08']
		]
	])('%s', (_why, published, story, expected) => {
		const t = timeline(published);
		expect(story.flatMap((s) => advance(s, t).map((d) => d.iso))).toEqual(expected);
	});

	it('leaves "a day later" unresolved when the story has no date yet', () => {
		expect(isos('A day later, the group claimed it.', timeline('2024-03-24'))).toEqual([]);
	});
});

describe('formatDate', () => {
	it.each([
		['2024-03-22', '22 March 2024'],
		['2023-07', 'July 2023'],
		['2015', '2015']
	])('%s → %s', (iso, text) => {
		expect(formatDate(iso)).toBe(text);
	});
});
