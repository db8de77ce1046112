/**
 * Where the rules that mend one misreading must stop: sentences a reader of real reports meets that look like the
 * mended ones but mean what they always meant. One row per rule, each a card a reader would notice lost or changed.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/lib/generator/figures';
import { generate } from '../../../src/lib/generator/index';
import { findDates } from '../../../src/lib/lang';

const doc = (...paragraphs: string[]) => paragraphs.join('\n\n');
/** Every card as "prompt -> answer", with "(check)" for one a reviewer must check. */
const cards = (text: string, published: string) => {
	const { cards, checks } = generate(text, { id: 'w', title: 'Wire', published });
	return cards.map((c) => `${c.prompt} -> ${c.answer}${c.id in checks ? ' (check)' : ''}`);
};

describe('counts the mending rules leave as they were', () => {
	it.each<[string, string, string, string]>([
		[
			'a bare "would" telling a past story is no threat',
			'2018-05-22',
			'On 22 May 2017 a suicide bomber detonated a bomb at the Velda Arena in Karsk that would kill 22 people.',
			'How many people were killed in the 22 May 2017 bombing at the Velda Arena in Karsk? -> 22'
		],
		[
			'a hospital a sentence opens on is where the hurt were taken, not an attack',
			'2014-06-16',
			doc(
				'Gunmen killed 60 people in Karsk on Sunday night.',
				'At Velda National Hospital in Tarn, doctors said 40 people were wounded.'
			),
			'How many people were injured in the 15 June 2014 attack in Karsk? -> 40'
		],
		[
			"a revised toll after a separate incident that had its own count is that incident's",
			'2016-01-17',
			doc(
				'Gunmen attacked the Splendid Hotel in Karsk on Friday night, killing at least 20 people.',
				'In a separate incident, a bomb exploded at a market in Tarn on Saturday, killing four people.',
				'Local officials said the toll had risen to six.'
			),
			'How many people were killed in the 15 January 2016 attack on the Splendid Hotel in Karsk? -> at least 20'
		],
		[
			'a victims\' count before "and a second detonated" is all the victims',
			'2021-03-22',
			'A suicide bomber killed 14 people at a market in Karsk on Sunday, and a second detonated a car bomb outside a mosque minutes later.',
			'How many people were killed in the 21 March 2021 attack at a market in Karsk? -> 14'
		]
	])('%s', (_why, published, text, card) => {
		expect(cards(text, published)).toContain(card);
	});

	it('attackers killed "in all" give no count', () => {
		const text =
			'Militants attacked an army camp in Karsk on Tuesday, killing at least 20 soldiers. All the attackers were killed, seven in all, the army said.';
		expect(cards(text, '2019-12-12').filter((c) => / -> seven\b/.test(c))).toEqual([]);
	});

	it('a year in a relative clause about the doer does not check a count its own day dates', () => {
		const text = doc(
			'Velda Front, which began its insurgency in 2009, killed 30 people in an attack on a village in Karsk on Sunday.'
		);
		expect(cards(text, '2021-03-30')).toContain(
			'How many people were killed in the 28 March 2021 attack in a village in Karsk? -> 30'
		);
	});
});

describe('days the mending rules leave as they were', () => {
	it.each<[string, string, string, string[]]>([
		[
			'a feast day told with "on" is that day',
			'2024-06-24',
			'Gunmen attacked two churches in Karsk on Trinity Sunday.',
			['2024-06-23']
		],
		[
			'a "when" clause that reports a future leaves its day in the past',
			'2013-09-25',
			'The president addressed the nation on Sunday, when he said the attackers will be hunted down.',
			['2013-09-22']
		],
		[
			'one night told by its two days is that night',
			'2016-01-01',
			'On the night of 20 and 21 November 2015, gunmen struck.',
			['2015-11-20']
		]
	])('%s', (_why, published, sentence, isos) => {
		expect(
			findDates(sentence, { published: { iso: published, precision: 'day' } }).map((d) => [d.iso, !!d.unsettled])
		).toEqual(isos.map((iso) => [iso, false]));
	});

	it('an English headline with a month is no date line of the page', () => {
		const text = doc(
			'3 dead in September 2019 raid',
			'Gunmen attacked a police station in Karsk this morning, killing three officers.'
		);
		expect(cards(text, '2019-09-05')).toContain(
			'When did the attack at a police station in Karsk take place? -> 5 September 2019'
		);
	});

	it('a year a figure is given for is no final report', () => {
		const f = findFigures('The official figures for last year: 120 people were killed in attacks in the province.');
		expect(f.filter((x) => x.kind === 'toll' && x.update).length).toBe(0);
	});
});

