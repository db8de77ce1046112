import { describe, expect, it } from 'vitest';
import { generate, type DocMeta } from '../../../src/lib/generator/index';

const meta: DocMeta = { id: 'wire', title: 'Wire', published: '2024-05-21' };
const doc = (...paragraphs: string[]) => paragraphs.join('\n\n');
const dateCards = (text: string) => generate(text, meta).cards.filter((c) => c.kind === 'date');

describe('the evidence of a date counted from another', () => {
	it.each([
		[
			'hours counted from a day the sentence wrote: quoted with that day (review 32, AJ min/02-11)',
			'Two suicide bombers blew themselves up in the departure hall of Karsk airport on March 22, and a third struck Velda metro station an hour later.',
			'When did the attack at Velda metro station take place?',
			'March 22, and a third struck Velda metro station an hour later.'
		],
		[
			'a span counted from a day written with its year',
			'On March 4, 2003, a bomb outside the Karsk airport killed 22 people, and a month later a blast at the Velda wharf killed 17.',
			'When did the blast at the Velda wharf take place?',
			'On March 4, 2003, a bomb outside the Karsk airport killed 22 people, and a month later a blast at the Velda wharf killed 17.'
		]
	])('%s', (_why, text, prompt, quote) => {
		const card = generate(text, meta).cards.find((c) => c.prompt === prompt);
		expect(card?.source.quote).toBe(quote);
	});
});

describe('a day set off before the event, whose own words give another time (review 41, BF min/06-1)', () => {
	it('"At 2:49 p.m. on Tuesday, the moment the first of two bombs exploded … a year ago": Tuesday is the silence\'s', () => {
		const text = doc(
			'One year after the Boston Marathon bombing, a city remembers',
			'BOSTON - At 2:49 p.m. on Tuesday, the moment the first of two bombs exploded near the finish line of the Boston Marathon a year ago, the city fell silent.',
			'The bombs went off about 12 seconds apart on April 15, 2013, among the crowds watching runners finish the race. Three spectators were killed.'
		);
		const cards = generate(text, { id: 'wire', title: 'Wire', published: '2014-04-15' }).cards;
		expect(cards.filter((c) => c.kind !== 'date' || c.format === 'qa').map((c) => [c.prompt, c.answer])).toEqual([
			['When did the two bombings in Boston Marathon take place?', '15 April 2013'],
			['How many spectators were killed in the two bombings in Boston Marathon on 15 April 2013?', 'Three']
		]);
	});
});

