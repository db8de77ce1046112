/**
 * A count, a day or a claim goes to the event its own words tell of: an event told in words the readers of events
 * must know ("gunmen … entered the Pathankot Air Force Station", "bombs went off across Bangladesh"), and not to the
 * event in view because of a town named for another reason ("died at a hospital in Delhi") or a day of something
 * else ("banned the JMB on 23 February after a series of bomb attacks", "Wednesday's death sentences").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/lib/generator';
import { extractFacts } from '../../../src/lib/generator/facts';
import { storySentences } from '../../../src/lib/generator/text';
import { describe as describeEvent } from '../../../src/lib/generator/model';

const doc = (...paragraphs: string[]) => ['Wire', ...paragraphs].join('\n\n');
/** Every card as [prompt, answer, needs check]. */
const cards = (text: string, published = '2016-09-26') => {
	const { cards, checks } = generate(text, { id: 'wire', title: 'Wire', published });
	return cards.map((c) => [c.prompt, c.answer, c.id in checks]);
};

describe('a count, a day or a claim of the event its words tell of (review 21)', () => {
	it.each<[string, string, (string | boolean)[][]]>([
		[
			'armed men who entered a named place attacked it; what follows is of that attack (min/o03-8)',
			doc(
				'Four gunmen attacked the army base at Uri on September 18, killing 19 soldiers.',
				'On January 2, 2016, gunmen in army fatigues entered the Pathankot Air Force Station. Seven security personnel were killed. The United Jihad Council claimed the attack.'
			),
			[
				['When did the attack on the army base in Uri take place?', '18 September 2016', false],
				['How many soldiers were killed in the 18 September 2016 attack on the army base in Uri?', '19', false],
				['When did the attack at the Pathankot Air Force Station take place?', '2 January 2016', false],
				[
					'How many security personnel were killed in the 2 January 2016 attack at the Pathankot Air Force Station?',
					'Seven',
					false
				],
				[
					'Who claimed responsibility for the 2 January 2016 attack at the Pathankot Air Force Station?',
					'The United Jihad Council',
					false
				]
			]
		],
		[
			"a count told in a comparison after a sentence on an earlier year's day is of what that sentence told (review 24, min/u03-1)",
			doc(
				'On January 20, attackers detonated two car bombs at the prison gates in Orsa.',
				'On June 25, 2015, fighters entered the town. More than 220 civilians were killed in one of the worst massacres the group carried out in Ostrania.'
			),
			[
				['When did the car bombings at the prison in Orsa take place?', '20 January 2016', false],
				['On ____, fighters entered the town.', 'June 25, 2015', false],
				['How many civilians were killed in the 25 June 2015 attack?', 'more than 220', false]
			]
		],
		[
			'a count told on a day months after the event in view, of an attack told by its verb, is of a later one (review 25, min/v05-4)',
			doc(
				'Gunmen killed 12 people at Karsk Weekly in January 2015.',
				"On September 2 a man wounded two people with a meat cleaver outside the magazine's former offices. On 3 March a court sentenced the gunmen's accomplice for helping to kill 12 people."
			),
			[
				['When did the attack on Karsk Weekly take place?', 'January 2015', false],
				['How many people were killed in the January 2015 attack on Karsk Weekly?', '12', false],
				[
					"From a report on the attack on Karsk Weekly: On ____ a man wounded two people with a meat cleaver outside the magazine's former offices.",
					'2 September 2016',
					false
				],
				['How many people were injured in the 2 September 2016 attack?', 'two', false],
				[
					"From a report on the attack on Karsk Weekly: On ____ a court sentenced the gunmen's accomplice for helping to kill 12 people.",
					'3 March 2016',
					false
				]
			]
		],
		[
			'the town of the hospital where a wounded man died is no place of the attack (min/o03-1)',
			doc(
				'Seventeen soldiers died at Uri on September 18; the toll rose to 19 a week later when a wounded sepoy died at a hospital in Delhi. All four attackers were killed.',
				"The December 13, 2001 attack on India's Parliament in New Delhi killed nine people."
			),
			[
				[
					'Seventeen soldiers died at Uri on ____; the toll rose to 19 a week later when a wounded sepoy died at a hospital in Delhi.',
					'18 September 2016',
					false
				],
				['How many soldiers were killed in the attack in Uri?', 'Seventeen', false],
				['How many people were killed in the attack in Uri?', '19', false],
				['How many attackers were killed in the attack in Uri?', 'four', false],
				["When did the attack on India's Parliament in New Delhi take place?", '13 December 2001', false],
				[
					"How many people were killed in the 13 December 2001 attack on India's Parliament in New Delhi?",
					'nine',
					false
				]
			]
		],
		[
			'… nor the town of a hospital named at length, which had taken the counts after it to another event (review 21, o03)',
			doc(
				"The assault on the army's brigade headquarters at Uri on September 18 was the most lethal attack on the army in two decades. Seventeen soldiers died on the day; the toll rose to 18 on Monday and to 19 a week later when another wounded sepoy died at the army's Research and Referral hospital in Delhi. All four attackers were killed in a firefight.",
				"The group's most notorious earlier operation was the December 13, 2001 attack on India's Parliament in New Delhi, in which five gunmen killed nine people."
			),
			[
				['When did the assault in Uri take place?', '18 September 2016', false],
				[
					"From a report on the assault in Uri: The toll rose to 18 on Monday and to 19 ____ when another wounded sepoy died at the army's Research and Referral hospital in Delhi.",
					'25 September 2016',
					false
				],
				['How many soldiers were killed in the 18 September 2016 assault in Uri?', 'Seventeen', false],
				['How many people were killed in the 18 September 2016 assault in Uri?', '19', false],
				['How many attackers were killed in the 18 September 2016 assault in Uri?', 'four', false],
				["When did the attack on India's Parliament in New Delhi take place?", '13 December 2001', false],
				[
					"How many people were killed in the 13 December 2001 attack on India's Parliament in New Delhi?",
					'nine',
					false
				]
			]
		],
		[
			'bombs that went off across a country; a ban "after a series of bomb attacks" is dated by its own day (min/o08-2)',
			doc(
				'Some 459 small bombs went off across Bangladesh on 17 August, killing two people. The government banned the JMB on 23 February after a series of bomb attacks on cultural events and NGO offices.'
			),
			[
				['When did the bombings in Bangladesh take place?', '17 August 2016', false],
				['How many people were killed in the 17 August 2016 bombings in Bangladesh?', 'two', false],
				[
					'The government banned the JMB on ____ after a series of bomb attacks on cultural events and NGO offices.',
					'23 February 2016',
					false
				]
			]
		],
		[
			'a dateline written with a colon dates the report, not the bombings its first sentence names (min/o05-1)',
			doc(
				'HYDERABAD, December 19: A court on Monday sentenced five men to death for the twin bombings at Dilsukhnagar that killed 18 people.'
			),
			[
				[
					'A court on ____ sentenced five men to death for the twin bombings at Dilsukhnagar that killed 18 people.',
					'26 September 2016',
					false
				],
				['How many people were killed in the bombings in Dilsukhnagar in Hyderabad?', '18', false]
			]
		],
		[
			'"Wednesday\'s death sentences … over the 2016 … massacre": the day owns the sentences (min/o10-1)',
			doc(
				"Wednesday's death sentences for seven men over the 2016 Holey Artisan Bakery massacre have put the group back in the spotlight."
			),
			[
				[
					"____'s death sentences for seven men over the 2016 Holey Artisan Bakery massacre have put the group back in the spotlight.",
					'21 September 2016',
					false
				],
				['When did the massacre in Holey Artisan Bakery take place?', '2016', false]
			]
		],
		[
			'suicide bombers who struck court buildings in two towns (min/o10-2)',
			doc(
				'On November 29, 2005, suicide bombers struck court buildings in Chittagong and Gazipur, killing at least nine people.'
			),
			[
				[
					'When did the two attacks on court buildings in Chittagong and Gazipur take place?',
					'29 November 2005',
					false
				],
				[
					'How many people were killed in the two attacks on court buildings in Chittagong and Gazipur on 29 November 2005?',
					'at least nine',
					false
				]
			]
		],
		[
			'a venue and its name set off by commas, then "where 18 people died" (r79)',
			doc(
				'The first bomber struck on Sunday shortly before 1 p.m. at the main railway station, Volgograd-1, where 18 people died.'
			),
			[
				['When did the attack at the main railway station take place?', '25 September 2016', false],
				['How many people were killed in the 25 September 2016 attack at the main railway station?', '18', false]
			]
		],
		[
			'"militants attacked police guarding … at Sholakia": an attack on people named by where they stood (review 21, o10)',
			doc(
				"On July 7, militants attacked police guarding the country's largest Eid gathering at Sholakia in Kishoreganj, killing two policemen."
			),
			[
				['When did the attack on Sholakia in Kishoreganj take place?', '7 July 2016', false],
				['How many policemen were killed in the 7 July 2016 attack on Sholakia in Kishoreganj?', 'two', false]
			]
		]
	])('%s', (_why, text, expected) => {
		expect(cards(text)).toEqual(expected);
	});
});

