/**
 * The limits of three readings: an event at several sites and its sites, the event a dateline gives, and days and
 * counts near them. One row per sentence a reader would notice going wrong: a place or day taken from words that are
 * about something else, or a count of one name read as a count of attacks.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/lib/generator/facts';
import { findFigures } from '../../../src/lib/generator/figures';
import { findMentions } from '../../../src/lib/generator/events';
import { generate, generateDeck } from '../../../src/lib/generator/index';

const doc = (...paragraphs: string[]) => paragraphs.join('\n\n');
/** Toll and date cards as [prompt, answer, needs check]. */
const cards = (text: string, published: string, title = 'Wire') => {
	const { cards, checks } = generate(text, { id: 'wire', title, published });
	return cards.filter((c) => c.kind === 'toll' || c.kind === 'date').map((c) => [c.prompt, c.answer, c.id in checks]);
};

describe('what an event at several sites is, and what is not one of its sites', () => {
	it.each<[string, string, string, string, (string | boolean)[][]]>([
		[
			'a name with "and" in it is one place, not two attacks',
			'2019-05-06',
			'Gunmen storm Marks and Spencer store in Karsk',
			doc(
				'Gunmen storm Marks and Spencer store in Karsk',
				'Gunmen stormed a Marks and Spencer store in Karsk on Saturday, killing 12 people.'
			),
			[
				['When did the attack on a Marks and Spencer store in Karsk take place?', '4 May 2019', false],
				['How many people were killed in the 4 May 2019 attack on a Marks and Spencer store in Karsk?', '12', false]
			]
		],
		[
			// The count is of the three blasts the day saw; the clause after "when" tells two of their sites, each an
			// event of its own, and "81 people had been killed there" is the snooker hall's.
			'"three bomb blasts" are three bombings, and their count is theirs, not a site\'s (r175)',
			'2013-01-11',
			'Bombers strike Quetta snooker hall',
			doc(
				'Bombers strike Quetta snooker hall',
				'QUETTA: At least 93 people were killed and more than 150 injured in three bomb blasts in the provincial capital on Thursday, when a suicide bomber and a car bomb tore through a crowded snooker hall on Alamdar Road hours after a bomb had gone off near a security forces vehicle at Bacha Khan Chowk.',
				'Rescue officials first put the toll from the twin blasts at 52, but it rose through the night. The city police chief told a news conference that 81 people had been killed there and 121 injured.'
			),
			[
				// (Its day is checked: the snooker hall's bombing, in Quetta that day too, may be the one asked.)
				['When did the three bombings in Quetta take place?', '10 January 2013', true],
				['How many people were killed in the three bombings in Quetta on 10 January 2013?', 'at least 93', false],
				['How many people were injured in the three bombings in Quetta on 10 January 2013?', 'more than 150', false],
				['How many people were killed in the bombing at a crowded snooker hall in Quetta?', '81', false],
				['How many people were injured in the bombing at a crowded snooker hall in Quetta?', '121', false]
			]
		],
		[
			'the number of attacks the text gives, not the number of places',
			'2019-05-06',
			'Wire',
			'Four bombs exploded in Orsa and Velda on Sunday, killing 30 people.',
			[
				['When did the four bombings in Orsa and Velda take place?', '5 May 2019', false],
				['How many people were killed in the four bombings in Orsa and Velda on 5 May 2019?', '30', false]
			]
		],
		[
			'"the Orsa area of Velda district" is Orsa, in Velda: the headline\'s Velda is the same place',
			'2024-06-10',
			'Nine killed as militants ambush pilgrim bus in Velda',
			doc(
				'Nine killed as militants ambush pilgrim bus in Velda',
				'VELDA, June 10 — Nine people were killed on Sunday evening when militants opened fire on a bus carrying pilgrims in the Orsa area of Velda district.'
			),
			[
				['When did the attack on a bus in Orsa, Velda take place?', '9 June 2024', false],
				['How many people were killed in the 9 June 2024 attack on a bus in Orsa, Velda?', 'Nine', false]
			]
		],
		[
			'an attack told as what came before is no site, and takes no day from the story',
			'2007-04-12',
			'Wire',
			doc(
				'Two car bombs exploded in Karsk on Wednesday, killing 23 people.',
				'Security has been tight since a suicide bomber attacked a police station in Orsa, killing five people.'
			),
			[
				['When did the two car bombings in Karsk take place?', '11 April 2007', false],
				['How many people were killed in the two car bombings in Karsk on 11 April 2007?', '23', false],
				['How many people were killed in the attack at a police station in Orsa?', 'five', false]
			]
		],
		[
			"the body counts again an event the headline counted, and its total is the whole's",
			'2017-04-10',
			'Two bombings strike churches in Orsa and Velda',
			doc(
				'Two bombings strike churches in Orsa and Velda',
				'KARSK, April 10 - Forty people were killed and 120 injured in the two bombings that struck churches in Orsa and Velda on Sunday, 9 April.',
				'The first explosion took place inside the Mar Elias Church in Orsa. Officials said 25 people died there.'
			),
			[
				['When did the two attacks on churches in Orsa and Velda take place?', '9 April 2017', false],
				[
					'How many people were killed in the two attacks on churches in Orsa and Velda on 9 April 2017?',
					'Forty',
					false
				],
				[
					'How many people were injured in the two attacks on churches in Orsa and Velda on 9 April 2017?',
					'120',
					false
				],
				['How many people were killed in the 9 April 2017 explosion in Orsa?', '25', false]
			]
		]
	])('%s', (_why, published, title, text, expected) => {
		expect(cards(text, published, title)).toEqual(expected);
	});

	it('a fourth bomb is not one of three, even when its ordinal stands before the verb', () => {
		const { events } = extractFacts(
			doc(
				'Three bombs exploded on trains in Karsk on Thursday, killing 30 people.',
				'An hour later the fourth bomb tore through a bus in Velda Square, killing 13 people.'
			),
			{ id: 'wire', title: 'Wire', published: '2019-05-06' }
		);
		expect(events.find((e) => e.target === 'a bus')?.within).toBeUndefined();
	});
});