describe('a date the story gives its event', () => {
	it.each([
		[
			'the same day again, in a sentence naming no event, dates the event once',
			doc(
				'Gunmen attacked the central market in Rell on Monday, killing 12 people.',
				'Firefighters were called to the square at 9:15 p.m. on Monday after reports of shooting.'
			),
			[['When did the attack at the central market in Rell take place?', '20 May 2024']]
		],
		[
			'a year the text has the story stand in ("had its own wave in late 2011": "had" of having) dates the yearless day after it (review 31, AI min/03-11)',
			doc('Velda had its own wave in late 2011. On 12 November, Omar Dahir shot dead seven people in Karsk.'),
			[
				['Velda had its own wave in ____.', 'late 2011'],
				['When did the shooting by Omar Dahir in Karsk take place?', '12 November 2011']
			]
		],
		[
			'the day something was still going on is no day of the event told after it (review 32, AJ min/01-1)',
			doc(
				'Investigators in Karsk were still working on Sunday to establish whether a beach massacre and a mosque bombing that took place within hours of each other on Friday were coordinated.'
			),
			[['When did the massacre in Karsk take place?', '17 May 2024']]
		],
		[
			'a span counted back to an arrest dates the arrest, not the attack named after it (review 32, AJ min/04-11)',
			doc(
				'08:15 - Two explosions have been reported at Karsk airport, the main international airport, at around 7.58am local time.',
				'The attacks come four days after police in Velda arrested Omar Dahir, the last surviving suspect of the attacks in Orsa last November.'
			),
			[
				[
					'Two explosions have been reported at Karsk airport, the main international airport, ____ local time.',
					'21 May 2024'
				],
				[
					'The attacks come four days after police in Velda arrested Omar Dahir, the last surviving suspect of the attacks in Orsa ____.',
					'November 2023'
				]
			]
		],
		[
			'a day within a siege that went on for months is not the siege’s (review 26, min/y10-5)',
			doc(
				'Omar Dahir, a Velda-based commander, was killed on October 16, 2017 during the Karsk siege, which he helped lead.'
			),
			[['Omar Dahir, a Velda-based commander, was killed on ____ during the Karsk siege', 'October 16, 2017']]
		],
		[
			'the day a man wounded in the attack died is not the attack’s (r309)',
			doc(
				'A soldier wounded in the pre-dawn raid on an army brigade headquarters at Uri died in hospital in New Delhi on Monday, taking the number of troops killed in the attack to 18.',
				'No group has claimed the raid.'
			),
			[
				[
					'A soldier wounded in the pre-dawn raid on an army brigade headquarters at Uri died in hospital in New Delhi on ____',
					'20 May 2024'
				]
			]
		],
		[
			'past "in which" the day of the deaths is the event’s own (second review)',
			doc(
				'Thirty people were injured in the suicide bombing at a Shia mosque in Kabul in which 18 worshippers died on Friday.'
			),
			[['When did the suicide bombing at a Shia mosque in Kabul take place?', '17 May 2024']]
		],
		[
			'a day past a span counted to something after the attack is not the attack’s, nor asked (r301)',
			doc(
				'A gunman opened fire on a police van at the central market in Rell on Thursday night, killing one officer.',
				'The shooting came three days before the first round of the presidential election on Sunday.'
			),
			[['When did the attack at the central market in Rell take place?', '16 May 2024']]
		],
		[
			'a day past the comma that closes a span is the clause’s, not the span’s (third review)',
			doc(
				'A suicide bomber killed 128 people at an election rally in Mastung, less than two weeks ahead of the general election, on 13 May.'
			),
			[['When did the attack at an election rally in Mastung take place?', '13 May 2024']]
		],
		[
			'a man armed with a weapon opening the clause after its date is the attack’s doer',
			doc(
				'A gunman attacked the Christmas market in Rell, killing five people.',
				'Shortly before 8pm on Monday, a man armed with a pistol and a knife walked into the streets around the market.'
			),
			[['When did the attack at the Christmas market in Rell take place?', '20 May 2024']]
		],
		[
			'a dateline’s day is no event’s own, so it does not keep a day in the clause from the event it follows',
			doc(
				'RELL, May 21 - The toll from the car bomb that tore through the central market in Rell on Sunday evening rose to 37 on Tuesday.'
			),
			[['When did the car bombing at the central market in Rell take place?', '19 May 2024']]
		],
		[
			'two events in one sentence, each dated in its own clause, the second after ", and"',
			doc(
				'Gunmen attacked the central market in Rell on Monday, killing 12 people.',
				'On 3 October 2012, shells killed five people in Orsa, and on 11 February 2013 a car bomb was set off at the Karsk border gate.'
			),
			[
				['When did the attack at the central market in Rell take place?', '20 May 2024'],
				['When did the attack in Orsa take place?', '3 October 2012'],
				['When did the car bombing at the Karsk border gate take place?', '11 February 2013']
			]
		],
		[
			'a day before ", and on <another day>" is not the day of the event told after it (r145)',
			doc(
				'Gunmen attacked the central market in Rell on Monday, killing 12 people.',
				'On August 24, 2004, two passenger jets exploded in flight, killing all 90 people on board, and on the evening of August 31 a woman blew herself up outside the Velda metro station in Orsa, killing 10 people.'
			),
			[
				['When did the attack at the central market in Rell take place?', '20 May 2024'],
				['On ____, two passenger jets exploded in flight', 'August 24, 2004'],
				['When did the bombing at the Velda metro station in Orsa take place?', '31 August 2004']
			]
		],
		[
			'"over Sunday\'s bombing": a day that owns the event\'s noun dates it, in a clause about arrests',
			doc("Police in Rell arrested five men on Monday over Sunday's bombing of a market that killed 20 people."),
			[
				[
					"Police in Rell arrested five men on ____ over Sunday's bombing of a market that killed 20 people.",
					'20 May 2024'
				],
				['When did the bombing at a market in Rell take place?', '19 May 2024']
			]
		],
		[
			'the day after the verb of the subject an abduction names is when they came back, not when they were taken',
			doc(
				'RELL - Three hundred boys abducted from their school in Karsk were brought back to the state capital on Monday morning.',
				'The gunmen came late on Monday, May 13, and took the boys from the Government Secondary School in Karsk.'
			),
			[
				[
					'Three hundred boys abducted from their school in Karsk were brought back to the state capital on ____.',
					'20 May 2024'
				],
				['When did the abduction from their school in Karsk take place?', '13 May 2024']
			]
		],
		[
			'taking people hostage is the attack’s act',
			doc(
				'A gunman stormed the Lindt cafe in Rell, and two hostages were killed.',
				'Monis, a self-styled cleric, walked into the cafe shortly before 9.45am on Monday and took 18 people hostage.'
			),
			[['When did the attack on the Lindt cafe in Rell take place?', '20 May 2024']]
		],
		[
			'the event’s day again in a sentence naming nothing is no second question',
			doc(
				'Four bombers attacked trains and a bus in Rell on 20 May 2023, killing 52 people.',
				'A gunman attacked a school in Karsk on Friday, killing two teachers.',
				'They went off within an hour on the morning of 20 May 2023.'
			),
			[
				['When did the attack on trains and a bus in Rell take place?', '20 May 2023'],
				['When did the attack on a school in Karsk take place?', '17 May 2024']
			]
		],
		[
			'the day after "arrested on" is the arrest’s, not that of the attack named after it',
			doc(
				'Police said a man arrested on 20 May was behind a knife attack in Rell on 4 May, in which a tourist was killed.'
			),
			[
				[
					'Police said a man arrested on ____ was behind a knife attack in Rell on 4 May, in which a tourist was killed.',
					'20 May 2024'
				],
				['When did the attack in Rell take place?', '4 May 2024']
			]
		],
		[
			'the day men accused of an attack were brought before a court is the hearing’s',
			doc(
				'Gunmen attacked the concert hall in Rell on Friday evening, killing 30 people.',
				'Four men accused of shooting concertgoers at the concert hall in Rell were brought before a court on Sunday, a day after their arrest.'
			),
			[
				['When did the attack on the concert hall in Rell take place?', '17 May 2024'],
				[
					'Four men accused of shooting concertgoers at the concert hall in Rell were brought before a court on ____, a day after their arrest.',
					'19 May 2024'
				]
			]
		],
		[
			'an event with its own date after it is not dated by the day before it',
			doc('Families in Rell wept on Monday as the 40 farmers abducted from Kelo village last month were brought back.'),
			[
				[
					'Families in Rell wept on ____ as the 40 farmers abducted from Kelo village last month were brought back.',
					'20 May 2024'
				],
				['When did the abduction in Kelo village take place?', 'April 2024']
			]
		],
		[
			'a day written out after "came a week after" is the recalled event’s, not one counted from where the story stands',
			doc(
				'A bomb hidden in an ambulance exploded at the central market in Rell on Saturday, killing 40 people.',
				'By Sunday the toll had risen to 95.',
				'The bombing came a week after gunmen stormed the Lodge Hotel in Karsk on May 11, killing 22 people.'
			),
			[
				['When did the bombing at the central market in Rell take place?', '18 May 2024'],
				// "By Sunday" gives when a count stood, no event's day: no cloze.
				['When did the attack on the Lodge Hotel in Karsk take place?', '11 May 2024']
			]
		],
		[
			'another day in such a sentence stays a cloze of its own',
			doc(
				'Gunmen attacked the central market in Rell on Monday, killing 12 people.',
				'Traders returned to the square on Tuesday morning.'
			),
			[
				['When did the attack at the central market in Rell take place?', '20 May 2024'],
				[
					'From a report on the attack at the central market in Rell: Traders returned to the square on ____.',
					'21 May 2024'
				]
			]
		],
		[
			'the day of an arrest over the attack is the arrest’s, not the attack’s',
			doc(
				'Gunmen attacked the central market in Rell, killing 12 people.',
				'Police arrested two suspects in the Rell market attack on Tuesday.'
			),
			[['Police arrested two suspects in the Rell market attack on ____.', '21 May 2024']]
		],
		[
			'the event named as what happened keeps its day, whatever followed',
			doc('Gunmen attacked the Rell market on Sunday, killing 12 people, and the president condemned the attack.'),
			[['When did the attack at the Rell market take place?', '19 May 2024']]
		],
		[
			'the day of a news conference is when something was said',
			doc(
				'Gunmen attacked the central market in Rell on Saturday, killing 12 people.',
				'The mayor, speaking at a news conference in Rell on Sunday, called the killers cowards.'
			),
			[['When did the attack at the central market in Rell take place?', '18 May 2024']]
		],
		[
			'the day a video was made public is not the attack’s',
			doc(
				'Gunmen attacked the central market in Rell on Saturday, killing 12 people.',
				'In a video obtained by news agencies on Monday, the leader of the gunmen threatened more attacks.'
			),
			[['When did the attack at the central market in Rell take place?', '18 May 2024']]
		],
		[
			'the day a state of affairs was seen is no event’s',
			doc(
				'Gunmen attacked the central market in Rell on Saturday, killing 12 people.',
				'The stalls, many of them burnt out, were still closed on Monday.'
			),
			[['When did the attack at the central market in Rell take place?', '18 May 2024']]
		],
		[
			'the day of a reaction to the attack is no event’s',
			doc(
				'Gunmen attacked the central market in Rell on Saturday, killing 12 people.',
				'Traders across the country closed their shops on Monday in protest.'
			),
			[['When did the attack at the central market in Rell take place?', '18 May 2024']]
		],
		[
			'the day beside an event a span is counted from is that of what the sentence goes on to tell',
			doc(
				'Gunmen attacked the central market in Rell on Saturday, killing 12 people.',
				'Thirteen hours after the Rell attack, early on Sunday, a gunman opened fire in the Oregon District of Karsk.'
			),
			[
				['When did the attack at the central market in Rell take place?', '18 May 2024'],
				['When did the attack in the Oregon District of Karsk take place?', '19 May 2024']
			]
		],
		[
			'a day in the relative clause of the event’s noun is its own, however near the main clause’s day stands',
			doc('Police questioned two men on Monday over the bomb that went off at the central market in Rell on Saturday.'),
			[
				[
					'Police questioned two men on ____ over the bomb that went off at the central market in Rell on Saturday.',
					'20 May 2024'
				],
				['When did the bombing at the central market in Rell take place?', '18 May 2024']
			]
		],
		[
			'the day of public grief after the attack is no event’s',
			doc(
				'Gunmen attacked the central market in Rell on Saturday, killing 12 people.',
				'Residents laid carnations at the market gate on Sunday.',
				'The town was in mourning on Monday.',
				'Karsk began burying its dead on Monday.'
			),
			[['When did the attack at the central market in Rell take place?', '18 May 2024']]
		],
		[
			'the day officials travel to the scene is no event’s, nor the time of a comparison ("as they did in 2019")',
			doc(
				'Gunmen attacked the central market in Rell on Saturday, killing 12 people.',
				'The president said he would travel to Rell on Thursday.',
				'Investigators from the capital arrived in Rell on Sunday to help the police, as they did in 2019.'
			),
			[['When did the attack at the central market in Rell take place?', '18 May 2024']]
		],
		[
			'a day of the attack told by its act, in the paragraph telling of it, dates the event',
			doc(
				'The bombing at the north gate of Rell airport was the deadliest attack in Ostrania this year. On May 14, a bomber walked into a queue of travellers and detonated a vest.'
			),
			[['When did the bombing at the north gate of Rell airport in Ostrania take place?', '14 May 2024']]
		],
		[
			'a vehicle driven into a crowd is the attack’s act',
			doc(
				'The attack at the Christmas market in Velda killed 12 people. At 8 p.m. on Monday, a man drove a stolen truck into the crowd.'
			),
			[['When did the attack at the Christmas market in Velda take place?', '20 May 2024']]
		],
		[
			'the attackers at the event’s place on a day date the event, a paragraph later',
			doc(
				'Gunmen abducted 40 pupils from the Tarn Boarding School in Kelo, officials said.',
				'Gunmen in pickups arrived at the school in Kelo late on May 12, where pupils were asleep.'
			),
			[['When did the abduction from the Tarn Boarding School in Kelo take place?', '12 May 2024']]
		],
		[
			'the venue named again with "the" ties the attacker’s day to the event',
			doc(
				'A gunman killed nine people at the Lantern nightclub in Rell, police said.',
				'Police were hunting for the gunman on Monday.',
				'He arrived at the club by taxi at 1 a.m. on Sunday and shot dead a doorman.'
			),
			[['When did the attack on the Lantern nightclub in Rell take place?', '19 May 2024']]
		],
		[
			'the attack referred back to as the clause’s subject dates the event, a paragraph later',
			doc(
				'Gunmen attacked the central market in Rell, killing 12 people.',
				'The attack began at 9 p.m. on Monday, when the stalls were full.'
			),
			[['When did the attack at the central market in Rell take place?', '20 May 2024']]
		],
		[
			'a counted day beside the same day written out is asked once, as written, with no check',
			doc(
				'Gunmen attacked the central market in Rell in February.',
				'Three days later, on Tuesday, May 21, bombers struck the departure hall at Velda airport.'
			),
			[
				['When did the attack at the central market in Rell take place?', 'February 2024'],
				['When did the attack at the departure hall at Velda airport take place?', '21 May 2024']
			]
		],
		[
			'a day the police hunted the attacker is not the attack’s',
			doc(
				'A gunman killed nine people at the Lantern nightclub in Rell.',
				'Police were hunting for the gunman on Monday.'
			),
			[]
		],
		[
			'the start of a span ("since 2015") is no event’s date',
			doc('The army, which has fought the Northern Front since 2015, says it is winning.'),
			[]
		],
		[
			"the day of an inquiry into an event is not the event's",
			doc('Prosecutors on Monday took over the investigation into a knife attack at a street festival in Rell.'),
			[
				[
					'Prosecutors on ____ took over the investigation into a knife attack at a street festival in Rell.',
					'20 May 2024'
				]
			]
		],
		[
			'the day of an anniversary or a funeral is not the day of the event remembered',
			doc(
				'Hundreds gathered on Monday to mark the first anniversary of the Rosslare Street bombing in Rell.',
				'The van bomb exploded outside a bank on the morning of 3 April 2023, killing six people.'
			),
			[
				[
					'Hundreds gathered on ____ to mark the first anniversary of the Rosslare Street bombing in Rell.',
					'20 May 2024'
				],
				['When did the bombing in Rell take place?', '3 April 2023']
			]
		],
		[
			'… but mourners an attack struck are its victims, and its day is the attack’s (review 17, g01)',
			doc('Two suicide bombings struck mourners in Rell on Monday.'),
			[['When did the two suicide bombings in Rell take place?', '20 May 2024']]
		],
		[
			'a day still to come dates no event, and a ruling’s day is when it was told',
			doc(
				'A man accused of killing five worshippers at a mosque in Rell will go on trial in September, a judge ruled on Monday.'
			),
			[
				[
					'A man accused of killing five worshippers at a mosque in Rell will go on trial in ____, a judge ruled on Monday.',
					'September 2024'
				]
			]
		],
		[
			'a main clause’s "since" keeps its year, the date of what changed',
			doc('The Northern Front persists, but since 2019 it has held no territory.'),
			[['The Northern Front persists, but since ____ it has held no territory.', '2019']]
		],
		[
			'the writer’s own year ("This year, …") is no question',
			doc('This year, for the first time, the court heard every survivor.'),
			[]
		],
		[
			'a year that spans a count is the count’s',
			doc('The Northern Front, which has killed more than 900 people this year, is the army’s main foe.'),
			[]
		],
		[
			'a year a comparison spans is no event’s',
			doc('A bomber struck a crowd of mourners, in one of the deadliest attacks in Ostrania this year.'),
			[]
		]
	])('%s', (_name, text, expected) => {
		expect(dateCards(text).map((c) => [c.prompt, c.answer])).toEqual(expected);
	});
});