describe('a year or a month counted from the day in view (review 21)', () => {
	it.each<[string, string, string, (string | boolean)[][]]>([
		[
			'"nearly four years ago" in December 2016 is 2013, not 2012 (min/o05-1)',
			'2016-12-19',
			doc(
				'Five men were sentenced to death for the twin bombings at Dilsukhnagar that killed 18 people nearly four years ago.'
			),
			[
				[
					'Five men were sentenced to death for the twin bombings at Dilsukhnagar that killed 18 people ____.',
					'2013',
					false
				],
				['How many people were killed in the bombings in Dilsukhnagar?', '18', false]
			]
		],
		[
			'a month a few after the story\'s day, in a sentence of that day ("that night"), goes on from it (min/o05-2)',
			'2016-12-19',
			doc(
				'On February 21, 2013, two bombs went off in Dilsukhnagar. Seventeen people died that night, and the toll reached 18 after an injured man died in March.'
			),
			[
				['When did the two bombings in Dilsukhnagar take place?', '21 February 2013', false],
				[
					'From a report on the two bombings in Dilsukhnagar: The toll reached 18 after an injured man died in ____.',
					'March 2013',
					false
				],
				['How many people were killed in the two bombings in Dilsukhnagar on 21 February 2013?', '18', false]
			]
		]
	])('%s', (_why, published, text, expected) => {
		expect(cards(text, published)).toEqual(expected);
	});
});

describe('events told in words the readers of events must know, named by what the text says of them (review 21)', () => {
	it.each<[string, string, (string | boolean)[][]]>([
		[
			'a vehicle driven through crowds along the edge of a square (min/n07-1)',
			doc(
				'A woman set off a bomb on a bus in Volgograd on 21 October, killing six passengers.',
				'A week later, on 28 October, a sport utility vehicle drove through crowds along the northern edge of Tiananmen Square and caught fire. Two bystanders were killed.'
			),
			[
				['When did the bombing on a bus in Volgograd take place?', '21 October 2017', false],
				['How many passengers were killed in the 21 October 2017 bombing on a bus in Volgograd?', 'six', false],
				['When did the attack in Tiananmen Square take place?', '28 October 2017', false],
				['How many bystanders were killed in the 28 October 2017 attack in Tiananmen Square?', 'Two', false]
			]
		],
		[
			'a device "set off by a suicide bomber in the entrance hall of" a station (min/n04-1)',
			doc(
				'On 29 December 2013 an explosive device was set off by a suicide bomber in the entrance hall of the Volgograd-1 railway station. 17 people were killed.'
			),
			[
				['When did the bombing at the Volgograd-1 railway station take place?', '29 December 2013', false],
				['How many people were killed in the 29 December 2013 bombing at the Volgograd-1 railway station?', '17', false]
			]
		],
		[
			'where the bombers came from is no one who did it: no "bombing by Dagestan" (min/n01-4)',
			doc(
				'On March 29, 2010, two women from Dagestan blew themselves up at the Lubyanka and Park Kultury stations, killing 40 commuters.'
			),
			[
				['When did the bombing at the Lubyanka and Park Kultury stations take place?', '29 March 2010', false],
				[
					'How many commuters were killed in the 29 March 2010 bombing at the Lubyanka and Park Kultury stations?',
					'40',
					false
				]
			]
		],
		[
			'"in that attack, on 4 December 2014": the day set after the anaphor is the raid\'s (min/n10-3)',
			doc(
				'Last December, fighters loyal to the Emirate raided Grozny; in that attack, on 4 December 2014, 14 police officers were killed.'
			),
			[
				['____, fighters loyal to the Emirate raided Grozny', 'December 2016', false],
				['When did the raid by the Emirate on Grozny take place?', '4 December 2014', false],
				['How many police officers were killed in the 4 December 2014 raid by the Emirate on Grozny?', '14', false]
			]
		],
		[
			'a claim "saying it was a warning to Russia over its military campaign in Syria" is of the bombing, not of Syria (min/n05-4)',
			doc(
				'A suicide bombing on the St Petersburg metro on 3 April 2017 killed 15 passengers. A group calling itself the Imam Shamil Battalion claimed responsibility for the bombing later that month, saying it was a warning to Russia over its military campaign in Syria.'
			),
			[
				['When did the suicide bombing on the St Petersburg metro take place?', '3 April 2017', false],
				[
					'How many passengers were killed in the 3 April 2017 suicide bombing on the St Petersburg metro?',
					'15',
					false
				],
				[
					'Who claimed responsibility for the 3 April 2017 suicide bombing on the St Petersburg metro?',
					'the Imam Shamil Battalion',
					false
				]
			]
		],
		[
			'"The group claimed …" after a sentence that named one group: that group, for a check (min/n10-5)',
			doc(
				'Doku Umarov proclaimed the Caucasus Emirate in 2007. The group claimed the bombing of the Nevsky Express train on 27 November 2009, which killed 28 people.'
			),
			[
				['Doku Umarov proclaimed the Caucasus Emirate in ____.', '2007', false],
				['When did the bombing on the Nevsky Express train take place?', '27 November 2009', false],
				['How many people were killed in the 27 November 2009 bombing on the Nevsky Express train?', '28', false],
				[
					'Who claimed responsibility for the 27 November 2009 bombing on the Nevsky Express train?',
					'Caucasus Emirate',
					true
				]
			]
		]
	])('%s', (_why, text, expected) => {
		expect(cards(text, '2017-12-01')).toEqual(expected);
	});
});