describe('where the rules of review 41 must stop (a read of the change, 9d2f495)', () => {
	it.each<[string, string, string, string]>([
		[
			'a crowd that had gathered where the bomb went off is where the attack was (GATHERED)',
			'2018-07-16',
			'A bomb exploded among supporters who had gathered in Quetta on Sunday for an election rally, killing 25 people.',
			'When did the bombing in Quetta take place? -> 15 July 2018'
		],
		[
			'a comparison\'s "since 2014" after the event leaves its opening day to it (ownTimeAfter)',
			'2018-03-05',
			'On 3 March, gunmen stormed a hotel in Kabul in the worst attack on foreigners since 2014, officials said.',
			'When did the attack on a hotel in Kabul take place? -> 3 March 2018'
		],
		[
			'"The deadliest took place at St Sebastian\'s Church", a site of one attack on several venues, is no attack of its own (ELIDED_NOUN)',
			'2019-04-24',
			"Suicide bombers struck three churches and three luxury hotels in Sri Lanka on Sunday, killing 290 people. The deadliest took place at St Sebastian's Church in Negombo, north of Colombo.\n\nThe death toll rose to 359 on Tuesday, police said. Islamic State claimed responsibility for the attacks.",
			'How many people were killed in the 21 April 2019 attack on three churches and three luxury hotels in Sri Lanka? -> 359'
		],
		[
			"a live entry's count said on an earlier day was told that day, not when the entry was posted",
			'2017-05-23',
			'Live: Manchester attack\n\n10.20 BST – Police said on Monday night that 19 people were killed in the bombing at the Manchester Arena.\n\n09.10 BST – Greater Manchester Police now say 22 people were killed in the bombing at the Manchester Arena.',
			'How many people were killed in the bombing at the Manchester Arena? -> 22'
		],
		[
			'"would be questioned about the bombing on Monday night": a day right after an event\'s noun is its day',
			'2017-05-24',
			'A bomb killed 22 people at a concert in Manchester. Police said a 23-year-old man had been arrested in south Manchester and would be questioned about the bombing on Monday night.',
			'When did the bombing at a concert in Manchester take place? -> 22 May 2017'
		],
		[
			'"The attack came ahead of the … celebrations on 7 January", told in the past, is a day gone',
			'2017-01-09',
			'A suicide bomber killed 12 people at a church in Alexandria on Thursday. The attack came ahead of the Orthodox Christmas celebrations on 7 January, which passed off peacefully under heavy guard.',
			'From a report on the attack on a church in Alexandria: The attack came ahead of the Orthodox Christmas celebrations on ____ -> 7 January 2017'
		],
		[
			'"Twelve of the dead" are no part of another attack\'s two police officers (lastToll)',
			'2019-04-16',
			'A suicide bomber killed 30 people at a market in Quetta on Monday. In a separate attack in Turbat, gunmen killed two police officers. Twelve of the dead were women, officials said.',
			'How many women were killed in the 15 April 2019 attack at a market in Quetta? -> Twelve'
		],
		[
			'the dead of the fighters soldiers killed are no whole of the victims (lastToll)',
			'2015-04-04',
			'Militants attacked a market in Kano on Friday, killing 25 people. Soldiers later killed 12 fighters in a village near Kano. Ten of the dead were children, a hospital official said.',
			'How many children were killed in the 3 April 2015 attack at a market in Kano? -> Ten'
		],
		[
			'"Wagah border", a crossing by its name, is a place (nounAfter)',
			'2014-11-03',
			'Suicide bomber attacks crowd at Wagah border, killing 55\n\nA suicide bomber blew himself up on Sunday evening as crowds were leaving the daily flag-lowering ceremony, killing at least 55 people, officials said.',
			'How many people were killed in the suicide attacks in Wagah? -> 55'
		],
		[
			'"Islamic State has since claimed": an adverb after the auxiliary is no part of the claimant',
			'2019-02-02',
			'A suicide bomber killed 30 people at a mosque in Peshawar on Friday. Islamic State has since claimed responsibility.',
			'Who claimed responsibility for the 1 February 2019 attack on a mosque in Peshawar? -> Islamic State'
		],
		[
			'"25 people are in hospital" a day later is no count of the wounded to replace the 70',
			'2016-02-02',
			'A bomb exploded at a bus station in Jos on Sunday, killing 12 people and wounding 70, police said.\n\nOn Monday, a hospital spokesman said 25 people are in hospital, two of them in a critical condition.',
			'How many people were injured in the 31 January 2016 bombing at a bus station in Jos? -> 70'
		]
	])('%s', (_why, published, text, card) => {
		expect(cards(text, published)).toContain(card);
	});

	it('"said that militants belonging to Boko Haram attacked": "that" after a verb of saying is no relative clause', () => {
		const { events } = generate(
			'Police believe that militants belonging to Boko Haram attacked the village of Dalori on Saturday night, killing 86 people.',
			{ id: 'w', title: 'Wire', published: '2016-02-01' }
		);
		expect(events.map((e) => e.description)).toEqual(['the 30 January 2016 attack by Boko Haram in Dalori']);
	});
});