describe('a long read’s section heading', () => {
	it('dates the attack its section tells of, cited from the heading (r313)', () => {
		const text = doc(
			'A year of bombs: how the sect took its war to the churches',
			"The sect's campaign reached new towns in the last weeks of 2011, officials said on Monday.",
			'Madalla, 25 December',
			"On Christmas morning, as worshippers filed out of Mass at St Theresa's Catholic Church in Madalla, a car bomb went off at the gate, killing 25 people.",
			'Kano, 20 January',
			'Gunmen and suicide bombers struck police buildings across Kano, killing at least 143 people.'
		);
		const cards = generate(text, { id: 'wire', title: 'Long read', published: '2012-02-01' }).cards.filter(
			(c) => c.kind === 'date'
		);
		expect(cards.map((c) => [c.prompt, c.answer, c.source.quote])).toEqual([
			['When did the attack in Madalla take place?', '25 December 2011', 'Madalla, 25 December'],
			['When did the attack in Kano take place?', '20 January 2012', 'Kano, 20 January']
		]);
	});

	it.each([
		[
			'a funeral (third review)',
			'Maiduguri, 28 January',
			'In Maiduguri, hundreds of mourners buried the victims of the market bombing on Saturday.'
		],
		[
			'a trial',
			'Abuja, 6 February',
			'At the federal high court in Abuja, a suspect in the church bombing pleaded not guilty.'
		],
		[
			'what someone said of the attack',
			'Paris, 15 November',
			'In Paris, police said one of the attackers had been identified as a French national.'
		]
	])('gives no day of an attack to ask when its section opens on %s', (_what, heading, under) => {
		const text = doc(
			'A year of bombs: how the sect took its war to the cities',
			'Gunmen attacked the central market in Rell on 2 January 2012, killing 30 people.',
			heading,
			under
		);
		const cards = generate(text, { id: 'wire', title: 'Long read', published: '2012-03-10' }).cards.filter(
			(c) => c.kind === 'date'
		);
		expect(cards.map((c) => c.source.quote)).not.toContain(heading);
	});
});