describe('round 22: British copy (review 22, Q)', () => {
	it.each<[string, string, (string | boolean)[][]]>([
		[
			'"and another in Ealing on 3 August that year": a second bombing, of the year written before (min/q10-1)',
			doc(
				'A car bomb outside BBC Television Centre on 4 March 2001 injured one man, and another in Ealing on 3 August that year injured seven people.'
			),
			[
				['When did the car bombing at BBC Television Centre take place?', '4 March 2001', false],
				['When did the car bombing in Ealing take place?', '3 August 2001', false],
				// Each count is the object of its own clause's verb, whose subject names its event.
				['How many people were injured in the 4 March 2001 car bombing at BBC Television Centre?', 'one', false],
				['How many people were injured in the 3 August 2001 car bombing in Ealing?', 'seven', false]
			]
		],
		[
			'"opened fire on soldiers collecting a pizza delivery outside Massereene Barracks": the barracks\' attack (min/q10-3)',
			doc(
				'A car bomb outside BBC Television Centre on 4 March 2001 injured one man.',
				'On 7 March 2009 gunmen opened fire on soldiers collecting a pizza delivery outside Massereene Barracks in Antrim. Two other soldiers and two delivery men were wounded.'
			),
			[
				['When did the car bombing at BBC Television Centre take place?', '4 March 2001', false],
				['How many people were injured in the 4 March 2001 car bombing at BBC Television Centre?', 'one', false],
				['When did the attack on Massereene Barracks in Antrim take place?', '7 March 2009', false],
				[
					'How many other soldiers were injured in the 7 March 2009 attack on Massereene Barracks in Antrim?',
					'Two',
					false
				],
				[
					'How many delivery men were injured in the 7 March 2009 attack on Massereene Barracks in Antrim?',
					'two',
					false
				]
			]
		],
		[
			'a crime on a record is no event: "convictions going back to 1983 for assault" (min/q01-2)',
			doc('Masood, who had most recently lived in the West Midlands, had convictions going back to 1983 for assault.'),
			[
				[
					'Masood, who had most recently lived in the West Midlands, had convictions going back to ____ for assault.',
					'1983',
					false
				]
			]
		],
		[
			'a denial of ties to a group is no denial of the attack (min/q03-2)',
			doc(
				'Saoradh, a political party the PSNI describes as closely linked to the New IRA, has denied any connection to the organisation.'
			),
			[]
		],
		[
			"a day in a relative clause about the killer is of what was done to him; the section's attack takes the count (min/q07-3)",
			doc(
				'Streatham, Sunday 2 February',
				'Sudesh Amman stabbed two people on Streatham High Road.',
				"Fishmongers' Hall, Friday 29 November",
				"Usman Khan, who had been released in December 2018 after serving a sentence for a plot to bomb the London Stock Exchange, killed two people at a prisoner rehabilitation event at Fishmongers' Hall near London Bridge."
			),
			[
				['When did the attack by Sudesh Amman on Streatham High Road take place?', '2 February 2020', false],
				[
					'How many people were injured in the 2 February 2020 attack by Sudesh Amman on Streatham High Road?',
					'two',
					false
				],
				["When did the attack on Fishmongers' Hall take place?", '29 November 2019', false],
				[
					"Usman Khan, who had been released in ____ after serving a sentence for a plot to bomb the London Stock Exchange, killed two people at a prisoner rehabilitation event at Fishmongers' Hall near London Bridge.",
					'December 2018',
					false
				],
				["How many people were killed in the 29 November 2019 attack on Fishmongers' Hall?", 'two', false],
				// The person the text tells as doing an attack is asked as its doer (review 22: no attacker was asked in 9 of
				// 10 British reports).
				['Who carried out the 2 February 2020 attack on Streatham High Road?', 'Sudesh Amman', false]
			]
		],
		[
			'blame for a killing named by its victim is asked of that killing, not of the attack before (min/q10-5)',
			doc(
				'A car bomb outside BBC Television Centre on 4 March 2001 injured one man. The Real IRA was blamed by police for the killing of Kieran Doherty, a 31-year-old man found dead in Derry in February 2010.'
			),
			[
				['When did the car bombing at BBC Television Centre take place?', '4 March 2001', false],
				['How many people were injured in the 4 March 2001 car bombing at BBC Television Centre?', 'one', false],
				['Whom did police blame for the killing of Kieran Doherty?', 'the Real IRA', false]
			]
		],
		[
			'"the first … since 1997" measures, and leaves the story on 7 March 2009 (min/q10-6)',
			doc(
				'On 7 March 2009 gunmen shot two soldiers at Massereene Barracks. They were the first British soldiers killed in Northern Ireland since 1997. Two days later, on 9 March, police constable Stephen Carroll was shot dead in Craigavon.'
			),
			[
				['When did the shooting at Massereene Barracks take place?', '7 March 2009', false],
				['They were the first British soldiers killed in Northern Ireland since ____.', '1997', false],
				[
					'From a report on the shooting at Massereene Barracks: Two days later, on ____, police constable Stephen Carroll was shot dead in Craigavon.',
					'9 March 2009',
					false
				]
			]
		]
	])('%s', (_why, text, expected) => {
		expect(cards(text, '2020-02-04')).toEqual(expected);
	});
});

