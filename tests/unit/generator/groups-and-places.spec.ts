/**
 * Groups within a count listed after it ("Twenty people were killed: 15 Indonesians, four Australians…", "among them
 * six Russians and three Chinese executives"), words after a count that are no group ("wounded 27 before police
 * shot him"), and where an event is: a named quarter ("opened fire in the Oregon District") and not a place said
 * of someone else before it ("a militant in Syria as the man behind the attack on Jl. MH Thamrin").
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/lib/generator/events';
import { findFigures } from '../../../src/lib/generator/figures';

/** Each toll of a sentence as "measure number[ victims]". */
const tolls = (s: string) =>
	findFigures(s)
		.filter((f) => f.kind === 'toll')
		.map((f) => `${f.measure} ${f.number}${f.victims ? ` ${f.victims}` : ''}${f.where ? ` at ${f.where}` : ''}`);

describe('groups within a count', () => {
	it.each<[string, string, string[]]>([
		[
			'groups listed after a colon',
			'Twenty people were killed, not counting the bombers: 15 Indonesians, four Australians and a Japanese tourist.',
			['killed 20', 'killed 15 Indonesians', 'killed 4 Australians']
		],
		[
			'groups with names before them and what they are members of after them (r245)',
			'The final toll is ten dead: seven members of the Public Security Directorate, two Jordanian citizens and one tourist.',
			[
				'killed 10',
				'killed 7 members of the Public Security Directorate',
				'killed 2 Jordanian citizens',
				'killed 1 tourists'
			]
		],
		[
			'"N of them police officers" counts police officers, as a list of the dead does',
			'Two car bombs killed at least 38 people, 30 of them police officers.',
			['killed 38', 'killed 30 police officers']
		],
		[
			'groups told before "among them" (r243)',
			'The bombing of a train at Sibi killed 17 people, two women and four children among them.',
			['killed 17', 'killed 2 women', 'killed 4 children']
		],
		[
			'a second group sharing "among them"',
			'Twenty people were killed, among them six Russians and three Chinese executives, and both gunmen died.',
			['killed 20', 'killed 6 Russians', 'killed 3 Chinese']
		],
		['a count after a colon with a verb of its own is no group', 'Police said: 12 people were hurt.', ['injured 12']],
		[
			'three words before who they were, an abbreviation with its points among them, and a second group (review 47, CJ min/03-10)',
			'An ambush near Tongo Tongo killed four U.S. special forces soldiers and five Nigerien soldiers.',
			['killed 4 U.S. special forces soldiers', 'killed 5 Nigerien soldiers']
		],
		[
			'"before police officers" is when, not whom',
			'He killed nine people and wounded 27 before police officers shot him dead.',
			['killed 9', 'injured 27']
		]
	])('%s', (_why, sentence, expected) => {
		expect(tolls(sentence)).toEqual(expected);
	});
});