describe('a count given "in all"', () => {
	/** Toll cards as [prompt, answer, needs check]. */
	const tolls = (text: string) => cards(text, '2019-05-06').filter(([prompt]) => String(prompt).startsWith('How many'));
	it.each<[string, string, (string | boolean)[][]]>([
		[
			'after several places is checked, not given to the first place',
			doc(
				'Bombers strike three cities in Norland',
				'The three attacks, in Orsa before dawn and in Velda and Tarn around sunset, wounded nine people in all.'
			),
			[['How many people were injured in the attacks in Orsa?', 'nine', true]]
		],
		[
			'with capitalised words that are no places ("Police and Army officials", "on Sept. 3") is the event’s',
			'Police and Army officials said gunmen attacked a church in Karsk on Sept. 3, killing 12 people in all.',
			[['How many people were killed in the 3 September 2018 attack on a church in Karsk?', '12', false]]
		],
		[
			"at one place (and on a day) is that event's",
			'A gunman opened fire at a market in Karsk on Sunday, killing 12 people in all.',
			[['How many people were killed in the 5 May 2019 attack at a market in Karsk?', '12', false]]
		]
	])('%s', (_why, text, expected) => {
		expect(tolls(text)).toEqual(expected);
	});
});

describe('the event under a dateline', () => {
	it('is no trusted event of the dateline’s city because a sign-off names it (review 20, min/l01-1)', () => {
		const text = doc(
			"CAIRO, Nov 25 (Wire) - Egypt's public prosecutor said on Saturday that 305 people, 27 of them children, were killed in the deadliest militant attack in the country's modern history.",
			'(Reporting by Wire staff in Cairo and Ismailia; Editing by Wire desk)'
		);
		expect(
			cards(text, '2017-11-25').map(([prompt, answer, check]) => [/Cairo/.test(String(prompt)), answer, check])
		).toEqual([[true, '305', true]]);
	});

	it('reads worshippers shot at a mosque as the attack there (review 20, min/l01-1)', () => {
		const text = doc(
			"CAIRO, Nov 25 (Wire) - Egypt's public prosecutor said on Saturday that 305 people were killed when gunmen bombed and then shot worshippers at a mosque in North Sinai during Friday prayers."
		);
		expect(cards(text, '2017-11-25')).toEqual([
			['How many people were killed in the shooting at a mosque in North Sinai?', '305', false]
		]);
	});

	it('dates the attack by its day in Indonesian, not by the dateline’s (review 19, min/j08-1)', () => {
		expect(
			cards(
				doc(
					'JAKARTA, Sabtu (18/7/2009) — Investigators said on Saturday that the suicide bombings at two luxury hotels bore the hallmarks of a splinter cell. Two bombs exploded shortly before 8 a.m. on Jumat (17/7) at the JW Marriott and the Ritz-Carlton.'
				),
				'2009-07-18'
			).map(([prompt, answer]) => [/Jumat/.test(String(prompt)), answer])
		).toEqual([[false, '17 July 2009']]);
	});

	it('a reaction datelined in another city makes an event there only for a check', () => {
		expect(
			cards(
				doc(
					'WASHINGTON, Nov 14 - President Obama condemned the attacks and said 129 people had been killed.',
					'Gunmen and suicide bombers struck a concert hall in Paris on Friday night.'
				),
				'2015-11-14'
			)
		).toEqual([
			['How many people were killed in the attacks in Washington?', '129', true],
			['When did the attack on a concert hall in Paris take place?', '13 November 2015', false]
		]);
	});

	it.each([
		[
			"named again in the body, the city of the dateline is where the story's unplaced event was",
			'Karsk has been under a state of emergency since March.',
			'How many people were killed in the 16 May 2003 bombing on a bus in Karsk?'
		],
		[
			"a headline naming the city too does not take the place from the dateline paragraph's event",
			'Karsk has been under a state of emergency since March.',
			'How many people were killed in the 16 May 2003 bombing on a bus in Karsk?',
			'Bus bombing kills 12 guards in Karsk; gunmen seize eight girls'
		],
		[
			'named only in the dateline, it may be where the wire filed from, and names nothing',
			'The government declared a state of emergency.',
			'How many people were killed in the 16 May 2003 bombing on a bus?'
		]
	])('%s', (_why, after, prompt, headline?: string) => {
		const text = doc(
			...(headline ? [headline] : []),
			'KARSK, May 17 - A suicide bomber blew himself up on a bus carrying guards on Friday, killing 12 of them, officials said.',
			after
		);
		expect(cards(text, '2003-05-17', headline).filter(([p]) => /^How many/.test(p as string))).toEqual([
			[prompt, '12', false]
		]);
	});
});