describe('round 22: the Sahel (review 22, P)', () => {
	it.each<[string, string, string, (string | boolean)[][]]>([
		[
			'a convoy "leaving the … Hotel was ambushed": its own event, which "that ambush" points at (min/p04-1)',
			'2021-03-28',
			doc(
				'1. On Wednesday, 24 March 2021, terrorists attacked the town of Palma and dozens of people were murdered.',
				'2. On Friday, 26 March 2021, a convoy leaving the Amarula Palma Hotel was ambushed. Seven people were killed in that ambush.'
			),
			[
				['When did the attack in Palma take place?', '24 March 2021', false],
				['When did the ambush on a convoy take place?', '26 March 2021', false],
				['How many people were killed in the 26 March 2021 ambush on a convoy?', 'Seven', false]
			]
		],
		[
			'"struck a market and the town\'s outskirts in Bodo": the second target, cut at its owner\'s "\'s", goes (min/p07-1)',
			'2016-02-11',
			doc(
				"Four suicide bombers struck a market and the town's outskirts in Bodo, Cameroon, on Monday January 25, killing at least 32 people."
			),
			[
				['When did the attack at a market in Bodo take place?', '25 January 2016', false],
				['How many people were killed in the 25 January 2016 attack at a market in Bodo?', 'at least 32', false]
			]
		],
		[
			'the day of an election "held on" a date is the election\'s (min/p08-1)',
			'2021-01-03',
			doc(
				'Gunmen killed 70 people in Tchoma Bangou on 02.01.2021. The massacre came on the same day that results of the presidential election held on 27.12.2020 were announced.'
			),
			[
				['When did the attack in Tchoma Bangou take place?', '2 January 2021', false],
				['How many people were killed in the 2 January 2021 attack in Tchoma Bangou?', '70', false],
				[
					'The massacre came on the same day that results of the presidential election held on ____ were announced.',
					'27.12.2020',
					false
				]
			]
		],
		[
			'"a year after the assault … in January 2020": the month written out, no day counted (min/p08-2)',
			'2021-01-03',
			doc(
				'Gunmen killed 70 people in Tchoma Bangou on 02.01.2021. It came a year after the assault on the army camp at Chinagodrar in January 2020, in which 89 soldiers died.'
			),
			[
				['When did the attack in Tchoma Bangou take place?', '2 January 2021', false],
				['How many people were killed in the 2 January 2021 attack in Tchoma Bangou?', '70', false],
				['When did the assault in the army camp in Chinagodrar take place?', 'January 2020', false],
				['How many soldiers were killed in the January 2020 assault in the army camp in Chinagodrar?', '89', false]
			]
		]
	])('%s', (_why, published, text, expected) => {
		expect(cards(text, published)).toEqual(expected);
	});
});

describe('a mention an earlier year, or the news of the day, keeps apart from the event told before (review 41)', () => {
	it.each<[string, string, string, (string | boolean)[][]]>([
		[
			'"planning after 2003 was done by Top, who led a faction that bombed the JW Marriott … on 17 July 2009": a year something came after dates no event of the clause (BD min/03-6)',
			'2019-05-13',
			doc(
				'JI followed up with a car bomb at the JW Marriott hotel in Jakarta on 5 August 2003, which killed 12 people.',
				'Much of the operational planning after 2003 was done by Noordin Mohammad Top, who led a splinter faction that bombed the JW Marriott and Ritz-Carlton hotels in Jakarta on 17 July 2009, killing seven people.'
			),
			[
				[
					'How many people were killed in the 5 August 2003 car bombing at the JW Marriott hotel in Jakarta?',
					'12',
					false
				],
				[
					'How many people were killed in the 17 July 2009 bombing at the JW Marriott and Ritz-Carlton hotels in Jakarta?',
					'seven',
					false
				]
			]
		],
		[
			'"Suicide bombers hit three Western housing compounds in Riyadh", a headline pasted as the first paragraph, is the news of the day, no Khobar Towers bombing of 1996 (BG min/10-3)',
			'2003-05-13',
			[
				'BREAKING: Suicide bombers hit three Western housing compounds in Riyadh',
				'Nine attackers were also killed, officials said.',
				'It is the deadliest attack on foreigners in Saudi Arabia since a truck bomb killed 19 U.S. airmen at the Khobar Towers housing complex in 1996.'
			].join('\n\n'),
			[
				['How many attackers were killed in the attack on three Western housing compounds in Riyadh?', 'Nine', false],
				['How many people were killed in the truck bombing at the Khobar Towers housing complex in 1996?', '19', false]
			]
		]
	])('%s', (_why, published, text, expected) => {
		expect(cards(text, published).filter(([prompt]) => /^How many/.test(String(prompt)))).toEqual(expected);
	});
});

describe("an attack's doer", () => {
	it('names both men who did it together (review 16 e07, seen on /create)', () => {
		const text = doc(
			'On the morning of 22 March 2016, Ibrahim El Bakraoui and Najim Laachraoui blew themselves up in the departure hall at Zaventem.'
		);
		expect(cards(text).filter(([prompt]) => /^Who carried out/.test(String(prompt)))).toEqual([
			[
				'Who carried out the 22 March 2016 bombing at the departure hall in Zaventem?',
				'Ibrahim El Bakraoui and Najim Laachraoui',
				false
			]
		]);
	});
});