describe('where the rules of review 42 must stop (a read of the change, 4383ae6)', () => {
	it.each<[string, string, string, string]>([
		[
			'"the day after Ascension Day" dates nothing back: the day is the attack\'s the main clause tells (MORNING_AFTER)',
			'2016-06-14',
			'On Sunday 12 June, the night after a concert by Christina Grimmie, a gunman opened fire at the Pulse nightclub in Orlando, killing 49 people.',
			'How many people were killed in the 12 June 2016 attack on the Pulse nightclub in Orlando? -> 49'
		],
		[
			'"the day after the election": no attack the day before takes the toll (MORNING_AFTER)',
			'2018-10-22',
			'A suicide bomber struck a polling station in Kabul on Sunday 21 October, the day after the election, killing 15 people.',
			'When did the attack at a polling station in Kabul take place? -> 21 October 2018'
		],
		[
			'"closed due to the attack on 2 November": "due to" as "because of" looks back',
			'2019-11-05',
			'Schools in the city stayed closed due to the attack on 2 November, the mayor said.',
			'Schools in the city stayed closed due to the attack on ____, the mayor said. -> 2 November 2019'
		],
		[
			'"was originally due to open on 1 November": a plan told after the fact',
			'2019-11-05',
			'The summit, which was originally due to open on 1 November, was postponed after the bombing.',
			'The summit, which was originally due to open on ____, was postponed after the bombing. -> 1 November 2019'
		],
		[
			'"had been due to last until Monday", in a Wednesday paper: the Monday gone',
			'2024-08-28',
			'The remaining days of the fair, which had been due to last until Monday, were cancelled after the attack.',
			'The remaining days of the fair, which had been due to last until ____, were cancelled after the attack. -> 26 August 2024'
		],
		[
			'"One year on, … the parliamentary report of 20 March": a day of no event is this year\'s (YEARS_ON)',
			'2017-03-22',
			'One year on, survivors criticised the parliamentary report of 20 March into the failures of the security services.',
			'One year on, survivors criticised the parliamentary report of ____ into the failures of the security services. -> 20 March 2017'
		],
		[
			'a present perfect in a relative clause set off before the day counts to no now (UP_TO_NOW)',
			'2021-08-27',
			'In August 2011, Boko Haram bombed the United Nations building in Abuja.\n\nThe group, which has killed thousands since it took up arms, struck the building on Aug. 26 with a car bomb.',
			'From a report on the bombing by Boko Haram at the United Nations building in Abuja: The group, which has killed thousands since it took up arms, struck the building on ____ with a car bomb. -> 26 August 2011'
		],
		[
			'"a bombing at a tsunami shelter that killed 20": a disaster word before a common noun is no disaster (NATURAL_KILLED)',
			'2006-05-10',
			'The Tamil Tigers were blamed for a bombing at a tsunami shelter that killed 20 people in Batticaloa on Monday.',
			'How many people were killed in the 8 May 2006 bombing in Batticaloa? -> 20'
		],
		[
			'"Gun and bomb attacks … killed 166 people in Mumbai in 2008": attacks in one town are one event\'s toll (KIND_OF_ATTACKS)',
			'2016-07-15',
			'A truck ploughed into crowds in Nice on Thursday, killing 84 people.\n\nGun and bomb attacks by Pakistani militants killed 166 people in Mumbai in 2008.',
			'How many people were killed in the attacks by Pakistani militants in Mumbai in 2008? -> 166'
		],
		[
			'"The governor said they had entered the dormitories and killed 12 pupils": an official\'s account, no claim (CLAIMED_AFTER_DEED)',
			'2019-11-05',
			'Gunmen stormed a school in Kankara on Monday.\n\nThe governor said they had entered the dormitories and killed 12 pupils before fleeing.',
			'How many pupils were killed in the 4 November 2019 attack on a school in Kankara? -> 12'
		],
		[
			'"and a third was seriously injured": the one more lived (moreLaterDoubt)',
			'2019-11-05',
			'Gunmen attacked a police checkpoint in Quetta on Monday. Two police officers were killed and a third was seriously injured.',
			'How many police officers were killed in the 4 November 2019 attack at a police checkpoint in Quetta? -> Two'
		],
		[
			'"; a third device was defused": an ordinal of a device adds no dead (moreLaterDoubt)',
			'2019-11-05',
			'Bombs exploded at two churches in Colombo on Monday, killing two worshippers; a third device was defused by police.',
			'How many worshippers were killed in the 4 November 2019 bombing at two churches in Colombo? -> two'
		],
		[
			'"; four more remain at large": more attackers who lived (moreLaterDoubt)',
			'2019-11-05',
			'Police shot dead three attackers in Barcelona on Monday; four more remain at large.',
			'How many attackers were killed in the 4 November 2019 shooting in Barcelona? -> three'
		],
		[
			'"In 2007, the deadliest year of the war, a truck bomb killed 135": the bomb\'s toll, not the year\'s',
			'2017-06-01',
			'In 2007, the deadliest year of the war, a truck bomb killed 135 people at a market in Baghdad.',
			'How many people were killed in the truck bombing at a market in Baghdad in 2007? -> 135'
		],
		[
			'"From 2010 to 2014 …, yet on 3 November a car bomb … killed 17": a span\'s reach stops at a clause of its own (OPENS_ON_SPAN)',
			'2019-11-05',
			'From 2010 to 2014 the militants were pushed back from the coast, yet on 3 November a car bomb in Mogadishu killed 17 soldiers.',
			'How many soldiers were killed in the car bombing in Mogadishu? -> 17'
		],
		[
			'"including 15 police officers and civilians": the rest of the dead are no part of the group (AND_UNCOUNTED)',
			'2019-11-05',
			'A bomb exploded outside a police station in Quetta on Monday, killing 25 people, including 15 police officers and civilians.',
			'How many police officers were killed in the 4 November 2019 bombing at a police station in Quetta? -> 15'
		],
		[
			'"claimed responsibility and said one of its fighters had carried out a suicide attack on a mosque in Quetta": the story\'s own event again (SAID_AFTER)',
			'2019-11-05',
			'A suicide bomber struck a mosque in Quetta on Monday, killing 20 worshippers.\n\nIslamic State claimed responsibility and said one of its fighters had carried out a suicide attack on a mosque in Quetta.',
			'Who claimed responsibility for the 4 November 2019 suicide attack on a mosque in Quetta? -> Islamic State'
		],
		[
			'"At Al Noor, 20 people were wounded", after a split count: the site the sentence opens on',
			'2019-03-16',
			'A gunman killed 49 people at two mosques in Christchurch on Friday. Police said 41 people were killed at the Al Noor Mosque and seven at the Linwood Islamic Centre. At Al Noor, 20 people were wounded.',
			'How many people were injured in the 15 March 2019 attack on the Al Noor Mosque? -> 20'
		]
	])('%s', (_why, published, text, card) => {
		expect(cards(text, published)).toContain(card);
	});
});