describe('places and days read from words about something else', () => {
	it.each<[string, string, string, (string | boolean)[][]]>([
		[
			'"was on the orders of commanders based in Pakistan" does not place the attack',
			'2008-11-27',
			doc(
				'Gunmen attacked the Taj hotel in Mumbai on Wednesday, killing 160 people.',
				'The attack was on the orders of commanders based in Pakistan, police said. More than 300 people were wounded.'
			),
			[
				['When did the attack on the Taj hotel in Mumbai take place?', '26 November 2008', false],
				['How many people were killed in the 26 November 2008 attack on the Taj hotel in Mumbai?', '160', false],
				[
					'How many people were injured in the 26 November 2008 attack on the Taj hotel in Mumbai?',
					'more than 300',
					false
				]
			]
		],
		[
			'"tonight" in what is still to come dates no event',
			'2019-05-06',
			'The president will address the nation tonight about the bombing of the Velda market in Karsk, which killed 40 people.',
			[['How many people were killed in the bombing at the Velda market in Karsk?', '40', false]]
		],
		[
			'"Ten years ago this morning" is one day, ten years back',
			'2014-09-01',
			'Ten years ago this morning, gunmen stormed School Number One in Karsk, killing 330 people.',
			[
				['When did the attack on School Number One in Karsk take place?', '1 September 2004', false],
				['How many people were killed in the 1 September 2004 attack on School Number One in Karsk?', '330', false]
			]
		],
		[
			'"in its path" names no venue',
			'2019-05-06',
			'A truck ploughed into a crowd at the Velda market in Karsk on Saturday, killing 12 people in its path.',
			[
				['When did the attack at the Velda market in Karsk take place?', '4 May 2019', false],
				['How many people were killed in the 4 May 2019 attack at the Velda market in Karsk?', '12', false]
			]
		]
	])('%s', (_why, published, text, expected) => {
		expect(cards(text, published)).toEqual(expected);
	});

	it('a press conference is where a bomb can go off', () => {
		expect(findMentions('A bomb exploded during a press conference in Mogadishu on Monday.')[0]).toMatchObject({
			place: 'Mogadishu',
			anaphor: false
		});
	});

	it('"raised the toll to" revises a toll', () => {
		expect(findFigures('The death of a wounded guard raised the toll to 12.').map((f) => f.normalized)).toEqual([
			'killed:12'
		]);
	});

	it('a town written with and without its accent is one place in a draft of two reports', () => {
		const { events } = generateDeck(
			[
				{
					text: 'A gunman killed three people in the centre of Liège on Tuesday.',
					meta: { id: 'a', title: 'A', published: '2018-05-29' }
				},
				{
					text: 'A gunman killed three people in the centre of Liege on Tuesday.',
					meta: { id: 'b', title: 'B', published: '2018-05-29' }
				}
			],
			{ id: 'deck', title: 'Deck' }
		);
		expect(events).toHaveLength(1);
	});
});