describe('a roundup of sections, each under its place and day (review 23)', () => {
	it('frames each section’s people and claims by its own attack, whatever its year, and writes a place in capitals as a name (min/r07-2, r07-3)', () => {
		const text = [
			'Three attacks',
			'KARSK, 3 September 2021',
			'At about 2.40pm on Friday, a man began stabbing shoppers at the Velda mall in Karsk. Seven people were hurt.',
			'ORSA, 5 June 2017',
			'In the bayside suburb, a gunman shot dead the receptionist, Kai Hao, 36. Islamic State said through Amaq the same evening that one of its "soldiers" had carried it out.'
		].join('\n\n');
		const { cards, checks } = generate(text, { id: 'w', title: 'Three attacks', published: '2021-09-06' });
		expect(cards.filter((c) => c.kind !== 'date').map((c) => [c.prompt, c.answer, c.id in checks])).toEqual([
			['How many people were injured in the 3 September 2021 stabbing at the Velda mall in Karsk?', 'Seven', false],
			['From a report on the attack in Orsa: Who was the receptionist?', 'Kai Hao', false],
			['Who claimed responsibility for the 5 June 2017 attack in Orsa?', 'Islamic State', false]
		]);
	});
});

describe("a profile's items, one headed by a part of a town (review 26, min/y10-4)", () => {
	it('gives each item its own counts', () => {
		const text = [
			'Explainer: the Front',
			'- Orsa, June 28, 2019: two suicide bombers attacked an army camp in Velda.',
			'- Karsk town centre, August 24, 2020: a motorcycle bomb and a woman suicide bomber killed 15 people and wounded 75.'
		].join('\n\n');
		const { cards } = generate(text, { id: 'w', title: 'Explainer: the Front', published: '2021-02-01' });
		expect(cards.filter((c) => c.kind === 'toll').map((c) => [c.prompt, c.answer])).toEqual([
			['How many people were killed in the 24 August 2020 attack in Karsk town centre?', '15'],
			['How many people were injured in the 24 August 2020 attack in Karsk town centre?', '75']
		]);
	});
});

describe('a place and the day of publication opening the body (review 26, min/y07-1)', () => {
	it('is where the report was filed, not a section on an attack there', () => {
		const text = [
			'Bombings put the south on edge',
			'Orsa, February 1 — A grenade attack on a mosque in Karsk early on Wednesday has become the third deadly bombing in the south in four weeks.',
			'Karsk, January 30',
			'Two religious teachers were killed when an attacker lobbed a grenade into a mosque in the Velda quarter at about 1am on Wednesday.'
		].join('\n\n');
		const { cards } = generate(text, { id: 'w', title: 'Bombings put the south on edge', published: '2019-02-01' });
		expect(cards.map((c) => c.prompt).filter((p) => p.includes('Orsa'))).toEqual([]);
		expect(cards.find((c) => c.kind === 'date')?.prompt).toBe('When did the attack on a mosque in Karsk take place?');
	});
});

describe("a profile's item under its place and day (review 25, min/w10-3)", () => {
	it('is the item’s attack, in its province, told by fighters who overran a base, and the heading dates it', () => {
		const text = [
			'Who are the Front?',
			'Orsa, December 7, 2017: Front fighters overran a UN base in North Velda, killing 15 Tanzanian peacekeepers.'
		].join('\n\n');
		const { cards } = generate(text, { id: 'w', title: 'Who are the Front?', published: '2025-08-12' });
		expect(cards.map((c) => [c.prompt, c.answer])).toEqual([
			['When did the attack by Front fighters on a UN base in Orsa take place?', '7 December 2017'],
			[
				'How many Tanzanian peacekeepers were killed in the 7 December 2017 attack by Front fighters on a UN base in Orsa?',
				'15'
			]
		]);
	});
});

describe("a profile's items under places whose names hold an article (review 27, min/aa10-2)", () => {
	it('are each their own attack, with their own counts, however near one item places the other', () => {
		const text = [
			'Front explainer',
			'- Karam al-Orsa, 24 October 2014: a suicide car bomb at a checkpoint near Velda killed at least 30 soldiers.',
			'- Velda, 1 July 2015: militants attacked army posts. The army said 17 soldiers and more than 100 militants were killed.'
		].join('\n\n');
		const { cards } = generate(text, { id: 'w', title: 'Front explainer', published: '2018-02-10' });
		expect(cards.filter((c) => c.kind === 'toll').map((c) => [c.prompt, c.answer])).toEqual([
			[
				'How many soldiers were killed in the 24 October 2014 suicide car bombing at a checkpoint in Karam al-Orsa?',
				'at least 30'
			],
			['How many soldiers were killed in the 1 July 2015 attack on army posts in Velda?', '17'],
			['How many militants were killed in the 1 July 2015 attack on army posts in Velda?', 'more than 100']
		]);
	});
});

describe('a roundup headed "Place, Country, Day" (review 28, min/ac07-1)', () => {
	it('dates each section by its heading, a span counted from the section before dates nothing, and a fight over two days is headed by its first', () => {
		const text = [
			'Three attacks in the region',
			'Orsa, Velda, May 9-10',
			'In the northern town of Orsa, eight police officers were killed during a two-day gun battle.',
			'Karsk, Velda, April 27',
			'Seven months earlier, Omar Dahir burst into the police station in Karsk and shot dead an officer. Two other officers were wounded.'
		].join('\n\n');
		const { cards, checks } = generate(text, {
			id: 'w',
			title: 'Three attacks in the region',
			published: '2015-11-20'
		});
		expect(cards.filter((c) => c.kind !== 'actor').map((c) => [c.prompt, c.answer, checks[c.id]])).toEqual([
			['When did the attack in Orsa take place?', '9 May 2015', undefined],
			['How many police officers were killed in the 9 May 2015 attack in Orsa?', 'eight', undefined],
			['When did the attack by Omar Dahir at the police station in Karsk take place?', '27 April 2015', undefined],
			[
				'How many other officers were injured in the 27 April 2015 attack by Omar Dahir at the police station in Karsk?',
				'Two',
				undefined
			]
		]);
	});
});