describe('the day a report a sentence cites was made public (review 40, BC min/07-1)', () => {
	it('dates no attack the report is about', () => {
		const text =
			'The judicial commission that investigated the attack on the Velda school in Karsk has concluded that security was inadequate, according to its report made public by the Supreme Court on Friday.';
		const { cards, events } = generate(text, { ...meta, published: '2020-09-26' });
		expect([events.map((e) => e.description), cards.map((c) => c.answer)]).toEqual([[], []]);
	});
});

describe('a day that ends one item of a list (review 40, BB min/10-7)', () => {
	it("is not the next item's", () => {
		const text =
			'The attack is the third deadly attack in Velda in less than a year, after the murder of the politician Omar Dahir in June 2019 and the shooting near a synagogue in Karsk in October, in which two people were killed.';
		const { events } = generate(text, { ...meta, published: '2020-02-20' });
		expect(events.map((e) => e.description)).toEqual(['the October 2019 attack in Karsk']);
	});
});

describe('a time of day with no day, in a report that is no live page (review 39, AZ min/09-1)', () => {
	it('dates the event only for a check, and names it without the day', () => {
		const text = doc(
			'Twin suicide blasts outside the Velda embassy in Karsk leave 23 dead',
			'The first bomber blew himself up at the gate of the embassy shortly before 10 a.m.'
		);
		const { cards, checks } = generate(text, { ...meta, published: '2013-11-20' });
		expect(cards.map((c) => [c.prompt, c.answer, c.id in checks])).toEqual([
			['How many people were killed in the two suicide blasts at the Velda embassy in Karsk?', '23', false],
			['When did the two suicide blasts at the Velda embassy in Karsk take place?', '20 November 2013', true]
		]);
	});
});

describe('a photo caption’s day', () => {
	const text = (caption: string) =>
		doc('Gunmen attacked the central market in Rell on Saturday, killing 12 people.', `${caption} (Tarn Wire)`);
	const dates = (caption: string) =>
		generate(text(caption), { ...meta, publisher: 'Tarn Wire' })
			.cards.filter((c) => c.kind === 'date')
			.map((c) => c.answer);
	it.each([
		[
			'is the photo’s when no event happened that day',
			'Mourners lay flowers outside the market in Rell on May 20, 2024.',
			['18 May 2024']
		],
		[
			'is kept when it is the day of an event',
			'Police guard the market in Rell on May 18, 2024.',
			['18 May 2024', 'May 18, 2024']
		]
	])('%s', (_name, caption, expected) => {
		expect(dates(caption)).toEqual(expected);
	});

	// (Review 38, AX min/01-23 dated the Garissa siege by its photo, "April 3, 2015. REUTERS/Noor Khamis".)
	it.each([
		[
			'marked by its label',
			'PHOTO CAPTION: Students who escaped the attack at Rell University College wait in Rell, May 20, 2024.'
		],
		[
			'marked by an agency photo credit',
			'Students who escaped the attack at Rell University College wait in Rell, May 20, 2024. REUTERS/Jane Roe'
		]
	])('is the photo’s when the caption is %s, whoever published the story', (_name, caption) => {
		const text = doc(
			'Security forces on Saturday night ended a siege at a university in the northern town of Rell.',
			caption
		);
		const cards = generate(text, meta).cards.filter((c) => c.kind === 'date');
		expect(cards.map((c) => c.answer)).toEqual(['18 May 2024']);
	});
});