describe('groups found by what they add up to', () => {
	it.each<[string, string, string[]]>([
		[
			'"N of them" and "one a …" after a count of bodies',
			'Reinforcements reaching the post found 54 bodies, 53 of them soldiers and one a civilian; a group claimed it.',
			['killed 54', 'killed 53 soldiers', 'killed 1 civilians']
		],
		[
			'people counted by where they come from, after a colon far from the count',
			'Officials said 41 people had been treated in hospitals in Reasi, Katra and Jammu: 34 from Uttar Pradesh, five from Delhi and two from Rajasthan.',
			[
				'injured 41',
				'injured 34 people from Uttar Pradesh',
				'injured 5 people from Delhi',
				'injured 2 people from Rajasthan'
			]
		],
		[
			'a list between dashes and a last group after it, together the whole toll',
			'It now says 20 people were killed: 17 were foreigners - nine Italians, seven Japanese and an Indian student - and three were Bangladeshis.',
			['killed 20', 'killed 9 Italians', 'killed 7 Japanese', 'killed 3 Bangladeshis']
		],
		[
			'groups after a possessive',
			"Five people died, the car's three occupants and two tourists, and 40 were injured.",
			['killed 5', 'killed 3 occupants', 'killed 2 tourists', 'injured 40']
		],
		[
			'groups after "including" that add up to the count',
			'Gunmen killed 10 people, including four children and six women, on Sunday.',
			['killed 10', 'killed 4 children', 'killed 6 women']
		],
		[
			'a second count by place that leaves out its verb',
			'Seven people died in Kabul on Tuesday and three in Kandahar.',
			['killed 7', 'killed 3 at Kandahar']
		],
		[
			'and after words set off by commas (r173)',
			'At least 14 were killed at the British consulate, among them the consul-general, Roger Short, and at least 13 at the HSBC headquarters.',
			['killed 14', 'killed 13 at the HSBC headquarters']
		],
		[
			'a count in hospital is a state, not a place, and shares no verb',
			'Twelve people were killed at the Central Market and 30 in Al-Kindi Hospital were treated for burns.',
			['killed 12']
		],
		[
			'counts by year share a verb, but a year is no place',
			'Two people were killed in Baghdad in 2015 and three in 2016.',
			['killed 2']
		],
		[
			'how they were hurt is no group, and the state of the injured is read as before',
			'Ten people were killed and 25 injured, 15 of them seriously and 10 lightly.',
			['killed 10', 'injured 25', 'injured 15 people in serious condition']
		],
		[
			'a count with a harm of its own is no part of the count before it, whatever they add up to',
			'Seven soldiers were killed and four wounded, three of them critically.',
			['killed 7 soldiers', 'injured 4', 'injured 3 people in critical condition']
		],
		[
			'adverbs of how are no groups',
			'The blast injured 12 people, four critically and eight slightly.',
			['injured 12']
		],
		['nor of when', 'Nine people died, six instantly and three later in hospital.', ['killed 9']],
		['nor of by what', 'The attack killed 12 people, five of them by gunfire and seven by the blast.', ['killed 12']],
		[
			'nor clauses of when',
			'The bombing killed 20 people, 15 when the bomb exploded and five in the stampede that followed.',
			['killed 20']
		],
		['nor spans of time', 'The group has killed 30 people, 20 last year and 10 this year.', ['killed 30']],
		[
			'and a month or a weekday is when, not where',
			'The group has killed 45 people: 20 in March, 15 in June and 10 last week.',
			['killed 45']
		],
		['nor a weekday', 'The toll stands at 12 – eight on Monday and four overnight.', ['killed 12']],
		[
			'"Taliban" is the same in both numbers, "Czech" and "Thai" are not',
			'The attack killed 25 people, 20 Taliban and five civilians; two people were killed, one Czech and one Thai.',
			['killed 25', 'killed 20 Taliban', 'killed 5 civilians', 'killed 2', 'killed 1 Czechs', 'killed 1 Thais']
		],
		[
			'counts by year add up, but a year is no group',
			'The group killed 12 people in 2015, 7 in 2016 and 5 in 2017.',
			['killed 12']
		],
		[
			'parts by place add up to the count; only a named place is asked about (r25)',
			'Three teams of attackers killed 130 people in and around Paris: one outside the stadium, 39 on the terraces of cafés and restaurants, and 90 at the Bataclan concert hall, where a band was playing.',
			['killed 130', 'killed 90 at the Bataclan concert hall']
		],
		[
			'a list that adds up to another number is no part of the count',
			'The blast killed 30 people, eight soldiers and four policemen among those named so far, officials said.',
			['killed 30']
		]
	])('%s', (_why, sentence, expected) => {
		expect(tolls(sentence)).toEqual(expected);
	});
});

describe('where an event is', () => {
	it.each<[string, string, [string | undefined, string | undefined][]]>([
		[
			'a named quarter of a city',
			'A gunman in body armor opened fire in the Oregon District, a nightlife area of Dayton, Ohio.',
			[['the Oregon District', undefined]]
		],
		[
			'a place said of someone before the mention is not the event’s',
			"Police named a militant fighting in Syria as the man behind Thursday's gun attack on Jl. MH Thamrin, the main road.",
			[['Jl. MH Thamrin', undefined]]
		]
	])('%s', (_why, sentence, expected) => {
		expect(findMentions(sentence).map((m) => [m.target, m.place])).toEqual(expected);
	});
});