describe('a roundup whose attacks are told by shots and by a town that opens the sentence (review 28, min/ac07-2)', () => {
	it('gives the count to the attack in the town that opens its sentence, not to the shooting before', () => {
		const text = [
			'Attacks in the region',
			'Omar Dahir opened fire on two soldiers in Karsk on Wednesday, killing both.',
			'In Velda, eight police officers were killed during a gun battle on May 9.'
		].join('\n\n');
		const { cards, checks } = generate(text, { id: 'w', title: 'Attacks in the region', published: '2015-11-20' });
		expect(cards.filter((c) => c.kind === 'toll').map((c) => [c.prompt, c.answer, checks[c.id]])).toEqual([
			['How many police officers were killed in the 9 May 2015 attack in Velda?', 'eight', undefined]
		]);
	});
});

describe('a count guessed to be of the event, told again where the text ties it to the event (tune, r149)', () => {
	it('is asked once, trusted, not again as a cloze of its own clause', () => {
		const text = readFileSync('eval/tune/r149-danforth-live.txt', 'utf8');
		const { cards, checks } = generate(text, { id: 'r149', title: text.split('\n')[0]!, published: '2018-07-23' });
		expect(cards.filter((c) => c.kind === 'toll').map((c) => [c.format, c.answer, checks[c.id]])).toEqual([
			['qa', 'two', undefined],
			['qa', '13', undefined],
			['qa', '10', undefined]
		]);
	});
});

describe("a week's roundup whose sections are headed by place and weekday (review 27, min/z07-2)", () => {
	it('gives each section’s counts to its own attack, on its own day', () => {
		const text = [
			'Three days of violence',
			'Karsk, Velda — Monday',
			'Gunmen ambushed a convoy of police in Karsk on Monday, killing 13 officers.',
			'Orsa, Velda — Tuesday',
			'A day later, soldiers near Orsa came under fire from gunmen. The army said 14 suspected gunmen and one soldier were killed in the clash.'
		].join('\n\n');
		const { cards, checks } = generate(text, { id: 'w', title: 'Three days of violence', published: '2019-10-18' });
		expect(cards.filter((c) => c.kind === 'toll').map((c) => [c.prompt, c.answer, checks[c.id]])).toEqual([
			['How many officers were killed in the 14 October 2019 attack on a convoy in Karsk?', '13', undefined],
			['How many suspected gunmen were killed in the 15 October 2019 attack in Orsa?', '14', undefined],
			['How many soldiers were killed in the 15 October 2019 attack in Orsa?', 'one', undefined]
		]);
	});
});

describe("a roundup's sections headed by place and a day with its month written short (review 29, AE 05)", () => {
	it('gives each section its own attack, dated by its heading, and its gunman', () => {
		const text = [
			'Two cities, one week',
			'Karsk, Velda — Sunday, July 28',
			'A gunman opened fire at the Karsk Garlic Festival, killing three people.',
			'Orsa, Velda — Sunday, Aug. 4',
			'Thirteen hours after Karsk, a gunman opened fire at 1:05 a.m. on East Fifth Street, killing nine people.',
			'The gunman was identified as Connor Betts, 24.'
		].join('\n\n');
		const { cards, checks } = generate(text, { id: 'w', title: 'Two cities, one week', published: '2019-08-06' });
		expect(cards.map((c) => [c.prompt, c.answer, checks[c.id]])).toEqual([
			['When did the attack on the Karsk Garlic Festival take place?', '28 July 2019', undefined],
			['How many people were killed in the 28 July 2019 attack on the Karsk Garlic Festival?', 'three', undefined],
			['When did the attack on East Fifth Street in Orsa take place?', '4 August 2019', undefined],
			['How many people were killed in the 4 August 2019 attack on East Fifth Street in Orsa?', 'nine', undefined],
			['From a report on the attack on East Fifth Street in Orsa: Who is the gunman?', 'Connor Betts', undefined]
		]);
	});
});

describe('the first sentence under a section heading of a place (tune, r313)', () => {
	it('tells of the heading’s attack at a venue there, asked once', () => {
		const text = [
			'Seven months of attacks',
			'Until last summer, most people thought of the Front as a rural problem.',
			'Velda House, 26 August',
			'On Friday 26 August, a man drove a car through the gate and rammed it into the reception hall, killing 23 people.'
		].join('\n\n');
		const { cards, checks } = generate(text, { id: 'w', title: 'Seven months of attacks', published: '2012-01-29' });
		expect(cards.map((c) => [c.prompt, c.answer, checks[c.id]])).toEqual([
			['When did the attack on the reception hall in Velda House take place?', '26 August 2011', undefined],
			[
				'How many people were killed in the 26 August 2011 attack on the reception hall in Velda House?',
				'23',
				undefined
			]
		]);
	});
});

describe('the day police were hunting a suspect (review 30, AG min/01-2)', () => {
	it('dates no attack', () => {
		const text = [
			'Bangkok shrine bomb kills 20, police hunt man seen leaving backpack',
			'BANGKOK, Aug 18 (Reuters) - Thai police on Tuesday were hunting a man seen leaving a backpack at a shrine in central Bangkok minutes before a bomb exploded there, killing 20 people and wounding more than 120 in what the government called the worst attack ever on the capital.',
			'The bomb went off at about 6:55 p.m. (1155 GMT) on Monday at the Erawan Shrine.'
		].join('\n\n');
		const { cards } = generate(text, { id: 'w', title: 'W', published: '2015-08-18' });
		expect(cards.map((c) => `${c.prompt} ${c.answer}`)).toEqual([
			'Thai police on ____ were hunting a man seen leaving a backpack at a shrine in central Bangkok minutes before a bomb exploded there 18 August 2015',
			'How many people were killed in the attack in Bangkok? 20',
			'How many people were injured in the attack in Bangkok? more than 120',
			'When did the bombing at the Erawan Shrine take place? 17 August 2015'
		]);
	});
});

describe('a group’s record in a list of what the forces face (review 30, AF min/05-17)', () => {
	it('is no event, and takes no arrests', () => {
		const text = [
			"Analysts say the three attacks show how stretched Turkey's security forces are, facing Kurdish militants in the south-east and in the cities, Islamic State cells that have carried out bombings in Istanbul and Ankara, and a purge of tens of thousands of police and soldiers since the coup attempt.",
			'Interior Minister Suleyman Soylu said 235 people had been detained in connection with the Istanbul bombings.'
		].join('\n\n');
		const { cards } = generate(text, { id: 'w', title: 'W', published: '2016-12-20' });
		expect(cards.map((c) => `${c.prompt} ${c.answer}`)).toEqual([
			'How many people were arrested over the bombings in Istanbul? 235',
			'From a report on the bombings in Istanbul: Who is the Interior Minister? Suleyman Soylu'
		]);
	});
});