describe('a gap whose clause names no event', () => {
	const lede = 'Gunmen attacked the central market in Rell on Monday, killing 12 people.';
	const story = 'From a report on the attack at the central market in Rell: ';
	it.each([
		[
			'opens with the event of the report, so a drill far from its report can still be placed',
			doc(lede, 'The claim came on Tuesday.'),
			[story + 'The claim came on ____.', '21 May 2024']
		],
		[
			'opens with it when the clause only points back at that event',
			doc(lede, 'The attack was condemned by the president on Tuesday.'),
			[story + 'The attack was condemned by the president on ____.', '21 May 2024']
		],
		[
			'has no lead when its clause names an event itself',
			doc(lede, 'Police arrested two suspects in the Rell market attack on Tuesday.'),
			['Police arrested two suspects in the Rell market attack on ____.', '21 May 2024']
		],
		[
			'has no lead while the story tells of an event it recalls',
			doc(
				lede,
				'The attack on the market was claimed by the Northern Front.',
				'In March 2019 a car bomb at the Velda metro station in Orsa killed 10 people.',
				'Shops there stayed shut until 2 April 2019.'
			),
			['Shops there stayed shut until ____.', '2 April 2019']
		],
		[
			'has no lead for a day before the event: background the story went back to without naming it',
			doc(lede, 'The market had been rebuilt in April.'),
			['The market had been rebuilt in ____.', 'April 2024']
		],
		[
			'has no lead for a day more than a fortnight before the report, when the event has no day',
			doc(
				'A gunman opened fire in the central market in Rell, killing 12 people.',
				'The market had been rebuilt in April.'
			),
			['The market had been rebuilt in ____.', 'April 2024']
		],
		[
			'names no event the first paragraph did not tell of, however often the story points back to it',
			doc(
				lede,
				'In 2013 a siege at the Velda mall in Orsa lasted four days.',
				'The siege ended when soldiers stormed the mall.',
				'The siege was the longest the country had seen.',
				'The claim came on Tuesday.'
			),
			['The claim came on ____.', '21 May 2024']
		]
	])('%s', (_name, text, expected) => {
		expect(dateCards(text).map((c) => [c.prompt, c.answer])).toContainEqual(expected);
	});
});