describe('where the rules of review 43 must stop (passages written to make them misfire)', () => {
	it('"between Sunday morning and Monday morning" is a span whose acts each have a day: the churches\' day is not checked', () => {
		expect(
			cards(
				'A wave of bombings struck three churches in Surabaya, an apartment block and a police headquarters between Sunday morning and Monday morning.',
				'2018-05-14'
			)
		).toContain('When did the attack on three churches in Surabaya take place? -> 13 May 2018');
	});
	it('"She said", after a speaker the text called "her", is still that speaker', () => {
		expect(
			cards(
				doc(
					'Detective Anna Berg said in her testimony on Monday that the man was calm.',
					'She said he had attacked the mosque because he hated Muslims.'
				),
				'2024-02-22'
			)
		).toContain('Why, according to Berg, is it that he had attacked the mosque? -> he hated Muslims');
	});
	it.each<[string, string, string, string[]]>([
		[
			'"The UN office in Kabul said … The UN condemned … Its spokesman": the spokesman of the UN, not of its office (probe 014)',
			'2017-06-01',
			"A truck bomb killed 90 people in Kabul's diplomatic quarter on Wednesday. The UN office in Kabul said two of its staff were hurt. The UN condemned the bombing in the strongest terms. Its spokesman, Stephane Dujarric, said Secretary-General Antonio Guterres was appalled.",
			[
				"When did the attack in Kabul's diplomatic quarter take place? -> 31 May 2017",
				"How many people were killed in the 31 May 2017 attack in Kabul's diplomatic quarter? -> 90",
				"How many staff were injured in the 31 May 2017 attack in Kabul's diplomatic quarter? -> two",
				'Who is the spokesman of the UN? -> Stephane Dujarric'
			]
		],
		[
			'"a Taliban delegation … the Taliban … Its spokesman": whose spokesman is the group, not its delegation (probe 015)',
			'2019-09-04',
			'A Taliban delegation is in Doha for talks with US envoys. A suicide car bomb killed 16 people near a foreign compound in Kabul on Monday night, and the Taliban said it carried out the attack. Its spokesman, Zabihullah Mujahid, said the target had been foreign forces.',
			[
				'When did the suicide car bombing in Kabul take place? -> 2 September 2019',
				'How many people were killed in the 2 September 2019 suicide car bombing in Kabul? -> 16',
				'Who claimed responsibility for the 2 September 2019 suicide car bombing in Kabul? -> the Taliban',
				'Who is the spokesman of the Taliban? -> Zabihullah Mujahid (check)'
			]
		],
		[
			'"A Hamas delegation was in Cairo … Hamas said … Its spokesman": the spokesman of Hamas (probe 145)',
			'2014-07-10',
			'A rocket hit a house in Beersheba on Wednesday, wounding three people. A Hamas delegation was in Cairo for talks on a truce. Hamas said its fighters had fired the rocket. Its spokesman, Sami Abu Zuhri, said more would follow.',
			[
				'A rocket hit a house in Beersheba on ____, wounding three people. -> 9 July 2014',
				'A rocket hit a house in Beersheba on Wednesday, wounding ____ people. -> three (check)',
				'Who is the spokesman of Hamas? -> Sami Abu Zuhri'
			]
		],
		[
			'"A wave of car bombs hit markets across Baghdad on Monday …; most of them were claimed by": a claim of the bombs told (probe 023)',
			'2013-05-21',
			'A wave of car bombs hit markets across Baghdad on Monday, killing at least 70 people; most of them were claimed by the Islamic State of Iraq.',
			[
				'When did the car bombings at markets in Baghdad take place? -> 20 May 2013',
				'How many people were killed in the 20 May 2013 car bombings at markets in Baghdad? -> at least 70',
				'Who claimed responsibility for the 20 May 2013 car bombings at markets in Baghdad? -> the Islamic State of Iraq'
			]
		],
		[
			'"most of them were claimed by", after bombings the sentence told: still a claim of them (probe 024)',
			'2018-04-24',
			'Four bombs exploded in Kabul on Sunday, killing 60 people at a voter registration centre and a checkpoint, several of them claimed by Islamic State.',
			[
				'When did the four bombings in Kabul take place? -> 22 April 2018',
				'How many people were killed in the four bombings in Kabul on 22 April 2018? -> 60',
				'Who claimed responsibility for the four bombings in Kabul on 22 April 2018? -> Islamic State'
			]
		],
		[
			'"some of them were claimed by", after attacks the text told: still a claim of them (probe 025)',
			'2014-07-02',
			'Six explosions struck the centre of Maiduguri on Tuesday, killing 45 people; some of them were claimed by Boko Haram in a video.',
			[
				'When did the attack in Maiduguri take place? -> 1 July 2014',
				'How many people were killed in the 1 July 2014 attack in Maiduguri? -> 45',
				'Who claimed responsibility for the 1 July 2014 attack in Maiduguri? -> Boko Haram'
			]
		],
		[
			'"claimed the attack and an ambush on a checkpoint in Arish": two events, the first the story\'s (probe 044)',
			'2017-05-26',
			'Gunmen attacked a bus carrying Coptic Christians near Minya on Friday, killing 29 people. Islamic State claimed the attack and an ambush on a checkpoint in Arish that killed five soldiers.',
			[
				'When did the attack on a bus in Minya take place? -> 26 May 2017',
				'How many people were killed in the 26 May 2017 attack on a bus in Minya? -> 29',
				'How many soldiers were killed in the ambush at a checkpoint? -> five',
				'Who claimed responsibility for the 26 May 2017 attack on a bus in Minya? -> Islamic State'
			]
		],
		[
			'"stormed a maternity hospital …, and Islamic State claimed the bombing": the bombing is the funeral\'s, not the raid just told (probe 049)',
			'2020-05-15',
			'A suicide bomber killed 32 mourners at a funeral in Nangarhar on Tuesday. Gunmen stormed a maternity hospital in Kabul on the same day, killing 24, and Islamic State claimed the bombing within hours.',
			[
				'How many mourners were killed in the attack at a funeral in Nangarhar? -> 32',
				'How many people were killed in the attack on a maternity hospital in Kabul? -> 24',
				'Who claimed responsibility for the attack at a funeral in Nangarhar? -> Islamic State'
			]
		],
		[
			'"killed nine policemen … on Friday, days before the raid in which their commander was killed": the count is the attack\'s own (probe 065)',
			'2018-01-13',
			'Militants killed nine policemen at a checkpoint in North Sinai on Friday, days before the raid in which their commander was killed.',
			[
				'When did the attack at a checkpoint in North Sinai take place? -> 12 January 2018',
				'How many policemen were killed in the 12 January 2018 attack at a checkpoint in North Sinai? -> nine'
			]
		],
		[
			'a count followed by "hours before the attack" on another target is still its own event\'s (probe 066)',
			'2017-08-17',
			'A suicide bomber killed 14 people at a market in Maiduguri on Monday, just hours before the attack on an army base in Monguno.',
			[
				'When did the attack at a market in Maiduguri take place? -> 14 August 2017',
				'How many people were killed in the 14 August 2017 attack at a market in Maiduguri? -> 14'
			]
		],
		[
			'a count followed by "two weeks before the bombings" is still its own event\'s (probe 067)',
			'2015-09-03',
			'Gunmen killed 17 people at a bar in Konduga on Saturday, two weeks before the bombings at a mosque in the town.',
			[
				'When did the attack on a bar in Konduga take place? -> 29 August 2015',
				'How many people were killed in the 29 August 2015 attack on a bar in Konduga? -> 17'
			]
		],
		[
			'"four policemen were killed in the ensuing gunfight": the attack\'s own toll (probe 069)',
			'2019-05-13',
			'Militants attacked a police post in Dera Ismail Khan on Sunday night, and four policemen were killed in the ensuing gunfight.',
			[
				'When did the attack on a police post in Dera Ismail Khan take place? -> 12 May 2019',
				'How many policemen were killed in the 12 May 2019 attack on a police post in Dera Ismail Khan? -> four'
			]
		],
		[
			'"killed in the gun battle with the insurgents": the attack\'s own toll (probe 070)',
			'2016-09-19',
			'Gunmen stormed an army base in Uri on Sunday. Seventeen soldiers were killed in the gun battle with the insurgents, which lasted six hours.',
			[
				'When did the attack on an army base in Uri take place? -> 18 September 2016',
				'How many soldiers were killed in the 18 September 2016 attack on an army base in Uri? -> Seventeen'
			]
		],
		[
			'"held off police in a gun battle that killed …": the siege\'s own toll (probe 134)',
			'2015-04-03',
			'Gunmen stormed Garissa University College on Thursday and held off police in a gun battle that killed two soldiers and a guard, before 148 people were found dead.',
			[
				'When did the attack on Garissa University College take place? -> 2 April 2015',
				'How many soldiers were killed in the 2 April 2015 attack on Garissa University College? -> two'
			]
		],
		[
			'"announced a strike on Abha airport": a strike on a place is an attack (probe 083)',
			'2019-06-13',
			'The Houthis announced a strike on Abha airport in Saudi Arabia that wounded 26 civilians on Wednesday.',
			[
				'When did the strike at Abha airport in Saudi Arabia take place? -> 12 June 2019',
				'How many civilians were injured in the 12 June 2019 strike at Abha airport in Saudi Arabia? -> 26'
			]
		],
		[
			'"called for a strike on the prison … when they attacked it": an attack (probe 085)',
			'2021-03-02',
			'Islamic State called for a strike on the prison in Jalalabad in a message to its fighters, and 29 people were killed when they attacked it on Sunday.',
			[
				'When did the strike on the prison in Jalalabad take place? -> 28 February 2021',
				'How many people were killed in the 28 February 2021 strike on the prison in Jalalabad? -> 29'
			]
		],
		[
			'"announced a drone strike on the Abqaiq plant": an attack (probe 141)',
			'2019-09-16',
			'The Houthis announced a drone strike on the Abqaiq oil plant in Saudi Arabia on Saturday.',
			['When did the drone strike on the Abqaiq oil plant in Saudi Arabia take place? -> 14 September 2019']
		],
		[
			'"injuring 21 people. Of them, two were seriously wounded": the 21 stays the count of the injured (probe 092)',
			'2016-04-20',
			'A bomb exploded on a bus in Jerusalem on Monday, injuring 21 people. Of them, two were seriously wounded.',
			[
				'When did the bombing on a bus in Jerusalem take place? -> 18 April 2016',
				'How many people were injured in the 18 April 2016 bombing on a bus in Jerusalem? -> 21'
			]
		],
		[
			'a group of the injured "critically injured" is no rival count of the injured (probe 093)',
			'2017-06-05',
			'Three men killed eight people at London Bridge and Borough Market on Saturday night, and 48 people were injured. Of those, 21 were critically injured, the NHS said.',
			[
				'When did the attack at London Bridge and Borough Market take place? -> 3 June 2017',
				'How many people were killed in the 3 June 2017 attack at London Bridge and Borough Market? -> eight',
				'How many people were injured in the 3 June 2017 attack at London Bridge and Borough Market? -> 48'
			]
		],
		[
			'a group of the injured "seriously wounded" is no rival count of the injured (probe 094)',
			'2018-03-24',
			'A gunman killed four people at a supermarket in Trebes on Friday, and 15 people were injured. Two were slightly wounded, police said.',
			[
				'When did the attack on a supermarket in Trebes take place? -> 23 March 2018',
				'How many people were killed in the 23 March 2018 attack on a supermarket in Trebes? -> four',
				'How many people were injured in the 23 March 2018 attack on a supermarket in Trebes? -> 15'
			]
		],
		[
			'"59 were injured. Twelve of the injured were children, and 23 were critically injured": 59 stays the count (probe 142)',
			'2017-05-25',
			'A suicide bomber killed 22 people at the Manchester Arena on Monday night, and 59 were injured. Twelve of the injured were children, and 23 were critically injured.',
			[
				'When did the attack on the Manchester Arena take place? -> 22 May 2017',
				'How many people were killed in the 22 May 2017 attack on the Manchester Arena? -> 22',
				'How many people were injured in the 22 May 2017 attack on the Manchester Arena? -> 59',
				'How many children were injured in the 22 May 2017 attack on the Manchester Arena? -> Twelve'
			]
		],
		[
			'"two days after Islamic State claimed the attack": the day of the claim is no day of the attack (probe 108)',
			'2020-05-16',
			'Gunmen attacked a maternity hospital in Kabul this week, killing 24 people. On Friday, two days after Islamic State claimed the attack, the Taliban denied involvement.',
			[
				'How many people were killed in the attack on a maternity hospital in Kabul? -> 24',
				'Who denied any part in the attack on a maternity hospital in Kabul? -> the Taliban'
			]
		],
		[
			'"two weeks after the police warned of possible attacks": no day of the bombings (probe 109)',
			'2018-05-15',
			'On Sunday, two weeks after the police warned of possible attacks on churches, suicide bombers struck three churches in Surabaya, killing 13 people.',
			[
				'On ____, two weeks after the police warned of possible attacks on churches, suicide bombers struck three churches in Surabaya -> 13 May 2018',
				'How many people were killed in the attack on three churches in Surabaya? -> 13'
			]
		],
		[
			'"a week after Islamic State called for attacks": no day of the bombings (probe 110)',
			'2017-04-11',
			'On Sunday, a week after Islamic State called for attacks on Christians, suicide bombers killed 45 people at two churches in Tanta and Alexandria.',
			[
				'On ____, a week after Islamic State called for attacks on Christians, suicide bombers killed 45 people at two churches in Tanta and Alexandria. -> 9 April 2017',
				'How many people were killed in the two attacks on two churches in Tanta and Alexandria? -> 45'
			]
		],
		[
			'"four days after police raised the threat level following the bombing": no day of the bombing (probe 140)',
			'2017-05-27',
			'On Friday, four days after police raised the threat level following the bombing at the Manchester Arena, gunmen killed 29 Copts near Minya.',
			[
				'On ____, four days after police raised the threat level following the bombing at the Manchester Arena, gunmen killed 29 Copts near Minya. -> 26 May 2017',
				'How many people were killed in the bombing at the Manchester Arena in Minya? -> 29'
			]
		],
		[
			'"The commander of a battalion, Colonel Ahmed Saleh, said": the colonel commands it (probe 114)',
			'2017-11-06',
			'A car bomb killed 20 people at a checkpoint near Aden on Sunday. The commander of a battalion, Colonel Ahmed Saleh, said the bomber had rammed the gate.',
			[
				'When did the car bombing at a checkpoint in Aden take place? -> 5 November 2017',
				'How many people were killed in the 5 November 2017 car bombing at a checkpoint in Aden? -> 20',
				'Who is the commander of a battalion? -> Ahmed Saleh'
			]
		],
		[
			'"A spokesman for a charity, Ahmed Noor": the man speaks for it (probe 115)',
			'2015-04-04',
			'Gunmen from al-Shabaab killed 148 people at Garissa University College on Thursday. A spokesman for a charity, Ahmed Noor, said 40 students were still missing.',
			[
				'When did the attack on Garissa University College take place? -> 2 April 2015',
				'How many people were killed in the 2 April 2015 attack on Garissa University College? -> 148',
				'How many students were missing after the 2 April 2015 attack on Garissa University College? -> 40',
				'Who is the spokesman for a charity? -> Ahmed Noor'
			]
		],
		[
			'"A spokesman for a militia, Jaafar al-Husseini": the man speaks for it (probe 117)',
			'2016-07-04',
			'Gunmen killed 22 people at the Holey Artisan Bakery in Dhaka on Friday night. A spokesman for a militia, Jaafar al-Husseini, denied that its fighters had been involved.',
			[
				'When did the attack on the Holey Artisan Bakery in Dhaka take place? -> 1 July 2016',
				'How many people were killed in the 1 July 2016 attack on the Holey Artisan Bakery in Dhaka? -> 22',
				'Who is the spokesman for a militia? -> Jaafar al-Husseini'
			]
		],
		[
			'"The Taliban, which claimed the hotel attack, denied any role in the killing of foreigners at the hotel": a denial naming its event (probe 121)',
			'2018-01-30',
			'Gunmen stormed the Intercontinental hotel in Kabul on Saturday, killing 22 people. On Monday, militants attacked a military academy in the city, killing 11 soldiers. The Taliban, which claimed the hotel attack, denied any role in the killing of foreigners at the hotel.',
			[
				'When did the attack on the Intercontinental hotel in Kabul take place? -> 27 January 2018',
				'How many people were killed in the 27 January 2018 attack on the Intercontinental hotel in Kabul? -> 22',
				'When did the attack on a military academy take place? -> 29 January 2018',
				'How many soldiers were killed in the 29 January 2018 attack on a military academy? -> 11',
				'Who claimed responsibility for the 27 January 2018 attack on the Intercontinental hotel in Kabul? -> The Taliban',
				'Who denied any part in the 27 January 2018 attack on the Intercontinental hotel in Kabul? -> the Taliban'
			]
		],
		[
			'"Residents compared it to the bombing of a Shia mosque in Kabul in 2017, and Islamic State claimed it": "it" is the story\'s (probe 122)',
			'2021-10-11',
			'A suicide bomber killed 46 people at a Shia mosque in Kunduz on Friday. Residents compared it to the bombing of a Shia mosque in Kabul in 2017, and Islamic State claimed it on Saturday.',
			[
				'When did the attack on a Shia mosque in Kunduz take place? -> 8 October 2021',
				'How many people were killed in the 8 October 2021 attack on a Shia mosque in Kunduz? -> 46',
				'When did the bombing at a Shia mosque in Kabul take place? -> 2017 (check)',
				'Who claimed responsibility for the 8 October 2021 attack on a Shia mosque in Kunduz? -> Islamic State'
			]
		],
		[
			'"it targeted Shia Hazaras, and Lashkar-e-Jhangvi claimed it": "it" is the story\'s, no attack on the Hazaras (probe 124)',
			'2013-02-18',
			"A bomb killed 84 people at a market in Quetta's Hazara Town on Saturday. Like the bombing of a snooker hall in the city in January, it targeted Shia Hazaras, and Lashkar-e-Jhangvi claimed it.",
			[
				"When did the attack at a market in Quetta's Hazara Town take place? -> 16 February 2013",
				"How many people were killed in the 16 February 2013 attack at a market in Quetta's Hazara Town? -> 84",
				'When did the bombing at a snooker hall take place? -> January 2013',
				"Who claimed responsibility for the 16 February 2013 attack at a market in Quetta's Hazara Town? -> Lashkar-e-Jhangvi"
			]
		],
		[
			'"Boko Haram\'s offensive, launched on 3 January, killed hundreds in Baga": the offensive is the attack, dated (probe 127)',
			'2015-01-12',
			"Boko Haram's offensive, launched on 3 January, killed hundreds of people in the town of Baga and nearby villages.",
			['When did the attack in Baga take place? -> 3 January 2015']
		],
		[
			'"Since 2013 the city had been spared attacks … but officials said the bombing has killed nine": the bombing\'s own toll (probe 136)',
			'2017-12-19',
			'A suicide bomber struck a Methodist church in Quetta on Sunday. Since 2013 the city had been spared attacks on Christians but officials said the bombing has killed nine people.',
			[
				'When did the attack on a Methodist church in Quetta take place? -> 17 December 2017',
				'How many people were killed in the 17 December 2017 attack on a Methodist church in Quetta? -> nine'
			]
		],
		[
			'"Since March 2020 the village has sheltered … and the raid on Saturday has killed 110": the raid\'s own toll (probe 098)',
			'2020-11-30',
			'Since March 2020 the village has sheltered hundreds of displaced families and the raid on Saturday has killed 110 farmers.',
			[
				'Since ____ the village has sheltered hundreds of displaced families and the raid on Saturday has killed 110 farmers. -> March 2020',
				'Since March 2020 the village has sheltered hundreds of displaced families and the raid on ____ has killed 110 farmers. -> 28 November 2020',
				'Since March 2020 the village has sheltered hundreds of displaced families and the raid on Saturday has killed ____ farmers. -> 110 (check)'
			]
		]
	])('%s', (_why, published, text, expected) => {
		expect(cards(text, published)).toEqual(expected);
	});
});