describe("a roundup's section official, beside an attack the report names by its venue alone (review 29, AE 05)", () => {
	it('is asked within the section’s attack', () => {
		const text = [
			'Three cities, one week: what we know about the Gilroy, El Paso and Dayton shootings',
			'By Washington Desk Staff',
			'Three mass shootings in three states over eight days have left 34 people dead and dozens wounded, renewing pressure on Congress to act on gun legislation. Here is what is known about each attack.',
			'Gilroy, California — Sunday, July 28',
			'A gunman cut through a fence and opened fire at the Gilroy Garlic Festival shortly before 5:45 p.m. on the final day of the three-day event, killing three people and wounding 13 others. Police officers patrolling the festival confronted the shooter within about a minute and shot him; the coroner later said he died of a self-inflicted gunshot wound.',
			'Police identified him as Santino William Legan, 19, of Gilroy. The dead were Stephen Romero, 6; Keyla Salazar, 13; and Trevor Irby, 25, a recent college graduate from upstate New York. The FBI opened a domestic terrorism investigation after finding a list of possible targets, including religious institutions and federal buildings, among his belongings.',
			'El Paso, Texas — Saturday, Aug. 3',
			'A gunman armed with an AK-style rifle killed 22 people and wounded 24 at a Walmart near the Cielo Vista Mall, which was crowded with back-to-school shoppers, many of them from Ciudad Juárez across the border.',
			'Patrick Crusius, 21, of Allen, Texas, surrendered to police outside the store. Authorities said they were investigating a racist screed posted online shortly before the attack that complained of a "Hispanic invasion of Texas." The El Paso County district attorney said the state would seek the death penalty, and U.S. Attorney John Bash said federal prosecutors were treating the shooting as domestic terrorism. Mexico\'s foreign minister, Marcelo Ebrard, said seven — later eight — of the dead were Mexican citizens.',
			'Dayton, Ohio — Sunday, Aug. 4',
			'Thirteen hours after El Paso, a gunman in body armor opened fire at 1:05 a.m. on East Fifth Street in the crowded Oregon District, a popular nightlife area. He killed nine people, including his 22-year-old sister, Megan Betts, and injured 27 others, at least 14 of them by gunfire, before officers shot him dead outside the Ned Peppers bar. Police said the attack lasted 32 seconds.',
			'The gunman was identified as Connor Betts, 24, of Bellbrook, Ohio. Police Chief Richard Biehl said investigators had not found a motive and saw no sign that the shooting was racially motivated, although six of the nine killed were Black.'
		].join('\n\n');
		const { cards } = generate(text, { id: 'w', title: 'W', published: '2019-08-06' });
		expect(cards.filter((c) => c.answer === 'Richard Biehl').map((c) => c.prompt)).toEqual([
			'From a report on the attack on East Fifth Street in Dayton: Who is the Police Chief?'
		]);
	});
});

describe("a profile's items headed by the thing attacked (review 27, min/aa10-3)", () => {
	it('are each their own attack, named by the heading and dated by it', () => {
		const text = [
			'Front explainer',
			'- Orsair Flight 9268, 31 October 2015: a bomb brought down a passenger airliner, killing all 224 people on board.',
			'- Al-Karsk mosque, 24 November 2017: gunmen killed 305 worshippers at a Sufi mosque in Velda.'
		].join('\n\n');
		const { cards, checks } = generate(text, { id: 'w', title: 'Front explainer', published: '2018-02-10' });
		expect(cards.map((c) => [c.prompt, c.answer, checks[c.id]])).toEqual([
			['When did the attack on Orsair Flight 9268 take place?', '31 October 2015', undefined],
			['How many people were killed in the 31 October 2015 attack on Orsair Flight 9268?', '224', undefined],
			['When did the attack on Al-Karsk mosque in Velda take place?', '24 November 2017', undefined],
			['How many worshippers were killed in the 24 November 2017 attack on Al-Karsk mosque in Velda?', '305', undefined]
		]);
	});
});

describe('a site told as where more of the harm was done (review 23, r01)', () => {
	it('is a site of the story’s event, and "the shooting" a paragraph later is the whole’s, which frames the titles', () => {
		const text = [
			'Mosque toll rises to 50',
			'KARSK, March 16 (Wire) - The number of people killed in Friday’s shootings at two mosques in Karsk rose to 50 on Saturday, police said.',
			'Police said more victims were still in hospital.',
			'Officers were still at the scene.',
			'Witnesses said the gunman walked into Al Noor and fired for several minutes. He then drove east to the Velda Islamic Centre, where seven more worshippers were shot dead.',
			'The first attack was streamed live. The text was posted minutes before the shooting began.',
			'Prime Minister Omar Dahir promised new gun laws.'
		].join('\n\n');
		const { cards } = generate(text, { id: 'w', title: 'Mosque toll rises to 50', published: '2019-03-16' });
		expect(cards.filter((c) => c.kind !== 'date').map((c) => [c.prompt, c.answer])).toEqual([
			['How many people were killed in the 15 March 2019 shootings at two mosques in Karsk?', '50'],
			['How many worshippers were killed in the attack on the Velda Islamic Centre?', 'seven'],
			['From a report on the shootings at two mosques in Karsk: Who is the Prime Minister?', 'Omar Dahir']
		]);
	});
});