describe('days read against who said them and what was done on them (review 13)', () => {
	/** Date cards as [prompt, answer, needs check], of a document published on `published`. */
	const datesOn = (published: string, text: string) => {
		const { cards, checks } = generate(text, { id: 'wire', title: 'Wire', published });
		return cards.filter((c) => c.kind === 'date').map((c) => [c.prompt, c.answer, c.id in checks]);
	};
	it.each<[string, string, string, (string | boolean)[][]]>([
		[
			'the publication\'s weekday in a clause joined by ", before", or past a relative "that had", is that day, not the week before',
			'2025-01-02',
			doc(
				'The death toll from the truck attack on Bourbon Street rose to 14, officials said.',
				"By Wednesday evening the count had climbed to 15, before the coroner's office corrected it on Thursday to 14 victims.",
				'The Sugar Bowl, a college football game that had been set for Wednesday night at the Superdome, was postponed by 24 hours and played on Thursday under heavy security.'
			),
			[
				[
					"From a report on the truck attack on Bourbon Street: By Wednesday evening the count had climbed to 15, before the coroner's office corrected it on ____ to 14 victims.",
					'2 January 2025',
					false
				],
				[
					'From a report on the truck attack on Bourbon Street: The Sugar Bowl, a college football game that had been set for ____ at the Superdome, was postponed by 24 hours and played on Thursday under heavy security.',
					'1 January 2025',
					false
				],
				[
					'From a report on the truck attack on Bourbon Street: The Sugar Bowl, a college football game that had been set for Wednesday night at the Superdome, was postponed by 24 hours and played on ____ under heavy security.',
					'2 January 2025',
					false
				]
			]
		],
		[
			'the day of a video message is when it was said, not the day of the bombing it tells of (review 21, min/n01-1)',
			'2011-02-08',
			doc(
				"Doku Umarov said in a video message on Monday that he had ordered last month's suicide bombing at Domodedovo airport, which killed 37 people."
			),
			[['When did the suicide bombing at Domodedovo airport take place?', 'January 2011', false]]
		],
		[
			'a speaker\'s "this morning", quoted, is no day of publication',
			'2020-06-27',
			doc(
				"Mexico City's security chief was wounded on Friday when gunmen ambushed his armoured vehicle in Lomas de Chapultepec.",
				'Hours later he wrote on Twitter from his hospital bed: "This morning we were cowardly attacked by the CJNG."'
			),
			[
				[
					"Mexico City's security chief was wounded on ____ when gunmen ambushed his armoured vehicle in Lomas de Chapultepec.",
					'26 June 2020',
					false
				]
			]
		],
		[
			'"the day before" in what was said counts back from the day it was said',
			'2023-10-14',
			doc(
				'A French teacher was killed on Friday, October 13, when a former pupil attacked staff at the Lycée Gambetta-Carnot in Arras.',
				'The guard was in a critical condition on Saturday.',
				'He was stopped by police for a check the day before, Interior Minister Gérald Darmanin said on Friday evening.'
			),
			[
				[
					'A French teacher was killed on ____, when a former pupil attacked staff at the Lycée Gambetta-Carnot in Arras.',
					'13 October 2023',
					false
				],
				['The guard was in a critical condition on ____.', '14 October 2023', false],
				[
					'He was stopped by police for a check ____, Interior Minister Gérald Darmanin said on Friday evening.',
					'12 October 2023',
					false
				]
			]
		],
		[
			'the day of arrests after their count is theirs, not the attack the sentence names after them',
			'2020-11-03',
			doc(
				'VIENNA, Nov 3 (Reuters) - Austrian police searched homes and detained 14 people on Tuesday as they tried to establish whether the gunman who killed four people in central Vienna had help, and the Islamic State group claimed the attack.'
			),
			[
				[
					'Austrian police searched homes and detained 14 people on ____ as they tried to establish whether the gunman who killed four people in central Vienna had help',
					'3 November 2020',
					false
				]
			]
		],
		[
			'the day a court "found … guilty" is the verdict\'s; the attack keeps its own year',
			'2022-12-13',
			doc(
				'A special terrorism court in Paris on Tuesday found eight people guilty over the 2016 Bastille Day truck attack in Nice.'
			),
			[
				[
					'A special terrorism court in Paris on ____ found eight people guilty over the 2016 Bastille Day truck attack in Nice.',
					'13 December 2022',
					false
				],
				['When did the truck attack in Nice take place?', '2016', false]
			]
		],
		[
			'a year in the name of a tournament is no date',
			'2023-10-17',
			doc(
				'The shooting happened at about 7:15 p.m. on Monday near the Sainctelette square, where Belgium was hosting Sweden in a Euro 2024 qualifier.'
			),
			[['When did the shooting in the Sainctelette square take place?', '16 October 2023', false]]
		],
		[
			"the day a toll rose is not the attack's; a correction note's day is of the page's days, in its year",
			'2024-03-25',
			doc(
				'The toll from the attack on Crocus City Hall rose on Sunday to 137.',
				'[Correction, 26 March: The toll announced by the Investigative Committee on Monday was 139, not 137 as first stated in the broadcast.]'
			),
			[
				['The toll from the attack on Crocus City Hall rose on ____ to 137.', '24 March 2024', false],
				[
					'From a report on the attack on Crocus City Hall: [Correction, ____: The toll announced by the Investigative Committee on Monday was 139, not 137 as first stated in the broadcast.]',
					'26 March 2024',
					false
				],
				[
					'From a report on the attack on Crocus City Hall: The toll announced by the Investigative Committee on ____ was 139, not 137 as first stated in the broadcast.]',
					'25 March 2024',
					false
				]
			]
		],
		[
			'a feast\'s weekday is blanked whole ("on Easter Sunday"), not as "Easter ____"',
			'2019-04-23',
			doc(
				'Mr. Speaker, I rise to inform this House of what we know so far about the series of bomb attacks carried out on Easter Sunday.'
			),
			[
				[
					'Mr. Speaker, I rise to inform this House of what we know so far about the series of bomb attacks carried out on ____.',
					'21 April 2019',
					false
				]
			]
		],
		[
			"a signature's or a table label's day is no gap to ask",
			'2022-10-01',
			doc(
				'Table 1, incident 2: 24 October 2020. A suicide bomber struck the Kawsar-e-Danish tuition centre.',
				'Signed: Garba Shehu, Senior Special Assistant to the President (Media and Publicity), 5 June 2022'
			),
			[]
		],
		[
			'"since the 1998 US embassy bombing" makes no event named by its own year',
			'2020-10-30',
			doc(
				'2 April 2015 - Al-Shabaab gunmen kill 148 people, most of them students, at Garissa University College in north-eastern Kenya, the deadliest attack in the country since the 1998 US embassy bombing.'
			),
			[]
		],
		[
			'where the bomber was born is no place of the bombing (review 13)',
			'2017-04-04',
			doc(
				'ST PETERSBURG, April 4 (TASS) - The Investigative Committee of Russia has identified the man who set off a bomb on a St Petersburg metro train on Monday as Akbarzhon Jalilov, a 22-year-old Russian citizen born in Kyrgyzstan.'
			),
			[['When did the bombing on a St Petersburg metro train take place?', '3 April 2017', false]]
		],
		[
			'"The Sochi Olympics open on February 7": a timetable\'s present looks ahead',
			'2014-01-20',
			doc('The Sochi Olympics open on February 7.'),
			[['The Sochi Olympics open on ____.', '7 February 2014', false]]
		],
		[
			"the day a trial of those accused over an attack began is the trial's, not the attack's",
			'2025-08-04',
			doc(
				"The trial of 19 people accused over last year's massacre at the Crocus City Hall concert venue began on Monday at the Second Western District Military Court in Moscow."
			),
			[
				[
					"The trial of 19 people accused over ____'s massacre at the Crocus City Hall concert venue began on Monday at the Second Western District Military Court in Moscow.",
					'2024',
					false
				],
				[
					"The trial of 19 people accused over last year's massacre at the Crocus City Hall concert venue began on ____ at the Second Western District Military Court in Moscow.",
					'4 August 2025',
					false
				]
			]
		],
		[
			'"Less than 24 hours later" is blanked whole',
			'2014-01-20',
			doc(
				"The first blast took place on December 29 at the entrance to Volgograd's main railway station, killing 18 people. Less than 24 hours later, a bomb exploded on a crowded trolleybus in the city's Dzerzhinsky district."
			),
			[
				[
					"The first blast took place on ____ at the entrance to Volgograd's main railway station",
					'29 December 2013',
					false
				],
				["____, a bomb exploded on a crowded trolleybus in the city's Dzerzhinsky district.", '30 December 2013', false]
			]
		],
		[
			'a day with no year within a month of the day an old story stands on may be of that year: checked',
			'2024-09-01',
			doc(
				'The siege ended on Sept. 3, 2004, with explosions and a chaotic assault by security forces.',
				"Beslan was the culmination of a wave of terror that summer. On Aug. 24, two female suicide bombers brought down two passenger airliners that had taken off from Moscow's Domodedovo airport, killing all 90 people on board."
			),
			[
				[
					"On ____, two female suicide bombers brought down two passenger airliners that had taken off from Moscow's Domodedovo airport",
					'24 August 2024',
					true
				]
			]
		],
		[
			'the attacker\'s act "in the foyer of the venue" dates the story\'s attack (review 13)',
			'2017-05-23',
			doc(
				'Twenty-two people, including children, have been killed and 59 injured in a suicide bombing at the end of an Ariana Grande concert at Manchester Arena.',
				'The attacker, who police say was acting alone, detonated a home-made device in the foyer of the venue at 22:31 BST on Monday, as thousands of young fans were leaving.'
			),
			[['When did the suicide bombing in Manchester Arena take place?', '22 May 2017', false]]
		],
		[
			'a strike on "the masterminds of the Ahvaz terrorist attack" does not date that attack (review 33, AM min/06-7)',
			'2019-09-22',
			doc(
				'On 1 October 2018, the IRGC Aerospace Force fired six ballistic missiles at the headquarters of the masterminds of the Ahvaz terrorist attack in the Albu Kamal area, east of the Euphrates in Syria.'
			),
			[
				[
					'On ____, the IRGC Aerospace Force fired six ballistic missiles at the headquarters of the masterminds of the Ahvaz terrorist attack in the Albu Kamal area, east of the Euphrates in Syria.',
					'1 October 2018',
					false
				]
			]
		],
		[
			'a year in a person\'s past ("who came to the US … in 2011") does not move the story to it (review 34, AN min/05-16)',
			'2017-12-28',
			doc(
				'Ullah, who came to the US from Bangladesh in 2011, told investigators he had acted for Islamic State.',
				'Brussels also had a narrow escape on 20 June, when Oussama Zariouh tried to detonate a suitcase bomb at Brussels Central station around 8:30 p.m.'
			),
			[
				[
					'Ullah, who came to the US from Bangladesh in ____, told investigators he had acted for Islamic State.',
					'2011',
					false
				],
				['When did the bombing at Brussels Central station take place?', '20 June 2017', false]
			]
		],
		[
			'the day of a claim ("Last Thursday, the group … claimed responsibility") does not move the story to it: "the night before" counts from the attack (review 47, CJ min/07-5)',
			'2020-09-22',
			doc(
				'On Sunday 9 August, at about half past eleven in the morning, armed men on motorbikes intercepted a vehicle carrying visitors in the giraffe zone of Koure, some 60 kilometres south-east of Niamey.',
				'Last Thursday, the group calling itself the Islamic State in the Greater Sahara claimed responsibility for this cowardly crime in its weekly publication. Our services had already established that the attackers came from the Tillaberi region and had crossed the Niger river the night before.'
			),
			[
				[
					'On ____, at about half past eleven in the morning, armed men on motorbikes intercepted a vehicle carrying visitors in the giraffe zone of Koure, some 60 kilometres south-east of Niamey.',
					'9 August 2020',
					false
				],
				[
					'Our services had already established that the attackers came from the Tillaberi region and had crossed the Niger river ____.',
					'8 August 2020',
					false
				]
			]
		],
		[
			"publication's weekday, after the story went back to a year, is the first such day after the day it stood on before (review 47, CK min/03-9)",
			'2015-01-15',
			doc(
				"Shortly before 11:30 a.m. on Wednesday, January 7, two men armed with Kalashnikov rifles forced their way into the paper's offices in the 11th arrondissement during its weekly editorial meeting.",
				'Cherif was convicted in 2008 of helping to send fighters to Iraq.',
				'On Thursday morning, a policewoman, Clarissa Jean-Philippe, 26, was shot dead in Montrouge, south of Paris.'
			),
			[
				[
					"Shortly before 11:30 a.m. on ____, two men armed with Kalashnikov rifles forced their way into the paper's offices in the 11th arrondissement during its weekly editorial meeting.",
					'7 January 2015',
					false
				],
				['Cherif was convicted in ____ of helping to send fighters to Iraq.', '2008', false],
				[
					'On ____, a policewoman, Clarissa Jean-Philippe, 26, was shot dead in Montrouge, south of Paris.',
					'8 January 2015',
					false
				]
			]
		],
		[
			'the year a group was formed ("a Dogon militia formed in 2016") does not move the story to it (review 47, CJ min/10-7)',
			'2020-03-23',
			doc(
				'The massacre was blamed on Dan Na Ambassagou, a Dogon militia formed in 2016 to protect villages from jihadists. Less than a month later, on April 18, Prime Minister Soumeylou Boubeye Maiga and his government resigned ahead of a vote of no confidence.'
			),
			[
				[
					'The massacre was blamed on Dan Na Ambassagou, a Dogon militia formed in ____ to protect villages from jihadists.',
					'2016',
					false
				],
				[
					'Less than a month later, on ____, Prime Minister Soumeylou Boubeye Maiga and his government resigned ahead of a vote of no confidence.',
					'18 April 2019',
					false
				]
			]
		],
		[
			'a trial that "opened on 16 November", in a report years after the attack, is not three days after it (review 34, AN min/07-11)',
			'2020-12-17',
			doc(
				'Prosecutors said El Khazzani had returned to Europe with Abdelhamid Abaaoud, the coordinator of the Paris attacks of 13 November 2015 that killed 130 people.',
				'The trial, which opened on 16 November, was held at the same Paris courthouse.'
			),
			[
				['When did the attacks in Paris take place?', '13 November 2015', false],
				[
					'From a report on the attacks in Paris: The trial, which opened on ____, was held at the same Paris courthouse.',
					'16 November 2020',
					true
				]
			]
		],
		[
			'a year a comparison measures by ("as many … as 2016"), or a review covers ("2016 in review"), is no card (drilling review 32\'s year-in-review)',
			'2016-12-30',
			doc(
				"2016 in review: the year's deadliest attacks, month by month",
				'Few years in the past decade brought as many mass-casualty attacks to as many places as 2016. The toll was higher than 2015.'
			),
			[]
		],
		[
			'the day a final assault ended a siege is no day the siege took place (review 33, AL min/01-6)',
			'2013-01-21',
			doc(
				'ALGIERS, Jan 21 (Reuters) - Thirty-seven foreign hostages were killed during the four-day siege of the In Amenas gas plant in the Sahara, Prime Minister Abdelmalek Sellal said on Monday.',
				'The gunmen attacked a bus carrying workers before dawn on Wednesday, Jan. 16. A final assault on the processing plant on Saturday ended the standoff.'
			),
			[
				['When did the attack on a bus take place?', '16 January 2013', false],
				['A final assault on the processing plant on ____ ended the standoff.', '19 January 2013', false]
			]
		],
		[
			'an invitation to come back for updates is no day of the story, nor a card (review 33, AM min/02-12)',
			'2017-04-03',
			doc('Monday, the 3rd of April, 2017.', '23:55 - Follow TASS for updates on Tuesday.'),
			[]
		],
		[
			'a weekday in brackets after a day written out moves the story to no day of its own; "Road No. 79" whole (review 33, AM min/07-11)',
			'2019-11-27',
			doc(
				'On the night of 1st July, 2016 (Friday), five armed militants stormed the popular cafe at Road No. 79 of Gulshan.',
				'Army commandos ended the 12-hour siege on the morning of July 2 in an operation code-named "Operation Thunderbolt", killing all five attackers.'
			),
			[
				// ("Road No. 79": a number after "No." is part of the place's name, not cut at its full stop.)
				['When did the attack on the popular cafe in Road No. 79 take place?', '1 July 2016', false],
				[
					'From a report on the attack on the popular cafe in Road No. 79: Army commandos ended the 12-hour siege on the morning of ____ in an operation code-named "Operation Thunderbolt"',
					'2 July 2016',
					false
				]
			]
		],
		[
			'the bomber\'s act at "the second-hand clothes market" dates the story\'s bombings at the market (tune r119)',
			'2021-01-22',
			doc(
				'Twin suicide bombings in Baghdad market kill 32, deadliest in the capital in three years',
				'The first bomber walked into the second-hand clothes market at Tayaran Square on Thursday morning, said he felt ill, and set off his explosives belt when people gathered round him.'
			),
			[['When did the two suicide bombings at Baghdad market take place?', '21 January 2021', false]]
		],
		[
			'a gap in a sentence that points back at a figure ("That was revised upwards …", "It rose on …") is no card',
			'2016-03-17',
			doc(
				'A car bomb killed 34 people at bus stops in Ankara on Sunday evening.',
				'The toll announced on Sunday night was 34. It rose on Monday after several wounded victims died in hospital. That was revised upwards early on Tuesday morning.'
			),
			[['When did the car bombing at bus stops in Ankara take place?', '13 March 2016', false]]
		],
		[
			'"the July 7 London transport bombings of 2005": the day is in the year of the event named after it (review 14)',
			'2023-03-02',
			doc(
				'The bombing was the deadliest terrorist attack in Britain since the July 7 London transport bombings of 2005, in which 52 people were killed.'
			),
			[
				[
					'The bombing was the deadliest terrorist attack in Britain since the ____ London transport bombings of 2005, in which 52 people were killed.',
					'7 July 2005',
					false
				],
				['When did the terrorist attack in Britain take place?', '2005', false]
			]
		],
		[
			'a speaker\'s "Six years later", quoted, counts from nothing the story\'s timeline holds (review 14)',
			'2022-12-13',
			doc(
				'The trial, which opened on September 5, heard evidence from hundreds of survivors and relatives. "Six years later, we have finally been heard," said Anne Murris, whose daughter Camille was killed.'
			),
			[
				[
					'The trial, which opened on ____, heard evidence from hundreds of survivors and relatives.',
					'5 September 2022',
					false
				]
			]
		],
		[
			'"In September of the same year" is in the year the story stands in (review 14)',
			'2024-01-16',
			doc(
				'On March 13, 2022, the IRGC fired a dozen missiles at Erbil. In September of the same year, IRGC drones and missiles struck the offices of Iranian Kurdish opposition parties near Koya, killing 13 people.'
			),
			[
				['On ____, the IRGC fired a dozen missiles at Erbil.', 'March 13, 2022', false],
				['When did the attack on the offices of Iranian Kurdish in Koya take place?', 'September 2022', false]
			]
		],
		[
			'"Two days before Sunday\'s raid" counts back from that Sunday (review 14)',
			'2020-01-06',
			doc(
				'Three Americans were killed on Sunday when Al-Shabaab militants attacked Camp Simba, a military base in Manda Bay, Lamu County.',
				"Two days before Sunday's raid, suspected Al-Shabaab militants attacked a bus at Nyongoro, on the Lamu-Garsen road, killing three passengers."
			),
			[
				['When did the attack by Al-Shabaab militants on Camp Simba in Manda Bay take place?', '5 January 2020', false],
				[
					"____'s raid, suspected Al-Shabaab militants attacked a bus at Nyongoro, on the Lamu-Garsen road",
					'3 January 2020',
					false
				]
			]
		],
		[
			'the day a comparison runs from ("the deadliest … since 15 April 2013") dates no event (review 15)',
			'2023-05-17',
			doc(
				'Six people were killed when a man drove a van into cyclists on the riverside path in Karsk on 2 November 2019.',
				'It was the deadliest terrorist attack in Karsk since 15 April 2013.'
			),
			[
				['When did the terrorist attack on the riverside path in Karsk take place?', '2 November 2019', false],
				['It was the deadliest terrorist attack in Karsk since ____.', '15 April 2013', false]
			]
		],
		[
			'what the story "came four months after", named by no mention, is no day of the story\'s event (review 15)',
			'2023-10-14',
			doc(
				'A former pupil stabbed a teacher to death at a school in Amiens on Friday.',
				'The attack in Amiens came four months after an asylum-seeker stabbed three young children and two adults in a playground in Tours on 5 June.'
			),
			[
				['A former pupil stabbed a teacher to death at a school in Amiens on ____.', '13 October 2023', false],
				[
					'The attack in Amiens came four months after an asylum-seeker stabbed three young children and two adults in a playground in Tours on ____.',
					'5 June 2023',
					false
				]
			]
		],
		[
			'a model year ("a white 2004 Toyota Hilux") and a span ("the 1980–88 war") are no dates (review 15)',
			'2018-09-23',
			doc(
				'Investigators say a white 2004 Toyota Hilux loaded with explosives forced its way past the gate.',
				'The parade marked the anniversary of the start of the 1980–88 war with Iraq.'
			),
			[]
		],
		[
			'a report\'s "Next report:" and its "2023 response plan" are no days of the story (review 15)',
			'2023-01-20',
			doc('The 2023 response plan for North Kivu is 4 per cent funded.', 'Next report: 27 January 2023.'),
			[]
		],
		[
			'"Who struck Ras Tanura" in a headline names no attacker (review 15)',
			'2019-09-18',
			doc(
				'Analysis: Who struck Ras Tanura, and why it matters',
				"Drones hit Saudi Aramco's Ras Tanura terminal before dawn on Saturday 14 September."
			),
			[['When did the attack on Ras Tanura take place?', '14 September 2019', false]]
		],
		[
			'a year in a name ("a Euro 2016 match", "Mirage 2000 jets") is no date (review 14)',
			'2016-06-12',
			doc('The bombing happened as fans gathered to watch a Euro 2016 match, with French Mirage 2000 jets overhead.'),
			[]
		]
	])('%s', (_why, published, text, expected) => {
		expect(datesOn(published, text)).toEqual(expected);
	});

	it('"He" after a sentence about someone else is not the one the paragraph gave a role (review 34, AO min/03-9)', () => {
		const text = doc(
			"Berlin followed on 19 December 2016, when a truck was driven into the Christmas market at Breitscheidplatz, killing 11 people there. The lorry's Polish driver, Lukasz Urban, was found shot dead in the cab, bringing the toll to 12. The real attacker, the Tunisian Anis Amri, had already fled. He was shot dead by Italian police near Milan on 23 December."
		);
		const prompts = datesOn('2018-07-10', text).map(([prompt]) => prompt);
		expect(prompts.filter((p) => /shot dead by Italian police/.test(String(p)))).toEqual([
			'From a report on the attack at the Christmas market in Breitscheidplatz: He was shot dead by Italian police near Milan on ____.'
		]);
	});
});