describe('a roundup whose sections open "Town, Country - Month Day"', () => {
	it('dates each section’s attack and frames its titles by it (review 20, min/l07-1)', () => {
		const text = [
			'Beirut, Lebanon - November 12',
			'Two suicide bombers killed 43 people in Bourj al-Barajneh, in Beirut’s southern suburbs. Islamic State claimed the attack.',
			'Tunis, Tunisia - November 24',
			'A suicide bomber blew himself up on a bus carrying members of the presidential guard in central Tunis, killing 12 guards. The interior ministry on Wednesday named the bomber as Houssem Abdelli. President Beji Caid Essebsi declared a state of emergency.'
		].join('\n\n');
		const { cards } = generate(text, { id: 'w', title: 'A month of attacks', published: '2015-11-26' });
		expect(cards.filter((c) => /Tunis/.test(c.prompt)).map((c) => [c.prompt, c.answer])).toEqual([
			['When did the attack on a bus in Tunis take place?', '24 November 2015'],
			['How many guards were killed in the 24 November 2015 attack on a bus in Tunis?', '12'],
			['From a report on the attack on a bus in Tunis: Who is the bomber?', 'Houssem Abdelli'],
			["From a report on the attack on a bus in Tunis: Who is Tunisia's President?", 'Beji Caid Essebsi']
		]);
	});
});

describe('a roundup section whose heading is written in capitals', () => {
	it('dates its attack by the heading, and a time of day under it is of that day (review 20, min/m07-1)', () => {
		const text = [
			'MANCHESTER ARENA, 22 MAY',
			'A suicide bomber detonated a device in the foyer of the Manchester Arena at 10.31pm. Twenty-two people were killed.'
		].join('\n\n');
		expect(cards(text, '2017-06-20')).toEqual([
			['When did the attack on the Manchester Arena take place?', '22 May 2017', false],
			['How many people were killed in the 22 May 2017 attack on the Manchester Arena?', 'Twenty-two', false]
		]);
	});

	it('asks no vehicle as the doer: "Van kills 13 in Barcelona" (review 20, min/m01-5)', () => {
		const text = doc('A van killed 13 people in the Barcelona attack on Thursday.');
		expect(cards(text, '2017-08-18', 'Van kills 13 in Barcelona').map(([prompt]) => prompt)).toEqual([
			'When did the attack in Barcelona take place?',
			'How many people were killed in the 17 August 2017 attack in Barcelona?'
		]);
	});
});