describe('an event the text takes back or says did not happen (review 34, AO min/01-7)', () => {
	const lead =
		"The number of people killed in Thursday's suicide bombing outside Karsk airport rose to at least 170 on Friday.";
	const named = 'The Velda Front claimed responsibility and named the bomber as Omar Dahir.';
	const draft = (...rest: string[]) =>
		generate([lead, named, ...rest].join('\n\n'), { id: 'wire', title: 'Wire', published: '2021-08-27' });
	const framed = (...rest: string[]) => draft(...rest).cards.find((c) => /bomber/.test(c.prompt))?.prompt;
	/** The events read, by name, besides the airport bombing. */
	const others = (text: string) =>
		extractFacts([lead, named, text].join('\n\n'), { id: 'wire', title: 'Wire', published: '2021-08-27' })
			.events.map((e) => describeEvent(e))
			.filter((d) => !/airport/.test(d));

	it('reads a report the next sentence only calls something else wrong', () => {
		const { sentences } = storySentences(
			'Police said the attacker was a 28-year-old man. The mayor said it was wrong to link the attack to immigration.',
			{ title: 'W' }
		);
		expect(sentences.length).toBe(2);
	});

	it('frames no title by a report a later sentence says was wrong', () => {
		const text =
			'In its first briefing after the attack, the ministry said a second suicide bomber had struck near the Baron Hotel. On Friday a general said that was wrong.';
		expect(framed(text)).toBe('From a report on the suicide bombing at Karsk airport: Who is the bomber?');
		// A report no one takes back is read (and the bomber, named for the airport bombing the lede tells of, is still
		// framed by it: review 49, CU min/06-7).
		expect(others(text.replace(/ On Friday.*/, ''))).toEqual(['the attack on the Baron Hotel']);
		expect(framed(text.replace(/ On Friday.*/, ''))).toBe(
			'From a report on the suicide bombing at Karsk airport: Who is the bomber?'
		);
	});

	it.each([
		['"We do not believe that there was a second explosion at or near the Baron Hotel," the general said.', []],
		['Police said there was no explosion at the Baron Hotel.', []],
		['No bomb went off at the Baron Hotel.', []],
		// "no warning" denies the warning, not the blast.
		['There was no warning before a second bomb exploded at the Baron Hotel.', ['the bombing at the Baron Hotel']]
	])('"%s" tells of these other events: %j', (text, want) => {
		expect(others(text)).toEqual(want);
	});
});

describe('what forces killed in an operation of theirs (round 31, AH 09)', () => {
	it('is no toll of an earlier attack', () => {
		const text = [
			'Attack on an army post in Kafolo',
			'The attack on the army post in Kafolo took place at about 3 a.m. on Thursday 11 June 2020.',
			'The raid came less than three weeks after the end of Operation Velda, a joint sweep carried out from 11 to 24 May in the same zone, during which the two armies said eight jihadists were killed and 38 suspects were arrested.'
		].join('\n\n');
		expect(
			cards(text, '2020-06-12').filter(([prompt]) => /\bMay\b.*attack|attack.*\bMay\b/.test(String(prompt)))
		).toEqual([]);
	});
});

describe('where a group is based (review 36, AS min/02-13)', () => {
	it.each([
		['India blames the attack on the Velda Front, a group based in Karsk.', 'Whom did India blame for the attack?'],
		[
			'India blames the attack on the Velda Front, which is headquartered in Karsk.',
			'Whom did India blame for the attack?'
		]
	])('is no place of the attack blamed on it: %s', (sentence, prompt) => {
		const { cards } = generate(sentence, { id: 'w', title: 'W', published: '2012-11-21' });
		expect(cards.filter((c) => c.answer === 'the Velda Front').map((c) => c.prompt)).toEqual([prompt]);
	});
});

describe('a town a sentence opens on (review 36, AS min/09-5)', () => {
	const two = [
		'Karsk, 11 March 2004: Ten bombs exploded on four trains.',
		'Velda, 7 July 2005: At about 8.50am, three bombs went off on Underground trains. At 9.47am, a fourth bomb destroyed a bus in Tavistock Square.'
	];
	const killed = (sentence: string) =>
		generate([...two, sentence].join('\n\n'), { id: 'w', title: 'W', published: '2024-03-11' }).cards.find(
			(c) => c.answer === '191'
		)?.prompt;
	it('names the one event told there', () => {
		expect(killed('In Karsk, 191 people were killed and about 1,800 injured.')).toBe(
			'How many people were killed in the 11 March 2004 attack on four trains in Karsk?'
		);
	});
	it('and a town no event was told in names none of them', () => {
		expect(killed('In Tarn, 191 people were killed and about 1,800 injured.')).not.toMatch(/Karsk/);
	});
});

describe('"the blast there" (review 36, AS min/08-17)', () => {
	it.each([
		[
			'CCTV footage shows a man walking into the church in Velda shortly before the blast there, which killed more than 100 people.',
			'How many people were killed in the blast in Velda?'
		],
		// With no place before it, "there" points where the story stands.
		[
			'The blast there killed more than 100 people.',
			'How many people were killed in the suicide bombing at the Tarn hotel in Karsk?'
		]
	])('is of the place its sentence named: %s', (sentence, prompt) => {
		const text = [
			'Karsk bombings',
			'Gunmen said Omar Dahir was killed in the suicide bombing at the Tarn hotel in Karsk.',
			sentence
		].join('\n\n');
		const { cards } = generate(text, { id: 'w', title: 'W', published: '2019-04-26' });
		expect(cards.find((c) => c.answer === 'more than 100')?.prompt).toBe(prompt);
	});
});

describe('where someone was going (review 37, AU min/04-13)', () => {
	it.each([
		'President Omar Dahir, speaking before departing for the G20 summit in Velda on Sunday, condemned the "vile attack".',
		'The minister, on a visit to Velda, condemned the attack.',
		// (Review 38, AY min/04-7: where someone went to see the hurt.)
		'President Omar Dahir condemned the "barbaric" attack and visited the wounded in Velda on Monday.',
		// (Review 38, AV min/04-4: where someone took part, over a long name.)
		'Following this attack, President Omar Dahir cut short his participation in the Velda Forum for Sustainable Peace and Development in Tarn and returned home on Monday.'
	])('is no place of the attack: %s', (sentence) => {
		const text = ['Karsk blast', 'An explosion on Karsk Avenue killed six people on Sunday.', sentence].join('\n\n');
		const { events } = generate(text, { id: 'w', title: 'W', published: '2022-11-14' });
		expect(events.map((e) => e.description).filter((d) => /Velda|Tarn/.test(d))).toEqual([]);
	});
});

describe('where a prayer was led (review 37, AT min/06-9)', () => {
	it('is no place of the siege the priest was held in, nor its day', () => {
		const text =
			'Fr. Omar Dahir, the Karsk priest who was taken hostage by the militants on the first day of the siege and held for almost four months, led a prayer for peace in Velda City on Wednesday morning.';
		const { events, cards } = generate(text, { id: 'w', title: 'W', published: '2018-05-23' });
		expect([events.map((e) => e.description), cards.filter((c) => /^When did/.test(c.prompt)).length]).toEqual([[], 0]);
	});
});