describe('"He" after a role given as someone’s (review 37, AU min/03-9)', () => {
	it.each([
		[
			'June 26, 2015 - Delivery driver Omar Dahir decapitates his employer, Tarik Sand. He hangs himself in his prison cell in December.',
			'He hangs himself in his prison cell in ____.'
		],
		// A role of the sentence's own subject still names him.
		[
			'June 26, 2015 - The gunman, Tarik Sand, was arrested at the scene. He hangs himself in his prison cell in December.',
			'Tarik Sand hangs himself in his prison cell in ____.'
		]
	])('%s', (text, prompt) => {
		const { cards } = generate(doc(text), { id: 'wire', title: 'Wire', published: '2016-07-15' });
		expect(cards.filter((c) => c.kind === 'date').map((c) => c.prompt)).toContain(prompt);
	});
});

describe('an event the text gives two days', () => {
	it('asks its date with a check, and its count without either day (review 21, min/n01-1)', () => {
		const text =
			"Doku Umarov said in a video posted on a militant website on Monday that he had ordered last month's suicide bombing at Domodedovo airport, which killed 37 people.";
		const { cards, checks } = generate(text, { id: 'wire', title: 'Wire', published: '2011-02-08' });
		expect(cards.map((c) => [c.prompt, c.answer, c.id in checks])).toEqual([
			['When did the suicide bombing at Domodedovo airport take place?', '7 February 2011', true],
			['How many people were killed in the suicide bombing at Domodedovo airport?', '37', false]
		]);
	});
});
