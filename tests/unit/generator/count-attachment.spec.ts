/**
 * Which event a count is asked of, read from the structure of its sentence and paragraph rather than from its
 * phrasing: a day in the count's own clause before the story's attack, a span counted to another attack ("three days
 * after …"), an event told after ", as" beside another, "the bombing" opening a paragraph after one about an earlier
 * attack, the lede under a headline that tells of one event, and the headline's own counts. One row per form; each
 * is a document a reader would notice going wrong.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/lib/generator/figures';
import { generate } from '../../../src/lib/generator/index';
import { reaches } from '../../../src/lib/generator/reading';

const doc = (...paragraphs: string[]) => paragraphs.join('\n\n');
/** Every card of a draft as [prompt, answer, needs check]. */
const all = (text: string, published: string) => {
	const { cards, checks } = generate(text, { id: 'wire', title: 'Wire', published });
	return cards.map((c) => [c.prompt, c.answer, c.id in checks]);
};
/** Toll cards as [prompt, answer, needs check]. */
const tolls = (text: string, published: string, title = 'Wire') => {
	const { cards, checks } = generate(text, { id: 'wire', title, published });
	return cards.filter((c) => c.kind === 'toll').map((c) => [c.prompt, c.answer, c.id in checks]);
};

describe('a count is asked of the event its sentence places it in', () => {
	it.each<[string, string, string, (string | boolean)[][], string?]>([
		[
			'a count after "Since the abduction of … ," in the perfect sums up to now: no count of the abduction (review 33, AL min/10-14)',
			'2024-03-24',
			doc(
				'Since the abduction of 276 schoolgirls from Chibok in April 2014, more than 1,400 students have been kidnapped in Nigeria, according to UNICEF.'
			),
			[
				// (The 1,400 is asked as a key figure, no toll.)
				['How many schoolgirls were seized in the April 2014 abduction in Nigeria?', '276', false]
			],
			'Kidnapped Kuriga pupils freed'
		],
		[
			'"at least 15 of the dead were British", after a toll of tourists: a group of that toll, not of where a ministry spoke (review 41, BE min/05-5)',
			'2015-06-27',
			doc(
				'A gunman killed 38 tourists at a beach hotel near Sousse on Friday.',
				'The Foreign Office in London said at least 15 of the dead were British.'
			),
			[
				['How many tourists were killed in the 26 June 2015 attack on a beach hotel in Sousse?', '38', false],
				['How many British were killed in the 26 June 2015 attack on a beach hotel in Sousse?', 'at least 15', false]
			]
		],
		[
			'"near Pakistan border", written without its article, names no place of the attack (review 41, BH min/01-1)',
			'2016-01-03',
			doc('Seven security personnel killed as gunmen storm Indian air base near Pakistan border'),
			[['____ security personnel killed as gunmen storm Indian air base near Pakistan border', 'Seven', true]]
		],
		[
			'"explosions were reported … on Patong beach in Phuket, injuring one person, and a fire bomb … in Phang Nga": the count of the clause before its ", and" (review 41, BD min/05-10)',
			'2016-08-12',
			doc(
				'In addition, two small explosions were reported on Friday on Patong beach in Phuket, injuring one person, and a fire bomb damaged shops in Phang Nga province.'
			),
			[['How many people were injured in the two explosions in Phuket?', 'one', false]]
		],
		[
			'"succumbed at Sawai Man Singh (SMS) Hospital": the initials are part of the hospital\'s name, no scene of an attack (review 41, BH min/09-2)',
			'2008-05-17',
			doc(
				'The death toll rose to 63 on Friday after two more injured persons succumbed at Sawai Man Singh (SMS) Hospital.',
				'The eight blasts went off from 7.20 pm IST, when devotees were thronging the temples.'
			),
			[
				[
					'The death toll rose to ____ on Friday after two more injured persons succumbed at Sawai Man Singh (SMS) Hospital.',
					'63',
					true
				]
			]
		],
		[
			'"one was captured alive near Girgaum Chowpatty": where a gunman was caught is no scene of the killings (review 41, BH min/02-9)',
			'2008-11-27',
			doc(
				'Gunmen attacked the Taj hotel and the Oberoi in Mumbai on Wednesday night.',
				'Police say four gunmen have been killed and one was captured alive near Girgaum Chowpatty overnight.'
			),
			[
				[
					'How many gunmen were killed in the 26 November 2008 attack on the Taj hotel and the Oberoi in Mumbai?',
					'four',
					false
				]
			]
		],
		[
			'"Relatives of the 12 people killed gathered in Velda": where mourners met is no scene (review 41, BE min/06-2)',
			'2016-10-31',
			doc(
				'A bomb exploded on a bus in Karsk on Sunday.',
				'Relatives of the 12 people killed gathered in Velda on Monday.'
			),
			[['How many people were killed in the 30 October 2016 bombing on a bus in Karsk?', '12', false]]
		],
		[
			'"the deadliest mass shooting … since 26 people were killed at Sandy Hook Elementary School": the count of the event measured from (review 41, BF min/10-11)',
			'2015-12-02',
			doc(
				'A gunman opened fire at the Inland Regional Center in San Bernardino on Wednesday, killing 14 people.',
				'It is the deadliest mass shooting in the United States since 26 people were killed at Sandy Hook Elementary School in Newtown, Connecticut, in December 2012.'
			),
			[
				[
					'How many people were killed in the 2 December 2015 mass shooting at the Inland Regional Center in San Bernardino?',
					'14',
					false
				],
				[
					'How many people were killed in the attack on Sandy Hook Elementary School in Newtown, Connecticut?',
					'26',
					false
				]
			]
		],
		[
			'"The deadliest took place on a beach in Port El Kantaoui": one of the attacks told of, its noun left out, is an event there (review 41, BE 05)',
			'2015-06-27',
			doc(
				'Attacks in Tunisia, Kuwait and France on Friday killed at least 66 people.',
				'The deadliest took place on a beach in Port El Kantaoui, north of Sousse. The health ministry said 38 people were killed and 39 wounded.'
			),
			[
				['Attacks in Tunisia, Kuwait and France on Friday killed ____ people.', 'at least 66', true],
				['How many people were killed in the attack in Port El Kantaoui?', '38', false],
				['How many people were injured in the attack in Port El Kantaoui?', '39', false]
			]
		],
		[
			'a count the next sentence adds more of the same to is checked; one of another measure after it is not (review 33, AL min/06-10)',
			'2015-12-15',
			doc(
				'A year ago this morning, a man carrying a sawn-off shotgun walked into the Lindt Chocolate Cafe in Martin Place and took 18 people hostage.',
				'Five hostages escaped in the afternoon. Six more ran from the building shortly after 2am.',
				'Officials put the toll at two the day after. Another four people were wounded.'
			),
			[
				['How many people were abducted in the 15 December 2014 siege at Lindt cafe?', '18', false],
				['How many hostages escaped after the 15 December 2014 siege at Lindt cafe?', 'Five', true],
				['How many people were killed in the 15 December 2014 siege at Lindt cafe?', 'two', false],
				['How many people were injured in the 15 December 2014 siege at Lindt cafe?', 'four', false]
			],
			'One year on, Martin Place remembers the Lindt cafe siege'
		],
		[
			'hostages killed "before they were overrun" are checked as the end of the siege (review 33, AL min/01-7)',
			'2013-01-21',
			doc(
				'ALGIERS, Jan 21 (Reuters) - Thirty-seven foreign hostages were killed during the four-day siege of the In Amenas gas plant in the Sahara, Prime Minister Abdelmalek Sellal said on Monday.',
				'A final assault on the processing plant on Saturday ended the standoff; Sellal said the attackers killed seven hostages before they were overrun.'
			),
			[
				[
					'How many foreign hostages were killed in the siege at the In Amenas gas plant in the Sahara?',
					'Thirty-seven',
					false
				],
				['How many hostages were killed in the siege at the In Amenas gas plant in the Sahara?', 'seven', true]
			],
			'In Amenas siege'
		],
		[
			'"killed in later raids", "killed in different drives": counts of other operations are checked (review 33, AL and AM min/07-16)',
			'2019-11-27',
			doc(
				'Prosecutors said the attack was planned by Tamim Chowdhury, a Bangladeshi-Canadian, who was killed in a police raid near Dhaka in August 2016. Eight other suspects were killed in later raids.'
			),
			[['How many other suspects were killed in the August 2016 raid in Dhaka?', 'Eight', true]],
			'Holey Artisan verdict'
		],
		[
			'suspects "shot dead while resisting arrest" were killed when the police came for them, after the attack: checked (review 47, CG min/03-6)',
			'2018-08-07',
			doc(
				'Police said four suspects had been shot dead while resisting arrest and that a fifth, Hussein Abdusamadov, had been detained.'
			),
			[['How many suspects were killed in the attack in Danghara?', 'four', true]],
			'The Danghara attack: what the killing of four cyclists says about militancy in Tajikistan'
		],
		[
			'suspects "killed after they resisted arrest": checked too (review 48, CL min/04-7)',
			'2018-08-07',
			doc(
				"In a separate operation, four suspects were killed after they resisted arrest, among them the cell's recruiter."
			),
			[['How many suspects were killed in the attack in Danghara?', 'four', true]],
			'The Danghara attack: what the killing of four cyclists says about militancy in Tajikistan'
		],
		[
			'a group within a count since replaced is as old as the count: checked (review 47, CH min/01-4)',
			'2017-08-26',
			doc(
				'UPDATE 2-Myanmar says 89 dead as fighting spreads after Rohingya militant attacks in Rakhine',
				"The information committee of State Counsellor Aung San Suu Kyi's office said 77 insurgents and 12 members of the security forces had been killed since militants armed with guns, knives and homemade explosives struck about 30 police posts and an army base before dawn on Friday. On Friday evening the committee had put the toll at 71, including 59 attackers."
			),
			[
				['How many people were killed in the attack in Rakhine?', '89', false],
				['How many members of the security forces were killed in the attack in Rakhine?', '12', false],
				['How many attackers were killed in the attack in Rakhine?', '59', true]
			]
		],
		[
			'"had given a toll of 16 dead on Sunday evening, 14 of them civilians": so is a group told after it (review 47, CJ min/01-6)',
			'2016-03-15',
			doc(
				"GRAND-BASSAM, Ivory Coast, March 15 (Lagoon Wire) - Ivory Coast raised the death toll from Sunday's attack on beach hotels in Grand-Bassam to 19 on Tuesday, as France's foreign and interior ministers flew in to show support.",
				'Sixteen civilians and three members of the special forces were killed when gunmen opened fire on bathers and diners along the beach at the resort, Interior Minister Hamed Bakayoko said. President Alassane Ouattara had given a toll of 16 dead on Sunday evening, 14 of them civilians and two soldiers.'
			),
			[
				// (The raised toll of 19, seven words after "toll from", is read since review 50, CY min/01-4; the 16 it
				// replaced is no longer asked.)
				['How many people were killed in the attack on beach hotels in Grand-Bassam?', '19', false],
				[
					'How many members of the special forces were killed in the attack on beach hotels in Grand-Bassam?',
					'three',
					false
				],
				['How many civilians were killed in the attack on beach hotels in Grand-Bassam?', '14', true]
			]
		],
		[
			'"A day after a gunman opened fire …, residents brought flowers … on Monday": the shooting is the day before, and an earlier bombing in the town is another event (review 47, CG min/10-3)',
			'2018-02-19',
			doc(
				"A day after a gunman opened fire on worshippers leaving a service in the Dagestani town of Kizlyar, residents brought flowers and candles to the gates of St George's Orthodox church on Monday. Five women were killed and five other people wounded, two of them police officers, in Sunday's attack, which Islamic State has claimed.",
				"On March 31, 2010, two suicide bombers killed 12 people, nine of them police officers, outside the town's police building."
			),
			[
				['How many women were killed in the 18 February 2018 attack in the Dagestani town of Kizlyar?', 'Five', false],
				[
					'How many people were injured in the 18 February 2018 attack in the Dagestani town of Kizlyar?',
					'five',
					false
				],
				[
					'How many police officers were injured in the 18 February 2018 attack in the Dagestani town of Kizlyar?',
					'two',
					false
				],
				['How many people were killed in the 31 March 2010 attack in the Dagestani town?', '12', false],
				['How many police officers were killed in the 31 March 2010 attack in the Dagestani town?', 'nine', false]
			]
		],
		[
			'"on Monday" counts from the story\'s Saturday, not from a background "which began on Jan. 11" (review 33, AL min/01-9)',
			'2013-01-21',
			doc(
				'A final assault on the In Amenas gas plant on Saturday ended the standoff.',
				"In a video, Belmokhtar said the raid was in response to France's military intervention in neighbouring Mali, which began on Jan. 11.",
				'Japan said on Monday that seven of its citizens had been killed.'
			),
			[['How many citizens were killed in the assault on the In Amenas gas plant?', 'seven', false]],
			'In Amenas siege'
		],
		[
			'"put the final toll at 67", then "Earlier it had said 72 people died": the final toll, the earlier one replaced (review 34, AO min/08-7)',
			'2020-01-20',
			doc(
				"On 21 September 2013, gunmen stormed the Westgate shopping mall in Nairobi. Kenya's government put the final toll at 67, including six members of the security forces. Earlier it had said 72 people died, a figure that counted five attackers."
			),
			[
				[
					'How many people were killed in the 21 September 2013 attack on the Westgate shopping mall in Nairobi?',
					'67',
					false
				],
				[
					'How many members of the security forces were killed in the 21 September 2013 attack on the Westgate shopping mall in Nairobi?',
					'six',
					false
				]
			],
			'Al-Shabaab: a profile'
		],
		[
			'a count that ends a range of estimates is checked (review 34, AO min/08-13)',
			'2020-01-20',
			doc(
				'In January 2016 the group overran a Kenyan army base at El Adde in southern Somalia. Kenya has never published a toll, and independent estimates range from about 140 to nearly 200 dead.'
			),
			[
				['How many people were killed in the January 2016 attack on a Kenyan army base in El Adde?', 'nearly 200', true]
			],
			'Al-Shabaab: a profile'
		],
		[
			'"drove a truck along the Promenade des Anglais" is an attack there, whose toll is not the series\' (review 34, AO min/03-3)',
			'2018-07-10',
			doc(
				'Since the summer of 2016, at least five major vehicle-ramming attacks in Europe have been carried out by men inspired by the Islamic State group.',
				'On 14 July 2016 Mohamed Lahouaiej-Bouhlel drove a truck along the Promenade des Anglais. The toll rose to 86 as people died of their wounds, ten of them children.'
			),
			[
				[
					'How many people were killed in the 14 July 2016 attack by Mohamed Lahouaiej-Bouhlel on the Promenade des Anglais?',
					'86',
					false
				],
				[
					'How many children were killed in the 14 July 2016 attack by Mohamed Lahouaiej-Bouhlel on the Promenade des Anglais?',
					'ten',
					false
				]
			],
			'Vehicle ramming in Europe'
		],
		[
			'"One blast" names no place "One": the live page\'s later toll is the attack\'s (review 34, AN min/02-5)',
			'2016-06-28',
			doc(
				"Gunmen and suicide bombers attacked Istanbul's Ataturk airport on Tuesday night.",
				'22:40 One blast appears to have happened in the arrivals hall and another outside the departures level.',
				'01:45 A senior official says the toll now stands at 31.',
				"Friday 12:00 The death toll has risen to 45 after another wounded person died in hospital, the governor's office says."
			),
			[["How many people were killed in the 28 June 2016 attack at Istanbul's Ataturk airport?", '45', false]],
			'Live: Istanbul airport attack'
		],
		[
			'a bomb that "exploded … after Daallo Airlines Flight 159 left Mogadishu" is a bombing of that flight, not more of the one told before (review 34, AN min/03-6)',
			'2016-07-20',
			doc(
				'The Metrojet bombing was the deadliest attack on civil aviation since the 11 September 2001 attacks.',
				'Three months later, on 2 February 2016, al-Shabaab came close to repeating the feat. A bomb concealed in a laptop exploded about 20 minutes after Daallo Airlines Flight 159 left Mogadishu for Djibouti. The only fatality was the bomber, Abdullahi Abdisalam Borleh, who was sucked out of the hole; two passengers were injured.'
			),
			[['How many passengers were injured in the bombing on Daallo Airlines Flight 159?', 'two', false]],
			'Aviation security analysis'
		],
		[
			'"a city bus" and "the city\'s main railway station" are not one venue for the word "city" (review 34, AN min/09-10, 09-11)',
			'2013-12-30',
			doc(
				"The trolleybus bombing came the day after an explosion at the city's main railway station, vokzal Volgograd-1, on Sunday 29 December at 12:45.",
				'On 21 October a woman from Dagestan, Naida Asiyalova, blew herself up on a city bus in the Krasnoarmeisky district, killing six passengers.'
			),
			[
				[
					'How many passengers were killed in the 21 October 2013 bombing on a city bus in the Krasnoarmeisky district?',
					'six',
					false
				]
			],
			'Volgograd bombings'
		],
		[
			'"The toll at the station has risen to 18" is the station\'s, not the trolleybus bombing\'s told before (review 34, AN min/09-3)',
			'2013-12-30',
			doc(
				'A second suicide bombing in less than 24 hours struck Volgograd on Monday morning, when a bomb tore apart a trolleybus near the Kachinsky market.',
				"The trolleybus bombing came the day after an explosion at the city's main railway station on Sunday 29 December at 12:45. The toll at the station has risen to 18, including the bomber."
			),
			[
				[
					"How many people were killed in the 29 December 2013 explosion at the city's main railway station?",
					'18',
					false
				]
			],
			'Volgograd bombings'
		],
		[
			'counts given "respectively" for two places are checked: the order is not read (review 33, AM min/08-18)',
			'2024-03-26',
			doc(
				'In October 2021, the group carried out suicide attacks on Shiite mosques during Friday prayers in the northern city of Kunduz on Oct. 8 and in the southern city of Kandahar a week later, killing over 50 and more than 40 worshippers respectively.'
			),
			[
				[
					'How many people were killed in the October 2021 suicide attacks on Shiite mosques in Kandahar?',
					'over 50',
					true
				]
			],
			'Backgrounder: Islamic State-Khorasan Province'
		],
		[
			'a count of attackers before "and a fourth was killed later" is checked, and the women among them are no victims (review 33, AL min/05-9, 05-10)',
			'2016-01-17',
			doc(
				'In Ouagadougou, special forces ended a siege at the Splendid Hotel early on Saturday morning. Three attackers, including two women according to the first reports, were killed, and a fourth was killed later at the nearby Yibi hotel.'
			),
			[['How many attackers were killed in the siege at the Splendid Hotel in Ouagadougou?', 'Three', true]],
			'Burkina Faso hotel siege ends'
		],
		[
			'"Earlier figures that gave 27 dead have been corrected": the count is checked as replaced (review 33, AL min/04-8)',
			'2015-11-21',
			doc(
				'On Friday 20 November 2015 a group of armed terrorists attacked the Radisson Blu Hotel in Bamako and took guests and staff hostage.',
				'According to a provisional toll, nineteen hostages were killed. A Malian gendarme was also killed. Earlier figures that gave 27 dead have been corrected after the bodies were counted at the morgue.'
			),
			[
				[
					'How many hostages were killed in the 20 November 2015 attack on the Radisson Blu Hotel in Bamako?',
					'nineteen',
					false
				],
				['How many people were killed in the 20 November 2015 attack on the Radisson Blu Hotel in Bamako?', '27', true]
			],
			'Communique on the attack on the Radisson Blu Hotel in Bamako'
		],
		[
			"two counts of the dead told on two days in one sentence: the later day's is the toll (review 33, AL min/05-6)",
			'2016-01-17',
			doc(
				'In Ouagadougou, special forces ended a siege at the Splendid Hotel early on Saturday morning, about twelve hours after gunmen attacked the hotel on Friday evening, 15 January. Security Minister Simon Compaore put the death toll at 23 on Saturday, but by Sunday the government said 29 people had been killed.'
			),
			[['How many people were killed in the siege at the Splendid Hotel in Ouagadougou?', '29', false]],
			'Burkina Faso hotel siege ends'
		],
		[
			'one of a pair, the other hurt too, is checked: it is no count of both (review 25, min/v07-2)',
			'2016-08-08',
			doc(
				'On Saturday a man attacked two policewomen with a machete in Karsk. One officer was seriously wounded in the face and the other suffered light injuries before a third officer shot the attacker.'
			),
			[['How many officers were injured in the attack in Karsk?', 'One', true]],
			'Karsk attack'
		],
		[
			'the hospital where more victims died later names no event (review 26, min/y02-1)',
			'2016-09-03',
			doc(
				'3.40pm — The Karsk police office says the number of dead has risen to 14 after two more victims died overnight at the Southern Velda Medical Center.'
			),
			[
				[
					'The Karsk police office says the number of dead has risen to ____ after two more victims died overnight at the Southern Velda Medical Center.',
					'14',
					true
				]
			]
		],
		[
			"a second count sharing the first one's verb is of its event, whatever a comparison after it recalls (review 25, min/w05-4)",
			'2018-01-22',
			doc(
				'Judges found that two men had helped organise an attack on Orsa on July 5, 2016, in which nine people died.',
				'In December, fighters attacked a UN base at Velda, killing 15 Tanzanian peacekeepers and five Congolese soldiers, the deadliest attack on UN peacekeepers in a quarter of a century.'
			),
			[
				['How many people were killed in the 5 July 2016 attack on Orsa?', 'nine', false],
				['How many Tanzanian peacekeepers were killed in the December 2017 attack on a UN base in Velda?', '15', false],
				['How many Congolese soldiers were killed in the December 2017 attack on a UN base in Velda?', 'five', false]
			]
		],
		[
			'a count of several attacks, told before the one the text goes on to name, is no count of it (review 25, min/v05-2)',
			'2020-12-16',
			doc(
				'The January 2015 attacks left 17 people dead over three days. On January 9 a gunman killed four men at the Velda supermarket.'
			),
			[
				['How many people were killed in the 9 January 2015 attack on the Velda supermarket?', '17', true],
				['How many men were killed in the 9 January 2015 attack on the Velda supermarket?', 'four', false]
			]
		],
		[
			'"died there" after a sentence about a hospital is no site of the attacks',
			'2003-05-17',
			doc(
				'KARSK, May 17 - Five suicide bombings struck the centre of Karsk on Friday night, killing 41 people.',
				'The wounded were taken to the Emergency hospital in Velda. At least 16 people died there overnight.'
			),
			[['How many people were killed in the five suicide bombings in Karsk on 16 May 2003?', '41', true]]
		],
		[
			'"killed there", in a story of several attacks, after a sentence that names a site and no event, is that site\'s',
			'2003-05-17',
			doc(
				'KARSK, May 17 - Five suicide bombings struck the centre of Karsk on Friday night, killing 41 people.',
				'The heaviest loss was at the Casa Velda, a social club where families were eating dinner. Witnesses said the attackers ran into the main hall. At least 20 people were killed there, most of them residents.'
			),
			[
				['How many people were killed in the five suicide bombings in Karsk on 16 May 2003?', '41', false],
				['How many people were killed in the 16 May 2003 attack in the Casa Velda?', 'at least 20', false]
			]
		],
		[
			"a day before the story's attack in the count's clause (\"On Jan. 12, 2017, … there, killing 35\") is an earlier attack's",
			'2020-05-08',
			doc(
				'Two suicide bombers killed 30 people in a crowded market in central Orsa on Thursday.',
				'The same square was hit three years ago. On Jan. 12, 2017, two suicide bombers blew themselves up among labourers waiting for work there, killing 35 people.'
			),
			[
				['How many people were killed in the 7 May 2020 attack at a crowded market in Orsa?', '30', false],
				['How many bombers were killed in the 12 January 2017 bombing?', 'two', false],
				['How many people were killed in the 12 January 2017 bombing?', '35', false]
			]
		],
		[
			"a day between the recalled attack in view and the story's own is a third attack (r233)",
			'2019-06-30',
			doc(
				'Two weeks after three suicide bombers struck Velda, killing 30 people, no group has claimed the attack.',
				"Velda has been here before. On the evening of Friday 16 February 2018, three bombers struck the town's fish market, killing 18 people. On 23 July 2018 a man walked into a mosque during dawn prayers and set off his explosives, killing seven worshippers."
			),
			[
				['How many people were killed in the attack on Velda?', '30', false],
				["How many people were killed in the 16 February 2018 attack at the town's fish market?", '18', false],
				['How many worshippers were killed in the 23 July 2018 bombing?', 'seven', false]
			]
		],
		[
			"a later day in view of the recalled attack, with the toll told again, is that attack's (no third attack)",
			'2019-06-30',
			doc(
				'Two weeks after three suicide bombers struck Velda, killing 30 people, no group has claimed the attack.',
				"Velda has been here before. On 16 February 2018, three bombers struck the town's fish market, killing 18 people. On 20 February 2018 the toll rose to 21."
			),
			[
				['How many people were killed in the attack on Velda?', '30', false],
				["How many people were killed in the 16 February 2018 attack at the town's fish market?", '21', false]
			]
		],
		[
			'"killed at the cathedral" is a count at the cathedral the story last named in full (r105)',
			'2017-04-10',
			doc(
				'The Government announces that 44 people were killed and 126 injured in the two bombings that struck churches in Velda and Orsa on Sunday, 9 April.',
				"Some three hours later, a suicide bomber who had been stopped at the gate of Saint Mark's Cathedral in Orsa detonated his explosive belt among the police officers guarding the entrance. Seventeen people were killed at the cathedral, and 48 were injured."
			),
			[
				['How many people were killed in the two bombings at churches in Velda and Orsa on 9 April 2017?', '44', false],
				[
					'How many people were injured in the two bombings at churches in Velda and Orsa on 9 April 2017?',
					'126',
					false
				],
				[
					"How many people were killed in the 9 April 2017 attack on Saint Mark's Cathedral in Orsa?",
					'Seventeen',
					false
				],
				["How many people were injured in the 9 April 2017 attack on Saint Mark's Cathedral in Orsa?", '48', false]
			]
		],
		[
			'a long read\'s section headings ("Velda, 15 June") name the events their sections tell of (r109)',
			'2014-12-30',
			doc(
				'In six months this year, gunmen killed more than 120 people in four attacks on Ostrian soil.',
				'Velda, 15 June',
				'On the evening of Sunday 15 June, about 50 gunmen drove into Velda while residents were watching football. By the morning 48 people were dead, almost all of them men.',
				'Karsk, 22 November',
				'Five months later, at dawn on Saturday 22 November, gunmen stopped a bus near the town of Karsk. They ordered the passengers off and shot those who could not recite verses. Twenty-eight people were killed.'
			),
			[
				['How many people were killed in the four attacks on Ostrian soil in 2014?', 'more than 120', false],
				['How many people were killed in the 15 June 2014 attack in Velda?', '48', false],
				['How many people were killed in the 22 November 2014 attack in Karsk?', 'Twenty-eight', false]
			]
		],
		[
			'"killed at the hotel" while the story is on an attack on a hotel stays with it, not with another hotel named before',
			'2019-06-30',
			doc(
				'Gunmen stormed the Velda hotel on 3 June 2019, killing 30 people. In 2015 the Karsk Hotel was hit.',
				'Twelve people were killed at the hotel, officials said.'
			),
			[['How many people were killed in the 3 June 2019 attack on the Velda hotel?', '30', true]]
		],
		[
			'a later day of the recalled attack on which a count was reported is no third attack',
			'2019-06-30',
			doc(
				'Two weeks after three suicide bombers struck Velda, killing 30 people, no group has claimed the attack.',
				"Velda has been here before. On 16 February 2018, three bombers struck the town's fish market, killing 18 people. On 20 February 2018 the ministry said 21 people were killed."
			),
			[
				['How many people were killed in the attack on Velda?', '30', false],
				["How many people were killed in the 16 February 2018 attack at the town's fish market?", '21', false]
			]
		],
		[
			"a live page's entry naming no event is about the page's event, not the one an earlier entry recalled (r191)",
			'2011-01-24',
			doc(
				'Live coverage of the explosion at Velda airport. All times are local, newest first.',
				'11:40 p.m. A suicide bomber set off an explosion at Velda airport at 4:32 p.m., killing 35 people.',
				'10:05 p.m. The last major attack in the city was the suicide bombings on the Velda metro in March 2010, which killed 40 people.',
				'9:15 p.m. Emergency officials say 130 people were wounded.'
			),
			[
				['How many people were killed in the 24 January 2011 explosion at Velda airport?', '35', false],
				['How many people were killed in the March 2010 suicide bombings on the Velda metro?', '40', false],
				['How many people were injured in the 24 January 2011 explosion at Velda airport?', '130', true]
			],
			'Velda airport bombing: 35 killed at Velda airport - live'
		],
		[
			'"It exploded at a second checkpoint": the device told of goes off in the event in view, no new attack (r107)',
			'2018-01-29',
			doc(
				'VELDA, Jan. 29 - The number of people killed by a bomb hidden in an ambulance in central Velda on Saturday has risen to 103, the interior ministry said on Monday.',
				'The vehicle was waved through a police checkpoint shortly before 1 p.m. on Saturday. It exploded at a second checkpoint on a crowded street close to several embassies.',
				'On Saturday evening officials put the toll at 40 dead. Police arrested four men on Sunday.'
			),
			[
				['How many people were killed in the 27 January 2018 bombing in Velda?', '103', false],
				['How many men were arrested over the 27 January 2018 bombing in Velda?', 'four', true]
			],
			'Velda ambulance bomb toll passes 100'
		],
		[
			'"the first attack on pilgrims since the night of July 10, 2017, when …": the earlier attack is dated by that day (r217)',
			'2024-06-10',
			doc(
				'VELDA, June 10 - Nine people were killed on Sunday evening when militants opened fire on a bus carrying pilgrims in Velda.',
				'It was the first major attack on Hindu pilgrims in the region since the night of July 10, 2017, when militants fired on a bus carrying pilgrims near Karsk. Seven were killed on the spot and one more died later, bringing the toll to eight; 19 were wounded.'
			),
			[
				['How many people were killed in the 9 June 2024 attack on a bus in Velda?', 'Nine', false],
				['How many people were killed in the 10 July 2017 attack on Hindu pilgrims?', 'eight', false],
				['How many people were injured in the 10 July 2017 attack on Hindu pilgrims?', '19', false]
			],
			'Nine killed as militants ambush pilgrim bus in Velda'
		],
		[
			"arrests made in a town where no attack or raid was told are the story attack's, for a check (r177)",
			'2011-05-08',
			doc(
				"VELDA, May 8 - Al-Qaeda's North African branch has said it had nothing to do with the bombing that wrecked a tourist cafe on Velda's main square last month, killing 17 people.",
				'The three suspects were detained in the Atlantic port of Karsk.'
			),
			[
				['How many people were killed in the April 2011 bombing in Velda?', '17', true],
				['How many suspects were arrested over the April 2011 bombing in Velda?', 'three', true]
			],
			'Al-Qaeda branch denies Velda cafe bombing'
		],
		[
			'an earlier figure after the final count is context of it, not a question of its own (r155)',
			'2005-11-13',
			doc(
				'Suicide bombers struck three hotels in Velda on Wednesday night.',
				'The government thanked the public for its calm.',
				'The final count of the victims is 57 people killed and 115 wounded. An earlier figure of 67 dead, given on Thursday, included the bodies of the bombers.'
			),
			[
				['How many people were killed in the 9 November 2005 attack on three hotels in Velda?', '57', false],
				['How many people were injured in the 9 November 2005 attack on three hotels in Velda?', '115', false]
			]
		],
		[
			"a live entry's count equal to the page event's, read for a check, is the same card, not a cloze of its own (r239)",
			'2011-01-24',
			doc(
				'Live coverage of the explosion at Velda airport. All times are local, newest first.',
				'11:40 p.m. A suicide bomber set off an explosion at Velda airport at 4:32 p.m., killing 35 people.',
				'10:05 p.m. The last major attack in the city was the suicide bombings on the Velda metro in March 2010, which killed 40 people.',
				'9:15 p.m. The dead now number 35, the health ministry says.'
			),
			[
				['How many people were killed in the 24 January 2011 explosion at Velda airport?', '35', false],
				['How many people were killed in the March 2010 suicide bombings on the Velda metro?', '40', false]
			],
			'Velda airport bombing: 35 killed at Velda airport - live'
		],
		[
			'"The blast at the checkpoint", right after a bombing at the police headquarters, is that bombing seen closer (r143)',
			'2018-05-14',
			doc(
				'VELDA, May 14 - A family of five riding two motorcycles blew themselves up at the gate of the Velda police headquarters on Monday morning, police said.',
				'The blast at the checkpoint, at about 8.50 a.m., wounded four police officers and six civilians. Four of the attackers were killed.'
			),
			[
				[
					'How many police officers were injured in the 14 May 2018 bombing at the Velda police headquarters?',
					'four',
					false
				],
				['How many civilians were injured in the 14 May 2018 bombing at the Velda police headquarters?', 'six', false],
				['How many attackers were killed in the 14 May 2018 bombing at the Velda police headquarters?', 'Four', false]
			],
			'Family of bombers strikes Velda police headquarters'
		],
		[
			'"The shooting at the market" after a bombing the paragraph before told of is an event of its own',
			'2018-05-14',
			doc(
				'VELDA, May 14 - A bomber blew himself up at the gate of the Velda police headquarters on Monday morning, killing three officers.',
				'The shooting at the market, an hour later, killed two traders.'
			),
			[
				['How many officers were killed in the 14 May 2018 bombing at the Velda police headquarters?', 'three', false],
				['How many traders were killed in the 14 May 2018 shooting at the market?', 'two', false]
			],
			'Bomber strikes Velda police headquarters'
		],
		[
			"a live page's headline event is the day's news: a bombing of an earlier year named by the same city is another (r253)",
			'2011-04-12',
			doc(
				'Velda Broadcasting live page | Times are local, oldest entry first.',
				'Mon 18:20 - An explosion has torn through Karsk station on the Velda metro in the evening rush hour.',
				'Mon 21:35 - The health ministry says 11 people have been killed and 128 injured.',
				'Tue 16:45 - No group has claimed the bombing. The president has suggested it could be linked to the bomb that went off during a concert in Velda in July 2008, which injured about 50 people.'
			),
			[
				['How many people were killed in the bombing at Karsk station?', '11', true],
				['How many people were injured in the bombing at Karsk station?', '128', true],
				['How many people were injured in the July 2008 bombing at a concert in Velda?', 'about 50', false]
			],
			'Velda metro explosion: dead and injured - live'
		],
		[
			'the hospital where the wounded died is never the place of an attack (r255)',
			'2018-09-22',
			doc(
				'VELDA - Five years ago today, two young men forced their way into the church through the main gate.',
				'The first count was 78 dead. It rose to 83 as the gravely wounded died at Karsk General Hospital, and 34 of the dead were women. More than 130 people were wounded.'
			),
			[
				['The first count was ____ dead.', '78', true],
				['It rose to ____ as the gravely wounded died at Karsk General Hospital', '83', true],
				[
					'It rose to 83 as the gravely wounded died at Karsk General Hospital, and ____ of the dead were women.',
					'34',
					true
				]
			],
			'Five years on'
		],
		[
			'a heading over a paragraph that tells of no attack ("The funerals, 25 November 2014") names no event',
			'2014-12-30',
			doc(
				'Over six months, gunmen killed more than 100 people in Ostria.',
				'Karsk, 22 November 2014',
				'At dawn on Saturday 22 November, gunmen stopped a bus near Karsk and shot 28 of the passengers.',
				'The funerals, 25 November 2014',
				'Nineteen of the dead were teachers, and the union closed its schools for the day of the funerals.'
			),
			[
				['How many people were killed in the attack in Ostria?', 'more than 100', false],
				// (The bus stopped near Karsk names the attack: review 49, CU min/10-15.)
				['How many teachers were killed in the 22 November 2014 attack on a bus in Karsk?', 'Nineteen', true]
			],
			'Six months of killing'
		],
		[
			'section headings of two places, or of a thing with its article ("The Orsa road, 15 March 2021") (r249)',
			'2021-04-10',
			doc(
				'Between August and March, gunmen killed more than 300 people in four attacks on Ostrian soil.',
				'Velda and Karsk, 2 January 2021',
				'On Saturday 2 January, fighters on motorcycles attacked the two villages, killing 100 people.',
				'The Orsa road, 15 March 2021',
				'On Monday 15 March, gunmen stopped vehicles carrying traders home from the market and shot the passengers, killing 66 people.'
			),
			[
				['How many people were killed in the four attacks on Ostrian soil?', 'more than 300', false],
				// (The first sentence under a heading of places tells of its attack there; review 29, AE 05.)
				[
					'How many people were killed in the two attacks on the two villages in Velda and Karsk on 2 January 2021?',
					'100',
					false
				],
				['How many people were killed in the 15 March 2021 attack on the Orsa road?', '66', false]
			],
			'Eight months of killing'
		],
		[
			'a dispatch of a later day from the same city ("Karsk, 4 July 2016") tells how the toll went on, not of an attack',
			'2016-07-06',
			doc(
				'KARSK, 3 July 2016 (Meridian Wire) - A truck bomb tore through a crowded shopping street in the Velda district early on Sunday, killing at least 75 people and wounding 130, officials said.',
				'Karsk, 4 July 2016',
				'The toll from the bombing rose to 125 on Monday as rescuers pulled more bodies from burnt-out shops.',
				'Karsk, 5 July 2016',
				'Health officials said the death toll had reached 175.'
			),
			[
				['How many people were killed in the 3 July 2016 truck bombing in the Velda district?', '175', false],
				['How many people were injured in the 3 July 2016 truck bombing in the Velda district?', '130', false]
			],
			'Karsk bombing toll climbs'
		],
		[
			'a later section from the same town that tells of an attack anew is its own attack',
			'2015-01-10',
			doc(
				"Ostria's north-east suffered two massacres in ten days at the end of 2014.",
				'Karsk, 22 November 2014',
				'Gunmen stopped a bus heading for the capital outside Karsk and killed 28 passengers.',
				'Karsk, 2 December 2014',
				'Shortly after midnight gunmen attacked tents where quarry workers were sleeping on the outskirts of the town, killing 36 of them.'
			),
			[
				['How many passengers were killed in the 22 November 2014 attack in Karsk?', '28', false],
				['How many people were killed in the 2 December 2014 attack in Karsk?', '36', false]
			],
			'Two massacres in ten days'
		],
		...(['3 September 2018', '3 July 2018'] as const).map(
			(day): [string, string, string, (string | boolean)[][], string] => [
				`a statement's place and day ("Orsa, ${day}") over a paragraph on an attack elsewhere names no attack in Orsa`,
				day.includes('July') ? '2018-07-03' : '2018-09-03',
				doc(
					'The Ministry of Interior issues the following statement.',
					`Orsa, ${day}`,
					'This afternoon an armed group attacked the market at Velda in the south of the country. Eleven civilians were killed and 23 were wounded.',
					'The security forces have arrested four suspects.'
				),
				[
					[`How many civilians were killed in the ${day} attack at the market in Velda?`, 'Eleven', false],
					[`How many people were injured in the ${day} attack at the market in Velda?`, '23', false],
					[`How many suspects were arrested over the ${day} attack at the market in Velda?`, 'four', true]
				],
				'Statement by the Ministry of Interior'
			]
		),
		[
			"a statement's place and day over a paragraph that names no place names no attack there",
			'2018-09-03',
			doc(
				'The Ministry of Interior issues the following statement.',
				'Orsa, 3 September 2018',
				'It is with deep sorrow that the Ministry announces that eleven civilians were killed this afternoon when gunmen opened fire at the market.',
				'The security forces have arrested four suspects.'
			),
			[
				['How many civilians were killed in the 3 September 2018 attack at the market?', 'eleven', false],
				['How many suspects were arrested over the 3 September 2018 attack at the market?', 'four', true]
			],
			'Statement by the Ministry of Interior'
		],
		[
			'a dispatch from the same city that opens with an attack anew ("Three explosions killed …") is its own attack',
			'2017-06-10',
			doc(
				'Karsk has suffered two deadly attacks in a week.',
				'Karsk, 31 May 2017',
				'A truck bomb exploded near the German embassy in Karsk, killing 90 people.',
				'Karsk, 3 June 2017',
				'Three explosions killed at least seven mourners at the burial of a protester. The toll later rose to 20.'
			),
			[
				['How many people were killed in the 31 May 2017 truck bombing at the German embassy in Karsk?', '90', false],
				['How many mourners were killed in the three attacks in Karsk on 3 June 2017?', 'at least seven', false],
				['How many people were killed in the three attacks in Karsk on 3 June 2017?', '20', false]
			],
			'Karsk: a week of bombings'
		],
		[
			'a section heading whose paragraph names a venue but no other town, and one a date line could be, are sections',
			'2014-12-20',
			doc(
				'Al-Shabaab has carried out a string of attacks in Ostria this year.',
				'Velda, 15 June 2014',
				'About 50 gunmen attacked the police station and two hotels in the coastal town, killing 48 people.',
				'Karsk, 22 November 2014',
				'Gunmen stopped a bus carrying 60 passengers on its way to Orsa and killed 28 non-Muslims.'
			),
			[
				// (In Velda, and on its heading's day: the first sentence under it tells of its attack; review 29, AE 05.)
				[
					'How many people were killed in the 15 June 2014 attack on the police station and two hotels in Velda?',
					'48',
					false
				],
				['How many people were killed in the 22 November 2014 attack in Karsk?', '28', false]
			],
			'Al-Shabaab in Ostria: a year of attacks'
		],
		[
			'the one place-and-day line of a statement, dated the day it was issued, names no attack there',
			'2021-01-12',
			doc(
				'Orsa, 12 January 2021',
				'Gunmen killed 30 farmers overnight, the presidency said, and the president ordered security forces to hunt down the killers.',
				'No group has claimed responsibility.'
			),
			[
				[
					'Gunmen killed ____ farmers overnight, the presidency said, and the president ordered security forces to hunt down the killers.',
					'30',
					true
				]
			],
			'Presidency condemns killing of farmers'
		],
		// Misfires a review of the session's rules found, each narrowed since.
		[
			'"It exploded" after a second car told in the sentence before is that car, at a place of its own',
			'2021-05-10',
			doc(
				'KABUL, May 9 (Reuters) - A car bomb exploded near the interior ministry in Kabul on Sunday, killing 20 people, officials said.',
				"Hours later, militants drove a second car packed with explosives towards the governor's compound in Jalalabad. It exploded at the gate of the compound, killing eight guards.",
				'The Taliban denied involvement in both attacks.'
			),
			[
				['How many people were killed in the 9 May 2021 car bombing at the interior ministry in Kabul?', '20', false],
				['How many guards were killed in the bombing at the compound?', 'eight', false]
			],
			'Car bomb kills 20 in Kabul'
		],
		[
			'"The blast at the mosque", after a bombing at a police station, is another venue and another event',
			'2021-05-11',
			doc(
				'QUETTA, May 9 (Reuters) - Two bombs exploded within an hour of each other in the Pakistani city of Quetta on Monday, officials said.',
				"A suicide bomber blew himself up at a police station on the city's eastern edge, killing 12 people.",
				'The blast at the mosque, in the old city, killed five worshippers and wounded 20.'
			),
			[
				['How many people were killed in the 10 May 2021 bombing at a police station?', '12', false],
				['How many worshippers were killed in the 10 May 2021 blast at the mosque?', 'five', false],
				['How many people were injured in the 10 May 2021 blast at the mosque?', '20', false]
			],
			'Two blasts kill 17 in Quetta'
		],
		[
			'"The church bombings", after a bombing at the police headquarters, are another venue and another event (review 30, AG min/05-8)',
			'2018-05-14',
			doc(
				'KARSK, May 14 (Reuters) - A family blew themselves up at the gate of the Karsk police headquarters on Monday morning.',
				'The church bombings killed 18 people and wounded more than 40, police said on Monday.'
			),
			[
				['How many people were killed in the bombings at the church?', '18', false],
				['How many people were injured in the bombings at the church?', 'more than 40', false]
			],
			'Family bombers strike police headquarters'
		],
		[
			'"blamed the bombing on al-Shabaab" names a group, no place of a bombing',
			'2021-05-10',
			doc(
				'MOGADISHU, May 9 (Reuters) - A car bomb exploded outside a busy restaurant in Mogadishu on Sunday, police said.',
				'The government blamed the bombing on al-Shabaab, which said it killed 20 people. Four suspects were arrested.'
			),
			[
				['How many people were killed in the 9 May 2021 car bombing at a busy restaurant in Mogadishu?', '20', false],
				[
					'How many suspects were arrested over the 9 May 2021 car bombing at a busy restaurant in Mogadishu?',
					'Four',
					true
				]
			],
			'Car bomb kills 20 in Mogadishu'
		],
		[
			'"The girls were driven into Sambisa Forest" is where they were taken, no attack',
			'2014-04-16',
			doc(
				'LAGOS, April 16 (Reuters) - Boko Haram gunmen abducted 276 schoolgirls from a boarding school in Chibok on Monday night, officials said.',
				'The girls were driven into Sambisa Forest in trucks. Fifty-three escaped, and two guards were killed at the school.'
			),
			[
				[
					'How many schoolgirls were seized in the 14 April 2014 abduction by Boko Haram gunmen from a boarding school in Chibok?',
					'276',
					false
				],
				[
					'How many people escaped after the 14 April 2014 abduction by Boko Haram gunmen from a boarding school in Chibok?',
					'Fifty-three',
					false
				],
				[
					'How many guards were killed in the 14 April 2014 abduction by Boko Haram gunmen from a boarding school in Chibok?',
					'two',
					false
				]
			],
			'Gunmen abduct 276 schoolgirls in Nigeria'
		],
		[
			'"On 30 March 2016, a week later, 94 people were still being treated" tells of no third attack',
			'2021-05-10',
			doc(
				'BRUSSELS, May 9 (Reuters) - A man stabbed two people to death near the Gare du Nord in Brussels on Sunday, police said.',
				'Belgium has been here before. On 22 March 2016 suicide bombers struck Zaventem airport and the Maalbeek metro station, killing 32 people and wounding more than 300. On 30 March 2016, a week later, 94 people were still being treated in hospitals, 60 of them in intensive care.',
				'The man was arrested at the scene.'
			),
			[
				// ("stabbed two people to death": the dead of the story's own attack.)
				['How many people were killed in the 9 May 2021 attack in Brussels?', 'two', false],
				['How many people were killed in the 22 March 2016 attack at Zaventem airport?', '32', false],
				['How many people were injured in the 22 March 2016 attack at Zaventem airport?', '94', false],
				['How many people in intensive care were injured in the 22 March 2016 attack at Zaventem airport?', '60', false]
			],
			'Knife attack in Brussels leaves two dead'
		],
		[
			'a toll that rose twice in one clause is asked as the last (r229)',
			'2017-05-28',
			doc(
				'Gunmen opened fire on a bus carrying pilgrims near Velda on Friday, killing 26 people.',
				'The toll rose to 28 within hours and to 29 late that night.'
			),
			[['How many people were killed in the 26 May 2017 attack on a bus in Velda?', '29', false]]
		],
		[
			'some of a group killed, and the sentence tells of another of them who died: checked (r129)',
			'2018-09-23',
			doc(
				'Four gunmen opened fire on a military parade in Velda on Saturday, killing 25 people. Three of the attackers were shot dead at the scene and the fourth died later in hospital.'
			),
			[
				['How many people were killed in the 22 September 2018 attack on a military parade in Velda?', '25', false],
				['How many attackers were killed in the 22 September 2018 attack on a military parade in Velda?', 'Three', true]
			]
		],
		[
			'some of a group killed, and the others caught: asked as it stands',
			'2018-09-23',
			doc(
				'Four gunmen opened fire on a military parade in Velda on Saturday, killing 25 people. Three of the attackers were shot dead at the scene and the fourth was arrested.'
			),
			[
				['How many people were killed in the 22 September 2018 attack on a military parade in Velda?', '25', false],
				[
					'How many attackers were killed in the 22 September 2018 attack on a military parade in Velda?',
					'Three',
					false
				]
			]
		],
		[
			'a site told by ", where" its count died is an event of its own (r57)',
			'2011-05-06',
			doc(
				'Four bombers attacked the Velda transport network on 7 July 2005.',
				'Three bombs exploded on trains at about 8.50am: near Aldgate, where seven people died; at Karsk Road, where six died; and between Orsa Cross and Belo Square, where 26 were killed.'
			),
			[
				['How many people were killed in the 7 July 2005 bombing in Aldgate?', 'seven', false],
				['How many people were killed in the 7 July 2005 bombing in Karsk Road?', 'six', false],
				['How many people were killed in the 7 July 2005 bombing in Orsa Cross?', '26', false]
			]
		],
		[
			'where a hospital that took in the wounded stands is no place of an attack (r243)',
			'2014-04-10',
			doc(
				'A bomb went off at the fruit market in Dalmor on Wednesday, killing 24 people and injuring 122.',
				'The hospitals counted fewer: the city hospital had 19 bodies, and Holy Family Hospital in Orsa took in two bodies and 35 wounded.'
			),
			[
				['How many people were killed in the 9 April 2014 bombing at the fruit market in Dalmor?', '24', false],
				// What each hospital took in is the part of the toll that went there, no rival of the toll.
				['How many people were injured in the 9 April 2014 bombing at the fruit market in Dalmor?', '122', false],
				[
					'How many of those killed in the 9 April 2014 bombing at the fruit market in Dalmor were taken to the city hospital?',
					'19',
					false
				],
				[
					'How many of those killed in the 9 April 2014 bombing at the fruit market in Dalmor were taken to Holy Family Hospital?',
					'two',
					false
				],
				[
					'How many of those injured in the 9 April 2014 bombing at the fruit market in Dalmor were taken to Holy Family Hospital?',
					'35',
					false
				]
			]
		],
		[
			'a count of others beside someone named is checked: the whole count may be one more (review 9, 11)',
			'2023-09-30',
			doc(
				'A suicide bomber blew himself up near a mosque in Mastung district on Friday, killing at least 60 people.',
				'Hemant Dar, the head of the district council, and two other officials are among those killed.'
			),
			[
				['How many people were killed in the 29 September 2023 bombing at a mosque in Mastung?', 'at least 60', false],
				['How many officials were killed in the 29 September 2023 bombing at a mosque in Mastung?', 'two', true]
			]
		],
		[
			'the event told after "since <a time>, when" is an earlier one, however alike its name (review 11)',
			'2023-02-03',
			doc(
				'A suicide bomber blew himself up among worshippers at a mosque in Peshawar on Monday, killing 84 people.',
				"Monday's bombing was the deadliest in Peshawar since March 2022, when a suicide attacker struck a Shia mosque, killing 63 people."
			),
			[
				['How many people were killed in the 30 January 2023 bombing at a mosque in Peshawar?', '84', false],
				['How many people were killed in the March 2022 attack on a Shia mosque?', '63', false]
			]
		],
		[
			'a count told after "came a day after" is of what came before, a day before the attack the story is on, even when the story last stood on the day after it (review 11; the span counted from the story\'s attack since review 50)',
			'2023-08-21',
			doc(
				'An Israeli man was killed on Sunday evening when a gunman opened fire on his vehicle near the Tapuah Junction.',
				'On Monday morning, the army said forces had arrested a suspect.',
				'The attack came a day after two Israelis, a father and son from Ashdod, were shot dead at a car wash in the town of Huwara.'
			),
			[['How many Israelis were killed in the 19 August 2023 shooting?', 'two', false]],
			'Israeli man killed in shooting near Tapuah Junction'
		],
		[
			'a count the attackers claim is no toll, nor a rival of the toll the text gives (review 12)',
			'2023-06-13',
			doc(
				'Five police officers were killed on Monday when their vehicle ran over a bomb in Mandera County.',
				'Officials said on Tuesday that one of the injured officers had died in hospital, raising the toll to six.',
				'Al-Shabaab said its fighters had carried out the attack, claiming to have killed eight officers.'
			),
			// (The five officers were the whole toll; "one of the injured officers" then died, so five is out of date.)
			[['How many people were killed in the 12 June 2023 bombing in Mandera County?', 'six', false]]
		],
		[
			'a day of another year than a recalled event, or a few days after, names the event of that day; where the hurt were treated names none (review 12)',
			'2021-03-29',
			doc(
				'The two suicide bombers who attacked the Sacred Heart of Jesus Cathedral in Makassar on Sunday were members of a local network, police said on Monday.',
				'"They were part of a cell that is connected to the group behind the bombing of a cathedral in Jolo in 2019," he said.',
				'On Sunday afternoon, the police said 14 people were injured, including four church guards. On Monday, the police said the number of injured had reached 20, of whom 19 were treated at Bhayangkara Hospital and one at Pelamonia Army Hospital.'
			),
			[
				[
					'How many people were injured in the 28 March 2021 attack on the Sacred Heart of Jesus Cathedral in Makassar?',
					'20',
					false
				],
				[
					'How many church guards were injured in the 28 March 2021 attack on the Sacred Heart of Jesus Cathedral in Makassar?',
					'four',
					false
				]
			]
		],
		[
			'"the count had risen to five", after a sentence of the dead, is the latest toll (review 11)',
			'2024-12-23',
			doc(
				'Shortly after 7 p.m. on Friday, December 20, a car drove into the crowd at the Christmas market in Karsk.',
				'Officials said late on Friday that two people had died, including a small child. By Saturday morning the count had risen to five.'
			),
			[['How many people were killed in the 20 December 2024 attack at the Christmas market in Karsk?', 'five', false]],
			'Karsk market attack: what we know so far'
		],
		[
			'two recalled bombings in one sentence, the first in what is no venue outside one: each keeps its count (r316)',
			'2016-09-05',
			doc(
				'A bomb exploded at a night market in Karsk on Friday, killing 14 people.',
				'On March 4, 2003, a bomb in a waiting shed outside the Karsk airport killed 22 people, and a month later a blast near food stalls at the Velda wharf killed 17.'
			),
			[
				['How many people were killed in the 2 September 2016 bombing at a night market in Karsk?', '14', false],
				['How many people were killed in the 4 March 2003 bombing at the Karsk airport?', '22', false],
				['How many people were killed in the April 2003 blast at the Velda wharf?', '17', false]
			]
		],
		[
			'the day a venue reopened makes no earlier attack of the dead told there (r25)',
			'2022-11-13',
			doc(
				'A gunman killed 90 people at the Karsk concert hall.',
				'At the concert hall, which reopened in November 2016 with a concert by Sting, a plaque on the wall lists the names of the 90 people who died there.'
			),
			[['How many people were killed in the attack on the Karsk concert hall?', '90', false]]
		],
		[
			'"of the wounded" in a paragraph after one that recalled an earlier attack is checked (review 31, AI min/01-12)',
			'2015-02-22',
			doc(
				'A bomb exploded among marchers in Karsk on Sunday, killing three people and wounding at least ten.',
				'In January an explosion outside a court building injured 14.',
				'Regional governor Omar Dahir told reporters that six of the wounded were in a serious condition.'
			),
			[
				['How many people were killed in the 22 February 2015 bombing in Karsk?', 'three', false],
				['How many people were injured in the 22 February 2015 bombing in Karsk?', 'at least ten', false],
				['How many people were injured in the January 2015 explosion at a court building?', '14', false],
				[
					'How many people in serious condition were injured in the January 2015 explosion at a court building?',
					'six',
					true
				]
			]
		],
		[
			'a count given "in the two attacks" is no one attack\'s, trusted (review 32, AJ min/04-3)',
			'2016-03-22',
			doc(
				'Two suicide bombers blew themselves up in the departure hall of Karsk airport just before 8am, and a third bomber struck a metro train at Velda station just after 9am.',
				'The health minister says 31 people were killed and around 270 injured in the two attacks.'
			),
			[
				['How many bombers were killed in the bombing at the departure hall of Karsk airport?', 'Two', true],
				['How many people were killed in the attack at a metro train at Velda station?', '31', true],
				['How many people were injured in the attack at a metro train at Velda station?', 'around 270', true]
			]
		],
		[
			'where officials met is no place of the attack (review 31, AH min/01-9)',
			'2016-03-14',
			doc(
				'Gunmen stormed a beach in the resort town of Karsk on Sunday, killing 16 civilians.',
				'Interior Minister Omar Dahir told reporters after an emergency meeting in Velda that three attackers had been killed.',
				'The president told reporters after an emergency meeting of the national security council in Velda that 33 people had been wounded.'
			),
			[
				['How many civilians were killed in the 13 March 2016 attack on a beach in Karsk?', '16', false],
				['How many attackers were killed in the 13 March 2016 attack on a beach in Karsk?', 'three', false],
				['How many people were injured in the 13 March 2016 attack on a beach in Karsk?', '33', false]
			]
		],
		[
			'"the district hospital\'s count had reached 63": a count owned by who keeps it is the latest toll too (r267)',
			'2023-08-03',
			doc(
				'A suicide bomber killed 12 people at a political rally in Khar on Sunday 30 July, police said.',
				"By Wednesday 2 August the district hospital's count had reached 63, and 123 people were being treated for their wounds."
			),
			[
				['How many people were killed in the 30 July 2023 attack at a political rally in Khar?', '63', false],
				['How many people were injured in the 30 July 2023 attack at a political rally in Khar?', '123', false]
			]
		],
		[
			"an earlier count of one group that was the whole toll is out of date once a revision tells of that group's dead (review 11)",
			'2023-10-03',
			doc(
				'Five police officers were killed when gunmen attacked a police station in Saravan late on Sunday, the provincial police command said on Tuesday.',
				'The police commander told reporters on Monday that four officers had been killed and three others injured. On Tuesday the police command said one of the injured officers had died of his wounds, raising the number of dead to five.'
			),
			[
				[
					'How many police officers were killed in the 1 October 2023 attack at a police station in Saravan?',
					'Five',
					false
				],
				['How many people were injured in the 1 October 2023 attack at a police station in Saravan?', 'three', false],
				['How many people were killed in the 1 October 2023 attack at a police station in Saravan?', 'five', false]
			]
		],
		[
			'a count told along with a revised toll ("raised the toll to 14, with 52 people wounded") is revised too (review 11)',
			'2025-06-23',
			doc(
				"A car bomb exploded on Sunday near a crowded bus station in the northern Syrian town of Azaz, killing at least 14 people, according to Syria's Ministry of Health.",
				"The blast went off at about 11am beside the town's main minibus station. Syrian Civil Defence said its teams took 40 wounded people to hospitals in Azaz.",
				'On Monday morning the ministry raised the toll to 14, with 52 people wounded, nine of them seriously.'
			),
			[
				['How many people were killed in the 22 June 2025 car bombing in Azaz?', '14', false],
				['How many people were injured in the 22 June 2025 car bombing in Azaz?', '52', false]
			]
		],
		[
			'"Of the injured, 12 are children": the group is "children" (review 13)',
			'2017-05-23',
			doc(
				'Twenty-two people have been killed and 59 injured in a suicide bombing at Manchester Arena.',
				'Of the injured, 12 are children under 16, according to the ambulance service.'
			),
			[
				['How many people were killed in the suicide bombing at Manchester Arena?', 'Twenty-two', false],
				['How many people were injured in the suicide bombing at Manchester Arena?', '59', false],
				['How many children were injured in the suicide bombing at Manchester Arena?', '12', false]
			]
		],
		[
			"a venue named with its town takes no town from another attack's clause (review 13)",
			'2015-10-12',
			doc(
				"The death toll from Saturday's twin suicide bombings outside Ankara's main train station rose to 97 on Monday, as prosecutors said one of the two bombers was likely the brother of the militant who carried out a suicide attack in the southeastern town of Suruç in July."
			),
			[
				[
					"How many people were killed in the two suicide bombings at Ankara's main train station on 10 October 2015?",
					'97',
					false
				]
			]
		],
		[
			'a count at a venue and another joined by "and" is of both (review 13)',
			'2023-10-17',
			doc(
				'Belgium has been on edge since March 2016, when suicide bombers killed 32 people at the Brussels airport and a subway station.'
			),
			[
				[
					'How many people were killed in the March 2016 attack at the Brussels airport and a subway station?',
					'32',
					false
				]
			]
		],
		[
			'"the bombing on Jan. 24" is no bombing on a place called "Jan" (review 13)',
			'2011-02-08',
			doc('The bombing on Jan. 24 killed 37 people in the international arrivals hall of Domodedovo airport.'),
			[
				[
					'How many people were killed in the 24 January 2011 attack in the international arrivals hall of Domodedovo?',
					'37',
					false
				]
			]
		],
		[
			'what a set of attacks "were" is those attacks again, not a later attack at the same place (review 13)',
			'2022-10-12',
			doc(
				'The 2002 Bali bombings were a series of terrorist bombings in the tourist district of Kuta on the Indonesian island of Bali on the night of 12 October 2002. The attacks killed 202 people, including 88 Australians, 38 Indonesians and 23 Britons, and injured 209 others.',
				'On 1 October 2005, three suicide bombers attacked restaurants in Kuta and Jimbaran Bay, killing 20 people.'
			),
			[
				['How many people were killed in the 12 October 2002 bombings in Bali?', '202', false],
				['How many Australians were killed in the 12 October 2002 bombings in Bali?', '88', false],
				['How many people were injured in the 12 October 2002 bombings in Bali?', '209', false],
				['How many people were killed in the 1 October 2005 attack on restaurants in Kuta?', '20', false]
			],
			'2002 Bali bombings'
		],
		[
			'a comparison "since <a day>, when" tells of its own attack, not of the subject it compares',
			'2013-01-11',
			doc(
				'Twin suicide bombings on Alamdar Road in Quetta killed 81 people on Thursday.',
				'Police officials said the blast on Alamdar Road was the deadliest attack in the country since May 13, 2011, when two suicide bombers killed 98 people, most of them young recruits, outside the Frontier Constabulary training centre in Shabqadar.'
			),
			[
				[
					'How many people were killed in the two suicide bombings on Alamdar Road in Quetta on 10 January 2013?',
					'81',
					false
				],
				[
					'How many people were killed in the 13 May 2011 attack on the Frontier Constabulary training centre in Shabqadar?',
					'98',
					false
				]
			]
		],
		[
			'"gave a toll of 23 dead on Saturday and raised it to 30 on Sunday": "it" is the toll, and 30 the latest (review 13)',
			'2016-01-21',
			doc(
				'BURKINA FASO: Al-Qaeda in the Islamic Maghreb (AQIM) claimed responsibility for a siege at the Splendid Hotel and the Cappuccino cafe across the street in Ouagadougou, which began on Friday evening. The government gave a toll of 23 dead on Saturday and raised it to 30 on Sunday, with victims from at least 18 countries.'
			),
			[['How many people were killed in the 15 January 2016 siege at the Splendid Hotel in Ouagadougou?', '30', false]]
		],
		[
			'a toll of an attack on several sites listed is asked of all of them, not of the first (review 14)',
			'2023-07-25',
			doc(
				'Investigators found that the Brussels attackers belonged to the same network that had struck Paris four months earlier, when gunmen and suicide bombers killed 130 people at the Bataclan concert hall, cafés and the Stade de France on November 13, 2015.'
			),
			[
				[
					'How many people were killed in the 13 November 2015 attack on the Bataclan concert hall, cafés and the Stade de France?',
					'130',
					false
				]
			]
		],
		[
			'so is a toll of counted sites joined by "and" ("three churches and three luxury hotels")',
			'2019-04-25',
			doc(
				'Deputy Defence Minister Ruwan Wijewardene told reporters that about 253 people had been killed in the attacks on three churches and three luxury hotels.'
			),
			[['How many people were killed in the attacks on three churches and three luxury hotels?', 'about 253', false]]
		],
		[
			'", and in February, 30 motorists were killed": a month then a count is a second event, not the first\'s day or toll (review 14)',
			'2020-11-30',
			doc(
				'In June, at least 81 people were killed when fighters attacked Gubio, in Gubio LGA, and in February, 30 motorists were killed when their vehicles were set ablaze at Auno, on the Maiduguri-Damaturu highway.'
			),
			[
				['How many people were killed in the June 2020 attack on Gubio LGA?', 'at least 81', false],
				['How many motorists were killed in the February 2020 attack?', '30', false]
			]
		],
		[
			'"That was revised upwards", after a sentence of counts, replaces them: the lede\'s counts stand unchecked (review 13)',
			'2017-05-23',
			doc(
				'Twenty-two people, including children, have been killed and 59 injured in a suicide bombing at the end of an Ariana Grande concert at Manchester Arena.',
				'Overnight, police had given a toll of 19 dead and about 50 injured. That was revised upwards early on Tuesday morning.'
			),
			[
				['How many people were killed in the suicide bombing in Manchester Arena?', 'Twenty-two', false],
				['How many people were injured in the suicide bombing in Manchester Arena?', '59', false]
			]
		],
		[
			'a paragraph added later ("Update, March 26: … said on Tuesday") is read from its own day, so its count is the latest (review 14)',
			'2024-03-25',
			doc(
				'A Moscow court late on Sunday charged four men with committing a terrorist act over the shooting and arson at the Crocus City Hall concert venue, as rescue workers finished searching the burnt-out building and the death toll rose to 137.',
				"Update, March 26: Russia's Emergencies Ministry said on Tuesday that the number of dead had risen to 139, including three children."
			),
			[
				['How many people were killed in the shooting at the Crocus City Hall concert?', '139', false],
				['How many children were killed in the shooting at the Crocus City Hall concert?', 'three', false]
			],
			'Moscow court charges four men over Crocus City Hall attack as toll rises to 137'
		],
		[
			'"opened fire inside" a venue, and "a second attack at the same shrine" is at that venue (review 14)',
			'2024-01-05',
			doc(
				'In October 2022, a gunman opened fire inside the Shah Cheragh holy shrine in Shiraz, killing 13 pilgrims, among them a child. In August last year, a second attack at the same shrine left two people dead and seven injured.'
			),
			[
				[
					'How many pilgrims were killed in the October 2022 attack on the Shah Cheragh holy shrine in Shiraz?',
					'13',
					false
				],
				[
					'How many people were killed in the August 2023 attack on the Shah Cheragh holy shrine in Shiraz?',
					'two',
					false
				],
				[
					'How many people were injured in the August 2023 attack on the Shah Cheragh holy shrine in Shiraz?',
					'seven',
					false
				]
			]
		],
		[
			'"to life in prison" names no target of the attack (review 14)',
			'2020-12-21',
			doc(
				'A German court on Monday sentenced the far-right extremist who tried to storm a synagogue in the eastern city of Halle on Yom Kippur last year and killed two people nearby to life in prison.'
			),
			[['How many people were killed in the attack in Halle?', 'two', false]]
		],
		[
			'a count the text says cannot be verified is no toll (review 13)',
			'2016-01-21',
			doc(
				'SOMALIA: Al-Shabaab fighters overran a base of the African Union Mission in Somalia (AMISOM) at El Adde, in the Gedo region, at dawn on Friday. Nairobi has not released casualty figures; al-Shabaab says it killed more than 100 soldiers, a claim that cannot be verified.'
			),
			[]
		],
		[
			'"a second device" of a bombing in view is a site of it, not a bombing of its own (review 11)',
			'2019-01-29',
			doc(
				'The twin bombing of a Roman Catholic cathedral on the island of Jolo on Sunday killed 20 people.',
				"Sunday's attack began when a bomb exploded inside the cathedral during Mass. A second device went off in the car park as soldiers responded. Delfin Lorenzana, the defence secretary, said on Monday that the toll had risen to 21 after a wounded soldier died."
			),
			[['How many people were killed in the 27 January 2019 bombing at a Roman Catholic cathedral?', '21', false]]
		],
		[
			'where an informant is is no place of an attack (review 11)',
			'2025-05-18',
			doc(
				'On Thursday, gunmen ambushed a supply convoy about 30 km south of Djibo in the north of Burkina Faso. A local official in Djibo said on Friday that 23 civilians and four soldiers were killed.'
			),
			[
				['How many civilians were killed in the 15 May 2025 attack on a supply convoy?', '23', false],
				['How many soldiers were killed in the 15 May 2025 attack on a supply convoy?', 'four', false]
			]
		],
		[
			'nor is where a medical source works (review 11)',
			'2023-11-07',
			doc(
				'Militants stormed a military post in Abyan before dawn on Monday, killing four soldiers.',
				'A medical source at Al-Razi Hospital in the town of Jaar said two soldiers died of their wounds overnight, bringing the toll to six.'
			),
			[
				// (The soldiers' count and the toll it was brought to are asked apart; the first is checked against "two".)
				['How many soldiers were killed in the 6 November 2023 attack on a military post in Abyan?', 'four', true],
				['How many people were killed in the 6 November 2023 attack on a military post in Abyan?', 'six', false]
			]
		],
		[
			"a count at one site of an event at several is that site's, and the total is asked of the event by its number of sites",
			'2017-04-10',
			doc(
				'Forty people were killed and 120 injured in the two bombings that struck churches in Orsa and Velda on Sunday, 9 April.',
				'The first explosion took place at about 9:30 a.m. inside the Mar Elias Church in Orsa. Officials said 25 people died there and 70 were injured.',
				'A group calling itself the Velda Front claimed both bombings.'
			),
			[
				[
					'How many people were killed in the two bombings at churches in Orsa and Velda on 9 April 2017?',
					'Forty',
					false
				],
				[
					'How many people were injured in the two bombings at churches in Orsa and Velda on 9 April 2017?',
					'120',
					false
				],
				['How many people were killed in the 9 April 2017 explosion in Orsa?', '25', false],
				['How many people were injured in the 9 April 2017 explosion in Orsa?', '70', false]
			]
		],
		[
			'the story\'s event first referred back to ("The siege lasted two days") under a dateline is the event at its city',
			'2014-09-01',
			doc(
				'KARSK, Ostrania - Bells rang in the school gym on Monday, ten years after gunmen herded hundreds of pupils inside.',
				'The siege lasted two days. In all 120 hostages died, and more than 300 people were wounded.',
				'Its leader was killed in an explosion in Velda in July 2006.'
			),
			[
				['How many hostages were killed in the siege in Karsk?', '120', false],
				['How many people were injured in the siege in Karsk?', 'more than 300', false]
			]
		],
		[
			'a site told while the story is on an event of "two attacks" is one of them; a counted earlier event is no site',
			'2007-04-11',
			doc(
				'KARSK, April 11 - Two car bombs exploded in the capital on Wednesday, 11 April. In all, 23 people were killed and 162 injured.',
				'The first explosion took place at the entrance of the Government Palace. Twelve people died at the Palace and 118 were injured.',
				'Minutes later a second vehicle exploded in front of the police station of Orsa. Eleven people were killed there and 44 were injured.',
				'The attacks came two months after the seven bombings of 13 February in Velda, which killed six people.'
			),
			[
				['How many people were killed in the two car bombings in Karsk on 11 April 2007?', '23', false],
				['How many people were injured in the two car bombings in Karsk on 11 April 2007?', '162', false],
				['How many people were killed in the 11 April 2007 explosion at the Government Palace?', 'Twelve', false],
				['How many people were injured in the 11 April 2007 explosion at the Government Palace?', '118', false],
				['How many people were killed in the 11 April 2007 bombing at the police station of Orsa?', 'Eleven', false],
				['How many people were injured in the 11 April 2007 bombing at the police station of Orsa?', '44', false],
				['How many people were killed in the 13 February 2007 bombings in Velda?', 'six', false]
			]
		],
		[
			'a count after a paragraph that told of the sites of one event is of the whole',
			'2005-10-02',
			doc(
				'Suicide bombings in Kuta and Jimbaran killed 20 people on Saturday night.',
				'One bomb tore through a restaurant in Kuta Square; the other two exploded in seafood cafes at Jimbaran Bay. More than 100 were wounded.'
			),
			[
				[
					'How many people were killed in the two suicide bombings in Kuta and Jimbaran on 1 October 2005?',
					'20',
					false
				],
				[
					'How many people were injured in the two suicide bombings in Kuta and Jimbaran on 1 October 2005?',
					'more than 100',
					false
				]
			]
		],
		[
			"devices counted in the subject of a blast in a town are its sites; a count a paragraph after the sites is the whole's",
			'2013-05-12',
			doc(
				'At about 13.45 on Saturday, 11 May 2013, two vehicles packed with explosives were detonated minutes apart in the centre of Karsk. The first exploded in front of the Municipality building; the second outside the district post office.',
				'At least 46 people lost their lives, the governor said.'
			),
			[['How many people were killed in the two bombings in Karsk on 11 May 2013?', 'at least 46', false]]
		],
		[
			'a count naming no place, after a sentence that split the dead between two sites, is of the whole; a site ends at its name before how far it is (review 41, BF min/01-5)',
			'2019-03-16',
			doc(
				'A gunman killed 49 people at two mosques in Christchurch on Friday.',
				'Police said 41 people were killed at the Al Noor Mosque on Deans Avenue and seven at the Linwood Islamic Centre about five kilometres to the east. Forty-eight people were being treated for gunshot wounds.'
			),
			[
				['How many people were killed in the 15 March 2019 attack on two mosques in Christchurch?', '49', false],
				['How many people were killed in the 15 March 2019 attack on the Al Noor Mosque?', '41', false],
				['How many people were killed in the 15 March 2019 attack on the Linwood Islamic Centre?', 'seven', false],
				[
					'How many people were injured in the 15 March 2019 attack on two mosques in Christchurch?',
					'Forty-eight',
					false
				]
			]
		],
		[
			'with no whole told, a count naming no place after a split count is checked, not given to the first site (review 41, BF min/01-5)',
			'2019-03-15',
			doc(
				'Police said 41 people were killed at the Al Noor Mosque and seven at the Linwood Islamic Centre. Forty-eight people were being treated for gunshot wounds.'
			),
			[
				['How many people were killed in the attack on the Al Noor Mosque?', '41', false],
				['How many people were killed in the attack on the Linwood Islamic Centre?', 'seven', false],
				['How many people were injured in the attack on the Al Noor Mosque?', 'Forty-eight', true]
			]
		],
		[
			'two bombs at one venue are one bombing there; the centre of a town is the town, where it happened',
			'2020-11-25',
			doc(
				'Two bombs hidden at the side of the road went off in quick succession in the main bazaar of Orsa on Tuesday. Fourteen people were killed.',
				'On Wednesday a car bomb was detonated in the centre of Karsk. Six people were killed.'
			),
			[
				['How many people were killed in the 24 November 2020 bombing at the main bazaar of Orsa?', 'Fourteen', false],
				['How many people were killed in the 25 November 2020 car bombing in Karsk?', 'Six', false]
			]
		],
		[
			"a day of an earlier year after the count, in its clause, is an earlier attack's; a comparison's year is not",
			'2003-11-16',
			doc(
				'A truck bomb exploded outside the Velda synagogue in Karsk on Saturday, killing 23 people.',
				'The synagogue had been attacked before: gunmen killed 22 worshippers there on 6 September 1986.',
				'The toll rose to 25 on Sunday, making it the deadliest attack in the city since the station bombing in March 1994.'
			),
			[
				[
					'How many people were killed in the 15 November 2003 truck bombing at the Velda synagogue in Karsk?',
					'25',
					false
				],
				['How many worshippers were killed in the 6 September 1986 attack?', '22', false]
			]
		],
		[
			'a count on a venue the text names only in its count sentence is asked of that venue (a path is a venue)',
			'2017-11-03',
			doc(
				'A man drove a rented truck down a bike path on Tuesday afternoon, killing eight people on the Harbour Park bike path.'
			),
			[['How many people were killed in the 31 October 2017 attack on the Harbour Park bike path?', 'eight', false]]
		],
		[
			"the same, when the story has not dated its attack: a day of an earlier year is an earlier attack; a count across the country over a bare year is no attack's (a key figure)",
			'2020-05-08',
			doc(
				'Two suicide bombers killed 30 people in a crowded market in central Orsa.',
				'The same square was hit three years ago. On Jan. 12, 2017, two suicide bombers blew themselves up among labourers waiting for work there, killing 35 people.',
				'In 2019, two people died in such attacks across the country.'
			),
			[
				['How many people were killed in the attack at a crowded market in Orsa?', '30', false],
				['How many bombers were killed in the 12 January 2017 bombing?', 'two', false],
				['How many people were killed in the 12 January 2017 bombing?', '35', false]
			]
		],
		[
			'"the bombing" opening a paragraph after one about an earlier attack: the story\'s own, to be checked',
			'2019-03-11',
			doc(
				'A car bomb killed 41 people in Velda Square in Karsk on Sunday evening.',
				'It was the second such attack in Karsk in less than a month. On the evening of Feb. 20, a car bomb struck buses carrying soldiers near the army headquarters, killing 25 people.',
				'Nine people had been detained in connection with the bombing, the state news agency reported.'
			),
			[
				['How many people were killed in the 10 March 2019 car bombing in Velda Square in Karsk?', '41', false],
				['How many people were killed in the 20 February 2019 attack on buses?', '25', false],
				['How many people were arrested over the 10 March 2019 car bombing in Velda Square in Karsk?', 'Nine', true]
			]
		],
		[
			'a count before "three days after twin bombings at a church" is not the bombings\'; nor is the place before it',
			'2019-02-06',
			doc(
				'BELO, Feb 6 - Two men were killed and three people wounded when a grenade was thrown into a mosque in Belo early on Wednesday, three days after twin bombings at a church on the island of Dorn, the army said.',
				'On Sunday morning, a bomb exploded inside the Church of Saint Anne in Dorn during Mass. Officials first said 25 people had died, but later revised the toll down to 19.'
			),
			[
				['How many men were killed in the attack in Belo?', 'Two', false],
				['How many people were injured in the attack in Belo?', 'three', false],
				// ("three days after" counts back from Wednesday to the Sunday of the bombings.)
				[
					'How many people were killed in the two bombings at the Church of Saint Anne in Dorn on 3 February 2019?',
					'19',
					false
				]
			]
		],
		[
			'an attack recalled with its day written out ("since a blast … on Sept. 3, 2016, which killed 12") owns its counts',
			'2019-02-06',
			doc(
				'On Sunday morning, a bomb exploded inside the Church of Saint Anne in Dorn during Mass, killing 19 people.',
				'The bombing was the deadliest in the south since a blast at a night market in Velda on Sept. 3, 2016, which killed 12 people and wounded some 60 others.'
			),
			[
				[
					'How many people were killed in the 3 February 2019 bombing at the Church of Saint Anne in Dorn?',
					'19',
					false
				],
				['How many people were killed in the 3 September 2016 blast at a night market in Velda?', '12', false],
				['How many people were injured in the 3 September 2016 blast at a night market in Velda?', 'some 60', false]
			]
		],
		[
			'an event told after ", as" beside the one named is background: it takes no count and the story stays on its event',
			'2019-03-11',
			doc(
				'The toll from the car bomb that tore through a crowded square in the Ostranian capital on Sunday evening rose to 41 on Monday, the minister said, as police detained suspects and jets struck militant camps in northern Karsk.',
				'Of the 90 people taken to hospital, 12 were still in a serious condition.',
				'A gunman opened fire at a Velda supermarket on Saturday, killing two people.'
			),
			[
				[
					'How many people were killed in the 10 March 2019 car bombing in a crowded square in the Ostranian capital?',
					'41',
					false
				],
				[
					'How many people were injured in the 10 March 2019 car bombing in a crowded square in the Ostranian capital?',
					'90',
					true
				],
				[
					'How many people in serious condition were injured in the 10 March 2019 car bombing in a crowded square in the Ostranian capital?',
					'12',
					true
				],
				['How many people were killed in the 9 March 2019 attack on a Velda supermarket?', 'two', false]
			]
		],
		[
			'a count said of one place "alone" is that place\'s part, no rival of the toll and no event of its own (r33)',
			'2018-11-26',
			doc(
				'KARSK: Ten years ago tonight, ten gunmen came ashore and fanned out across south Karsk, beginning a siege that would hold the city hostage for nearly sixty hours.',
				'By the time the last gunman was shot dead, the attacks had claimed 166 lives.',
				'Two of the gunmen walked into the main hall of Velda Terminus and sprayed bullets at commuters. Fifty-eight people died at the station alone.'
			),
			// (The text names the siege only as "the attacks": they are asked of the dateline's city, for a check.)
			[['How many people were killed in the attacks in Karsk?', '166', true]]
		],
		[
			'a headline\'s present tense, "opens fire at", names its event (r302)',
			'2022-06-25',
			doc('Gunman opens fire at Karsk market, killing two', 'Two people were killed and ten wounded, police said.'),
			[
				['How many people were killed in the attack at Karsk market?', 'Two', false],
				['How many people were injured in the attack at Karsk market?', 'ten', false]
			],
			'Gunman opens fire at Karsk market, killing two'
		],
		[
			'"between Fulani and Dogon villages" may name the people of the villages: no place',
			'2024-05-21',
			doc('Militants attacked a checkpoint between Fulani and Dogon villages on Monday, killing 12.'),
			[['How many people were killed in the 20 May 2024 attack at a checkpoint?', '12', false]]
		],
		[
			'a list of three towns before a time phrase is the set of attacks there',
			'2019-04-22',
			doc(
				'Bombs hit churches in Colombo, Negombo and Batticaloa during Easter services on Sunday, killing 290 people.'
			),
			[
				[
					'How many people were killed in the three attacks on churches in Colombo, Negombo and Batticaloa on 21 April 2019?',
					'290',
					false
				]
			]
		],
		[
			'a place, then another subject, is no list of places ("Peshawar, Pakistan and India condemned")',
			'2024-05-21',
			doc('A bomb exploded at a market in Peshawar, Pakistan and India condemned the attack, which killed 12 people.'),
			[['How many people were killed in the bombing at a market in Peshawar, Pakistan?', '12', false]]
		],
		[
			"arrests told with a day before the story's are no earlier attack of that day",
			'2024-05-21',
			doc(
				'A suicide bomber killed five police officers at the Orsa central police station on Tuesday.',
				'Police yesterday arrested three suspects.'
			),
			[
				[
					'How many police officers were killed in the 21 May 2024 attack at the Orsa central police station?',
					'five',
					false
				],
				[
					'How many suspects were arrested over the 21 May 2024 attack at the Orsa central police station?',
					'three',
					true
				]
			]
		],
		[
			'a post placed by its distance from a town is near that town, not in it',
			'2024-05-21',
			doc('Militants attacked an army post 30 km from Dori on Monday, killing 14 soldiers.'),
			[['How many soldiers were killed in the 20 May 2024 attack on an army post near Dori?', '14', false]]
		],
		[
			'an ambush "between the towns of Kalo and Dori" is one stretch of road near the first, not a site in each',
			'2024-05-21',
			doc('Gunmen ambushed a convoy between the towns of Kalo and Dori on Monday, killing 14 soldiers.'),
			[['How many soldiers were killed in the 20 May 2024 attack on a convoy near Kalo?', '14', false]]
		],
		[
			'a train "between Moscow and St Petersburg" is on that line, near where it begins (r13)',
			'2010-03-30',
			doc(
				'In November last year, a bomb derailed the Nevsky Express train between Moscow and St Petersburg, killing 26 people.'
			),
			[
				[
					'How many people were killed in the November 2009 attack on the Nevsky Express train near Moscow?',
					'26',
					false
				]
			]
		],
		[
			'"the three attacks that struck Velda" is the set its relative clause names, not the first of its sites after the colon (r269)',
			'2017-06-24',
			doc(
				'At least 85 people are now known to have died in the three attacks that struck Velda on Friday: a suicide car bombing in Karsk, twin blasts in the town of Orsa and a shooting in Tarn, officials said on Saturday.'
			),
			[['How many people were killed in the 23 June 2017 attacks on Velda?', 'at least 85', false]]
		],
		[
			"a headline's list of places is the set of attacks there, not the one of its sites the lede names first (r269)",
			'2017-06-24',
			doc(
				"Toll from Friday's attacks in Karsk, Orsa and Tarn rises to 85",
				'At least 85 people are now known to have died in the three attacks that struck Velda on Friday: a suicide car bombing in Karsk, twin blasts in the town of Orsa and a shooting in Tarn, officials said on Saturday.'
			),
			[
				['How many people were killed in the 23 June 2017 attacks on Velda?', 'at least 85', false],
				// (The same set, told by its country and by its towns: two events still, where one would do.)
				['How many people were killed in the three attacks in Karsk, Orsa and Tarn?', '85', false]
			],
			"Toll from Friday's attacks in Karsk, Orsa and Tarn rises to 85"
		],
		[
			'the lede under a headline that tells of one event goes on from it',
			'2019-02-06',
			doc(
				'Grenade kills two in Belo mosque',
				'Two men were killed when a grenade was thrown into a mosque early on Wednesday.'
			),
			[['How many men were killed in the attack on Belo mosque?', 'Two', false]],
			'Grenade kills two in Belo mosque'
		],
		[
			'arrests told a paragraph after the last site of an event at several are the whole event\'s, and "the three blasts" is that event (r171)',
			'2005-10-30',
			doc(
				'Three bombs went off within half an hour of one another in Orsa on Saturday evening, killing at least 61 people.',
				'The first explosion came at about 5.38 pm in the Main Bazar of Dalmor. Police said 15 people were killed there.',
				'Minutes later the third and deadliest blast ripped through Velda market. At least 46 people died at the market, police said.',
				'A little-known group calling itself the Velda Front claimed responsibility for the three blasts in a telephone call on Sunday. At least ten people have been detained for questioning.'
			),
			[
				['How many people were killed in the three bombings in Orsa on 29 October 2005?', 'at least 61', false],
				['How many people were killed in the 29 October 2005 explosion in the Main Bazar of Dalmor?', '15', false],
				['How many people were killed in the 29 October 2005 bombing at Velda market?', 'at least 46', false],
				// Which event the police work on is still a reading: the reviewer is asked.
				['How many people were arrested over the three bombings in Orsa on 29 October 2005?', 'at least ten', true]
			]
		],
		[
			'an attack on a thing no venue list knows ("a police post") is named by the town it stood in, not given to the last event',
			'2020-11-27',
			doc(
				'A suicide bomber killed 30 people at a wedding hall in Orsa on Monday.',
				'Two days later, a suicide bomber struck a police post in Velda, killing six officers.'
			),
			[
				['How many people were killed in the 23 November 2020 attack on a wedding hall in Orsa?', '30', false],
				['How many officers were killed in the 25 November 2020 attack on a police post in Velda?', 'six', false]
			]
		],
		[
			'an attack told only by its verb, by doers not met before, may be another attack: its count is checked',
			'2020-11-27',
			doc(
				'A suicide bomber killed 30 people at a wedding hall in Orsa on Monday.',
				'On Wednesday, gunmen opened fire on worshippers, killing six.'
			),
			[
				['How many people were killed in the 23 November 2020 attack on a wedding hall in Orsa?', '30', false],
				['On Wednesday, gunmen opened fire on worshippers, killing ____.', 'six', true]
			]
		],
		[
			"a day in the count's clause that is one event's day names that event, not the event told last",
			'2003-11-22',
			doc(
				'Suicide bombers struck the British consulate in Orsa on Thursday.',
				'Five days earlier, a truck bomb exploded outside a synagogue in Velda, killing 13 people.',
				"Officials put Thursday's toll at 27 dead and about 450 injured."
			),
			[
				['How many people were killed in the 15 November 2003 truck bombing at a synagogue in Velda?', '13', false],
				['How many people were killed in the 20 November 2003 attack on the British consulate in Orsa?', '27', false],
				[
					'How many people were injured in the 20 November 2003 attack on the British consulate in Orsa?',
					'about 450',
					false
				]
			]
		],
		[
			'a count before ", and on <another day>" is not the event told after it: asked as a cloze and checked (r145)',
			'2024-05-21',
			doc(
				'Gunmen attacked the central market in Rell on Monday, killing 12 people.',
				'On August 24, 2004, two passenger jets exploded in flight, killing all 90 people on board, and on the evening of August 31 a woman blew herself up outside the Velda metro station in Orsa, killing 10 people.'
			),
			[
				['How many people were killed in the 20 May 2024 attack at the central market in Rell?', '12', false],
				['On August 24, 2004, two passenger jets exploded in flight, killing all ____ people on board', '90', true],
				['How many people were killed in the 31 August 2004 bombing at the Velda metro station in Orsa?', '10', false]
			]
		],
		[
			'a shooting told by its verb after "Meanwhile in <town>" may be another attack: checked',
			'2020-11-25',
			doc(
				'A suicide bomber killed 30 people at a wedding hall in Orsa on Monday.',
				'Meanwhile in Velda, gunmen shot dead four policemen on Tuesday.'
			),
			[
				['How many people were killed in the 23 November 2020 attack on a wedding hall in Orsa?', '30', false],
				['How many policemen were killed in the 23 November 2020 attack on a wedding hall in Orsa?', 'four', true]
			]
		],
		[
			'"also" between the doers and the verb is no part of who did it',
			'2020-11-25',
			doc(
				'A suicide bomber killed 30 people at a wedding hall in Orsa on Monday.',
				'Gunmen also shot dead four policemen in Velda on Tuesday.'
			),
			[
				['How many people were killed in the 23 November 2020 attack on a wedding hall in Orsa?', '30', false],
				['How many policemen were killed in the 24 November 2020 shooting in Velda?', 'four', false]
			]
		],
		[
			"a headline's count the body never gives is the headline event's",
			'2019-03-11',
			doc(
				'Karsk car bomb: 41 dead, 90 hurt',
				'The toll from the car bomb that tore through Velda Square in Karsk on Sunday evening rose to 41 on Monday, the health minister said.'
			),
			[
				['How many people were killed in the 10 March 2019 car bombing in Velda Square in Karsk?', '41', false],
				['How many people were injured in the 10 March 2019 car bombing in Velda Square in Karsk?', '90', false]
			],
			'Karsk car bomb: 41 dead, 90 hurt'
		],
		[
			'"a third person has died" replaces the count of two before it (review 10)',
			'2025-07-20',
			doc(
				'Police said two people had died in the stabbings at the Harrowfield summer festival on Saturday night.',
				'A third person, a 17-year-old boy, has died in hospital, police said this morning.'
			),
			[
				[
					'How many people were killed in the 19 July 2025 stabbings at the Harrowfield summer festival?',
					'three',
					false
				]
			]
		],
		[
			'groups within a count that is not the one asked, where the text does not say which replaces the other, are checked too (r193)',
			'2014-03-04',
			doc(
				'A bomb killed 12 people at the Karsk bus station on Monday.',
				'Police said nine people died, four of them children.'
			),
			[
				['How many people were killed in the 3 March 2014 bombing at the Karsk bus station?', '12', true],
				['How many children were killed in the 3 March 2014 bombing at the Karsk bus station?', 'four', true]
			]
		],
		[
			'a count naming no event after a sentence that opens on a day of an earlier year is of what that sentence told (r193)',
			'2014-03-02',
			doc(
				'KARSK, March 2 - Attackers armed with knives killed 29 people at Karsk railway station on Saturday night.',
				"It is the second attack blamed on separatists this year. On 28 October last year a sport utility vehicle drove along the pavement at the edge of Velda Square and burst into flames. Five people died, the car's three occupants and two tourists, and 40 were injured."
			),
			[
				['How many people were killed in the 1 March 2014 attack at Karsk railway station?', '29', false],
				['How many people were killed in the 28 October 2013 attack in Velda Square?', 'Five', false],
				['How many occupants were killed in the 28 October 2013 attack in Velda Square?', 'three', false],
				['How many tourists were killed in the 28 October 2013 attack in Velda Square?', 'two', false],
				['How many people were injured in the 28 October 2013 attack in Velda Square?', '40', false]
			]
		],
		[
			"an earlier day's count at a place of its own is no event of the same month told elsewhere, and is named by that place (r310)",
			'2011-05-23',
			doc(
				'KARSK, May 23 - Militants stormed the Karsk naval air station late on Sunday, killing ten security personnel.',
				'The Velda Front said the attack avenged its leader, whom troops shot dead in a night raid on his compound in Orsa earlier this month.',
				"The attack on the naval air station was the group's second in ten days. On May 13, two suicide bombers struck newly trained recruits as they boarded vans outside their training centre at Tarsk in Lunde district, killing at least 80 people."
			),
			[
				[
					'How many security personnel were killed in the 22 May 2011 attack at the Karsk naval air station?',
					'ten',
					false
				],
				['How many people were killed in the 13 May 2011 bombing in Tarsk, Lunde?', 'at least 80', false]
			]
		],
		[
			'"the attack on the club" after a shooting outside a pub is that shooting; "the hotel" in an earlier year is not (r302, r199)',
			'2022-06-25',
			doc(
				'KARSK, June 25 - A gunman opened fire in the centre of Karsk early on Saturday, killing two people outside the Harbour Pub.',
				'The security service says it is treating the attack on the club as an act of terrorism. Twenty-one people were wounded, ten of them seriously.',
				'The city was attacked before: in 2011 gunmen stormed the hotel, killing eight.'
			),
			[
				['How many people were killed in the 25 June 2022 attack on the Harbour Pub in Karsk?', 'two', false],
				['How many people were injured in the 25 June 2022 attack on the Harbour Pub in Karsk?', 'Twenty-one', false],
				[
					'How many people in serious condition were injured in the 25 June 2022 attack on the Harbour Pub in Karsk?',
					'ten',
					false
				],
				['How many people were killed in the attack on the hotel in 2011?', 'eight', false]
			]
		],
		[
			'a count told after "came four months after", with its day, is of the earlier event, named by its town (review 15)',
			'2023-10-14',
			doc(
				'A former pupil stabbed a teacher to death and wounded two other people at a school in Amiens on Friday.',
				'The attack in Amiens came four months after an asylum-seeker stabbed three young children and two adults in a playground beside the lake in Tours on 5 June.'
			),
			[
				['How many people were injured in the attack in Amiens?', 'two', false],
				['How many young children were injured in the 5 June 2023 attack in Tours?', 'three', false]
			]
		],
		[
			'"The bombings killed 202" after a bomb in a bar and another near a consulate may be all of them: checked (review 15)',
			'2022-10-12',
			doc(
				'A suicide bomber set off a device inside a bar in Kuta on 12 October 2002. Minutes later a car bomb went off near the United States consulate in Denpasar, causing no injuries.',
				'The bombings killed 202 people.'
			),
			[['How many people were killed in the car bombing at the United States consulate in Denpasar?', '202', true]]
		],
		[
			'what a claim says the attack avenged ("to avenge Muslims in Palestine") is no place of the attack, and the next item is its own, in its town (review 15)',
			'2024-12-23',
			doc(
				'Fulda, 10 August. A man stabbed people at random at a festival, killing two. The Islamic State group claimed the attack, calling him a soldier who had acted "to avenge Muslims in Palestine and everywhere".',
				'Erfurt, 14 December. A car sped through the Christmas market. Four people were killed and more than 100 were injured.'
			),
			[
				['How many people were killed in the 10 August 2024 attack in Fulda?', 'two', false],
				[
					'How many people were killed in the 14 December 2024 attack at the Christmas market in Erfurt?',
					'Four',
					false
				],
				[
					'How many people were injured in the 14 December 2024 attack at the Christmas market in Erfurt?',
					'more than 100',
					false
				]
			]
		],
		[
			'a group within a count keeps its qualifier ("about 40 of them seriously") (review 15)',
			'2024-12-21',
			doc(
				'A car sped through the Christmas market in Karsk on Friday. Five people were killed and more than 200 were injured, about 40 of them seriously.'
			),
			[
				['How many people were killed in the 20 December 2024 attack at the Christmas market in Karsk?', 'Five', false],
				[
					'How many people were injured in the 20 December 2024 attack at the Christmas market in Karsk?',
					'more than 200',
					false
				],
				[
					'How many people in serious condition were injured in the 20 December 2024 attack at the Christmas market in Karsk?',
					'about 40',
					false
				]
			]
		],
		[
			'"lowered that to" after a count of the injured lowers the injured; "that figure" after no count is no toll (review 15)',
			'2019-05-08',
			doc(
				'A bomb exploded at the Karsk market on Monday. Police said 40 people were injured.',
				'On Tuesday the police lowered that to 35.',
				'A car hit pedestrians on the Harbour Bridge in Orsa on Monday. Yesterday we corrected that figure to five.'
			),
			[['How many people were injured in the 6 May 2019 bombing at the Karsk market?', '35', false]]
		],
		[
			'arrests added to others ("three other people") are checked: they may not be all of them (review 10)',
			'2021-03-30',
			doc(
				'A car packed with explosives was driven into the gate of the Vestrian embassy in Rhemsburg on 22 March.',
				'Three other people have been arrested in connection with the attack.'
			),
			[
				[
					'How many other people were arrested over the 22 March 2021 attack on the Vestrian embassy in Rhemsburg?',
					'Three',
					true
				]
			]
		],
		[
			'a series of massacres that has killed more than 200 in a week is a total, not the toll of the attack told (review 38, AV min/05-3)',
			'2021-03-22',
			doc(
				'At least 137 civilians were killed when gunmen attacked three villages in Velda on Sunday, the latest in a series of massacres that has killed more than 200 people in a week.'
			),
			[
				[
					'How many civilians were killed in the 21 March 2021 attack on three villages in Velda?',
					'at least 137',
					false
				]
			]
		],
		[
			'the place a sentence opens on, set off by its comma, is the scene of its count (review 38, AX min/03-15)',
			'2020-02-12',
			doc(
				'In June 2014 attackers killed about 60 people in and around Karsk on the coast. At Velda University College on 2 April 2015, 148 people were killed, 142 of them students.'
			),
			[
				['How many people were killed in the June 2014 attack in Karsk?', 'about 60', false],
				['How many people were killed in the attack on Velda University College?', '148', false],
				['How many students were killed in the attack on Velda University College?', '142', false]
			]
		],
		[
			"a revised count naming no event, after a separate incident, is the story's, checked (review 38, AV min/02-15)",
			'2016-01-16',
			doc(
				'Gunmen attacked the Splendid Hotel in Karsk on Friday night.',
				'In a separate incident in the north of the country, an Australian doctor and his wife were kidnapped on Friday night in Tarn.',
				'The health minister says the toll has risen to 28 dead.'
			),
			[['How many people were killed in the 15 January 2016 attack on the Splendid Hotel in Karsk?', '28', true]]
		],
		[
			'bombers who blew themselves up, and a third who detonated explosives, are checked: the count is two of three (review 38, AV min/10-2)',
			'2014-11-28',
			doc(
				'Suicide bombers and gunmen attacked the central mosque in Karsk during Friday prayers, killing at least 81 people.',
				'Two suicide bombers blew themselves up in the courtyard of the mosque, and a third detonated explosives outside.'
			),
			[
				['How many people were killed in the attack on the central mosque in Karsk?', 'at least 81', false],
				['How many bombers were killed in the attack on the central mosque in Karsk?', 'Two', true]
			]
		],
		[
			'where the hurt are treated is no place of an attack (review 38, AX min/09-16)',
			'2014-06-17',
			doc('The Kenya Red Cross said 20 people were still being treated in hospital in Mpeketoni and in Mombasa.'),
			[
				[
					'The Kenya Red Cross said ____ people were still being treated in hospital in Mpeketoni and in Mombasa.',
					'20',
					true
				]
			]
		],
		[
			'a count whose clause opens on a month before the attack it is read as of is checked: it tells of something earlier (review 37, AT min/03-7)',
			'2021-04-06',
			doc(
				'The suicide bombing at the St Brendan cathedral in Karsk on 28 March 2021 was carried out by a married couple.',
				'In January 2021 police shot dead two members of the Karsk cell during raids in the city, and detectives believe the cathedral attack was partly an act of revenge.'
			),
			[
				[
					'How many attackers were killed in the 28 March 2021 suicide bombing at the St Brendan cathedral in Karsk?',
					'two',
					true
				]
			]
		],
		[
			'a month before it counted from ("since January") is no time of the count (review 37, AT min/03-7)',
			'2021-04-06',
			doc(
				'The suicide bombing at the St Brendan cathedral in Karsk on 28 March 2021 was carried out by a married couple.',
				'Since January 2021 the bombing at the cathedral is the second attack in the city, and it killed two worshippers.'
			),
			[['How many worshippers were killed in the suicide bombing at the St Brendan cathedral in Karsk?', 'two', false]]
		]
	])('%s', (_why, published, text, expected, title) => {
		expect(tolls(text, published, title)).toEqual(expected);
	});

	it('says why a count of several attacks is checked (review 25, min/v05-2)', () => {
		const text =
			'The January 2015 attacks left 17 people dead. On January 9 a gunman killed four men at the Velda supermarket.';
		const { cards, checks } = generate(text, { id: 'wire', title: 'Wire', published: '2020-12-16' });
		const card = cards.find((c) => c.answer === '17')!;
		expect(checks[card.id]).toBe(
			'the sentence counts several attacks; read as the 9 January 2015 attack on the Velda supermarket, the first event the text names'
		);
	});

	it('an event the sentence recalls is never the one in view, and adds nothing to it (review 17, g09)', () => {
		const text = doc(
			"VELDA, Jan 24 — A suicide bomber blew himself up in the arrivals hall at Velda's Orsa airport on Monday afternoon, killing at least 35 people.",
			'The attack came ten months after two female suicide bombers killed 40 people on the Velda metro.'
		);
		const [airport, metro] = tolls(text, '2011-01-24', 'Velda airport blast');
		// The airport bombing was named "the bombing on the Velda metro in Velda's Orsa", with the 40 dead as a rival count.
		expect(airport?.[0]).not.toContain('metro');
		expect(airport?.slice(1)).toEqual(['at least 35', false]);
		expect(metro).toEqual(['How many people were killed in the March 2010 attack on the Velda metro?', '40', false]);
	});

	it("a live entry's undated telling of the day's attack is not the earlier attack an entry recalled at the same venue (review 17, g02)", () => {
		const text = doc(
			'08:52 — A blast has hit a train at Orsa station.',
			'17:45 — Some context: the last deadly attack on the Velda metro came on February 6, 2004, when a suicide bomber blew himself up on a train, killing 41 people.',
			'19:10 — To recap: two female suicide bombers struck the Velda metro during the morning rush hour, killing 38 people.'
		);
		// Asked of the 2004 attack it was trusted; now it is the day's, for a check, since both are named alike.
		expect(tolls(text, '2010-03-29', 'Live: Velda metro explosions').filter(([, answer]) => answer === '38')).toEqual([
			['How many people were killed in the attack on the Velda metro?', '38', true]
		]);
	});
});

/** Each toll of a sentence as "measure number[ victims][ (superseded|update)]". */
const read = (s: string) =>
	findFigures(s)
		.filter((f) => f.kind === 'toll')
		.map(
			(f) =>
				`${f.measure} ${f.number}${f.victims ? ` ${f.victims}` : ''}${f.superseded ? ' (superseded)' : f.update ? ' (update)' : ''}`
		);

describe('those who died at once, in a sentence that goes on to more who died (review 28, min/ab02-1)', () => {
	it('are no toll of their own group', () => {
		const text = doc(
			'Gunmen attacked a tunnel site in Karsk on Sunday. The toll rose to seven.',
			'Two labourers died on the spot; three more workers and the doctor died on the way to hospital.'
		);
		expect(tolls(text, '2024-10-21')).toEqual([
			['How many people were killed in the 20 October 2024 attack on a tunnel site in Karsk?', 'seven', false]
		]);
	});
});

describe('a toll of all the sites, told at one of them (review 28, min/ab08-1)', () => {
	it('is the whole’s, and the site’s own dead on the spot are no toll of the site', () => {
		const text = doc(
			'Four killed as three blasts rock Kabul',
			'KABUL, 26.05.2019 — Four people were killed on Sunday when three explosions went off in the capital. The first blast, at Orsa, killed one man. A second explosion at Velda killed one man on the spot and two others later, bringing the toll from the two sites to four.'
		);
		expect(tolls(text, '2019-05-26', 'Four killed as three blasts rock Kabul')).toEqual([
			['How many people were killed in the bombing in Kabul?', 'Four', false],
			['How many people were killed in the blast in Orsa?', 'one', false]
		]);
	});
});

describe('count forms the attachment needs', () => {
	it.each<[string, string, string[]]>([
		[
			'a count a final report gives after its colon is the latest (review 38, AX min/06-2)',
			'In July a committee published its final report: 587 people were killed and 316 were injured.',
			['killed 587 (update)', 'injured 316']
		],
		[
			'the toll the authorities "settled on" is the latest, after one they revised (review 41, BG min/03-2)',
			'Iranian authorities initially put the toll at 103, then revised it to 84 and, after several of the injured died, settled on 95 dead.',
			['killed 103 (superseded)', 'killed 84 (update)', 'killed 95 (update)']
		],
		[
			'a toll the present tense "raises" is a revised one, as "raised" is (review 48, CM 08)',
			'Thursday morning - The Health Ministry raises the toll to 17 dead.',
			['killed 17 (update)']
		],
		[
			'a hospital\'s "later confirmed" deaths are no later toll',
			'Officials put the toll at 30 dead, and Emergency Hospital later confirmed 12 deaths among those it received.',
			['killed 30 (update)', 'killed 12']
		],
		[
			'a toll "later counted" is the latest, after the first one put (review 48, CM min/10-3)',
			'Within days officials put the toll at more than 500, and the Red Crescent later counted 796 people killed and 1,562 wounded.',
			['killed 500 (update)', 'killed 796 (update)', 'injured 1562']
		],
		[
			'a total after a verb of death and its comma: "…, 141 in all" (review 40, BC min/02-6)',
			'ISPR says 132 children and nine members of the school staff were martyred, 141 in all.',
			['killed 141']
		],
		[
			'a threat counts no one killed (review 39, BA min/10-2, 10-3)',
			'One woman said the captors had said they would kill 10 hostages for every one of their fighters killed.',
			[]
		],
		[
			'"innocent people" are everyone, no group (review 38, AX min/02-7)',
			'President Uhuru Kenyatta says 14 innocent people were killed in the attack.',
			['killed 14']
		],
		[
			'"an early estimate put the dead at", then "lowered it to": the estimate replaced, the lowered count the latest (review 15)',
			'An early police estimate put the dead at 27, but the army later lowered it to 20.',
			['killed 27 (superseded)', 'killed 20 (update)']
		],
		[
			'"corrected that figure to" a count is the latest (review 15)',
			'Yesterday we corrected that figure to five.',
			['killed 5 (update)']
		],
		[
			'"lowered that to" a count is the latest (review 15)',
			'On Saturday the authorities lowered that to 172.',
			['killed 172 (update)']
		],
		[
			'"A 15th victim died" counts fifteen dead (review 15)',
			'A 15th victim died in hospital two weeks later.',
			['killed 15 (update)']
		],
		[
			'"two dozen" is one count of 24, not "how many dozen" (review 15)',
			'About two dozen people were wounded.',
			['injured 24']
		],
		[
			'"two police officers … were among the dead" are police officers, not any officers (review 15)',
			'The minister said 35 students, three soldiers and two police officers were among the dead.',
			['killed 3 soldiers', 'killed 2 police officers']
		],
		[
			'"and to 51 in May 2019": a month is no place, so the second rise is the latest (review 15)',
			'That rose to 50 the next day, and to 51 in May 2019 after a man died in hospital.',
			['killed 50 (superseded)', 'killed 51 (update)']
		],
		['"it" alone with no count before it is no toll', 'The government raised it to 5 per cent.', []],
		[
			'"murdered 51 worshippers" is a count of the dead (review 14)',
			'The white supremacist who murdered 51 worshippers at two Christchurch mosques was sentenced on Thursday to life imprisonment.',
			['killed 51 worshippers']
		],
		[
			'those who killed someone are no count of the dead (review 13)',
			'The Nice attack came less than two weeks before two men killed a priest, Father Jacques Hamel, in a church near Rouen.',
			[]
		],
		['nor are gunmen who killed an officer', 'Two gunmen killed a police officer.', []],
		['but men killed in a blast are', 'Two men killed in the blast were brothers.', ['killed 2 men']],
		[
			'deaths among two groups are a count of everyone (review 13)',
			'On the day of the attacks, officials had reported six deaths among civilians and security forces.',
			['killed 6']
		],
		[
			"a dateline's day is not joined to the count after its dash",
			'BELO, Feb 6 - Two men were killed.',
			['killed 2 men']
		],
		[
			'"first said N" gives way to the later count',
			'Officials first said about 35 people had died; by the afternoon the figure had reached 58.',
			['killed 35 (superseded)', 'killed 58 (update)']
		],
		[
			'"up from N" gives way to the count before it',
			'The ministry put the toll at 30 dead and 95 wounded, up from 26 dead in its first figures.',
			['killed 30 (update)', 'injured 95', 'killed 26 (superseded)']
		],
		[
			'"has risen again, to N": a word between the rise and its count (review 31, AH min/02-2)',
			'The number of dead has risen again, to 88.',
			['killed 88 (update)']
		],
		[
			'"An earlier toll given by President X put the dead at N": who gave the earlier toll, then the count replaced (review 31, AH min/01-9)',
			'An earlier toll given by President Alassane Ouattara put the dead at 14 civilians.',
			['killed 14 civilians (superseded)']
		],
		[
			'"bringing the toll of … to N"',
			"He died early on Saturday, bringing the toll of Friday's attacks in the south to four.",
			['killed 4 (update)']
		],
		['"shot dead"', 'Seven worshippers were shot dead at a church in Corby.', ['killed 7 worshippers']],
		[
			'"N of his family members"',
			'Her father said 12 of his family members were killed.',
			['killed 12 family members']
		],
		[
			'"N people taken to hospital" are the wounded',
			'Of the 90 people taken to hospital, 12 were still in a serious condition.',
			['injured 90', 'injured 12 people in serious condition']
		],
		['one person taken to hospital is no count', 'He was taken to hospital.', []],
		[
			'the bodies of N taken to a named hospital are no wounded',
			'The bodies of four soldiers have been taken to the military hospital in Kohat.',
			[]
		],
		[
			'"the bodies of all the N victims" are no wounded',
			'The bodies of all the 12 victims were taken to a hospital in Varna.',
			[]
		],
		[
			'the bodies of N taken to hospital are no wounded',
			'An official said the bodies of four victims were taken to a hospital near the site and five to Varna.',
			[]
		]
	])('%s', (_why, sentence, expected) => {
		expect(read(sentence)).toEqual(expected);
	});
});

describe('whether a count can be about an event the sentence names', () => {
	/** The mention is the first occurrence of `named`; the count, of `count`. */
	const reachesIn = (sentence: string, named: string, count: string) => {
		const index = sentence.indexOf(named);
		return reaches(
			sentence,
			{ index, end: index + named.length, noun: 'attacks', anaphor: true },
			sentence.indexOf(count)
		);
	};
	it.each<[string, string, string, string, boolean]>([
		[
			'a count after "a week after …" is of the event counted from, not the subject',
			'The attacks came less than a week after a riot at a detention centre, where inmates killed five police officers.',
			'The attacks',
			'five',
			false
		],
		[
			'a count before the span is the subject’s',
			'The attacks killed 13 people, less than a week after a riot at a detention centre.',
			'The attacks',
			'13',
			true
		],
		[
			'a count in the clause after "eight days after" is of the event counted from',
			'The attack came eight days after a car bomb killed 27 people in the southern suburbs.',
			'The attack',
			'27',
			false
		],
		[
			'a count after "hours after …" with no clause of its own is the subject’s',
			'A suicide bomber blew himself up at a mosque in Konduga, hours after the governor left the town, killing 30 worshippers.',
			'a mosque in Konduga',
			'30',
			true
		],
		['a count with no span between is the subject’s', 'The attacks killed 13 people.', 'The attacks', '13', true]
	])('%s', (_why, sentence, named, count, expected) => {
		expect(reachesIn(sentence, named, count)).toBe(expected);
	});
});

describe('counts of a live page, told in entries stamped with the time they were posted', () => {
	const doc = (...paragraphs: string[]) => paragraphs.join('\n\n');
	/** Toll cards as [prompt, answer, needs check]. */
	const tolls = (text: string) => {
		const { cards, checks } = generate(text, {
			id: 'live',
			title: 'Live: the latest from Karsk',
			published: '2016-12-18'
		});
		return cards.filter((c) => c.kind === 'toll').map((c) => [c.prompt, c.answer, c.id in checks]);
	};
	it.each<[string, string, (string | boolean)[][]]>([
		[
			'newest first: the later entry’s count is asked, with no check',
			doc(
				'Live: the latest from Karsk',
				'12.30 GMT The health ministry now says 52 people were killed and 63 wounded in the two explosions in Karsk.',
				'10.05 GMT At least 30 people were killed in two explosions at an army base in Karsk, medics said.'
			),
			[
				['How many people were killed in the two explosions at an army base in Karsk?', '52', false],
				['How many people were injured in the two explosions at an army base in Karsk?', '63', false]
			]
		],
		[
			'a later entry that lowers the count is the latest, though its number is smaller',
			doc(
				'Live: the latest from Karsk',
				'12.30 GMT The health ministry now says 41 people were killed in the two explosions in Karsk.',
				'10.05 GMT At least 45 people were killed in two explosions at an army base in Karsk, medics said.'
			),
			[['How many people were killed in the two explosions at an army base in Karsk?', '41', false]]
		],
		[
			'oldest first past midnight: "14:32" the next day is told after "22:20" (review 13)',
			doc(
				'Live: the latest from Karsk',
				'22:20 GMT: A police official now says at least 40 people are dead across Karsk.',
				'00:30 GMT: A city official says the toll has passed 100.',
				'14:32 GMT: The prosecutor gives the latest figures: 129 people killed and 352 injured in the attacks in Karsk.'
			),
			[
				['How many people were killed in the attack in Karsk?', '129', false],
				['How many people were injured in the attack in Karsk?', '352', false]
			]
		],
		[
			'newest first past midnight, the same',
			doc(
				'Live: the latest from Karsk',
				'14:32 GMT: The prosecutor gives the latest figures: 129 people killed and 352 injured in the attacks in Karsk.',
				'00:30 GMT: A city official says the toll has passed 100.',
				'22:20 GMT: A police official now says at least 40 people are dead across Karsk.'
			),
			[
				['How many people were killed in the attacks in Karsk?', '129', false],
				['How many people were injured in the attacks in Karsk?', '352', false]
			]
		],
		[
			// An entry's count is told on the day the entry was posted, not on the day of the attack its sentence names
			// (review 40, BB 02: "in six attacks … on Friday night" put the prosecutor's 129 before the morning's 127).
			"newest first past midnight, an entry that names the attack's day is told when it was posted",
			doc(
				'Live: the latest from Karsk',
				'18.35 GMT – The prosecutor gives the latest figures: 129 people were killed in six attacks in Karsk on Saturday night.',
				'07.30 GMT – The toll now stands at 127 dead, according to the prosecutor.',
				'22.30 GMT – Police now say at least 60 people have been killed across Karsk.'
			),
			[['How many people were killed in the six attacks in Karsk on 17 December 2016?', '129', false]]
		],
		[
			// Twelve hours either way: across midnight oldest first, or within the day newest first; a page is more often
			// within one day (review 23, min/r02-4, which asked 52).
			'newest first within a day, though the other order spans twenty minutes less',
			doc(
				'Karsk blasts: live',
				'10.40pm — Police say 207 people are now confirmed dead in the eight explosions in Karsk.',
				'10.30am — Police now say at least 52 people have been killed in the explosions in Karsk.'
			),
			[['How many people were killed in the explosions in Karsk?', '207', false]]
		]
	])('%s', (_why, text, expected) => {
		expect(tolls(text)).toEqual(expected);
	});
});

describe('readings mended in review 42, each on its minimal text: counts, days, people and claims', () => {
	it.each<[string, string, string, (string | boolean)[][]]>([
		[
			'the dead counted with the missing are no count of the dead (BJ min/03-12)',
			'2023-02-20',
			doc(
				'Several hundred fighters overran Palma on 24 March 2021. Independent researchers have since documented well over 1,000 people killed or missing.'
			),
			[]
		],
		[
			'a count the attackers claim, told after another deed they claim, is no toll (BJ min/09-8)',
			'2021-03-29',
			doc(
				'Insurgents entered Palma from three directions, attacking the district administration and the barracks.',
				'On Monday the Islamic State claimed the attack through its Amaq agency, saying its fighters had taken control of Palma and killed 55 people.'
			),
			[]
		],
		[
			'attacks told as a kind over a whole year are a sum, no toll of an attack (BJ min/03-20)',
			'2023-02-20',
			doc(
				'Militants attacked a church in Kasindi on 15 January 2023, killing 14 people.',
				'ADF attacks killed more than 1,200 civilians in North Kivu and Ituri in 2022.'
			),
			[['How many people were killed in the 15 January 2023 attack on a church in Kasindi?', '14', false]]
		],
		[
			'what a hurricane killed is no toll of an attack (BM min/05-16)',
			'2021-08-27',
			doc(
				'A suicide bomber killed 13 people at the airport gate in Kabul on Thursday.',
				'Forecasters said a storm was likely to strike Louisiana on Sunday, the 16th anniversary of Hurricane Katrina, which killed more than 1,800 people.'
			),
			[['How many people were killed in the 26 August 2021 attack at the airport in Kabul?', '13', false]]
		],
		[
			'"and a third struck a metro train": one more bomber after the count, whose clause is no part of the target (BM min/02-13)',
			'2016-03-23',
			doc(
				'BRUSSELS, March 22, 2016 - Two suicide bombers blew themselves up at Zaventem airport and a third struck a metro train at Maelbeek station.'
			),
			[['How many bombers were killed in the bombing at Zaventem airport?', 'Two', true]]
		],
		[
			'"; a fifth was shot moments later": one more attacker after the count (BM min/09-8)',
			'2017-08-19',
			doc('A police officer shot dead four of the attackers in Cambrils on Friday; a fifth was shot moments later.'),
			[['How many attackers were killed in the 18 August 2017 shooting in Cambrils?', 'four', true]]
		],
		[
			'"; four more detonated their belts": more bombers, past the counts of their victims (BL min/03-2)',
			'2016-07-20',
			doc(
				'Four bombers blew themselves up at dawn in Qaa on 27 June 2016, killing five residents and wounding around 15 others; four more detonated their belts that evening.'
			),
			[
				['How many bombers were killed in the attack in Qaa?', 'Four', true],
				['How many residents were killed in the attack in Qaa?', 'five', false],
				['How many people were injured in the attack in Qaa?', 'around 15', false]
			]
		],
		[
			'"the tenth … was caught alive": the one more lived, and the count of the dead is whole',
			'2008-11-30',
			doc(
				'Gunmen attacked hotels in Mumbai on 26 November 2008. Nine of the attackers were killed by commandos; the tenth, Ajmal Kasab, was caught alive.'
			),
			[['How many attackers were killed in the 26 November 2008 attack on hotels in Mumbai?', 'Nine', false]]
		],
		[
			'"Between 2000 and 2007, the neo-Nazi National Socialist Underground (NSU) murdered nine men": a span a long subject away (BI min/05-16)',
			'2020-02-21',
			doc(
				"After Wednesday night's shootings in Hanau, Germany is asking how far-right extremists were able to kill so many.",
				'Between 2000 and 2007, the neo-Nazi National Socialist Underground (NSU) murdered nine men of immigrant origin and a policewoman.'
			),
			[]
		],
		[
			'"ETA\'s deadliest year was 1980, when it killed about 90 people": what a year held (BI min/08-5)',
			'2018-05-03',
			doc(
				'In 1973, an ETA bomb in Madrid killed the prime minister.',
				"ETA's deadliest year was 1980, when it killed about 90 people."
			),
			[]
		]
	])('%s', (_why, published, text, expected) => {
		expect(tolls(text, published)).toEqual(expected);
	});

	it.each<[string, string, string, string[][]]>([
		[
			'"on Thursday 23 March, the morning after a man drove a car into pedestrians on Westminster Bridge": the attack is a day before (BM min/07-2)',
			'2017-03-23',
			'The Prime Minister made a statement on Thursday 23 March, the morning after a man drove a car into pedestrians on Westminster Bridge.',
			[['When did the attack on Westminster Bridge take place?', '22 March 2017']]
		],
		[
			'"the morning after a bomb exploded at … Manchester Arena", under a headline naming the attack (BM min/04-1)',
			'2017-05-23',
			doc(
				'Police briefings on the Manchester Arena attack',
				'Two statements were given at police headquarters on Tuesday 23 May, the morning after a bomb exploded at Manchester Arena.'
			),
			[['When did the bombing in Manchester Arena take place?', '22 May 2017']]
		],
		[
			'"This Saturday, 19/08/2017, the Mossos d\'Esquadra, the Catalan regional police, raised the number of dead in the attacks of 17-A": the day of a count, and the attacks\' own (BM min/09-1)',
			'2017-08-19',
			doc(
				"This Saturday, 19/08/2017, the Mossos d'Esquadra, the Catalan regional police, raised the number of dead in the attacks of 17-A to 14 and confirmed that the driver of the van that ploughed into pedestrians on La Rambla may still be at large."
			),
			[['When did the attack in La Rambla take place?', '17 August 2017']]
		],
		[
			'"Those talks ended on 30 December 2006, when a van … blew up … at Madrid\'s Barajas airport": the day a "when" clause opens on (BI min/08-4)',
			'2018-05-03',
			doc(
				'In 1973, an ETA bomb in Madrid killed the prime minister.',
				"Those talks ended on 30 December 2006, when a van packed with explosives blew up in the car park of Terminal 4 at Madrid's Barajas airport."
			),
			[
				['When did the bombing in Madrid take place?', '1973'],
				["When did the bombing in the car park of Terminal 4 in Madrid's Barajas take place?", '30 December 2006']
			]
		]
	])('%s', (_why, published, text, expected) => {
		const { cards } = generate(text, { id: 'wire', title: 'Wire', published });
		expect(cards.filter((c) => c.kind === 'date' && c.format === 'qa').map((c) => [c.prompt, c.answer])).toEqual(
			expected
		);
	});

	it.each<[string, string, string, (string | boolean)[][]]>([
		[
			'"in Nazran, the largest town in Ingushetia, on Monday": a place\'s size is no comparison, and the day is the attack\'s (BK min/10-9)',
			'2009-08-17',
			doc(
				'A suicide bomber drove a truck into the police headquarters in Nazran, the largest town in Ingushetia, on Monday, killing 20 people.',
				'The attack is the latest in a wave of violence. Last Wednesday, gunmen shot dead the construction minister.'
			),
			[
				['When did the attack on the police headquarters in Nazran take place?', '17 August 2009', false],
				['How many people were killed in the 17 August 2009 attack on the police headquarters in Nazran?', '20', false],
				['____, gunmen shot dead the construction minister.', '12 August 2009', false]
			]
		],
		[
			'"including 15 police officers and community workers": one count of both groups (BK min/01-12)',
			'2013-10-30',
			doc(
				'In June, 35 people were killed when attackers stormed a police station in Lukqun. In April, 21 people, including 15 police officers and community workers, died in a clash in Bachu county near Kashgar.'
			),
			[
				['When did the attack at a police station in Lukqun take place?', 'June 2013', false],
				['How many people were killed in the June 2013 attack at a police station in Lukqun?', '35', false],
				[
					'In ____, 21 people, including 15 police officers and community workers, died in a clash in Bachu county near Kashgar.',
					'April 2013',
					false
				],
				['How many people were killed in the April 2013 attack?', '21', false],
				['How many police officers and community workers were killed in the April 2013 attack?', '15', false]
			]
		],
		[
			"a former role's organisation is one he was with (BK min/03-6)",
			'2019-06-04',
			"Gulmurod Khalimov, the former commander of the Interior Ministry's OMON special police unit, defected to IS in 2015.",
			[
				[
					"Gulmurod Khalimov, the former commander of the Interior Ministry's OMON special police unit, defected to IS in ____.",
					'2015',
					false
				],
				[
					"Who is the former commander of the Interior Ministry's OMON special police unit?",
					'Gulmurod Khalimov',
					false
				],
				['Which organisation was Gulmurod Khalimov with?', "Interior Ministry's OMON", false]
			]
		],
		[
			'protesters who storm parliament make no attack, and whom they are loyal to no doer (BL min/05-10)',
			'2016-05-11',
			"Protesters loyal to the Shi'ite cleric Moqtada al-Sadr stormed parliament last month.",
			[["Protesters loyal to the Shi'ite cleric Moqtada al-Sadr stormed parliament ____.", 'April 2016', false]]
		],
		[
			'an event told in a later clause of saying is no event of the blame (BL min/06-7)',
			'2008-08-14',
			doc(
				'Four truck bombs killed nearly 800 people in Qahtaniya on 14 August 2007.',
				'The U.S. military blamed al-Qaeda in Iraq and said in September that it had killed the suspected organiser in an air strike near Mosul.'
			),
			[
				['When did the four truck bombings in Qahtaniya take place?', '14 August 2007', false],
				['How many people were killed in the four truck bombings in Qahtaniya on 14 August 2007?', 'nearly 800', false],
				[
					'Whom did the U.S. military blame for the four truck bombings in Qahtaniya on 14 August 2007?',
					'al-Qaeda in Iraq',
					false
				]
			]
		],
		[
			'"* NICE, July 14, 2016 - A man drove a truck into crowds on the Promenade des Anglais": a factbox item names its own target, and dates no basilica attack told before in Nice (BM min/02-8)',
			'2020-11-03',
			doc(
				'The attack came days after a knifeman killed three people in a basilica in the French city of Nice.',
				'* NICE, July 14, 2016 - A man drove a truck into crowds on the Promenade des Anglais, killing 86 people.'
			),
			[
				['How many people were killed in the attack on a basilica in Nice?', 'three', false],
				['How many people were killed in the 14 July 2016 attack on the Promenade des Anglais in Nice?', '86', false]
			]
		],
		[
			'"The President of the Republic, Head of State, Supreme Commander of the Armed Forces, Mahamat Idriss Déby Itno": a title in a list of titles is no name (BJ min/04-3)',
			'2024-10-28',
			'The President of the Republic, Head of State, Supreme Commander of the Armed Forces, Mahamat Idriss Déby Itno, travelled to the site of the attack early on Monday morning.',
			[
				[
					'The President of the Republic, Head of State, Supreme Commander of the Armed Forces, Mahamat Idriss Déby Itno, travelled to the site of the attack early on ____.',
					'28 October 2024',
					false
				]
			]
		],
		[
			'"carried out by a cell that had also been behind the Paris attacks of 13 November 2015": what the doers did before moves the story to no event (BI min/06-13)',
			'2017-03-22',
			doc(
				'The attacks were carried out by a cell that had also been behind the Paris attacks of 13 November 2015, in which 130 people were killed. Islamic State claimed responsibility on the day, through its Amaq agency.'
			),
			[
				['When did the attacks in Paris take place?', '13 November 2015', false],
				['How many people were killed in the 13 November 2015 attacks in Paris?', '130', false],
				['Who claimed responsibility for the attack?', 'Islamic State', true]
			]
		],
		[
			'"A gunman who had served a prison sentence for trying to join Islamic State in Syria killed four": no attack by Syria (BM min/02-1)',
			'2020-11-03',
			'A gunman who had served a prison sentence for trying to join Islamic State in Syria killed four people in the centre of Vienna on Monday night.',
			[
				['When did the attack in Vienna take place?', '2 November 2020', false],
				['How many people were killed in the 2 November 2020 attack in Vienna?', 'four', false]
			]
		],
		[
			'"the truck rampage in Nice, France, on Bastille Day 2016, when 86 people were killed, and the attack on a New York bike path": each its own (BM min/03-12)',
			'2025-01-03',
			'The attack recalled the truck rampage in Nice, France, on Bastille Day 2016, when 86 people were killed, and the attack on a New York bike path on 31 October 2017, when Sayfullo Saipov killed eight people with a rented pickup.',
			[
				['When did the attack on a New York bike path take place?', '31 October 2017', false],
				['How many people were killed in the truck rampage in Nice, France?', '86', false],
				['How many people were killed in the 31 October 2017 attack on a New York bike path?', 'eight', true]
			]
		],
		[
			'"shortly before the rampage, that praised Elliot Rodger, who killed six people near Santa Barbara … in 2014": "the rampage" points at no event',
			'2018-04-24',
			doc(
				'A van drove into pedestrians on Yonge Street in Toronto on Monday, killing 10 people.',
				'Investigators are examining a post, made shortly before the rampage, that praised Elliot Rodger, who killed six people near Santa Barbara, California, in 2014.'
			),
			[
				['When did the attack on Yonge Street in Toronto take place?', '23 April 2018', false],
				['How many people were killed in the 23 April 2018 attack on Yonge Street in Toronto?', '10', false],
				[
					'Investigators are examining a post, made shortly before the rampage, that praised Elliot Rodger, who killed six people near Santa Barbara, California, in ____.',
					'2014',
					false
				],
				['How many people were killed in the attack in Santa Barbara?', 'six', false]
			]
		],
		[
			'a count told in another year than the event in view is checked, not given to it (the Kyoto Animation verdict)',
			'2024-01-25',
			doc(
				'The arson surpassed the 2016 knife attack at a care home in Sagamihara, where a former employee killed 19 residents. In December 2021, a man set fire to a psychiatric clinic in Osaka, killing 26 people.',
				'In 2018 a government committee said 512 people had died in the 14 October 2017 truck bombing at the Zoobe junction in Mogadishu.'
			),
			[
				['When did the attack on a care home in Sagamihara take place?', '2016', false],
				['How many residents were killed in the attack on a care home in Sagamihara in 2016?', '19', false],
				[
					'From a report on the attack on a care home in Sagamihara: In ____, a man set fire to a psychiatric clinic in Osaka',
					'December 2021',
					false
				],
				['How many people were killed in the attack on a care home in Sagamihara in 2016?', '26', true],
				[
					'In ____ a government committee said 512 people had died in the 14 October 2017 truck bombing at the Zoobe junction in Mogadishu.',
					'2018',
					false
				],
				['When did the truck bombing at the Zoobe junction in Mogadishu take place?', '14 October 2017', false],
				[
					'How many people were killed in the 14 October 2017 truck bombing at the Zoobe junction in Mogadishu?',
					'512',
					false
				]
			]
		],
		[
			'"attacked the village of Kitaya …, and Islamic State claimed the raid two days later": the raid is the attack the sentence has just told, not the story\'s (BJ min/03-15)',
			'2023-02-20',
			doc(
				'Their most ambitious operation came on 24 March 2021, when several hundred fighters overran Palma.',
				'On 14 October 2020 around 300 insurgents attacked the Tanzanian village of Kitaya in Mtwara region, and Islamic State claimed the raid two days later.'
			),
			[
				['When did the attack on Palma take place?', '24 March 2021', false],
				['When did the attack in Kitaya take place?', '14 October 2020', false],
				[
					'On 14 October 2020 around 300 insurgents attacked the Tanzanian village of Kitaya in Mtwara region, and Islamic State claimed the raid ____.',
					'16 October 2020',
					false
				],
				['Who claimed responsibility for the 14 October 2020 attack in Kitaya?', 'Islamic State', false]
			]
		],
		[
			'"claimed the raid two days later, saying its fighters had killed more than 20": the day of a claim makes no event of its own (BJ 03)',
			'2023-02-20',
			doc(
				'Their most ambitious operation came on 24 March 2021, when several hundred fighters overran Palma.',
				'On 14 October 2020 around 300 insurgents attacked the Tanzanian village of Kitaya in Mtwara region, and Islamic State claimed the raid two days later, saying its fighters had killed more than 20 Tanzanian soldiers.'
			),
			[
				['When did the attack on Palma take place?', '24 March 2021', false],
				['When did the attack in Kitaya take place?', '14 October 2020', false],
				[
					'On 14 October 2020 around 300 insurgents attacked the Tanzanian village of Kitaya in Mtwara region, and Islamic State claimed the raid ____',
					'16 October 2020',
					false
				],
				['Who claimed responsibility for the 14 October 2020 attack in Kitaya?', 'Islamic State', false]
			]
		]
	])('%s', (_why, published, text, expected) => {
		expect(all(text, published)).toEqual(expected);
	});

	it('"pre-attack" names no attack (BJ min/06-17)', () => {
		const { events } = generate(
			'Back in Mpondwe, the school reopened in July 2023 with fewer than half of its 63 pre-attack boarders.',
			{ id: 'wire', title: 'Wire', published: '2024-06-16' }
		);
		expect(events).toEqual([]);
	});
});

describe('readings mended in reviews 43 and 44, each on its minimal text', () => {
	it.each<[string, string, string, (string | boolean)[][]]>([
		[
			'"many of them claimed by Ansarul Islam": some of a kind\'s attacks claimed, none of them the one told (BN min/01-16)',
			'2018-03-03',
			doc(
				'In August 2017, two gunmen killed 18 people at the Aziz Istanbul restaurant.',
				'Burkina Faso has faced a growing number of attacks in its north since 2015, many of them claimed by Ansarul Islam, a local group.'
			),
			[
				['When did the attack on the Aziz Istanbul restaurant take place?', 'August 2017', false],
				['How many people were killed in the August 2017 attack on the Aziz Istanbul restaurant?', '18', false]
			]
		],
		[
			'"residents had killed two ISGS fighters a few days before the raid": no count of the raid (BN min/03-20)',
			'2021-04-12',
			doc(
				'The killing of about 100 civilians in Tchoma Bangou and Zaroumdareye on 2 January.',
				'In Tchoma Bangou, residents had killed two ISGS fighters a few days before the raid.'
			),
			[
				['The killing of about 100 civilians in Tchoma Bangou and Zaroumdareye on ____.', '2 January 2021', false],
				['How many people were killed in the two attacks in Tchoma Bangou and Zaroumdareye?', 'about 100', false],
				['In Tchoma Bangou, residents had killed ____ ISGS fighters a few days before the raid.', 'two', true]
			]
		],
		[
			'"since 2015, terrorist attacks in our country have killed more than 1,400 people": a sum over years, no attack\'s (BN min/04-11)',
			'2021-06-05',
			doc(
				'During the night of Friday 4 to Saturday 5 June 2021, armed individuals attacked the village of Solhan.',
				'The Government recalls that since 2015, terrorist attacks in our country have killed more than 1,400 people.'
			),
			[
				['When did the attack in Solhan take place?', '4 June 2021', true],
				[
					'The Government recalls that since 2015, terrorist attacks in our country have killed ____ people.',
					'more than 1,400',
					false
				]
			]
		],
		[
			'"put the number of dead at 400 or more": the qualifier after the count is kept (BN min/09-15)',
			'2024-09-19',
			doc(
				'In Burkina Faso, JNIM carried out the attack on 24 August 2024 on the town of Barsalogho.',
				'Other estimates put the number of dead at 400 or more.'
			),
			[
				['When did the attack in the town of Barsalogho in Burkina Faso take place?', '24 August 2024', false],
				[
					'How many people were killed in the 24 August 2024 attack in the town of Barsalogho in Burkina Faso?',
					'400 or more',
					false
				]
			]
		],
		[
			'"religious parties called for a strike": a stoppage, no attack to take a killing\'s claim (BP min/08-10)',
			'2011-10-02',
			doc(
				'He said he had acted because the governor had taken up the case of Aasia Bibi, a Christian woman sentenced to death for blasphemy in November last year.',
				'In Rawalpindi and Islamabad, supporters of Qadri blocked roads and forced shops to close, while several religious parties called for a strike.',
				'On March 2, gunmen shot dead Shahbaz Bhatti in Islamabad. The Pakistani Taliban claimed responsibility for that killing.'
			),
			[
				[
					'He said he had acted because the governor had taken up the case of Aasia Bibi, a Christian woman sentenced to death for blasphemy in ____.',
					'November 2010',
					false
				],
				['On ____, gunmen shot dead Shahbaz Bhatti in Islamabad.', '2 March 2011', true],
				['Who claimed responsibility for the attack?', 'The Pakistani Taliban', true]
			]
		],
		[
			'"a bomb tore through the Seh Dokan mosque in Mazar-i-Sharif; ISKP claimed it": "it" is what its own sentence told (BP min/03-12)',
			'2022-10-15',
			doc(
				'On 15 October 2021, two bombers struck the Imam Bargah mosque in Kandahar.',
				'On 21 April a bomb tore through the Seh Dokan mosque in Mazar-i-Sharif; ISKP claimed it within hours.'
			),
			[
				['When did the attack on the Imam Bargah mosque in Kandahar take place?', '15 October 2021', false],
				['When did the bombing at the Seh Dokan mosque in Mazar-i-Sharif take place?', '21 April 2022', false],
				[
					'Who claimed responsibility for the 21 April 2022 bombing at the Seh Dokan mosque in Mazar-i-Sharif?',
					'ISKP',
					false
				]
			]
		],
		[
			'"the military offensive launched in North Waziristan in June 2014 after militants attacked Karachi\'s … airport": the day the offensive began, not the attack\'s (BP min/07-6)',
			'2015-12-16',
			"Its spokesman said it was revenge for Operation Zarb-e-Azb, the military offensive launched in North Waziristan in June 2014 after militants attacked Karachi's Jinnah International Airport.",
			[
				[
					"Its spokesman said it was revenge for Operation Zarb-e-Azb, the military offensive launched in North Waziristan in ____ after militants attacked Karachi's Jinnah International Airport.",
					'June 2014',
					false
				]
			]
		],
		[
			'"On Wednesday, three days after a gunman opened fire on Toronto\'s Danforth Avenue, … issued a statement": the shooting is three days before (BO min/09-1, 09-2, 09-5)',
			'2018-07-26',
			doc(
				'ISIS claimed the Danforth shooting.',
				"On Wednesday, three days after a gunman opened fire on Toronto's Danforth Avenue, the Islamic State's propaganda arm issued a brief statement.",
				'Thirteen other people were wounded.'
			),
			[
				["Who claimed responsibility for the 22 July 2018 shooting on Toronto's Danforth Avenue?", 'ISIS', false],
				[
					"On ____, three days after a gunman opened fire on Toronto's Danforth Avenue, the Islamic State's propaganda arm issued a brief statement.",
					'25 July 2018',
					false
				],
				["When did the shooting on Toronto's Danforth Avenue take place?", '22 July 2018', false],
				["How many people were injured in the 22 July 2018 shooting on Toronto's Danforth Avenue?", 'Thirteen', false]
			]
		],
		[
			'"A spokesman for the Pakistani Taliban, which claimed responsibility for a failed car bombing in … Times Square in May 2010, denied any role": the denial is of the story\'s event (BO min/01-9)',
			'2013-04-16',
			doc(
				'Two bombs exploded at the Boston Marathon on Monday, killing three people.',
				"A spokesman for the Pakistani Taliban, which claimed responsibility for a failed car bombing in New York's Times Square in May 2010, denied any role."
			),
			[
				['When did the two bombings in the Boston Marathon take place?', '15 April 2013', false],
				['How many people were killed in the two bombings in the Boston Marathon on 15 April 2013?', 'three', false],
				["When did the car bombing in New York's Times Square take place?", 'May 2010', false],
				[
					'Who denied any part in the two bombings in the Boston Marathon on 15 April 2013?',
					'the Pakistani Taliban',
					false
				]
			]
		],
		[
			'"The raids came six days after a similar attack", after raids on Sunday told in a statement read on Monday: six days before the Sunday (BN min/05-6)',
			'2021-03-22',
			doc(
				'Attackers stormed the villages of Intazayene, Bakorat and Wistane on Sunday afternoon, the government said in a statement read on state television on Monday.',
				'The raids came six days after a similar attack in the Tillaberi region.'
			),
			[
				['When did the attack on the villages of Intazayene take place?', '21 March 2021', true],
				['When did the attack in Tillaberi take place?', '15 March 2021', false]
			]
		],
		[
			'"just weeks after the Surabaya church bombings on May 13, which killed 13 people": the bombings recalled are an event of their own, with its toll (BQ min/08-15)',
			'2018-06-22',
			doc(
				'The South Jakarta District Court on Friday sentenced Aman Abdurrahman to death for masterminding a string of terror attacks, including the January 2016 gun and bomb assault on Jl. MH Thamrin in Central Jakarta.',
				'The trial took place just weeks after the Surabaya church bombings on May 13, which killed 13 people.'
			),
			[
				[
					'The South Jakarta District Court on ____ sentenced Aman Abdurrahman to death for masterminding a string of terror attacks',
					'22 June 2018',
					false
				],
				['When did the terror attacks on Jl. MH Thamrin in Central Jakarta take place?', 'January 2016', false],
				['When did the bombings at Surabaya church take place?', '13 May 2018', false],
				['How many people were killed in the 13 May 2018 bombings at Surabaya church?', '13', false]
			]
		],
		[
			'"the death toll from the church attacks has climbed to 13", after an explosion at an apartment block: checked, as the event in view was never placed at a church (BQ min/02-13)',
			'2018-05-13',
			doc(
				'20:55 Another explosion, at a low-cost apartment block in Sidoarjo, south of Surabaya.',
				'23:40 East Java police say the death toll from the church attacks has climbed to 13 after two of the injured died in hospital.'
			),
			[['How many people were killed in the explosion in Sidoarjo?', '13', true]]
		],
		[
			'"The UN mission in Afghanistan condemned … Its head, Deborah Lyons": the head of the mission, not of the UN (BP min/05-17)',
			'2022-04-23',
			'The UN mission in Afghanistan condemned all three attacks. Its head, Deborah Lyons, said that deliberately targeting civilians could amount to war crimes.',
			[['Who is the head of the UN mission in Afghanistan?', 'Deborah Lyons', false]]
		],
		[
			'"… at Gulshan-e-Iqbal Park … the group\'s spokesman, Ehsanullah Ehsan": a park is no group (BP min/09-5)',
			'2016-03-28',
			"The bomber detonated his explosives near the children's rides at Gulshan-e-Iqbal Park, close to the main gate. Most of the dead were Muslims, although the group's spokesman, Ehsanullah Ehsan, said the target had been Christians celebrating Easter.",
			[['Who is the spokesman?', 'Ehsanullah Ehsan', false]]
		],
		[
			'"the commander of a militia, Ubaydah bin Jarrah": the name is the militia\'s (BR min/08-9)',
			'2018-06-27',
			'Prosecutors described Abu Khattala as the commander of a militia, Ubaydah bin Jarrah.',
			[]
		],
		[
			'"the suicide bombing and gun attack at Istanbul\'s Ataturk airport" is the airport attack; the twin bombings at the stadium before it are not made suicide bombings (BR min/01-8, 01-9, 01-10)',
			'2017-01-01',
			"On Dec. 10, twin bombings outside the Besiktas football stadium in Istanbul killed 44 people; the Kurdistan Freedom Hawks (TAK) claimed that attack. Officials have blamed Islamic State for the suicide bombing and gun attack at Istanbul's Ataturk airport on June 28.",
			[
				[
					'When did the two bombings at the Besiktas football stadium in Istanbul take place?',
					'10 December 2016',
					false
				],
				[
					'How many people were killed in the two bombings at the Besiktas football stadium in Istanbul on 10 December 2016?',
					'44',
					false
				],
				[
					'Who claimed responsibility for the two bombings at the Besiktas football stadium in Istanbul on 10 December 2016?',
					'the Kurdistan Freedom Hawks',
					false
				],
				["When did the attack at Istanbul's Ataturk airport take place?", '28 June 2016', false],
				[
					"Whom did officials blame for the suicide bombing and gun attack at Istanbul's Ataturk airport on June 28?",
					'Islamic State',
					false
				]
			]
		],
		[
			'"17 February: A car bomb … in Ankara killed 29 … ¶ 13 March: 37 people were killed when a car bomb exploded … in Ankara\'s Kizilay square": items opening on different days are two bombings (BR min/02-16, 02-17)',
			'2016-06-29',
			doc(
				'17 February: A car bomb targeting military buses in Ankara killed 29 people. The Kurdistan Freedom Hawks (TAK) claimed it.',
				"13 March: 37 people were killed when a car bomb exploded at a bus stop in Ankara's Kizilay square."
			),
			[
				['When did the car bombing on military buses in Ankara take place?', '17 February 2016', false],
				['How many people were killed in the 17 February 2016 car bombing on military buses in Ankara?', '29', false],
				[
					'Who claimed responsibility for the 17 February 2016 car bombing on military buses in Ankara?',
					'The Kurdistan Freedom Hawks',
					false
				],
				["When did the car bombing in Ankara's Kizilay square take place?", '13 March 2016', false],
				["How many people were killed in the 13 March 2016 car bombing in Ankara's Kizilay square?", '37', true]
			]
		],
		[
			'"Istanbul, 10 December ¶ Shortly before 10:30 on Saturday night, … a car bomb exploded": the section\'s Saturday, not the one before publication (BR min/05-3)',
			'2016-12-18',
			doc(
				'Istanbul, 10 December',
				'Shortly before 10:30 on Saturday night, about two hours after Besiktas had beaten Bursaspor, a car bomb exploded beside a riot police bus parked outside the Vodafone Arena.'
			),
			[['When did the attack on a riot police bus in Istanbul take place?', '10 December 2016', false]]
		],
		[
			'"Cairo, 11 December ¶ The next morning a bomb ripped through … the church … in the Abbasiya district": a section of its own, dated by its heading; a quarter is in its town (BR min/05-10)',
			'2016-12-18',
			doc(
				'Istanbul, 10 December',
				'Shortly before 10:30 on Saturday night, a car bomb exploded beside a riot police bus parked outside the Vodafone Arena.',
				'The Kurdistan Freedom Hawks (TAK) claimed the attack the following day.',
				'Cairo, 11 December',
				"The next morning a bomb ripped through the women's section of the church of St Peter and St Paul, known as El-Botroseya, which adjoins St Mark's Coptic Orthodox Cathedral in the Abbasiya district."
			),
			[
				['When did the attack on a riot police bus in Istanbul take place?', '10 December 2016', false],
				[
					'Who claimed responsibility for the 10 December 2016 attack on a riot police bus in Istanbul?',
					'The Kurdistan Freedom Hawks',
					false
				],
				['When did the attack in Cairo take place?', '11 December 2016', false]
			]
		],
		[
			'"after a gunfight in a New Jersey town that left him and two officers wounded": a gunfight with police, checked, no toll of the bombings (BO min/05-2)',
			'2016-09-19',
			'Police arrested a man sought in connection with weekend bombings in New York after a gunfight in a New Jersey town that left him and two officers wounded.',
			[
				[
					'Police arrested a man sought in connection with weekend bombings in New York after a gunfight in a New Jersey town that left him and ____ officers wounded.',
					'two',
					true
				]
			]
		],
		[
			'"walked into a holiday gathering … at the Inland Regional Center and opened fire": an attack at the centre, whose victims are not framed by the Orlando one told after it (BO 07, min/07-10)',
			'2016-12-02',
			doc(
				'On Dec. 2, 2015, Syed Rizwan Farook and his wife, Tashfeen Malik, walked into a holiday gathering of his co-workers at the Inland Regional Center and opened fire with semi-automatic rifles. Fourteen people were killed and 22 were seriously wounded.',
				'They included Sierra Clayborn, 27, a health inspector.',
				'That changed in June, when a gunman killed 49 people at the Pulse nightclub in Orlando.'
			),
			[
				['When did the shooting at the Inland Regional Center take place?', '2 December 2015', false],
				['Who is the wife of Syed Rizwan Farook?', 'Tashfeen Malik', false],
				[
					'How many people were killed in the 2 December 2015 shooting at the Inland Regional Center?',
					'Fourteen',
					false
				],
				['How many people were injured in the 2 December 2015 shooting at the Inland Regional Center?', '22', false],
				[
					'From a report on the shooting at the Inland Regional Center: Who is the health inspector?',
					'Sierra Clayborn',
					false
				],
				['When did the attack on the Pulse nightclub in Orlando take place?', 'June 2016', false],
				['How many people were killed in the June 2016 attack on the Pulse nightclub in Orlando?', '49', false]
			]
		],
		[
			'"… said that 12 people had been arrested on suspicion of helping him, and Rafik Chelly … said Rezgui had trained … as the two gunmen who attacked the Bardo National Museum": the arrests are not the Bardo attack\'s (BR min/06-8)',
			'2015-07-03',
			doc(
				'Gunmen killed 38 people at a beach hotel in Sousse on 26 June.',
				'Interior Ministry spokesman Mohamed Ali Aroui said on Thursday that 12 people had been arrested on suspicion of helping him, and Rafik Chelly, the secretary of state for security, said Rezgui had trained with weapons in Libya at the same time as the two gunmen who attacked the Bardo National Museum in Tunis.'
			),
			[
				['When did the attack on a beach hotel in Sousse take place?', '26 June 2015', false],
				['How many people were killed in the 26 June 2015 attack on a beach hotel in Sousse?', '38', false],
				['How many people were arrested over the 26 June 2015 attack on a beach hotel in Sousse?', '12', true],
				['Who is the secretary of state for security?', 'Rafik Chelly', false],
				[
					'From a report on the attack on a beach hotel in Sousse: Who is the Interior Ministry spokesman?',
					'Mohamed Ali Aroui',
					false
				],
				['Which organisation is Mohamed Ali Aroui with?', 'Interior Ministry', false]
			]
		],
		[
			'"walked onto the beach with a Kalashnikov … and began shooting holidaymakers": an attack on the beach, dated by its sentence (BR 06)',
			'2015-07-03',
			doc(
				'A week after the Sousse massacre, the beaches stand empty',
				'It was here, shortly before noon on 26 June, that Seifeddine Rezgui walked onto the beach with a Kalashnikov hidden inside a folded parasol and began shooting holidaymakers as they lay in the sun.',
				'Thirty-eight people were killed, 30 of them British.'
			),
			[
				['When did the massacre in Sousse take place?', '26 June 2015', false],
				['How many people were killed in the 26 June 2015 massacre in Sousse?', 'Thirty-eight', false],
				['How many British were killed in the 26 June 2015 massacre in Sousse?', '30', false]
			]
		],
		[
			'"It claimed the Orlando nightclub massacre in June 2016, in which Omar Mateen killed 49 people …, and the stabbing … in St. Cloud": the massacre is an event of its own, with its month and toll (BO min/09-11)',
			'2018-07-26',
			'It claimed the Orlando nightclub massacre in June 2016, in which Omar Mateen killed 49 people after pledging allegiance to the group in a 911 call, and the stabbing of 10 people at a mall in St. Cloud, Minnesota, that September.',
			[
				['When did the massacre at Orlando nightclub take place?', 'June 2016', false],
				['How many people were killed in the June 2016 massacre at Orlando nightclub?', '49', true]
			]
		],
		[
			'"In Charlottesville, Virginia, on Aug. 12, 2017, James Alex Fields Jr. drove his car into people …": an attack at the place the sentence opens on, not the New Orleans one (BO min/03-15)',
			'2025-01-22',
			doc(
				'The New Orleans attack was the deadliest vehicle assault on the continent to date, but its pattern is not new.',
				'In Charlottesville, Virginia, on Aug. 12, 2017, James Alex Fields Jr. drove his car into people protesting a white nationalist rally, killing Heather Heyer, 32, and injuring 35 others.'
			),
			[
				['When did the attack in Charlottesville take place?', '12 August 2017', false],
				['How many people were injured in the 12 August 2017 attack in Charlottesville?', '35', false]
			]
		],
		[
			'"as three congregations gathered … inside the Tree of Life synagogue …, a gunman … walked through the front doors and began shooting": an attack at the synagogue, whose mayor is not framed by the Charleston shooting it was compared with (BO min/06-12, 06-13)',
			'2018-11-03',
			doc(
				'One week ago this morning, as three congregations gathered for Shabbat services inside the Tree of Life synagogue on Wilkins Avenue, a gunman walked through the front doors and began shooting.',
				'By the time he surrendered to police, 11 worshippers were dead and six people had been wounded.',
				'Mayor Bill Peduto said the city would not allow the attack to define Squirrel Hill.',
				'The attack has drawn comparisons to the June 2015 shooting at Emanuel African Methodist Episcopal Church in Charleston, South Carolina, where a white supremacist killed nine Black worshippers.'
			),
			[
				['When did the shooting at the Tree of Life synagogue take place?', '27 October 2018', false],
				[
					'How many worshippers were killed in the 27 October 2018 shooting at the Tree of Life synagogue?',
					'11',
					false
				],
				['How many people were injured in the 27 October 2018 shooting at the Tree of Life synagogue?', 'six', false],
				['From a report on the shooting at the Tree of Life synagogue: Who is the Mayor?', 'Bill Peduto', false],
				[
					'When did the shooting at Emanuel African Methodist Episcopal Church in Charleston, South Carolina take place?',
					'June 2015',
					false
				],
				[
					'How many Black worshippers were killed in the June 2015 shooting at Emanuel African Methodist Episcopal Church in Charleston, South Carolina?',
					'nine',
					false
				]
			]
		],
		[
			'"the military offensive launched … after militants attacked Karachi\'s Jinnah International Airport": an event recalled, which frames none of the school attack\'s people (BP min/07-4, 07-13)',
			'2015-12-16',
			doc(
				'PESHAWAR: Shahana Ajoon still sets the table for her son. Asfand Khan was 15 when Taliban gunmen stormed the Army Public School on Warsak Road a year ago today, and his mother says she has not been able to clear his place.',
				"The Tehreek-e-Taliban Pakistan claimed the attack within hours. Its spokesman, Muhammad Umar Khorasani, said it was revenge for Operation Zarb-e-Azb, the military offensive launched in North Waziristan in June 2014 after militants attacked Karachi's Jinnah International Airport. Officials later named Umar Mansoor, a TTP commander based in Afghanistan, as the mastermind.",
				"The attack changed Pakistan's approach to militancy. A day after the massacre, the government lifted a six-year moratorium on the death penalty. Within weeks parliament passed the 21st Amendment, allowing military courts to try civilians accused of terrorism, and the government unveiled a 20-point National Action Plan.",
				'"They hanged the small people," said Fazal Khan, a lawyer whose son Sahibzada Umar Khan was killed in the auditorium, where most of the students died during a first-aid class. "We want to know who let six men with guns walk into an army school."'
			),
			[
				['When did the attack by Taliban gunmen on the Army Public School take place?', '16 December 2014', false],
				[
					'Who claimed responsibility for the 16 December 2014 attack by Taliban gunmen on the Army Public School?',
					'The Tehreek-e-Taliban Pakistan',
					false
				],
				[
					"Its spokesman, Muhammad Umar Khorasani, said it was revenge for Operation Zarb-e-Azb, the military offensive launched in North Waziristan in ____ after militants attacked Karachi's Jinnah International Airport.",
					'June 2014',
					false
				],
				['Who is the spokesman of the Tehreek-e-Taliban Pakistan?', 'Muhammad Umar Khorasani', false],
				['Who is the TTP commander based in Afghanistan?', 'Umar Mansoor', false],
				[
					'From a report on the attack by Taliban gunmen on the Army Public School: Who was the lawyer?',
					'Fazal Khan',
					false
				]
			]
		],
		[
			'"Superior Court Justice Renu Mandhane said in her decision. ¶ He told a detective that … he had chosen the family because …": "he" is not the judge, whose reading the motive is not (BO min/08-6)',
			'2024-02-22',
			doc(
				'Superior Court Justice Renu Mandhane said in her decision.',
				'He told a detective that he had been planning the attack for about three months and that he had chosen the family because they were wearing traditional Pakistani clothing.'
			),
			[['Who is the Superior Court Justice?', 'Renu Mandhane', false]]
		],
		[
			'"Four visitors and six security agents were wounded": both counts of a pair, agents among the victims a count names (BR 04)',
			'2023-05-10',
			doc(
				'A gunman opened fire outside the Ghriba synagogue in Djerba on Tuesday, killing five people.',
				'Four visitors and six security agents were wounded and taken to hospitals in Djerba and Medenine.'
			),
			[
				['A gunman opened fire outside the Ghriba synagogue in Djerba on ____', '9 May 2023', false],
				['A gunman opened fire outside the Ghriba synagogue in Djerba on Tuesday, killing ____ people.', 'five', true],
				[
					'____ visitors and six security agents were wounded and taken to hospitals in Djerba and Medenine.',
					'Four',
					true
				],
				[
					'Four visitors and ____ security agents were wounded and taken to hospitals in Djerba and Medenine.',
					'six',
					true
				]
			]
		],
		[
			'"the Tsarnaev brothers, who carried out the Boston Marathon bombing in 2013": what people did before, in their relative clause, moves the story to no event, so the mayor\'s count stays Orlando\'s (BO 02)',
			'2016-06-12',
			doc(
				'A gunman opened fire inside Pulse, a gay nightclub in Orlando, Florida, early Sunday.',
				'The gunman called 911 during the standoff. He also mentioned the Tsarnaev brothers, who carried out the Boston Marathon bombing in 2013, the officials said.',
				'Orlando Mayor Buddy Dyer said 50 people were killed, including the gunman, and 53 others were wounded.'
			),
			[
				['When did the attack on Pulse in Orlando take place?', '12 June 2016', false],
				['When did the bombing in Boston Marathon take place?', '2013', false],
				['How many people were killed in the 12 June 2016 attack on Pulse in Orlando?', '50', true],
				['How many people were injured in the 12 June 2016 attack on Pulse in Orlando?', '53', true],
				['Who is the Orlando Mayor?', 'Buddy Dyer', false]
			]
		],
		[
			'"A string of bombings … struck tourist and provincial towns … on Thursday and Friday, killing four": the first day is asked, and checked (BQ min/05-2)',
			'2016-08-12',
			'A string of bombings over less than 24 hours struck tourist and provincial towns across southern and upper southern Thailand on Thursday and Friday, killing four people.',
			[
				['When did the attack on tourist and provincial towns take place?', '11 August 2016', true],
				['How many people were killed in the 11 August 2016 attack on tourist and provincial towns?', 'four', false]
			]
		],
		[
			'"a Starbucks café" is a venue: the accent once ended no word, so the attack had no place and Islamic State\'s claim went to the hotel bombings of 2009 (BQ min/03-19)',
			'2019-02-04',
			doc(
				"The network's last major strike was the pair of suicide bombings at the JW Marriott and Ritz-Carlton hotels on 17 July 2009.",
				'On 14 January 2016, gunmen and suicide bombers attacked a Starbucks café and a police post on Jalan Thamrin in central Jakarta. Islamic State claimed it.'
			),
			[
				['When did the suicide bombings at the JW Marriott and Ritz-Carlton hotels take place?', '17 July 2009', false],
				['When did the attack on a Starbucks café in Jakarta take place?', '14 January 2016', false],
				[
					'Who claimed responsibility for the 14 January 2016 attack on a Starbucks café in Jakarta?',
					'Islamic State',
					false
				]
			]
		],
		[
			'"a series of small bombs began exploding in Hua Hin, Surat Thani, Trang and Phuket, killing four" is a bombing in four places, not a toll of the Erawan Shrine bombing the report is about (BQ min/07-13)',
			'2016-08-17',
			doc(
				"One year on, Erawan Shrine bombing trial drags as victims' families wait",
				'Less than a week before this anniversary, on August 11, a series of small bombs began exploding in Hua Hin, Surat Thani, Trang and Phuket, killing four people.'
			),
			[
				['When did the bombing in Hua Hin, Surat Thani, Trang and Phuket take place?', '11 August 2016', false],
				[
					'How many people were killed in the 11 August 2016 bombing in Hua Hin, Surat Thani, Trang and Phuket?',
					'four',
					false
				]
			]
		],
		[
			'"walked through the gates of Garissa University College before sunrise and began shooting" is the attack the report is on; "among the dead" two sentences after a toll of the 1998 embassy bombing it was compared with are checked (review 44, BT 07)',
			'2016-04-02',
			doc(
				'GARISSA - A year ago today, four gunmen walked through the gates of Garissa University College before sunrise and began shooting. By the time the siege ended that evening, 148 people had been killed, 142 of them students.',
				'The attack, which al-Shabaab claimed within hours, was the deadliest in Kenya since the 1998 bombing of the US embassy in Nairobi, in which 213 people were killed. The gunmen, armed with AK-47 rifles, went from hostel to hostel, separating Christian students from Muslims. Three police officers and three soldiers were among the dead, and 79 people were wounded.'
			),
			[
				['When did the shooting at Garissa University College take place?', '2 April 2015', false],
				['How many people were killed in the 2 April 2015 shooting at Garissa University College?', '148', false],
				['How many students were killed in the 2 April 2015 shooting at Garissa University College?', '142', false],
				['When did the bombing at the US embassy in Nairobi take place?', '1998', false],
				['How many people were killed in the bombing at the US embassy in Nairobi in 1998?', '213', false],
				['How many police officers were killed in the bombing at the US embassy in Nairobi in 1998?', 'Three', true],
				['How many soldiers were killed in the bombing at the US embassy in Nairobi in 1998?', 'three', true],
				['How many people were injured in the 2 April 2015 shooting at Garissa University College?', '79', false]
			]
		],
		[
			'"opened fire on Saturday shoppers" dates nothing: Westgate is the 21 September 2013 of its sentence, not the Saturday before publication (BT min/03-5, 03-6)',
			'2024-08-20',
			'On 21 September 2013, four gunmen entered the Westgate shopping mall and opened fire on Saturday shoppers. The siege lasted four days; the Kenyan government put the final toll at 67 dead.',
			[
				['When did the attack on the Westgate shopping mall take place?', '21 September 2013', false],
				['How many people were killed in the 21 September 2013 attack on the Westgate shopping mall?', '67', false]
			]
		],
		[
			'"Kathua, July 8. A month later, militants … ambushed": a span counted on that lands after publication was counted from the wrong day, and dates nothing (BS min/05-6, 05-11)',
			'2024-07-17',
			doc(
				'Reasi, June 9. Gunmen fired on a bus carrying pilgrims in Reasi district.',
				'Kathua, July 8. A month later, militants armed with grenades and rifles ambushed two army trucks on a hill road at Badnota, near Machedi in Kathua district.',
				'Doda, July 15. Just a week later, an encounter in the Desa forest of Doda district left four soldiers dead.'
			),
			[
				['When did the attack in Kathua take place?', '8 July 2024', false],
				['How many soldiers were killed in the attack on the Desa forest?', 'four', false]
			]
		],
		[
			'"in the Somali capital" under "NAIROBI, Jan 16" is Mogadishu, not the dateline\'s city (BT min/01-18, 01-19)',
			'2019-01-16',
			'NAIROBI, Jan 16 (Reuters) - A truck bomb at a busy junction in the Somali capital in October 2017 killed more than 500 people.',
			[
				['When did the truck bombing at a busy junction in Mogadishu take place?', 'October 2017', false],
				[
					'How many people were killed in the October 2017 truck bombing at a busy junction in Mogadishu?',
					'more than 500',
					false
				]
			]
		],
		[
			'"Al-Shabaab has repeatedly struck Kenya, which sent troops into Somalia in 2011" tells of no one attack (BT min/09-14 asked an attack on Kenya in Somalia in 2011)',
			'2022-11-01',
			'Al-Shabaab has repeatedly struck Kenya, which sent troops into Somalia in 2011.',
			[['Al-Shabaab has repeatedly struck Kenya, which sent troops into Somalia in ____.', '2011', false]]
		],
		[
			'a live page listed newest first, its stamps dated ("Sunday 15 October 2017, 19:40 EAT"): the toll posted last, 276, is the latest, not the 137 of the morning listed below it (BT min/02-3)',
			'2017-10-15',
			doc(
				"Summary: A truck packed with explosives blew up at the busy K5 intersection in Mogadishu's Hodan district on Saturday afternoon.",
				'Sunday 15 October 2017, 19:40 EAT\nThe death toll has risen to 276, Information Minister Abdirahman Osman told state radio this evening.',
				'09:20 EAT\nPolice say the number of dead now stands at 137.',
				'Saturday 14 October 2017, 23:50 EAT\nOfficials now say at least 53 people were killed.'
			),
			[
				["When did the bombing at the busy K5 intersection in Mogadishu's Hodan take place?", '14 October 2017', false],
				[
					"From a report on the bombing at the busy K5 intersection in Mogadishu's Hodan: The death toll has risen to 276, Information Minister Abdirahman Osman told state radio ____.",
					'15 October 2017',
					false
				],
				[
					"How many people were killed in the 14 October 2017 bombing at the busy K5 intersection in Mogadishu's Hodan?",
					'276',
					false
				],
				[
					"From a report on the bombing at the busy K5 intersection in Mogadishu's Hodan: Who is the Information Minister?",
					'Abdirahman Osman',
					false
				]
			]
		],
		[
			'"an American who had survived the Sept. 11, 2001 attacks in New York" is an event he once lived through: the 28 in hospital after it are the DusitD2 attack\'s (BT min/01-9)',
			'2019-01-16',
			doc(
				'Gunmen stormed the DusitD2 hotel in Nairobi on Tuesday, killing 14 people.',
				'Among the dead was an American who had survived the Sept. 11, 2001 attacks in New York. Officials said at least 28 people were being treated in hospital.'
			),
			[
				['When did the attack on the DusitD2 hotel in Nairobi take place?', '15 January 2019', false],
				['How many people were killed in the 15 January 2019 attack on the DusitD2 hotel in Nairobi?', '14', false],
				['Among the dead was an American who had survived the ____ attacks in New York.', 'Sept. 11, 2001', false],
				[
					'How many people were injured in the 15 January 2019 attack on the DusitD2 hotel in Nairobi?',
					'at least 28',
					true
				]
			]
		],
		[
			'"says 14 killed in al Shabaab attack": a group\'s name without its hyphen is no place (review 44, BT 01 asked of "the attack in Shabaab")',
			'2019-01-16',
			doc(
				'Kenya ends Nairobi hotel siege, says 14 killed in al Shabaab attack',
				'NAIROBI, Jan 16 (Reuters) - Kenyan security forces killed all the gunmen who stormed an upscale hotel and office complex in Nairobi, ending a siege that lasted nearly 20 hours, President Uhuru Kenyatta said on Wednesday. Fourteen people were killed, he said.'
			),
			[
				['How many people were killed in the attack on an upscale hotel and office in Nairobi?', '14', false],
				[
					"From a report on the attack on an upscale hotel and office in Nairobi: Who is Kenya's President?",
					'Uhuru Kenyatta',
					false
				]
			]
		],
		[
			'"Three years later, on May 25, 2013, Maoists attacked a convoy": the span is restated by the day written out, and the 27 dead are that attack\'s, not an invented one of 6 April 2013 (BS min/03-8)',
			'2023-05-05',
			doc(
				'On April 6, 2010, Maoists ambushed a company near Tadmetla.',
				'Three years later, on May 25, 2013, Maoists attacked a convoy of Congress leaders in the Jhiram Ghati valley in Bastar. Twenty-seven people were killed.'
			),
			[
				['On ____, Maoists ambushed a company near Tadmetla.', 'April 6, 2010', false],
				['When did the attack by Maoists on a convoy of Congress in Jhiram Ghati take place?', '25 May 2013', false],
				[
					'How many people were killed in the 25 May 2013 attack by Maoists on a convoy of Congress in Jhiram Ghati?',
					'Twenty-seven',
					false
				]
			]
		],
		[
			'"a series of bombs exploded within an hour in Guwahati and three towns in western Assam": the 77 dead are of all four places, not of Guwahati alone (BS min/10-4, 10-5)',
			'2008-10-31',
			'At least 77 people were killed and more than 300 injured when a series of bombs exploded within an hour in Guwahati and three towns in western Assam on Thursday morning, officials said.',
			[
				['When did the bombing at Guwahati and three towns in Assam take place?', '30 October 2008', false],
				[
					'How many people were killed in the 30 October 2008 bombing at Guwahati and three towns in Assam?',
					'at least 77',
					false
				],
				[
					'How many people were injured in the 30 October 2008 bombing at Guwahati and three towns in Assam?',
					'more than 300',
					false
				]
			]
		],
		[
			'"In Guwahati alone, the three blasts killed at least 40 people": blasts counted after the town a sentence opens on are that town\'s, not the towns told before (BS min/10-6)',
			'2008-10-31',
			doc(
				'Other bombs hit Kokrajhar, Barpeta Road and Bongaigaon.',
				'In Guwahati alone, the three blasts killed at least 40 people, according to a police official.'
			),
			[['How many people were killed in the blasts in Guwahati?', 'at least 40', false]]
		],
		[
			'"Police now say 207 people were killed … in the eight explosions", after the eighth blast was told: a count of eight blasts, read as one\'s, is checked (BS min/02-13, 02-14)',
			'2019-04-21',
			doc(
				'14:15 - An eighth blast has gone off at a house in Dematagoda, in the north of Colombo.',
				'19:55 - Police now say 207 people were killed and about 450 injured in the eight explosions.'
			),
			[
				['How many people were killed in the blast in Dematagoda?', '207', true],
				['How many people were injured in the blast in Dematagoda?', 'about 450', true]
			]
		],
		[
			'"Her mother, Lyudmila, said Anna had wanted to specialise in paediatric oncology": the mother speaks, not Anna, whose verb follows her name (BU min/06-9)',
			'2010-04-01',
			'Her mother, Lyudmila, said Anna had wanted to specialise in paediatric oncology.',
			[['According to Lyudmila, Anna had wanted to do what?', 'specialise in paediatric oncology', false]]
		],
		[
			'"Two women blew themselves up …, the first at Lubyanka station and the second at Park Kultury": both sites are the event\'s, and the 39 dead are of both (BU min/06-3, 06-4)',
			'2010-04-01',
			'Two women blew themselves up on Monday, March 29, the first at Lubyanka station and the second at Park Kultury. By Wednesday evening the number of dead had reached 39.',
			[
				['When did the two bombings at Lubyanka station and Park Kultury take place?', '29 March 2010', false],
				[
					'How many bombers were killed in the two bombings at Lubyanka station and Park Kultury on 29 March 2010?',
					'Two',
					false
				],
				[
					'How many people were killed in the two bombings at Lubyanka station and Park Kultury on 29 March 2010?',
					'39',
					false
				]
			]
		],
		[
			'"Ordained in 1958, the priest …" dates the priest\'s life, not where the story stands: "twelve days after the massacre … in Nice" counts from the church attack (BV min/09-9)',
			'2016-07-27',
			doc(
				'On 26 July 2016, two men killed a priest in his church in Saint-Etienne-du-Rouvray.',
				'Ordained in 1958, the priest had passed the age of retirement.',
				'The attack took place twelve days after the massacre on the Promenade des Anglais in Nice.'
			),
			[
				['On ____, two men killed a priest in his church in Saint-Etienne-du-Rouvray.', '26 July 2016', false],
				['Ordained in ____, the priest had passed the age of retirement.', '1958', false],
				['When did the massacre at the Promenade des Anglais in Nice take place?', '14 July 2016', false]
			]
		],
		[
			'"Four worshippers were hacked and shot to death … at the Kehilat Bnei Torah synagogue": a toll, of the synagogue attack, and the seven wounded after it are that attack\'s, not the 2008 one it is compared with (BW min/06-3)',
			'2014-11-19',
			doc(
				'Four worshippers were hacked and shot to death while praying at the Kehilat Bnei Torah synagogue in the Har Nof neighbourhood of Jerusalem early on Tuesday.',
				'Seven other people were wounded.',
				'It was the deadliest attack in Jerusalem since March 2008, when a gunman killed eight students at the Mercaz HaRav yeshiva.'
			),
			[
				[
					'Four worshippers were hacked and shot to death while praying at the Kehilat Bnei Torah synagogue in the Har Nof neighbourhood of Jerusalem early on ____.',
					'18 November 2014',
					false
				],
				['How many worshippers were killed in the attack on the Kehilat Bnei Torah synagogue?', 'Four', false],
				['How many people were injured in the attack on the Kehilat Bnei Torah synagogue?', 'Seven', false],
				['It was the deadliest attack in Jerusalem since ____', 'March 2008', false],
				['How many students were killed in the March 2008 attack in Jerusalem?', 'eight', false]
			]
		],
		[
			'"al-Hashoosh mosque" and "al-Balili mosque" are two venues: the September bombing of one is not the March bombing of the other, nor are its 142 dead and 350 wounded (BW min/10-4, 10-7)',
			'2016-03-18',
			doc(
				'Two more struck al-Hashoosh mosque in the north of the city during the same prayers.',
				'By the end of the day, 142 people were dead and more than 350 wounded.',
				'In September, during the Eid al-Adha prayers, a bomber attacked al-Balili mosque in Sanaa, killing at least 25 people.'
			),
			[
				['How many people were killed in the attack on al-Hashoosh mosque?', '142', false],
				['How many people were injured in the attack on al-Hashoosh mosque?', 'more than 350', false],
				['When did the attack on al-Balili mosque in Sanaa take place?', 'September 2015', false],
				['How many people were killed in the September 2015 attack on al-Balili mosque in Sanaa?', 'at least 25', false]
			]
		],
		[
			'a transcript of remarks made "late on Friday", in a Saturday paper: the speaker\'s "yesterday" is Thursday and "tonight" Friday (BW min/04-10, 04-11)',
			'2023-01-28',
			doc(
				'The following is a transcript of remarks to reporters by Israel Police Commissioner Kobi Shabtai outside the Ateret Avraham synagogue in the Neve Yaakov neighbourhood of Jerusalem late on Friday.',
				'SHABTAI: We raised the level of alert across the country after the events in Jenin yesterday, and we are raising it again tonight.'
			),
			[
				[
					'The following is a transcript of remarks to reporters by Israel Police Commissioner Kobi Shabtai outside the Ateret Avraham synagogue in the Neve Yaakov neighbourhood of Jerusalem late on ____.',
					'27 January 2023',
					false
				],
				['Who is the Israel Police Commissioner?', 'Kobi Shabtai', false],
				['We raised the level of alert across the country after the events in Jenin ____', '26 January 2023', false],
				[
					'We raised the level of alert across the country after the events in Jenin yesterday, and we are raising it again ____.',
					'27 January 2023',
					false
				]
			]
		],
		[
			'"the deadliest in Kenya since the 1998 US embassy bombing": the year inside the words of the event compared with is never the subject\'s (BT min/08-9)',
			'2019-07-04',
			doc(
				'Gunmen stormed Garissa University College on 2 April 2015, killing 148 people.',
				'The attack, the deadliest in Kenya since the 1998 US embassy bombing, began at dawn when gunmen stormed the campus and targeted Christian students.'
			),
			[
				['When did the attack on Garissa University College take place?', '2 April 2015', false],
				['How many people were killed in the 2 April 2015 attack on Garissa University College?', '148', false]
			]
		],
		[
			'"the attacks on Charlie Hebdo, a policewoman in Montrouge and the Hyper Cacher supermarket": Montrouge is the policewoman\'s place, not Charlie Hebdo\'s (BV min/08-18)',
			'2015-11-15',
			'In January this year, 17 people were killed in the attacks on Charlie Hebdo, a policewoman in Montrouge and the Hyper Cacher supermarket.',
			[
				['When did the attacks on Charlie Hebdo take place?', 'January 2015', false],
				['How many people were killed in the January 2015 attacks on Charlie Hebdo?', '17', false]
			]
		],
		[
			'"one outside the U.S. consulate in Jeddah, where two security men were slightly wounded": Jeddah\'s two wounded are not the Medina bombing\'s (BW min/02-3)',
			'2016-07-05',
			doc(
				"A suicide bomber blew himself up near the Prophet's Mosque in Medina on Monday evening, killing four security officers.",
				"Two other bombers struck the same day, one near a Shi'ite mosque in Qatif, where only the attacker died, and one outside the U.S. consulate in Jeddah, where two security men were slightly wounded."
			),
			[
				["When did the bombing at the Prophet's Mosque in Medina take place?", '4 July 2016', false],
				[
					"How many security officers were killed in the 4 July 2016 bombing at the Prophet's Mosque in Medina?",
					'four',
					false
				],
				['How many security men were injured in the attack in Jeddah?', 'two', false]
			]
		],
		[
			'"where more than 50 mourners died in a stampede" at his funeral is no toll of the drone strike that killed him (BW min/01-19)',
			'2024-01-04',
			doc(
				'The group said two of its members had detonated explosive belts in the city of Kerman on Wednesday, four years to the day after he was killed by a U.S. drone strike at Baghdad airport.',
				'Hundreds of thousands of people attended his funeral in Kerman in January 2020, where more than 50 mourners died in a stampede.'
			),
			[
				[
					'The group said two of its members had detonated explosive belts in the city of Kerman on ____, four years to the day after he was killed by a U.S. drone strike at Baghdad airport.',
					'3 January 2024',
					false
				],
				['When did the drone strike at Baghdad airport take place?', '3 January 2020', false]
			]
		],
		[
			'"four years to the day after he was killed by a U.S. drone strike" recalls the strike: the revised 84 dead after it are the Kerman bombings\' (BW min/01-6)',
			'2024-01-04',
			doc(
				'Islamic State claimed responsibility on Thursday for twin bombings that killed 84 people at a ceremony in southern Iran.',
				'The group said two of its members had detonated explosive belts in the city of Kerman on Wednesday, four years to the day after he was killed by a U.S. drone strike at Baghdad airport.',
				'Iranian authorities had initially said 103 people were killed, but Interior Minister Ahmad Vahidi said the figure had been revised to 84.'
			),
			[
				['How many people were killed in the two bombings at a ceremony in Iran?', '84', false],
				['Who claimed responsibility for the two bombings at a ceremony in Iran?', 'Islamic State', false],
				[
					'The group said two of its members had detonated explosive belts in the city of Kerman on ____, four years to the day after he was killed by a U.S. drone strike at Baghdad airport.',
					'3 January 2024',
					false
				],
				['When did the drone strike at Baghdad airport take place?', '3 January 2020', false],
				[
					"From a report on the two bombings at a ceremony in Iran: Who is Iran's Interior Minister?",
					'Ahmad Vahidi',
					false
				]
			]
		],
		[
			'"This page is no longer being updated; follow our continuing coverage on Monday": a live page\'s farewell asks no day (BS min/02-2)',
			'2019-04-21',
			'This page is no longer being updated; follow our continuing coverage on Monday.',
			[]
		],
		[
			'"Dec 29-30, 2013 - Two suicide bombers strike … on consecutive days, killing 34": a count under a span of days, read as the first day\'s event, is checked (BU min/02-12)',
			'2017-04-03',
			doc(
				'Here are some of the deadliest attacks in Russia in the past 13 years:',
				"* Dec 29-30, 2013 - Two suicide bombers strike Volgograd's main railway station and a trolleybus on consecutive days, killing 34 people."
			),
			[['How many people were killed in the 29 December 2013 bombing?', '34', true]]
		],
		[
			'"killing ten DRG men and their civilian driver": one more is named after the count, so ten dead is checked (BS min/03-2)',
			'2023-05-05',
			"The blast that tore through a hired van near Aranpur in Chhattisgarh's Dantewada district on April 26 was a familiar event. Maoist cadres detonated an improvised explosive device, killing ten DRG men and their civilian driver.",
			[
				["When did the blast in Aranpur, Chhattisgarh's Dantewada take place?", '26 April 2023', false],
				["How many people were killed in the 26 April 2023 blast in Aranpur, Chhattisgarh's Dantewada?", 'ten', true]
			]
		],
		[
			'"Two suicide bombings in Volgograd on December 29 and 30, 2013 … killed 34 people": a count told under two days (the English reader now says how many days a date gives, where the generator matched "29-30" itself) is checked when asked of the first day',
			'2017-04-03',
			'In July 2013, Umarov lifted a self-imposed moratorium on attacks against civilians. Two suicide bombings in Volgograd on December 29 and 30, 2013 - one at the main railway station, the other on a trolleybus - killed 34 people.',
			[
				['In ____, Umarov lifted a self-imposed moratorium on attacks against civilians.', 'July 2013', false],
				['How many people were killed in the 29 December 2013 attack?', '34', true]
			]
		],
		[
			'"The emir was in Saudi Arabia on the day of the bombing, and many residents believed the mosque was attacked": where someone was is theirs, not the attack\'s place (BY min/07-6)',
			'2015-11-28',
			doc(
				'Two suicide bombers blew themselves up in the courtyard of the Kano Central Mosque.',
				'The emir was in Saudi Arabia on the day of the bombing, and many residents believed the mosque was attacked to punish him.',
				'Security officials blamed Boko Haram.'
			),
			[
				['How many bombers were killed in the attack on the Kano Central Mosque?', 'Two', false],
				['Whom did security officials blame for the attack on the Kano Central Mosque?', 'Boko Haram', false]
			]
		],
		[
			'"Amaq declared on Saturday evening that the man who stabbed three people … was": the day of the declaring is not the stabbing\'s (CA min/09-1)',
			'2024-08-26',
			'When the Islamic State group\'s Amaq news agency declared on Saturday evening that the man who stabbed three people to death at a street festival in Solingen was "a soldier of the Islamic State", it was staking a claim to relevance.',
			[['How many people were killed in the stabbing at a street festival in Solingen?', 'three', false]]
		],
		[
			'"according to President Idriss Déby Itno, who visited the site the following day": a day in a relative clause about someone, after the event, is of what that person did (BY min/03-2)',
			'2020-04-15',
			'The assault at Bohoma on 23 March was heavy. Ninety-two soldiers were killed in an attack on the base in Lac province, according to President Idriss Déby Itno, who visited the site the following day.',
			[
				['When did the assault on Bohoma take place?', '23 March 2020', false],
				[
					'Ninety-two soldiers were killed in an attack on the base in Lac province, according to President Idriss Déby Itno, who visited the site ____.',
					'24 March 2020',
					false
				],
				['How many soldiers were killed in the attack on the base in Lac?', 'Ninety-two', false],
				['From a report on the assault on Bohoma: Who is the President?', 'Idriss Déby Itno', false]
			]
		],
		[
			'"Koshobe village" and "Foduma Koloram village" share only the word for their kind: the June attack the Koshobe attack is compared with gives it no district (BY min/01-1, 01-4)',
			'2020-11-29',
			doc(
				'The attack took place on Saturday at Koshobe village.',
				'Edward Kallon said at least 110 civilians had been killed.',
				'It was the worst attack since June 9, when gunmen killed 81 people in Foduma Koloram village in Gubio district.'
			),
			[
				['When did the attack in Koshobe village take place?', '28 November 2020', false],
				['How many civilians were killed in the 28 November 2020 attack in Koshobe village?', 'at least 110', false],
				['When did the attack in Foduma Koloram village in Gubio take place?', '9 June 2020', false],
				['How many people were killed in the 9 June 2020 attack in Foduma Koloram village in Gubio?', '81', false]
			]
		],
		[
			'"DET SUPT JASON MURPHY: Lyra was a journalist … to be with her partner, Sara Canning": a speaker label is whose words, not whose partner; a partner with no one named to be whose makes no card (BX min/04-5)',
			'2019-04-19',
			doc(
				'DET SUPT JASON MURPHY: Lyra was a journalist and author from Belfast who had moved to Derry to be with her partner, Sara Canning.',
				'Lyra McKee, 29, was shot dead in Derry. Lyra McKee had moved to Derry to be with her partner, Sara Canning.'
			),
			[['Who is the partner of Lyra McKee?', 'Sara Canning', false]]
		],
		[
			'"The Islamic State group claimed responsibility for the attacks on the afternoon of 22 March 2016", after the Paris attacks of 13 November 2015: a claim giving a day of its own, not the event\'s, is checked (CA min/07-11)',
			'2017-03-22',
			doc(
				'Prosecutors say Laachraoui also made the suicide vests used in the Paris attacks of 13 November 2015, which killed 130 people.',
				'The Islamic State group claimed responsibility for the attacks on the afternoon of 22 March 2016.'
			),
			[
				['When did the attacks in Paris take place?', '13 November 2015', false],
				['How many people were killed in the 13 November 2015 attacks in Paris?', '130', false],
				['Who claimed responsibility for the 13 November 2015 attacks in Paris?', 'The Islamic State', true]
			]
		],
		[
			"\"* March 7, 2009 - … the Real IRA says it carried out the attack\": a factbox item's day is its claim's, not that of the story's undated shooting (BX min/02-11)",
			'2023-02-23',
			doc(
				'BELFAST, Feb 23 (Reuters) - No group has yet said it carried out the shooting.',
				'* March 7, 2009 - Sappers Mark Quinsey, 23, and Patrick Azimkar, 21, are shot dead outside Massereene Barracks in Antrim while collecting a pizza delivery; the Real IRA says it carried out the attack.'
			),
			[['Who claimed responsibility for the shooting in Belfast?', 'the Real IRA', true]]
		],
		[
			'"By the time the military declared the end of combat operations on October 23, … 47 civilians had been killed", in 2024 of the 2017 siege: the day is of 2017, and the day a count had been reached by makes no attack of its own (CB min/10-4)',
			'2024-05-23',
			doc(
				"Seven years after the siege, Marawi's ground zero is rebuilt but its people are still waiting",
				"MARAWI CITY, Philippines - From the rooftop of the new grand mosque, Hamidah Ali can see the street where her family's three-storey house once stood.",
				'On May 23, 2017, gunmen from the Maute group and fighters loyal to Isnilon Hapilon, the Abu Sayyaf leader whom the Islamic State had named its emir in Southeast Asia, took over much of Marawi after a botched army raid to arrest Hapilon. By the time the military declared the end of combat operations on October 23, 920 militants, 165 soldiers and police and 47 civilians had been killed, and some 350,000 people had fled.'
			),
			[
				['When did the raid in Southeast Asia take place?', '23 May 2017', false],
				[
					'Who is the Abu Sayyaf leader whom the Islamic State had named its emir in Southeast Asia?',
					'Isnilon Hapilon',
					false
				],
				[
					'By the time the military declared the end of combat operations on ____, 920 militants, 165 soldiers and police and 47 civilians had been killed',
					'23 October 2017',
					false
				],
				['How many civilians were killed in the siege in Marawi City?', '47', true]
			]
		],
		[
			'"A magnitude 7.4 earthquake struck off Hinatuan … At least one person was reported killed in Davao del Norte": a count right after a disaster the sentence before told of, in words of no attack, is no attack\'s (CB min/05-12); gunmen\'s after a storm still are',
			'2023-12-04',
			doc(
				'A magnitude 7.4 earthquake struck off Hinatuan, Surigao del Sur, on Saturday night. At least one person was reported killed in Davao del Norte.',
				'A storm struck the coast on Sunday. Gunmen killed three people in Tagum on Monday.'
			),
			[
				['A magnitude 7.4 earthquake struck off Hinatuan, Surigao del Sur, on ____.', '2 December 2023', false],
				['A storm struck the coast on ____.', '3 December 2023', false],
				['When did the attack in Tagum take place?', '4 December 2023', false],
				['How many people were killed in the 4 December 2023 attack in Tagum?', 'three', false]
			]
		],
		[
			'"a bomb went off during a Catholic Mass in the gymnasium of Mindanao State University": a gymnasium is a venue, so the bombing is an event and its claim and blame are its own, not the siege\'s the headline named (CB min/10-12, 10-13)',
			'2024-05-23',
			doc(
				"Seven years after the siege, Marawi's ground zero is rebuilt but its people are still waiting",
				"MARAWI CITY, Philippines - From the rooftop of the new grand mosque, Hamidah Ali can see the street where her family's three-storey house once stood.",
				'On the morning of December 3, a bomb went off during a Catholic Mass in the gymnasium of Mindanao State University, on a hill above the city. Islamic State said it was behind the attack, and the military blamed the remnants of the Dawlah Islamiyah-Maute group.'
			),
			[
				['When did the bombing at the gymnasium of Mindanao State University take place?', '3 December 2023', false],
				[
					'Who claimed responsibility for the 3 December 2023 bombing at the gymnasium of Mindanao State University?',
					'Islamic State',
					false
				],
				[
					'Whom did the military blame for the 3 December 2023 bombing at the gymnasium of Mindanao State University?',
					'the remnants of the Dawlah Islamiyah-Maute',
					false
				]
			]
		],
		[
			'"The death toll from last Thursday\'s attack and the shooting in Cambrils stands at 15. More than 120 people were injured.": Thursday owns the attack, not the shooting; the toll of both, and the count after it, are checked (CA min/06-3, 06-4, 06-6)',
			'2017-08-24',
			doc(
				"The death toll from last Thursday's attack and the shooting in Cambrils stands at 15. More than 120 people were injured.",
				'Ana Maria Suarez, 67, from Zaragoza, died after being struck in Cambrils in the early hours of 18 August.'
			),
			[
				["The death toll from ____'s attack and the shooting in Cambrils stands at 15.", '17 August 2017', false],
				['How many people were killed in the shooting in Cambrils?', '15', true],
				['How many people were injured in the shooting in Cambrils?', 'more than 120', true],
				[
					'From a report on the shooting in Cambrils: Ana Maria Suarez, 67, from Zaragoza, died after being struck in Cambrils in the early hours of ____.',
					'18 August 2017',
					false
				]
			]
		],
		[
			'"shot dead four people in central Vienna", then "claims attacks it did not direct, as it did in Barcelona and Vienna": the part of a town is the town, and attacks in two places are not the one in one of them (CA min/03-21)',
			'2021-03-10',
			doc(
				'Finally, on 2 November 2020, Kujtim Fejzulai, a 20-year-old convicted IS sympathiser, shot dead four people in central Vienna before police killed him.',
				'Third, the role of IS has shifted from commander to brand: the group now claims attacks it did not direct, as it did in Barcelona and Vienna.'
			),
			[
				['When did the shooting in Vienna take place?', '2 November 2020', true],
				['How many people were killed in the 2 November 2020 shooting in Vienna?', 'four', false]
			]
		],
		[
			'"UPDATE 2-Islamic State claims London Bridge attack …", then "drove a car into pedestrians on Westminster Bridge": a venue named and a place that is itself a venue\'s name are two events (BX min/01-1 to 01-7)',
			'2017-06-04',
			doc(
				'UPDATE 2-Islamic State claims London Bridge attack as police arrest 12 in Barking',
				'Of the 48 people taken to hospital, 21 remained in a critical condition.',
				'On March 22, Khalid Masood drove a car into pedestrians on Westminster Bridge.'
			),
			[
				['How many people were injured in the attack in London Bridge?', '48', false],
				['How many people in critical condition were injured in the attack in London Bridge?', '21', false],
				['When did the attack on Westminster Bridge take place?', '22 March 2017', false]
			]
		],
		[
			'"walked into Al Noor Mosque … He then drove to the Linwood Islamic Centre, where he continued his attack. Fifty people were killed": the attack carried on at a second venue is of both, and so is the toll (CB min/07-2)',
			'2019-03-19',
			'Mr Speaker, on Friday, March 15, at 1.40 in the afternoon, a man armed with semi-automatic weapons walked into Al Noor Mosque on Deans Avenue and began shooting the people gathered there for Friday prayers. He then drove to the Linwood Islamic Centre, where he continued his attack. Fifty people were killed, and dozens more were wounded.',
			[
				[
					'When did the two shootings at Al Noor Mosque and the Linwood Islamic Centre take place?',
					'15 March 2019',
					false
				],
				[
					'How many people were killed in the two shootings at Al Noor Mosque and the Linwood Islamic Centre on 15 March 2019?',
					'Fifty',
					false
				]
			]
		],
		[
			'"armed men overran the U.S. mission in Benghazi, Libya, on Tuesday night and then attacked a second compound nearby in the early hours of Wednesday": a nation\'s mission is a venue, so the assault is dated by its Tuesday and its toll is checked between the two sites (BZ min/06-1, 06-3)',
			'2012-09-13',
			'The State Department on Thursday released the names of the last two of the four Americans killed when armed men overran the U.S. mission in Benghazi, Libya, on Tuesday night and then attacked a second compound nearby in the early hours of Wednesday.',
			[
				['When did the attack on the U.S. mission in Benghazi, Libya take place?', '11 September 2012', true],
				['How many Americans were killed in the attack on the U.S. mission in Benghazi, Libya?', 'four', true]
			]
		],
		[
			'"a bomber killed 29 worshippers at St Peter\'s church, next to the Coptic cathedral in Cairo", after the blast at St George\'s Church in Tanta: two churches of two saints are two events (BZ min/05-11)',
			'2017-04-10',
			"The first blast hit St George's Church in Tanta, killing 27 people. About three hours later a second bomber blew himself up at the gate of St Mark's Cathedral in Alexandria. The bombings came four months after a bomber killed 29 worshippers at St Peter's church, next to the Coptic cathedral in Cairo, on December 11.",
			[
				["How many people were killed in the blast at St George's Church in Tanta?", '27', false],
				[
					"The bombings came four months after a bomber killed 29 worshippers at St Peter's church, next to the Coptic cathedral in Cairo, on ____.",
					'11 December 2016',
					false
				],
				["How many worshippers were killed in the attack on St Peter's church?", '29', false]
			]
		],
		[
			'"The five-month siege leaves more than 1,100 people dead, among them 165 soldiers and police", after a factbox line on the Davao night-market bombing: a siege told by how long it lasted is no bombing of a moment, so its counts are checked and its group left out (CB min/02-5, 02-8)',
			'2023-12-03',
			doc(
				'* Sept 2, 2016 - A bomb explodes at a crowded night market on Roxas Avenue in Davao City, killing 15 people and wounding about 70.',
				'The five-month siege leaves more than 1,100 people dead, among them 165 soldiers and police, and displaces some 350,000 residents.'
			),
			[
				['How many people were killed in the bombing at a crowded night market in Davao City?', '15', false],
				['How many people were injured in the bombing at a crowded night market in Davao City?', 'about 70', false],
				['The five-month siege leaves ____ people dead, among them 165 soldiers and police', 'more than 1,100', true]
			]
		],
		[
			'"* Sept 1-3, 2004 - Beslan, North Ossetia: militants seize School No. 1. Chechen warlord Shamil Basayev claims responsibility.": a claim in a dated list item, read as an event the item does not tell of, is checked (BU min/02-7, round 44)',
			'2017-04-03',
			doc(
				'Here are some of the deadliest attacks in Russia in the past 13 years:',
				'* Sept 1-3, 2004 - Beslan, North Ossetia: militants seize School No. 1. Chechen warlord Shamil Basayev claims responsibility.'
			),
			[['Who claimed responsibility for the attacks in Russia?', 'Chechen warlord Shamil Basayev', true]]
		],
		[
			'"That puts the combined toll at 34 …: about 25 of the injured remain in a serious condition": a group of the injured told with a combined toll is checked (BU min/05-9, round 44)',
			'2013-12-31',
			doc(
				"A bomb exploded on a crowded trolleybus near the Kachinsky market on Monday, killing 16 people and wounding more than 40. On Sunday, a bomber detonated a device at the entrance to the city's main railway station, killing 18.",
				'That puts the combined toll at 34, the health ministry said late on Monday, and the number could still rise: about 25 of the injured remain in a serious condition.'
			),
			[
				['When did the bombing at the Kachinsky market take place?', '30 December 2013', false],
				['How many people were killed in the 30 December 2013 bombing at the Kachinsky market?', '16', false],
				[
					'How many people were injured in the 30 December 2013 bombing at the Kachinsky market?',
					'more than 40',
					false
				],
				[
					"On ____, a bomber detonated a device at the entrance to the city's main railway station",
					'29 December 2013',
					false
				],
				['How many people were killed in the 29 December 2013 bombing?', '18', false],
				[
					'How many people in serious condition were injured in the 30 December 2013 bombing at the Kachinsky market?',
					'about 25',
					true
				]
			]
		],
		[
			'"two suicide bombers detonated explosives packed into suitcases at the airport in Zaventem … a third blew himself up in … a metro train … Thirty-two people … were killed": the airport bombing is an event, so the toll of both is checked; and a claim of the attacks of that day is of the first (CA min/07-5, 07-6)',
			'2017-03-22',
			doc(
				'On 22 March 2016, two suicide bombers detonated explosives packed into suitcases at the airport in Zaventem. Just over an hour later a third blew himself up in the second carriage of a metro train as it pulled out of Maelbeek. Thirty-two people from a dozen countries were killed, sixteen at the airport and sixteen in the metro.',
				'The Islamic State group claimed responsibility for the attacks on the afternoon of 22 March 2016.'
			),
			[
				['When did the bombing at the airport in Zaventem take place?', '22 March 2016', false],
				['When did the bombing at the second carriage of a metro take place?', '22 March 2016', false],
				[
					'How many people were killed in the 22 March 2016 bombing at the second carriage of a metro?',
					'Thirty-two',
					true
				],
				[
					'Who claimed responsibility for the 22 March 2016 bombing at the airport in Zaventem?',
					'The Islamic State',
					false
				]
			]
		],
		[
			'"Since then the guerrillas have attacked oil pipelines and military posts in Arauca, Casanare and Norte de Santander": what has been done since a time is no one attack (CC min/05-21)',
			'2018-01-30',
			'Since then the guerrillas have attacked oil pipelines and military posts in Arauca, Casanare and Norte de Santander, and killed at least two soldiers.',
			[
				[
					'Since then the guerrillas have attacked oil pipelines and military posts in Arauca, Casanare and Norte de Santander, and killed ____ soldiers.',
					'at least two',
					true
				]
			]
		],
		[
			'"the bilateral ceasefire agreed in Quito expired, and within weeks the ELN\'s urban structures launched a bombing campaign": a campaign of bombings is no bombing in Quito (CC min/03-7)',
			'2023-04-03',
			"The clearest precedent is January 2018. On January 9 the bilateral ceasefire agreed in Quito expired, and within weeks the ELN's urban structures launched a bombing campaign along the Caribbean coast.",
			[
				['The clearest precedent is ____.', 'January 2018', false],
				['On ____ the bilateral ceasefire agreed in Quito expired', '9 January 2018', false]
			]
		],
		[
			'"It also came less than five months after a bomb near the Santamaria bullring killed a police officer on Feb. 19", after "the February 2003 car bombing": what the story\'s event came after is counted back from publication, not in the recalled month\'s year (CC min/01-11)',
			'2017-06-18',
			'The blast recalled the February 2003 car bombing of the El Nogal social club. It also came less than five months after a bomb near the Santamaria bullring killed a police officer on Feb. 19.',
			[
				['When did the car bombing at the El Nogal social club take place?', 'February 2003', false],
				['When did the bombing in the Santamaria take place?', '19 February 2017', false]
			]
		],
		[
			'"a largely Congolese force living off timber, gold and kidnapping": what a group lives off is a trade, no one act to be dated by the next sentence\'s April 2019 (CE min/09-7)',
			'2023-10-19',
			doc(
				'Defeated by the Ugandan army in the early 2000s, the ADF retreated into the forests of North Kivu in the Democratic Republic of Congo, where it became a largely Congolese force living off timber, gold and kidnapping.',
				"Baluku pledged allegiance to the group's leader, and in April 2019 Islamic State claimed its first attack in Congo, presenting the ADF as part of its new Central Africa Province."
			),
			[['When did the attack in Congo take place?', 'April 2019', false]]
		]
	])('%s', (_why, published, text, expected) => {
		expect(all(text, published)).toEqual(expected);
	});
});

describe('readings mended in review 47, each on its minimal text', () => {
	it.each<[string, string, string, (string | boolean)[][]]>([
		[
			'"Two officers were wounded in that exchange", after a gunfight with police two miles away: checked, as "in the gunfight with police" is (CI min/06-8)',
			'2015-12-07',
			'The shooting at the Inland Regional Center on Wednesday killed 14 people. The attackers were killed about four hours later in a gunfight with police on a residential street two miles away. Two officers were wounded in that exchange.',
			[
				['When did the shooting at the Inland Regional Center take place?', '2 December 2015', false],
				['How many people were killed in the 2 December 2015 shooting at the Inland Regional Center?', '14', false],
				['____ officers were wounded in that exchange.', 'Two', true]
			]
		],
		[
			'"…when police stormed both sites shortly after 5 p.m. All three gunmen were killed.": a count naming no event after a sentence of two sites at once is checked (CK min/03-13)',
			'2015-01-15',
			'Coulibaly took hostages at a kosher supermarket at Porte de Vincennes on Friday. He had already killed four men there when police stormed both sites shortly after 5 p.m. All three gunmen were killed.',
			[
				[
					'When did the siege by Coulibaly at a kosher supermarket in Porte de Vincennes take place?',
					'9 January 2015',
					false
				],
				[
					'How many men were killed in the 9 January 2015 siege by Coulibaly at a kosher supermarket in Porte de Vincennes?',
					'four',
					false
				],
				[
					'How many gunmen were killed in the 9 January 2015 siege by Coulibaly at a kosher supermarket in Porte de Vincennes?',
					'three',
					true
				]
			]
		],
		[
			'"a figure police revised up from 21 on Thursday": the day of a revision, neither the attack\'s nor where the story stands, so "four hours later" is not the Thursday (CI min/06-5)',
			'2015-12-07',
			'The shooting at the Inland Regional Center on Wednesday killed 14 people and wounded 22, a figure police revised up from 21 on Thursday. The attackers, Syed Rizwan Farook and Tashfeen Malik, were killed about four hours later in a gunfight with police on a residential street two miles away.',
			[
				['When did the shooting at the Inland Regional Center take place?', '2 December 2015', false],
				['How many people were killed in the 2 December 2015 shooting at the Inland Regional Center?', '14', false],
				['How many people were injured in the 2 December 2015 shooting at the Inland Regional Center?', '22', false]
			]
		],
		[
			'"is the deadliest in the United States since November 5, 2017, when …, and the deadliest attack targeting Latinos": a second superlative of the event in view, no event of that day (CI min/05-21)',
			'2019-08-09',
			'The numbers: The El Paso attack is the deadliest in the United States since November 5, 2017, when 26 people were killed at a church in Sutherland Springs, Texas, and the deadliest attack targeting Latinos in modern American history. With the three killed at Gilroy, 34 people were shot dead in three attacks in the space of one week.',
			[
				['The El Paso attack is the deadliest in the United States since ____', 'November 5, 2017', false],
				['How many people were killed in the 5 November 2017 attack?', '26', false],
				['How many people were killed in the three attacks in El Paso?', '34', true]
			]
		],
		[
			'"17 people were killed at Charlie Hebdo, in Montrouge and at the Hyper Cacher": the first of a list of places is no scene of the count of them all (CK min/07-12)',
			'2015-11-19',
			'In January, 17 people were killed at Charlie Hebdo, in Montrouge and at the Hyper Cacher.',
			[
				[
					'In ____, 17 people were killed at Charlie Hebdo, in Montrouge and at the Hyper Cacher.',
					'January 2015',
					false
				],
				['In January, ____ people were killed at Charlie Hebdo, in Montrouge and at the Hyper Cacher.', '17', true]
			]
		],
		[
			'"We owe it to the 12 dead", with a police raid in view: the toll told again, no count of the raid (CK 07, after min/07-12)',
			'2015-11-19',
			doc(
				'A gunman killed 12 people at the Karsk market on Friday.',
				'On Monday police raided a flat in Velda, where a suspect was shot dead.',
				'We owe it to the 12 dead and to their families.'
			),
			[
				['When did the attack at the Karsk market take place?', '13 November 2015', false],
				['How many people were killed in the 13 November 2015 attack at the Karsk market?', '12', false],
				['When did the raid on a flat in Velda take place?', '16 November 2015', false]
			]
		],
		[
			'"The party, whose leaders live in exile in Europe, denied any role": no card names a group only referred back to (CG min/03-5)',
			'2018-08-07',
			'The party, whose leaders live in exile in Europe, denied any role and called the accusation "shameless and illogical".',
			[]
		],
		[
			'"attacks … over the weekend, before police shot him dead in the early hours of Sunday": the day of what ended them, not theirs (CK min/02-1)',
			'2015-02-16',
			'COPENHAGEN, Feb 16 (Oresund Newsroom) - A gunman killed two people and wounded five police officers in attacks on a free-speech debate and a synagogue in the Danish capital over the weekend, before police shot him dead in the early hours of Sunday.',
			[
				[
					'A gunman killed two people and wounded five police officers in attacks on a free-speech debate and a synagogue in the Danish capital over the weekend, before police shot him dead in the early hours of ____.',
					'15 February 2015',
					false
				],
				[
					'How many people were killed in the attacks on a free-speech debate and a synagogue in Copenhagen?',
					'two',
					false
				],
				[
					'How many police officers were injured in the attacks on a free-speech debate and a synagogue in Copenhagen?',
					'five',
					false
				]
			]
		],
		[
			'"That makes it the deadliest mass shooting in U.S. history, passing the 32 killed at Virginia Tech on April 16, 2007": a comparison, and the day of the event it passes (CI min/02-6)',
			'2016-06-12',
			'Orlando Mayor Buddy Dyer says 50 people are dead, including the gunman, and 53 are in hospital. That makes it the deadliest mass shooting in U.S. history, passing the 32 killed at Virginia Tech on April 16, 2007.',
			[
				['How many people were killed in the mass shooting in U.S?', '50', true],
				['How many people were injured in the mass shooting in U.S?', '53', false],
				['Who is the Orlando Mayor?', 'Buddy Dyer', false],
				[
					'That makes it the deadliest mass shooting in U.S. history, passing the 32 killed at Virginia Tech on ____.',
					'April 16, 2007',
					false
				]
			]
		],
		[
			'"Reports of shootings at the Rideau Centre … on Wednesday were false": no shooting there to ask the day of (CI min/04-6)',
			'2014-10-23',
			doc(
				'A gunman shot dead a soldier at the National War Memorial in Ottawa on Wednesday.',
				'Reports of shootings at the Rideau Centre and the Château Laurier on Wednesday were false.'
			),
			[
				['A gunman shot dead a soldier at the National War Memorial in Ottawa on ____.', '22 October 2014', false],
				[
					'Reports of shootings at the Rideau Centre and the Château Laurier on ____ were false.',
					'22 October 2014',
					false
				]
			]
		],
		[
			'"hanged in April last year for a … grenade attack … in Sylhet in May 2004": the day after the place is the attack\'s, and the hanging\'s is no day of it (CH min/03-9)',
			'2018-10-11',
			'Hannan was not among those sentenced on Wednesday: he was hanged in April last year for a separate grenade attack on the British high commissioner in Sylhet in May 2004, which killed three people.',
			[
				[
					'Hannan was not among those sentenced on ____: he was hanged in April last year for a separate grenade attack on the British high commissioner in Sylhet in May 2004',
					'10 October 2018',
					false
				],
				[
					'He was hanged in ____ for a separate grenade attack on the British high commissioner in Sylhet in May 2004',
					'April 2017',
					false
				],
				[
					'He was hanged in April last year for a separate grenade attack on the British high commissioner in Sylhet in ____',
					'May 2004',
					false
				],
				['How many people were killed in the May 2004 attack?', 'three', false]
			]
		]
	])('%s', (_why, published, text, expected) => {
		expect(all(text, published)).toEqual(expected);
	});
});

describe('a roundup’s items labelled by city (review 48, CL min/05-1, 05-11 to 05-13)', () => {
	it('asks each item’s counts of its own city’s attack, not of one the item before recalled', () => {
		const text = doc(
			'The week: market bombing in Karsk, hotel siege in Orsa',
			'KARSK: At least 40 killed in market bombing',
			'A car bomb exploded at the central market on Saturday afternoon. Officials said at least 40 people had been killed. The bombing struck the same market where a truck bomb on October 14, 2017 killed more than 500 people.',
			'ORSA: Nine dead in hotel siege',
			'In the port city, a suicide car bomber rammed the gate of the Tawakal hotel last Sunday, and gunmen stormed the building. Police said nine people were killed and 47 were wounded.'
		);
		expect(tolls(text, '2022-10-31')).toEqual([
			[
				'How many people were killed in the 29 October 2022 bombing at the central market in Karsk?',
				'at least 40',
				false
			],
			[
				'How many people were killed in the 14 October 2017 attack at the central market in Karsk?',
				'more than 500',
				false
			],
			['How many people were killed in the siege in Orsa?', 'nine', false],
			['How many people were injured in the siege in Orsa?', '47', false]
		]);
	});
});

describe('readings mended in review 48, each on its minimal text', () => {
	it.each<[string, string, string, (string | boolean)[][]]>([
		[
			'"Fifty people were wounded", after the dead counted site by site, is checked: it may be of both (CO min/06-4)',
			'2019-03-19',
			'Police said on Monday that 42 people died at the Orsa mosque on Deans Avenue, seven at the Karsk Islamic Centre and one in Velda Hospital. Fifty people were wounded.',
			[
				['How many people were killed in the attack on the Orsa mosque?', '42', false],
				['How many people were injured in the attack on the Orsa mosque?', 'Fifty', true]
			]
		],
		[
			'"Two attackers were shot dead by police and the others died from their own explosives": a part, checked (CO min/04-7)',
			'2016-01-15',
			'At about 10:40 this morning a suicide bomber blew himself up inside a cafe in central Karsk. Two attackers were shot dead by police and the others died from their own explosives.',
			[
				['When did the bombing at a cafe in Karsk take place?', '15 January 2016', false],
				['How many attackers were killed in the 15 January 2016 bombing at a cafe in Karsk?', 'Two', true]
			]
		],
		[
			'"an edited and translated transcript of a news conference … on Thursday": the speaker\'s "this morning" is Thursday (CO min/04-6)',
			'2016-01-15',
			doc(
				'The following is an edited and translated transcript of a news conference given by the Karsk police chief at about 7 p.m. on Thursday, hours after gunmen attacked the city centre.',
				'CHIEF: At about 10:40 this morning a suicide bomber blew himself up inside a cafe in central Karsk.'
			),
			[
				[
					'The following is an edited and translated transcript of a news conference given by the Karsk police chief at about 7 p.m. on ____, hours after gunmen attacked the city centre.',
					'14 January 2016',
					false
				],
				['When did the bombing at a cafe in Karsk take place?', '14 January 2016', false]
			]
		],
		[
			'"the metro blast", after bombs at an airport\'s departure hall, is another attack, not the airport\'s (CN min/02-8, 02-9)',
			'2016-03-22',
			doc(
				'21:45 - The prosecutor said two men seen on airport camera footage had probably blown themselves up in the departure hall.',
				'13:40 - The mayor says 20 people were killed in the metro blast and 106 were injured.',
				'08:15 - Two explosions tore through the departure hall at Karsk Airport shortly before 08:00.'
			),
			[
				['How many people were killed in the blast on the metro?', '20', false],
				['How many people were injured in the blast on the metro?', '106', false],
				['When did the bombing at the departure hall in Karsk Airport take place?', '22 March 2016', true]
			]
		],
		[
			'"while the other attackers were shot dead" adds no one to a count of people killed',
			'2015-11-20',
			'Gunmen killed 12 people at a hotel in Karsk on Monday, while the other attackers were shot dead by police.',
			[
				['When did the attack on a hotel in Karsk take place?', '16 November 2015', false],
				['How many people were killed in the 16 November 2015 attack on a hotel in Karsk?', '12', false]
			]
		]
	])('%s', (_why, published, text, expected) => {
		expect(all(text, published)).toEqual(expected);
	});
});

describe('readings mended in review 49, each on its minimal text', () => {
	it.each<[string, string, string, (string | boolean)[][]]>([
		[
			'"Nine journalists were among the 25 people killed on Monday … in Kabul", then the Serena Hotel attack of 2014 recalled and a stray "the second bomb": the lede\'s event frames the day\'s people (CU 06-7, 06-10, 06-11)',
			'2018-05-01',
			doc(
				"KABUL, May 1 (Lantern Media) - Nine journalists were among the 25 people killed on Monday when a second suicide bomber, carrying a camera and posing as a reporter, blew himself up among the reporters and photographers who had rushed to the scene of a first blast in Kabul's Shash Darak district. Forty-nine people were wounded, the Interior Ministry said, and four police officers were among the dead.",
				"Hours afterwards, a tenth journalist, Ahmad Shah, 29, a reporter for the BBC's Afghan service, was shot dead by unidentified gunmen in the eastern province of Khost. Reporters Without Borders said it was the deadliest day for the media in Afghanistan since the fall of the Taliban in 2001.",
				'Journalists in Kabul have been attacked before. In January 2016 a Taliban suicide bomber hit a minibus carrying employees of Tolo TV, killing seven of them. In March 2014 gunmen at the Serena Hotel killed nine people, among them AFP reporter Sardar Ahmad, his wife and two of their children.',
				'"We cover the funerals of everyone in this city. Now we are covering our own," said Lina Hamidi, a producer at a private television station who was on her way to the scene when the second bomb went off.'
			),
			[
				["When did the blast in Kabul's Shash Darak take place?", '30 April 2018', false],
				["How many journalists were killed in the 30 April 2018 blast in Kabul's Shash Darak?", 'Nine', false],
				["How many people were killed in the 30 April 2018 blast in Kabul's Shash Darak?", '25', false],
				["How many people were injured in the 30 April 2018 blast in Kabul's Shash Darak?", 'Forty-nine', false],
				["How many police officers were killed in the 30 April 2018 blast in Kabul's Shash Darak?", 'four', false],
				["From a report on the blast in Kabul's Shash Darak: Who is the tenth journalist?", 'Ahmad Shah', false],
				['In ____ a Taliban suicide bomber hit a minibus carrying employees of Tolo TV', 'January 2016', false],
				['How many people were killed in the January 2016 bombing?', 'seven', false],
				[
					'In ____ gunmen at the Serena Hotel killed nine people, among them AFP reporter Sardar Ahmad, his wife and two of their children.',
					'March 2014',
					false
				],
				['How many people were killed in the attack on the Serena Hotel?', 'nine', false],
				['Who is the producer at a private television station?', 'Lina Hamidi', false]
			]
		],
		[
			'"LEIDSCHENDAM - A tribunal … sentenced Ostrin … for his role in the 2005 bombing": in a report that tells mostly of Lebanon, an event a court\'s sentence dates to an earlier year is not in the court\'s town (CR min/08-4, 08-8)',
			'2020-12-11',
			doc(
				'LEIDSCHENDAM, Netherlands, Dec 11 (Hague Dispatch) - The UN-backed Special Tribunal for Lebanon on Friday sentenced Karl Ostrin, a member of the Velda Front, to life in prison for his role in the 2005 bombing that killed former Lebanese prime minister Arvid Lenn and 21 other people.',
				'"He played a central role in the execution of the attack," the judge told the courtroom. The bombing also wounded 226 people.'
			),
			[
				[
					'The UN-backed Special Tribunal for Lebanon on ____ sentenced Karl Ostrin, a member of the Velda Front, to life in prison for his role in the 2005 bombing that killed former Lebanese prime minister Arvid Lenn and 21 other people.',
					'11 December 2020',
					false
				],
				[
					'The UN-backed Special Tribunal for Lebanon on Friday sentenced Karl Ostrin, a member of the Velda Front, to life in prison for his role in the ____ bombing that killed former Lebanese prime minister Arvid Lenn and 21 other people.',
					'2005',
					false
				],
				['Who is the member of the Velda Front?', 'Karl Ostrin', false],
				['How many people were injured in the bombing in 2005?', '226', false]
			]
		],
		[
			'"At the Grand Hyatt, the Syrian-born film director Moustapha Akkad …": the hotel is no person (CR min/07-6)',
			'2015-11-09',
			doc(
				'At the Grand Hyatt, the Syrian-born film director Moustapha Akkad, who made "The Message" and "Lion of the Desert", was fatally wounded in the lobby, and his daughter Rima was killed beside him.'
			),
			[['Who is the director?', 'Moustapha Akkad', false]]
		],
		[
			'"…, killing 96 of them …; Ansar al-Sharia … claimed it": "it" is the event the sentence has just told by its count (CR min/09-11)',
			'2015-06-17',
			doc(
				"The group and its forerunners have waged a long campaign inside Yemen. On September 17, 2008, gunmen and car bombs struck the US embassy in Sanaa, killing 19 people, six of them attackers. On May 21, 2012, a suicide bomber dressed in army uniform blew himself up among soldiers rehearsing for a national day parade in Sanaa's Sabeen Square, killing 96 of them and wounding about 300; Ansar al-Sharia, the name AQAP used in the south, claimed it."
			),
			[
				['When did the bombings at the US embassy in Sanaa take place?', '17 September 2008', false],
				['How many people were killed in the 17 September 2008 bombings at the US embassy in Sanaa?', '19', false],
				['How many attackers were killed in the 17 September 2008 bombings at the US embassy in Sanaa?', 'six', false],
				[
					"From a report on the bombings at the US embassy in Sanaa: On ____, a suicide bomber dressed in army uniform blew himself up among soldiers rehearsing for a national day parade in Sanaa's Sabeen Square",
					'May 21, 2012',
					false
				],
				["How many people were killed in the 21 May 2012 bombing in Sanaa's Sabeen Square?", '96', false],
				["How many people were injured in the 21 May 2012 bombing in Sanaa's Sabeen Square?", 'about 300', false],
				["Who claimed responsibility for the 21 May 2012 bombing in Sanaa's Sabeen Square?", 'Ansar al-Sharia', false]
			]
		],
		[
			'"the tribunal … sentenced Ayyash … for his role in the 2005 bombing that killed former Lebanese Prime Minister Rafik Hariri": a former title is asked as one (CR min/08-4)',
			'2020-12-11',
			doc(
				'LEIDSCHENDAM, Netherlands, Dec 11 (Hague Dispatch) - The UN-backed Special Tribunal for Lebanon on Friday sentenced Salim Jamil Ayyash, a member of Hezbollah, to five life terms in prison for his role in the 2005 bombing that killed former Lebanese Prime Minister Rafik Hariri and 21 other people.'
			),
			[
				[
					'The UN-backed Special Tribunal for Lebanon on ____ sentenced Salim Jamil Ayyash, a member of Hezbollah, to five life terms in prison for his role in the 2005 bombing that killed former Lebanese Prime Minister Rafik Hariri and 21 other people.',
					'11 December 2020',
					false
				],
				[
					'The UN-backed Special Tribunal for Lebanon on Friday sentenced Salim Jamil Ayyash, a member of Hezbollah, to five life terms in prison for his role in the ____ bombing that killed former Lebanese Prime Minister Rafik Hariri and 21 other people.',
					'2005',
					false
				],
				['Who is the member of Hezbollah?', 'Salim Jamil Ayyash', false],
				['Who is the former Lebanese Prime Minister?', 'Rafik Hariri', false]
			]
		],
		[
			'"Two months earlier, on Oct. 18, 2007, two bombs tore through the procession": an anaphor its clause dates to an earlier year is an event of its own, not the blast under the dateline (CU min/03-8)',
			'2017-09-01',
			doc(
				'ISLAMABAD, Sept 1 (Lakeside Review) - A Pakistani anti-terrorism court on Thursday acquitted five men accused of helping to plan the assassination of former prime minister Benazir Bhutto, and sent two senior police officers to prison, almost ten years after she was killed.',
				'At least 20 other people were killed in the blast.',
				'Two months earlier, on Oct. 18, 2007, two bombs tore through the procession welcoming her home to Karachi after eight years of self-imposed exile. Nearly 140 people were killed, most of them party workers.'
			),
			[
				[
					'A Pakistani anti-terrorism court on ____ acquitted five men accused of helping to plan the assassination of former prime minister Benazir Bhutto',
					'31 August 2017',
					false
				],
				['How many other people were killed in the blast in Islamabad?', 'at least 20', true],
				['When did the two bombings take place?', '18 October 2007', false],
				['How many people were killed in the two bombings on 18 October 2007?', 'nearly 140', false]
			]
		],
		[
			'"who have buried their own this week and returned to their posts the next day": no day after a week, nor after a day of 2014 told before (CU min/07-12)',
			'2023-02-02',
			doc(
				'And no member of this House will forget 16 December 2014, when 132 children were killed at the Army Public School.',
				'Mr Speaker, I ask the House to stand with the police of Khyber Pakhtunkhwa, who have buried their own this week and returned to their posts the next day.'
			),
			[
				['And no member of this House will forget ____', '16 December 2014', false],
				['How many children were killed in the attack on the Army Public School?', '132', false]
			]
		],
		[
			'"The Emergency hospital in the Shahr-e-Naw area said it had received more than 80 wounded": the hospital\'s area is no attack\'s place (CU min/09-11)',
			'2017-06-01',
			doc(
				'The Emergency hospital in the Shahr-e-Naw area said it had received more than 80 wounded, and the Wazir Akbar Khan hospital received dozens of bodies.',
				'On 21 Jadi [10 January], two explosions near the parliament killed more than 30 people, an attack the Taliban claimed.'
			),
			[
				['The Emergency hospital in the Shahr-e-Naw area said it had received ____ wounded', 'more than 80', true],
				[
					'On 21 Jadi [10 January], two explosions near the parliament killed ____ people, an attack the Taliban claimed.',
					'more than 30',
					true
				]
			]
		],
		[
			'"gunmen stopped a bus carrying Hazara pilgrims to Iran near Mastung … and shot 26 of them dead" is an attack there, which its day dates (CU min/10-15)',
			'2021-01-08',
			doc(
				'Five weeks later, on Feb. 16, 2013, a bomb hidden in a water tanker exploded in a vegetable market in Hazara Town, killing at least 84 people.',
				'On Sept. 20, 2011, gunmen stopped a bus carrying Hazara pilgrims to Iran near Mastung, made them get off and shot 26 of them dead.'
			),
			[
				['When did the bombing in Hazara Town take place?', '16 February 2013', true],
				['How many people were killed in the bombing at a vegetable market in Hazara Town?', 'at least 84', true],
				['When did the attack on a bus in Mastung take place?', '20 September 2011', false],
				['How many people were killed in the 20 September 2011 attack on a bus in Mastung?', '26', false]
			]
		],
		[
			'"counted 509 Hazaras killed in Quetta and 627 wounded between January 2012 and December 2017": a count over years is no toll (CU min/10-21)',
			'2021-01-08',
			doc(
				"Pakistan's National Commission for Human Rights counted 509 Hazaras killed in Quetta and 627 wounded between January 2012 and December 2017."
			),
			[
				[
					"Pakistan's National Commission for Human Rights counted 509 Hazaras killed in Quetta and 627 wounded between ____ and December 2017.",
					'January 2012',
					false
				],
				[
					"Pakistan's National Commission for Human Rights counted 509 Hazaras killed in Quetta and 627 wounded between January 2012 and ____.",
					'December 2017',
					false
				]
			]
		],
		[
			'"a German woman who headed the Goethe Institute in Abidjan": where a victim worked is no place of the attack (CS min/01-8)',
			'2016-03-14',
			doc(
				"GRAND-BASSAM, Ivory Coast, March 14 (Lagoon Wire) - The number of people killed when gunmen stormed the beach hotels of Grand-Bassam on Sunday has risen to 18, Ivory Coast's government said on Monday, as al Qaeda's North African branch said its fighters had carried out the raid.",
				"One of them was shouting 'Allahu akbar',\" said Koffi Ange Yao, 34, a waiter at the Etoile du Sud hotel who hid in a storeroom with six guests for more than an hour.",
				'The dead included four French citizens and a German woman who headed the Goethe Institute in Abidjan, officials in Paris and Berlin said.'
			),
			[
				['When did the attack on the beach hotels of Grand-Bassam take place?', '13 March 2016', false],
				['How many people were killed in the 13 March 2016 attack on the beach hotels of Grand-Bassam?', '18', false],
				['Who is the waiter at the Etoile du Sud hotel?', 'Koffi Ange Yao', false],
				[
					'How many French citizens were killed in the 13 March 2016 attack on the beach hotels of Grand-Bassam?',
					'four',
					false
				]
			]
		],
		[
			'"She is survived by three children, one of whom … was also wounded": those a victim leaves are no count of the hurt (CS min/06-12)',
			'2022-06-10',
			doc(
				'The lives lost at St Francis Xavier: remembering the victims of the Owo church massacre',
				'OWO, Ondo State, June 10 (Southwest Courier) - They had come for Pentecost Sunday Mass: grandparents in their best lace, children in matching outfits, a choir that had practised for weeks.',
				'She is survived by three children, one of whom, Tolu, was also wounded and remains at the Federal Medical Centre.'
			),
			[]
		],
		[
			'"at Tongo Tongo, where … were killed in an ambush …, and at Bosso, in the Diffa region, where …": the ambush is at Tongo Tongo (CS min/07-7, 07-8)',
			'2019-12-17',
			doc(
				'Our forces have also suffered at Tongo Tongo, where four American soldiers and five Nigerien soldiers were killed in an ambush on 4 October 2017, and at Bosso, in the Diffa region, where Boko Haram killed 26 soldiers on 3 June 2016.'
			),
			[
				['When did the ambush in Tongo Tongo take place?', '4 October 2017', true],
				['How many American soldiers were killed in the ambush in Tongo Tongo?', 'four', false],
				['How many Nigerien soldiers were killed in the ambush in Tongo Tongo?', 'five', false],
				['How many soldiers were killed in the 3 June 2016 attack?', '26', false]
			]
		],
		[
			'"the latest in a string of attacks on Nigerian prisons": the string is no event dated by one of its items (CS min/08-12)',
			'2022-07-07',
			doc(
				'The Kuje break is the latest in a string of attacks on Nigerian prisons. Gunmen freed 1,844 inmates from the custodial centre in Owerri on April 5, 2021, and 262 inmates escaped from the prison in Jos, Plateau state, on Nov. 28, 2021.'
			),
			[
				['Gunmen freed 1,844 inmates from the custodial centre in Owerri on ____', 'April 5, 2021', false],
				['262 inmates escaped from the prison in Jos, Plateau state, on ____.', 'Nov. 28, 2021', false]
			]
		],
		[
			'"The government spokesman … said the attacks were carried out by Boko Haram": a blame, not the group\'s claim (CS min/09-5)',
			'2015-06-16',
			doc(
				"Twin suicide bombings hit police headquarters and police academy in N'Djamena",
				"The government spokesman, Hassan Sylla Bakari, said the attacks were carried out by Boko Haram and were a response to Chad's part in the regional war against the group."
			),
			[
				[
					"From a report on the two suicide bombings at police headquarters and police academy in N'Djamena: Who is the government spokesman?",
					'Hassan Sylla Bakari',
					false
				],
				[
					"Whom did Hassan Sylla Bakari blame for the two suicide bombings at police headquarters and police academy in N'Djamena?",
					'Boko Haram',
					false
				]
			]
		],
		[
			'"last Saturday …", then "were killed on Saturday" in a Saturday paper: the Saturday the story stands on (CS min/10-22)',
			'2020-12-05',
			doc(
				'MAIDUGURI, Dec. 5 (Meridian Review) - The paddies outside Koshobe are golden at this time of year, and last Saturday the men who had planted them went out to bring in the harvest.',
				'"Government tells us to go and farm, but who protects us when we are out there?" said Fatima Bulama, whose husband and two brothers were killed on Saturday.'
			),
			[
				['____ the men who had planted them went out to bring in the harvest.', '28 November 2020', false],
				[
					'Who protects us when we are out there?" said Fatima Bulama, whose husband and two brothers were killed on ____.',
					'28 November 2020',
					false
				],
				[
					'Who protects us when we are out there?" said Fatima Bulama, whose husband and ____ brothers were killed on Saturday.',
					'two',
					true
				]
			]
		],
		[
			'"Colombia\'s government on Friday blamed the ELN for the car bomb": the day of a blame, not of the bombing (CQ min/01-3)',
			'2019-01-19',
			doc(
				'Colombia blames ELN rebels for Bogota police academy bombing as death toll rises to 21',
				"BOGOTA, Jan 19 (Harbour Wire) - Colombia's government on Friday blamed the National Liberation Army (ELN) for the car bomb that tore through a police cadet school in the capital, and President Ivan Duque said he was ending peace talks with the Marxist rebel group."
			),
			[
				['How many people were killed in the car bombing at a police cadet school in Bogota?', '21', false],
				['Whom did Colombia blame for Bogota police academy bombing as death toll rises to 21?', 'ELN rebels', false],
				[
					"From a report on the car bombing at a police cadet school in Bogota: Who is Colombia's President?",
					'Ivan Duque',
					false
				],
				[
					"Whom did Colombia's government blame for the car bombing at a police cadet school in Bogota?",
					'the National Liberation Army',
					false
				]
			]
		],
		[
			'"Monday\'s bomb was set to go off when the station was full": a day\'s bomb is gone, whatever it was set to do (CQ min/05-8)',
			'2014-09-09',
			'"The pattern has changed: Monday\'s bomb was set to go off when the station was full," said Ignacio Fuenzalida, a security researcher at the Andean Policy Institute.',
			[
				[
					'____\'s bomb was set to go off when the station was full," said Ignacio Fuenzalida, a security researcher at the Andean Policy Institute.',
					'8 September 2014',
					false
				],
				['Who is the security researcher at the Andean Policy Institute?', 'Ignacio Fuenzalida', false],
				['Which organisation is Ignacio Fuenzalida with?', 'Andean Policy Institute', false]
			]
		],
		[
			'"the second round of the presidential election on June 6", in a paper of 26 May: the June to come (CQ min/07-10)',
			'2021-05-26',
			'The pamphlets call on Peruvians not to vote, or to spoil their ballots, in the second round of the presidential election on June 6, and speak of "cleansing" the valley.',
			[['To spoil their ballots, in the second round of the presidential election on ____', '6 June 2021', false]]
		],
		[
			'"behind the attack, together with financiers living in Florida": where they live is no place of the attack (CQ min/09-8)',
			'2018-08-05',
			doc(
				'In a speech on Saturday night, Maduro accused the outgoing president of Colombia, Juan Manuel Santos, of being behind the attack, together with financiers living in Florida.',
				'A little-known group calling itself the National Movement of Soldiers in T-shirts claimed responsibility on social media on Saturday night, saying the operation had been planned by soldiers and civilians opposed to the government.'
			),
			[['Who claimed responsibility for the attack?', 'the National Movement of Soldiers in T-shirts', true]]
		],
		[
			'"In August that year", after "since February 2004, when a suicide bomber killed 41": the year last written, and a blast at another station is another attack (CT min/01-14)',
			'2010-03-29',
			doc(
				'The first blast ripped through the second carriage of a train standing at Lubyanka station, beneath the headquarters of the Federal Security Service (FSB), at 7:56 a.m. (0356 GMT).',
				'The bombings were the worst in Moscow since February 2004, when a suicide bomber killed 41 people on a train near Avtozavodskaya station. In August that year a woman blew herself up outside Rizhskaya station, killing 10 people.'
			),
			[
				['When did the bombing at the second carriage of a train take place?', '29 March 2010', true],
				['When did the attack on a train in Avtozavodskaya take place?', 'February 2004', false],
				['How many people were killed in the February 2004 attack on a train in Avtozavodskaya?', '41', false],
				['When did the bombing at Rizhskaya station take place?', 'August 2004', false],
				['How many people were killed in the August 2004 bombing at Rizhskaya station?', '10', false]
			]
		],
		[
			'"before the opening of the Sochi Winter Olympics on February 7" is no day of the bombings; "That blast" of twin bombings is one of them (CT min/03-1, 03-3)',
			'2014-01-22',
			doc(
				'Less than three weeks before the opening of the Sochi Winter Olympics on February 7, Russia is still absorbing the shock of the twin suicide bombings that struck Volgograd at the end of December.',
				"The first bomb went off shortly before 12:45 on December 29 at the entrance of Volgograd-1, the city's main railway station, as a police sergeant stopped the bomber at the metal detectors. That blast killed 18 people, including the bomber."
			),
			[
				['When did the suicide bombings in Volgograd take place?', '29 December 2013', false],
				['How many people were killed in the 29 December 2013 suicide bombings in Volgograd?', '18', true]
			]
		],
		[
			'"…," she said, closing a quote opened after the sentence naming Linden: her words, not the last speaker\'s (CT min/03-16)',
			'2014-01-22',
			doc(
				'"Volgograd is a symbol, but it is also simply close," said Pavel Orlov, a researcher at the Caspian Policy Forum.',
				'Sarah Linden, who directs the terrorism research unit at Kingsbridge University, believes the December bombings were the Emirate\'s answer to the Kremlin\'s security build-up. "The aim is not to hit Sochi itself. It is to show that they can strike Russians anywhere, while the whole world is watching Russia," she said.'
			),
			[
				['Who is the researcher at the Caspian Policy Forum?', 'Pavel Orlov', false],
				['Who is the director of the terrorism research unit at Kingsbridge University?', 'Sarah Linden', false],
				['Which organisation is Sarah Linden with?', 'Kingsbridge University', false],
				['According to Linden, it is to show what?', 'that they can strike Russians anywhere', false]
			]
		],
		[
			'"seized about 850 people at a Moscow theatre" is a siege there, which "The siege" then tells of (CT min/09-12, 09-13)',
			'2006-07-10',
			doc(
				"He first came to the world's attention in June 1995, when he led about 150 fighters into the southern Russian town of Budyonnovsk and took more than 1,500 people hostage in the town hospital.",
				'In October 2002 a group of his fighters seized about 850 people at a Moscow theatre during a performance of the musical Nord-Ost. The siege ended after three days when special forces pumped gas into the building; 130 hostages died, almost all from the gas, and all 40 hostage-takers were killed.'
			),
			[
				['When did the siege at the town hospital in Budyonnovsk take place?', 'June 1995', false],
				[
					'How many people were abducted in the June 1995 siege at the town hospital in Budyonnovsk?',
					'more than 1,500',
					false
				],
				['When did the siege at a Moscow theatre take place?', 'October 2002', false],
				['How many hostages were killed in the October 2002 siege at a Moscow theatre?', '130', false],
				['How many hostage-takers were killed in the October 2002 siege at a Moscow theatre?', '40', false]
			]
		],
		[
			'"32 gunmen seized School No. 1 in Beslan" is a siege there; "Basayev called it … but blamed the Kremlin" blames by Basayev (CT min/09-20 to 09-22)',
			'2006-07-10',
			doc(
				"In May 2003 a truck bomb at a government compound in Znamenskoye killed 59. Basayev also claimed the bomb that killed Chechnya's pro-Moscow president, Akhmad Kadyrov, at a Grozny stadium on May 9, 2004.",
				'His most infamous operation came four months later, when 32 gunmen seized School No. 1 in Beslan, North Ossetia. When the siege ended on September 3, 2004, more than 330 hostages were dead, 186 of them children. Basayev called it a "terrible tragedy" but blamed the Kremlin.'
			),
			[
				['When did the truck bombing at a government compound in Znamenskoye take place?', 'May 2003', false],
				[
					'How many people were killed in the May 2003 truck bombing at a government compound in Znamenskoye?',
					'59',
					false
				],
				["Who was Chechnya's pro-Moscow president?", 'Akhmad Kadyrov', false],
				['When did the siege at School No. 1 in Beslan, North Ossetia take place?', 'September 2004', false],
				[
					'How many hostages were killed in the September 2004 siege at School No. 1 in Beslan, North Ossetia?',
					'more than 330',
					false
				],
				[
					'How many children were killed in the September 2004 siege at School No. 1 in Beslan, North Ossetia?',
					'186',
					false
				],
				[
					'Whom did Basayev blame for the September 2004 siege at School No. 1 in Beslan, North Ossetia?',
					'the Kremlin',
					false
				]
			]
		]
	])('%s', (_why, published, text, expected) => {
		expect(all(text, published)).toEqual(expected);
	});
});

describe('readings a read of the review-49 change found worse, each mended', () => {
	it.each<[string, string, string, (string | boolean)[][]]>([
		[
			'"some guests were questioned … before being killed": the guests, not the two gunmen of the clause before, were killed (a read of this change, probe before5)',
			'2015-11-21',
			doc(
				'BAMAKO - Two gunmen took about 170 people hostage at the Radisson Blu hotel in Bamako on Friday, and some guests were questioned about the Koran before being killed.'
			),
			[
				['When did the siege at the Radisson Blu hotel in Bamako take place?', '20 November 2015', false],
				[
					'How many people were abducted in the 20 November 2015 siege at the Radisson Blu hotel in Bamako?',
					'about 170',
					false
				]
			]
		],
		[
			'"Her brother was killed in the metro, and she now campaigns …, along with two other women": no one else killed (a read of this change, probe along10)',
			'2016-03-24',
			doc(
				'BRUSSELS - Suicide bombers killed 31 people at Brussels airport and a metro station on Tuesday.',
				'Her brother was killed in the metro, and she now campaigns for better security, along with two other women from Molenbeek.'
			),
			[
				['When did the attack on Brussels airport and a metro take place?', '22 March 2016', false],
				['How many people were killed in the 22 March 2016 attack on Brussels airport and a metro?', '31', false]
			]
		],
		[
			"al-Shabab's own military spokesman naming al-Shabab claims the attack; only the state's spokesmen blame (a read of this change, probe spokes7)",
			'2019-01-16',
			doc(
				'NAIROBI - Gunmen attacked the DusitD2 hotel complex in Nairobi on Tuesday, killing 21 people.',
				"Al-Shabab's military spokesman, Sheikh Abdiasis Abu Musab, said al-Shabab had carried out the attack."
			),
			[
				['When did the attack on the DusitD2 hotel in Nairobi take place?', '15 January 2019', false],
				['How many people were killed in the 15 January 2019 attack on the DusitD2 hotel in Nairobi?', '21', false],
				["Who is Al-Shabab's military spokesman?", 'Sheikh Abdiasis Abu Musab', false],
				[
					'Who claimed responsibility for the 15 January 2019 attack on the DusitD2 hotel in Nairobi?',
					'al-Shabab',
					false
				]
			]
		],
		[
			'"Abdeslam, captured in Brussels on March 18, 2016, … before the attacks": the day of a capture dates no attacks (a read of this change, probe anaph5)',
			'2022-06-30',
			doc(
				'PARIS - A special court on Wednesday convicted Salah Abdeslam over the November 13, 2015 attacks on Paris, which killed 130 people.',
				'Abdeslam, captured in Brussels on March 18, 2016, after four months on the run, had driven three suicide bombers to the Stade de France before the attacks.'
			),
			[
				[
					'A special court on ____ convicted Salah Abdeslam over the November 13, 2015 attacks on Paris',
					'29 June 2022',
					false
				],
				['When did the attacks on Paris take place?', '13 November 2015', false],
				['How many people were killed in the 13 November 2015 attacks on Paris?', '130', false],
				[
					'From a report on the attacks on Paris: Abdeslam, captured in Brussels on ____, after four months on the run, had driven three suicide bombers to the Stade de France before the attacks.',
					'March 18, 2016',
					false
				]
			]
		],
		[
			'"the last in a series of four blasts that hit London on Thursday, killing 52": the series is the event, not one bus (a read of this change, probe latest3)',
			'2005-07-09',
			doc(
				'LONDON - The bomb on the number 30 bus in Tavistock Square was the last in a series of four blasts that hit London on Thursday, killing 52 people.'
			),
			[
				['When did the blasts in London take place?', '7 July 2005', false],
				['How many people were killed in the 7 July 2005 blasts in London?', '52', true]
			]
		],
		[
			'"Soldiers seized more than 100 people at a hotel … during the coup attempt": those the army seizes are no hostages (a read of this change, probe seize7)',
			'2016-07-20',
			doc(
				'ANKARA - Soldiers seized more than 100 people at a hotel in Marmaris on Saturday during the coup attempt, in which 265 people were killed.'
			),
			[
				[
					'Soldiers seized more than 100 people at a hotel in Marmaris on ____ during the coup attempt, in which 265 people were killed.',
					'16 July 2016',
					false
				],
				[
					'Soldiers seized more than 100 people at a hotel in Marmaris on Saturday during the coup attempt, in which ____ people were killed.',
					'265',
					true
				]
			]
		],
		[
			'"On November 13, gunmen … struck again. In December that year": the year the text last reached, not one written paragraphs before (a read of this change, probe thatyear4)',
			'2016-01-05',
			doc(
				'PARIS - Gunmen killed 12 people at the offices of Charlie Hebdo in Paris on January 7, 2015.',
				'The Kouachi brothers who carried out that attack had trained with al-Qaeda in Yemen in 2011.',
				'On November 13, gunmen and suicide bombers struck again, killing 130 people. In December that year, France extended its state of emergency.'
			),
			[
				['When did the attack on the offices of Charlie Hebdo in Paris take place?', '7 January 2015', false],
				[
					'How many people were killed in the 7 January 2015 attack on the offices of Charlie Hebdo in Paris?',
					'12',
					false
				],
				['The Kouachi brothers who carried out that attack had trained with al-Qaeda in Yemen in ____.', '2011', false],
				[
					'From a report on the attack on the offices of Charlie Hebdo in Paris: On ____, gunmen and suicide bombers struck again',
					'13 November 2015',
					false
				],
				['How many people were killed in the 13 November 2015 bombing?', '130', false],
				[
					'From a report on the attack on the offices of Charlie Hebdo in Paris: In ____, France extended its state of emergency.',
					'December 2015',
					false
				]
			]
		],
		[
			'"have died in violence since the presidential election on August 8": a vote counted from is gone (a read of this change, probe elect1)',
			'2018-02-15',
			doc(
				'NAIROBI - Police said on Thursday that 92 people have died in violence since the presidential election on August 8.'
			),
			[
				[
					'Police said on Thursday that 92 people have died in violence since the presidential election on ____.',
					'8 August 2017',
					false
				],
				[
					'Police said on Thursday that ____ people have died in violence since the presidential election on August 8.',
					'92',
					true
				]
			]
		],
		[
			'"In a separate attack this morning, two policemen were shot dead on Saturday", in a Saturday paper: today (a read of this change, probe sat6)',
			'2015-01-17',
			doc(
				'MAIDUGURI - Boko Haram fighters attacked the town of Baga last Saturday, killing hundreds of people, residents said.',
				'In a separate attack this morning, two policemen were shot dead on Saturday at a checkpoint in Damaturu, police said.'
			),
			[
				['When did the attack by Boko Haram fighters in Baga take place?', '10 January 2015', false],
				['When did the attack in Damaturu take place?', '17 January 2015', false],
				['How many policemen were killed in the 17 January 2015 attack in Damaturu?', 'two', false]
			]
		],
		[
			'"Turkish officials offered few details but blamed Islamic State": the officials blame (a read of this change, probe but4)',
			'2015-10-11',
			doc(
				'ANKARA - Twin bombings at a peace rally in Ankara on Saturday killed 95 people.',
				'Turkish officials offered few details but blamed Islamic State for the attack.'
			),
			[
				['When did the two bombings at a peace rally in Ankara take place?', '10 October 2015', false],
				['How many people were killed in the two bombings at a peace rally in Ankara on 10 October 2015?', '95', false],
				[
					'Whom did Turkish officials blame for the two bombings at a peace rally in Ankara on 10 October 2015?',
					'Islamic State',
					false
				]
			]
		],
		[
			'"said it was too early to say but blamed Islamic State sympathisers": the sympathisers, not Islamic State (a read of this change, probe but7)',
			'2017-06-04',
			doc(
				'LONDON - Three men attacked people on London Bridge on Saturday, killing seven.',
				'The Metropolitan Police Commissioner Cressida Dick said it was too early to say but blamed Islamic State sympathisers.'
			),
			[
				['When did the attack on London Bridge take place?', '3 June 2017', false],
				['How many people were killed in the 3 June 2017 attack on London Bridge?', 'seven', false],
				['Who is the Metropolitan Police Commissioner?', 'Cressida Dick', false],
				[
					'Whom did the Metropolitan Police Commissioner Cressida Dick blame for the 3 June 2017 attack on London Bridge?',
					'Islamic State sympathisers',
					false
				]
			]
		],
		[
			'"Of the 84 people who died, 10 were children and teenagers": one group of both (a read of this change, probe split3)',
			'2016-07-15',
			doc(
				'NICE - A man drove a truck into crowds celebrating Bastille Day in Nice on Thursday, killing 84 people.',
				'Of the 84 people who died, 10 were children and teenagers, officials said. Of those who were injured, 52 were in critical condition.'
			),
			[
				['When did the attack in Nice take place?', '14 July 2016', false],
				['How many people were killed in the 14 July 2016 attack in Nice?', '84', false],
				['How many children and teenagers were killed in the 14 July 2016 attack in Nice?', '10', false],
				['How many people in critical condition were injured in the 14 July 2016 attack in Nice?', '52', false]
			]
		],
		[
			'"…were among the dead, including 23 people from Puerto Rico": people are no group, and the toll stays trusted (a read of this change, probe among3)',
			'2016-06-13',
			doc(
				'ORLANDO - A gunman killed 49 people at the Pulse nightclub in Orlando early on Sunday.',
				'Puerto Ricans were among the dead, including 23 people from Puerto Rico, three of whom were students, and two Dominicans.'
			),
			[
				['When did the attack on the Pulse nightclub in Orlando take place?', '12 June 2016', false],
				['How many people were killed in the 12 June 2016 attack on the Pulse nightclub in Orlando?', '49', false],
				[
					'Puerto Ricans were among the dead, including ____ people from Puerto Rico, three of whom were students',
					'23',
					false
				]
			]
		],
		[
			'"was killed at the Bataclan …, along with 89 others": those of one site are no second toll (a read of this change, probe along12)',
			'2015-11-16',
			doc(
				'PARIS - Gunmen and suicide bombers killed 129 people across Paris on Friday.',
				'Nick Alexander, a Briton, was killed at the Bataclan, where he was selling merchandise, along with 89 others.'
			),
			[
				['Gunmen and suicide bombers killed 129 people across Paris on ____.', '13 November 2015', false],
				['How many people were killed in the attack in Paris?', '129', false]
			]
		],
		[
			'"Of the 3,000 people killed in Boko Haram attacks last year, 1,200 were women": a total over time has no groups of the attack (a read of this change, probe totals1)',
			'2016-01-15',
			doc(
				'MAIDUGURI - Boko Haram fighters killed 65 people in an attack on Dalori village on Saturday.',
				'Of the 3,000 people killed in Boko Haram attacks last year, 1,200 were women, Amnesty International said.'
			),
			[
				['When did the attack in Dalori village take place?', '9 January 2016', false],
				['How many people were killed in the 9 January 2016 attack in Dalori village?', '65', false],
				[
					'Of the 3,000 people killed in Boko Haram attacks ____, 1,200 were women, Amnesty International said.',
					'2015',
					false
				],
				[
					'Of the ____ people killed in Boko Haram attacks last year, 1,200 were women, Amnesty International said.',
					'3,000',
					true
				]
			]
		],
		[
			'"a report listed 40 Malians among the dead of attacks in 2014": no group of this attack (a read of this change, probe listed3)',
			'2015-11-21',
			doc(
				'BAMAKO - Gunmen stormed the Radisson Blu hotel in Bamako on Friday, killing 20 people.',
				'Earlier this year, a report listed 40 Malians among the dead of attacks in 2014.'
			),
			[
				['When did the attack on the Radisson Blu hotel in Bamako take place?', '20 November 2015', false],
				[
					'How many people were killed in the 20 November 2015 attack on the Radisson Blu hotel in Bamako?',
					'20',
					false
				],
				['Earlier this year, a report listed 40 Malians among the dead of attacks in ____.', '2014', false]
			]
		],
		[
			'"two French nuns and seven Japanese" among the dead: French nuns, and the Japanese too (a read of this change, probe nuns2)',
			'2016-07-02',
			doc(
				'DHAKA - Gunmen killed 20 hostages at a cafe in Dhaka on Friday. Among the dead were two French nuns and seven Japanese.'
			),
			[
				['When did the attack on a cafe in Dhaka take place?', '1 July 2016', false],
				['How many hostages were killed in the 1 July 2016 attack on a cafe in Dhaka?', '20', false],
				['How many French nuns were killed in the 1 July 2016 attack on a cafe in Dhaka?', 'two', false],
				['How many Japanese were killed in the 1 July 2016 attack on a cafe in Dhaka?', 'seven', false]
			]
		],
		[
			'"at the end of Ramadan on July 3": the day of the bombing itself (a read of this change, probe held6)',
			'2016-07-08',
			doc(
				'BAGHDAD - A suicide truck bomb tore through a shopping street in Karrada at the end of Ramadan on July 3, killing more than 300 people.'
			),
			[
				['When did the suicide truck bombing in Karrada take place?', '3 July 2016', false],
				['How many people were killed in the 3 July 2016 suicide truck bombing in Karrada?', 'more than 300', false]
			]
		],
		[
			'"President Sisi on Sunday condemned the bombings …, which killed 45": a reaction does not undate the bombings (a read of this change, probe blame3)',
			'2017-04-10',
			doc(
				'CAIRO - President Sisi on Sunday condemned the bombings at two Coptic churches in Tanta and Alexandria, which killed 45 people.'
			),
			[
				['When did the two bombings at two Coptic churches in Tanta and Alexandria take place?', '9 April 2017', false],
				[
					'How many people were killed in the two bombings at two Coptic churches in Tanta and Alexandria on 9 April 2017?',
					'45',
					false
				]
			]
		],
		[
			'"NICE - A Paris court … over the 2016 truck attack": a court at home leaves the attack in the dateline\'s town (a read of this change, probe court2)',
			'2022-12-14',
			doc(
				'NICE, France - A Paris court on Tuesday convicted eight people over the 2016 truck attack that killed 86 people on the seafront.'
			),
			[
				[
					'A Paris court on ____ convicted eight people over the 2016 truck attack that killed 86 people on the seafront.',
					'13 December 2022',
					false
				],
				[
					'A Paris court on Tuesday convicted eight people over the ____ truck attack that killed 86 people on the seafront.',
					'2016',
					false
				],
				['How many people were killed in the truck attack in Nice?', '86', true]
			]
		],
		[
			'"The gunman, who worked at a hotel in Sousse, killed 38 tourists on the beach": the attack stays in Sousse (a read of this change, probe worked5)',
			'2015-06-28',
			doc('SOUSSE, Tunisia - The gunman, who worked at a hotel in Sousse, killed 38 tourists on the beach on Friday.'),
			[
				['When did the attack on the beach in Sousse take place?', '26 June 2015', false],
				['How many tourists were killed in the 26 June 2015 attack on the beach in Sousse?', '38', false]
			]
		],
		[
			'"The attack left behind 148 dead": a toll (a read of this change, probe left1)',
			'2015-04-03',
			doc(
				'GARISSA, Kenya - Al-Shabab gunmen stormed Garissa University College on Thursday. The attack left behind 148 dead, most of them students.'
			),
			[
				['When did the attack by Al-Shabab gunmen on Garissa University College take place?', '2 April 2015', false],
				[
					'How many people were killed in the 2 April 2015 attack by Al-Shabab gunmen on Garissa University College?',
					'148',
					false
				]
			]
		],
		[
			'"The Emergency hospital in Kabul said it had received more than 400 wounded": the city a hospital is in places the attack (a read of this change, probe hosp2)',
			'2017-05-31',
			doc(
				'KABUL - A truck bomb exploded on Wednesday morning, killing 90 people. The Emergency hospital in Kabul said it had received more than 400 wounded.'
			),
			[
				['A truck bomb exploded on ____, killing 90 people.', '31 May 2017', false],
				['How many people were killed in the attack in Kabul?', '90', false],
				['How many people were injured in the attack in Kabul?', 'more than 400', false]
			]
		],
		[
			'"killed three people …, including Krystle Campbell, who worked at a restaurant from 2005 to 2012": a victim\'s years are no count over years (a read of this change, probe years8)',
			'2013-04-20',
			doc(
				'BOSTON - The bombs killed three people on Monday, including Krystle Campbell, who worked at a restaurant from 2005 to 2012.'
			),
			[
				['The bombs killed three people on ____, including Krystle Campbell', '15 April 2013', false],
				['Including Krystle Campbell, who worked at a restaurant from ____ to 2012.', '2005', false],
				['Including Krystle Campbell, who worked at a restaurant from 2005 to ____.', '2012', false],
				['The bombs killed ____ people on Monday, including Krystle Campbell', 'three', true]
			]
		]
	])('%s', (_why, published, text, expected) => {
		expect(all(text, published)).toEqual(expected);
	});
});

describe('readings mended in review 50, each on its minimal text', () => {
	it.each<[string, string, string, (string | boolean)[][]]>([
		// review 50 rows
		[
			"days counted back from a year ('since 2012', then 'The attack came five days after') date nothing (CV 03-18)",
			'2015-11-25',
			doc(
				'Our own count, drawn from court records and police briefings, puts the number of Bosnian citizens who have travelled to Syria and Iraq since 2012 at about 330, including some 60 women.',
				'The attack came five days after the coordinated attacks in Paris, which killed 130 people, and officials in Sarajevo fear imitation.'
			),
			[
				[
					'Our own count, drawn from court records and police briefings, puts the number of Bosnian citizens who have travelled to Syria and Iraq since 2012 at about 330, including ____ women.',
					'some 60',
					false
				],
				['How many people were killed in the attacks in Paris?', '130', false]
			]
		],
		[
			"a place past the comma of an opening 'after the synagogue attack,' is the main clause's, not the recalled attack's (CZ 06-12)",
			'2023-01-30',
			doc(
				'Less than 24 hours after the synagogue attack, on Saturday morning, a 13-year-old Palestinian boy opened fire near the City of David in the Silwan neighbourhood, wounding a father and son, aged 47 and 23.',
				'The Friday attack was the deadliest against Israelis in Jerusalem since 2008, when a Palestinian gunman killed eight students at the Mercaz HaRav yeshiva.'
			),
			[
				[
					'Less than 24 hours after the synagogue attack, on ____, a 13-year-old Palestinian boy opened fire near the City of David in the Silwan neighbourhood',
					'28 January 2023',
					false
				],
				['The ____ attack was the deadliest against Israelis in Jerusalem since 2008', '27 January 2023', false],
				['How many students were killed in the attack on the Mercaz HaRav yeshiva?', 'eight', false]
			]
		],
		[
			'"who quit as mayor": a role its holder left as another office is still asked "Who is …?" (a read of review 50\'s changes, probe quit-role)',
			'2016-07-20',
			doc(
				"Nice's deputy mayor, Christian Estrosi, who quit as mayor last year, criticised the state over the truck attack that killed 84 people on July 14."
			),
			[
				[
					"Nice's deputy mayor, Christian Estrosi, who quit as mayor ____, criticised the state over the truck attack that killed 84 people on July 14.",
					'2015',
					false
				],
				[
					"Nice's deputy mayor, Christian Estrosi, who quit as mayor last year, criticised the state over the truck attack that killed 84 people on ____.",
					'14 July 2016',
					false
				],
				[
					"Nice's deputy mayor, Christian Estrosi, who quit as mayor last year, criticised the state over the truck attack that killed ____ people on July 14.",
					'84',
					true
				],
				["Who is Nice's deputy mayor?", 'Christian Estrosi', false]
			]
		],
		[
			'"released through Ahmad Salkida, a journalist": a person after "through" keeps the role (a read of review 50\'s changes, probe through-person)',
			'2014-05-06',
			doc(
				"The group's leader, Abubakar Shekau, said in a video released through Ahmad Salkida, a journalist with contacts in the group, that it had abducted the schoolgirls from Chibok on April 14."
			),
			[
				['When did the abduction in Chibok take place?', '14 April 2014', false],
				['From a report on the abduction in Chibok: Who is the leader?', 'Abubakar Shekau', false],
				['Who is the journalist with contacts in the group?', 'Ahmad Salkida', false]
			]
		],
		[
			'"shot down two army helicopters and attacked a police station": the helicopters are what was hit, no air power that struck (a read of review 50\'s changes, probe airpower-victim)',
			'2016-02-21',
			doc(
				'Militants shot down two army helicopters and attacked a police station in Bakassi on Saturday, killing 12 officers, officials said.'
			),
			[
				['When did the attack at a police station in Bakassi take place?', '20 February 2016', false],
				['How many officers were killed in the 20 February 2016 attack at a police station in Bakassi?', '12', false]
			]
		],
		[
			'"brought down the roof of the school": no attack on a roof (a read of review 50\'s changes, probe brought-roof)',
			'2021-05-09',
			doc(
				"The explosion brought down the roof of the school in Kabul's Dasht-e-Barchi district, killing at least 85 people, most of them girls."
			),
			[["How many people were killed in the explosion in Kabul's Dasht-e-Barchi district?", 'at least 85', false]]
		],
		[
			'"A third, in London last month, had been foiled": a foiled plot is no attack (a read of review 50\'s changes, probe ordinal-year)',
			'2017-05-23',
			doc(
				'A suicide bomber killed 22 people at a concert in Manchester on Monday. A third, in London last month, had been foiled by police, officials said.'
			),
			[
				['When did the attack on a concert in Manchester take place?', '22 May 2017', false],
				['How many people were killed in the 22 May 2017 attack on a concert in Manchester?', '22', false]
			]
		],
		[
			'"The first was Ahmed Hussein, on 3 February": a person named in a series is no place of an attack (a read of review 50\'s changes, probe series-person)',
			'2018-11-20',
			doc(
				'Three journalists have been killed in the region this year. The first was Ahmed Hussein, on 3 February, shot outside his home in Gao. The second was Moussa Diallo, on 12 June, killed by a roadside bomb.'
			),
			[
				['____ journalists have been killed in the region this year.', 'Three', false],
				['The first was Ahmed Hussein, on ____, shot outside his home in Gao.', '3 February 2018', false],
				['The second was Moussa Diallo, on ____, killed by a roadside bomb.', '12 June 2018', false]
			]
		],
		[
			'"49 people were wounded across both sites": one attack\'s total (a read of review 50\'s changes, probe across-sites)',
			'2019-03-16',
			doc(
				'A gunman killed 50 people in attacks on two mosques in Christchurch on Friday. Police said 49 people were wounded across both sites.'
			),
			[
				['When did the attacks on two mosques in Christchurch take place?', '15 March 2019', false],
				['How many people were killed in the 15 March 2019 attacks on two mosques in Christchurch?', '50', false],
				['How many people were injured in the 15 March 2019 attacks on two mosques in Christchurch?', '49', false]
			]
		],
		[
			'"Taken together, the two blasts killed 23": one attack\'s toll (a read of review 50\'s changes, probe taken-together-one)',
			'2017-02-17',
			doc(
				'Two suicide bombers struck a crowded market in Maiduguri on Thursday, blowing themselves up seconds apart. Taken together, the two blasts killed 23 people, police said.'
			),
			[
				['When did the attack at a crowded market in Maiduguri take place?', '16 February 2017', false],
				['How many people were killed in the 16 February 2017 attack at a crowded market in Maiduguri?', '23', false]
			]
		],
		[
			'"It came a week after a bombing at a market in Maiduguri", in a paragraph on an attack of 2015: not counted back from the story\'s Kano attack, and a week back from a year dates nothing (a read of review 50\'s changes, probe it-came-bg; review 50, CV 03-18)',
			'2024-03-10',
			doc(
				'Gunmen attacked a mosque in Kano on March 8, killing 12 worshippers.',
				"In 2015, a suicide bomber struck the city's central mosque, killing 120 people. It came a week after a bombing at a market in Maiduguri."
			),
			[
				['When did the attack on a mosque in Kano take place?', '8 March 2024', false],
				['How many worshippers were killed in the 8 March 2024 attack on a mosque in Kano?', '12', false],
				["When did the attack on the city's central mosque take place?", '2015', false],
				["How many people were killed in the attack on the city's central mosque in 2015?", '120', false]
			]
		],
		[
			'"The violence, which left at least 40 people dead", of one attack: its toll, no conflict\'s (a read of review 50\'s changes, probe violence-attack)',
			'2022-06-07',
			doc(
				'Gunmen opened fire on worshippers at St Francis Catholic Church in Owo on Sunday. The violence, which left at least 40 people dead, was condemned by the president.'
			),
			[
				['When did the attack on St Francis Catholic Church in Owo take place?', '5 June 2022', false],
				[
					'How many people were killed in the 5 June 2022 attack on St Francis Catholic Church in Owo?',
					'at least 40',
					false
				]
			]
		],
		[
			'"The fighting, in which 21 people were killed", of one siege: its toll, no conflict\'s (a read of review 50\'s changes, probe fighting-attack)',
			'2022-08-21',
			doc(
				'Al-Shabaab fighters stormed the Hayat hotel in Mogadishu on Friday. The fighting, in which 21 people were killed, lasted 30 hours.'
			),
			[
				[
					'When did the attack by Al-Shabaab fighters on the Hayat hotel in Mogadishu take place?',
					'19 August 2022',
					false
				],
				[
					'How many people were killed in the 19 August 2022 attack by Al-Shabaab fighters on the Hayat hotel in Mogadishu?',
					'21',
					false
				]
			]
		],
		[
			'"… Eight other people were also injured": others besides those counted, no count of all the injured (a read of review 50\'s changes, probe other-dead-inj)',
			'2022-01-24',
			doc(
				'Two soldiers were wounded in the ambush near Gao on Saturday. Five other people were also wounded, the army said.'
			),
			[
				['When did the ambush in Gao take place?', '22 January 2022', false],
				['How many soldiers were injured in the 22 January 2022 ambush in Gao?', 'Two', false],
				['How many other people were injured in the 22 January 2022 ambush in Gao?', 'Five', false]
			]
		],
		[
			'a headline that "cuts Easter bombings death toll to about 253": the earlier 359 the story recalls is no longer asked as the toll (CY 01-4)',
			'2019-04-25',
			doc(
				'UPDATE 3-Sri Lanka cuts Easter bombings death toll to about 253, citing double-counted remains',
				'Police had said on Wednesday that 359 people were killed and about 500 wounded in the attacks on Easter Sunday, April 21, when suicide bombers struck three churches and three luxury hotels within about 20 minutes of each other.'
			),
			[
				['How many people were killed in the 21 April 2019 Easter bombings?', 'about 253', false],
				['When did the Easter bombings take place?', '21 April 2019', false],
				['How many people were injured in the 21 April 2019 Easter bombings?', 'about 500', false]
			]
		],
		[
			'"The attack came a day after gunmen killed 43 farmers near Zabarmari … and a week after bombs killed 14 people in Bamiyan": the second span counts back too, so Bamiyan is not trusted with the day before the attack (found in writing a row of review 50)',
			'2020-11-30',
			doc(
				'GHAZNI - A suicide car bomber struck a security forces base in Ghazni on Sunday, killing 30 soldiers.',
				'The attack came a day after gunmen killed 43 farmers near Zabarmari in Nigeria and a week after bombs killed 14 people in Bamiyan.'
			),
			[
				['When did the attack on a security forces base in Ghazni take place?', '29 November 2020', false],
				[
					'How many soldiers were killed in the 29 November 2020 attack on a security forces base in Ghazni?',
					'30',
					false
				],
				['When did the attack in Bamiyan take place?', '28 November 2020', true],
				['How many farmers were killed in the attack in Zabarmari, Nigeria?', '43', false],
				['How many people were killed in the attack in Bamiyan?', '14', false]
			]
		],
		[
			'"Taken together they killed at least 87 people", after a week\'s attacks: a sum of several attacks, no toll of one (review 50, after r207)',
			'2020-11-30',
			doc(
				'GHAZNI - A suicide car bomber struck a security forces base in Ghazni on Sunday, killing 30 soldiers.',
				'It was the third attack of a bloody week, after gunmen killed 43 farmers near Zabarmari in Nigeria and bombs killed 14 people in Bamiyan. Taken together they killed at least 87 people by the counts of local officials.'
			),
			[
				['When did the attack on a security forces base in Ghazni take place?', '29 November 2020', false],
				[
					'How many soldiers were killed in the 29 November 2020 attack on a security forces base in Ghazni?',
					'30',
					false
				],
				[
					'How many farmers were killed in the 29 November 2020 attack on a security forces base in Ghazni?',
					'43',
					true
				],
				['How many people were killed in the attack in Bamiyan?', '14', false],
				['Taken together they killed ____ people by the counts of local officials.', 'at least 87', false]
			]
		],
		[
			'a speaker\'s "who ordered the attack", naming nothing, counts no mention of the Sylhet attack a background paragraph had just told, so the verdict\'s officials are framed by the rally attack (CY 03-17, 03-18)',
			'2018-10-10',
			doc(
				'A special court in Dhaka on Wednesday sentenced 19 people to death and 19 others to life in prison for the grenade attack on an Awami League rally in 2004 that killed 24 people and nearly killed Sheikh Hasina, now the prime minister. Here is what happened and why the case still divides the country.',
				'Harkat-ul-Jihad al-Islami was also blamed for a grenade attack on the British High Commissioner, Anwar Choudhury, at a shrine in Sylhet on May 21, 2004, which killed three people.',
				'The death sentences must be confirmed by the High Court, and the convicts can appeal. Law Minister Anisul Huq said the government would press Britain to send Tarique Rahman home.',
				'"For the families, this is the first time anyone has been held to account," said Mahfuza Anwar, who teaches political science at a private university in Dhaka. "For the country, the fight over who ordered the attack is only beginning."'
			),
			[
				[
					'A special court in Dhaka on ____ sentenced 19 people to death and 19 others to life in prison for the grenade attack on an Awami League rally in 2004 that killed 24 people and nearly killed Sheikh Hasina, now the prime minister.',
					'10 October 2018',
					false
				],
				[
					'A special court in Dhaka on Wednesday sentenced 19 people to death and 19 others to life in prison for the grenade attack on an Awami League rally in ____ that killed 24 people and nearly killed Sheikh Hasina, now the prime minister.',
					'2004',
					false
				],
				['How many people were killed in the attack at an Awami League rally in Dhaka?', '24', false],
				['When did the attack in Sylhet take place?', '21 May 2004', false],
				['How many people were killed in the 21 May 2004 attack in Sylhet?', 'three', false],
				['Who is the British High Commissioner?', 'Anwar Choudhury', false],
				['From a report on the attack at an Awami League rally in Dhaka: Who is the Law Minister?', 'Anisul Huq', false]
			]
		],
		[
			'"Three deadly attacks in three countries in nine days", then "Our count: three killed and 17 injured across the three attacks this week": attacks counted across countries are no sites of the blast in view, and a sum across them is no toll of it (CV 05-17, 05-18)',
			'2010-07-03',
			doc(
				'Security week: a blast in Bugojno',
				'Three deadly attacks in three countries in nine days have given the region its most violent stretch in years.',
				'Our count: three killed and 17 injured across the three attacks this week.'
			),
			[
				['____ killed and 17 injured across the three attacks this week.', 'three', true],
				['Our count: three killed and ____ injured across the three attacks this week.', '17', false]
			]
		],
		[
			'"attacked a border police post in the village of Gosince … An unknown group calling itself the National Liberation Army later claimed the raid": a border police post is a venue, so the claim is of the raid on it (CV 02-22)',
			'2015-05-10',
			doc(
				'The ministry says two officers died of their wounds during the night and a third was found dead in a house in the Diva Naselba neighbourhood when units moved in at dawn.',
				'Saturday 9 May, 07:30 - Reminder: last month, on April 21, about 40 armed men in uniforms attacked a border police post in the village of Gosince near the Kosovo border, tied up the officers and took their weapons. Nobody was hurt. An unknown group calling itself the National Liberation Army later claimed the raid.'
			),
			[
				['How many officers were killed in the attack in the Diva Naselba neighbourhood?', 'two', true],
				[
					'____, 07:30 - Reminder: last month, on April 21, about 40 armed men in uniforms attacked a border police post in the village of Gosince near the Kosovo border, tied up the officers and took their weapons.',
					'9 May 2015',
					false
				],
				['When did the attack on a border police post in Gosince take place?', '21 April 2015', false],
				[
					'Who claimed responsibility for the 21 April 2015 attack on a border police post in Gosince?',
					'the National Liberation Army',
					false
				]
			]
		],
		[
			'"a bomb hidden in a soft drink can brought down Metrojet Flight 9268 …, killing all 224 people on board": an airliner brought down is an attack of its own, with its day and toll, not the El-Arish attacks told before (CZ 09-15)',
			'2018-02-12',
			doc(
				'On January 29, 2015, coordinated attacks on a military base, a police headquarters and other targets in El-Arish killed at least 30 people, most of them soldiers.',
				"The group's deadliest claimed attack came on October 31, 2015, when a bomb hidden in a soft drink can brought down Metrojet Flight 9268 shortly after it took off from Sharm el-Sheikh, killing all 224 people on board, most of them Russian tourists."
			),
			[
				['When did the attacks on a military base in El-Arish take place?', '29 January 2015', false],
				[
					'How many people were killed in the 29 January 2015 attacks on a military base in El-Arish?',
					'at least 30',
					false
				],
				['When did the attack on Metrojet Flight 9268 take place?', '31 October 2015', false],
				['How many people were killed in the 31 October 2015 attack on Metrojet Flight 9268?', '224', false]
			]
		],
		[
			'"air force jets have struck vehicles used by the attackers and hit weapons depots": a state\'s air strike is no attack, and a toll of the page is not its (CZ 02-6)',
			'2017-11-24',
			doc(
				'21:50 - Military sources tell Egyptian state television that air force jets have struck vehicles used by the attackers and hit weapons depots in the mountains around Bir al-Abed.',
				'20:15 - The health ministry has raised the toll to 184 dead and 125 wounded.'
			),
			[
				['The health ministry has raised the toll to ____ dead and 125 wounded.', '184', true],
				['The health ministry has raised the toll to 184 dead and ____ wounded.', '125', true]
			]
		],
		[
			'"Minutes later a second bomb in Sukedhara killed one man. A third, at Nagdhunga …, wounded two.": an ordinal with its noun left out and a place is a site of its own (CY 05-5)',
			'2019-05-27',
			doc(
				'The South Asia Security Brief: three blasts in Kathmandu',
				'Three explosions ripped through parts of Kathmandu on Sunday evening, killing four people and wounding seven, the deadliest bombings in the capital in years. Minutes later a second bomb in Sukedhara killed one man. A third, at Nagdhunga on the western edge of the valley, wounded two.'
			),
			[
				['When did the three blasts in Kathmandu take place?', '26 May 2019', false],
				['How many people were killed in the three blasts in Kathmandu on 26 May 2019?', 'four', false],
				['How many people were injured in the three blasts in Kathmandu on 26 May 2019?', 'seven', false],
				['How many people were killed in the 26 May 2019 bombing in Sukedhara?', 'one', false],
				['How many people were injured in the 26 May 2019 attack in Nagdhunga?', 'two', false]
			]
		],
		[
			'"41 of the wounded were being treated there, 12 of them in a critical condition": the state of some of one hospital\'s wounded is no count of all the wounded (CY 09-8)',
			'2005-06-07',
			doc(
				'चितवन, जेठ २३ (गण्डकी दैनिक) - CHITWAN, Jestha 23 - At least 38 people were killed and more than 70 injured on Monday morning when a landmine planted by the Maoists exploded under a crowded passenger bus at Badarmude in Madi, in the south of Chitwan district.',
				'Doctors at Bharatpur Hospital said 41 of the wounded were being treated there, 12 of them in a critical condition.'
			),
			[
				[
					'When did the bombing by Maoists on a crowded passenger bus in Badarmude, Madi take place?',
					'6 June 2005',
					false
				],
				[
					'How many people were killed in the 6 June 2005 bombing by Maoists on a crowded passenger bus in Badarmude, Madi?',
					'at least 38',
					false
				],
				[
					'How many people were injured in the 6 June 2005 bombing by Maoists on a crowded passenger bus in Badarmude, Madi?',
					'more than 70',
					false
				],
				[
					'How many of those injured in the 6 June 2005 bombing by Maoists on a crowded passenger bus in Badarmude, Madi were taken to Bharatpur Hospital?',
					'41',
					false
				]
			]
		],
		[
			'"Caption 2: Relatives gather at the grave of Father Célestin Ngoumbango, one of two priests killed in the attack, … November 21, 2018.": a numbered caption is a caption, its photo\'s day no day of the attack (CX 10-7)',
			'2018-11-24',
			doc(
				'Caption 2: Relatives gather at the grave of Father Célestin Ngoumbango, one of two priests killed in the attack, in the grounds of the Catholic mission in Alindao, November 21, 2018.'
			),
			[]
		],
		[
			'"the Hema-Lendu conflict of 1999 to 2003, in which an estimated 50,000 people died": a count of a conflict, told in its relative clause, is no attack\'s toll (CX 09-16)',
			'2023-06-26',
			doc(
				'The deadliest single attack came on the night of February 1, 2022, at the Plaine Savo site for displaced people, where fighters killed at least 60 people, many of them women and children.',
				'The clashes revive the memory of the Hema-Lendu conflict of 1999 to 2003, in which an estimated 50,000 people died.'
			),
			[
				['When did the attack on the Plaine Savo site take place?', '1 February 2022', false],
				['How many people were killed in the 1 February 2022 attack on the Plaine Savo site?', 'at least 60', false],
				[
					'The clashes revive the memory of the Hema-Lendu conflict of ____ to 2003, in which an estimated 50,000 people died.',
					'1999',
					false
				],
				[
					'The clashes revive the memory of the Hema-Lendu conflict of 1999 to ____, in which an estimated 50,000 people died.',
					'2003',
					false
				],
				[
					'The clashes revive the memory of the Hema-Lendu conflict of 1999 to 2003, in which ____ people died.',
					'an estimated 50,000',
					false
				]
			]
		],
		[
			'"Islamic State claimed on March 29 that its fighters had killed 55 people": the attackers\' claimed count is no toll, a day between the claim and its words (CX 03-3)',
			'2021-04-08',
			doc(
				'The assault on Palma that began on March 24 was the most ambitious operation yet by the insurgents that Mozambicans call al-Shabaab and that Islamic State presents as its Central Africa Province.',
				'Islamic State claimed on March 29 that its fighters had killed 55 people, among them soldiers and Christians, and had taken control of the town.'
			),
			[['When did the assault on Palma take place?', '24 March 2021', false]]
		],
		[
			'"… tracking the group towards Virunga National Park, a military spokesman said": the park is where the troops go, not the spokesman\'s name (CX 02-3)',
			'2023-06-17',
			doc(
				'Troops backed by helicopters are tracking the group towards Virunga National Park, a military spokesman said.'
			),
			[]
		],
		[
			'"at a Pentecostal church in the eastern Congolese border town of Kasindi": three words before "town of" still name the town; and the 41 taken to Kasindi\'s hospital are the church\'s wounded (CX 01-8)',
			'2023-01-16',
			doc(
				'KASINDI, Democratic Republic of Congo, Jan 16 (Lakeside Wire) - A bomb exploded during a Sunday service at a Pentecostal church in the eastern Congolese border town of Kasindi, killing at least 14 worshippers and wounding 63, the government said on Monday.',
				'Of the wounded, 41 were taken to the general referral hospital in Kasindi and the rest to clinics in Beni, about 80 km to the west, a local health official told Lakeside Wire.',
				'On Dec. 25, 2021, a suicide bomber blew himself up at the entrance of a crowded restaurant in Beni, killing six people as well as himself.'
			),
			[
				['How many worshippers were killed in the bombing at a Pentecostal church in Kasindi?', 'at least 14', false],
				['How many people were injured in the bombing at a Pentecostal church in Kasindi?', '63', false],
				[
					'How many of those injured in the bombing at a Pentecostal church in Kasindi were taken to the general referral hospital?',
					'41',
					false
				],
				['When did the bombing at a crowded restaurant in Beni take place?', '25 December 2021', false],
				['How many people were killed in the 25 December 2021 bombing at a crowded restaurant in Beni?', 'six', false]
			]
		],
		[
			'a correction note, "Correction: An earlier version of this story said … It also said the attack happened on Tuesday evening; it happened on Monday evening.", is no part of the story: the error it withdraws is not asked (CW 01-15)',
			'2024-11-13',
			doc(
				'ZHUHAI, Nov 13 - A man drove his car into people exercising at a sports centre in Zhuhai on Monday evening, killing 35 people and injuring 43, police said.',
				'Correction: An earlier version of this story said 34 people had been injured. Police said 43 were injured. It also said the attack happened on Tuesday evening; it happened on Monday evening.'
			),
			[
				[
					'When did the attack on people exercising at a sports centre in Zhuhai take place?',
					'11 November 2024',
					false
				],
				[
					'How many people were killed in the 11 November 2024 attack on people exercising at a sports centre in Zhuhai?',
					'35',
					false
				],
				[
					'How many people were injured in the 11 November 2024 attack on people exercising at a sports centre in Zhuhai?',
					'43',
					false
				]
			]
		],
		[
			'"would be reviewed after Saturday\'s attack": a day\'s attack has happened, whatever the clause looks forward to; and "next month\'s leaders\' summit … from May 19 to May 21" is still to come (CW 05-14)',
			'2023-04-17',
			doc(
				'Pipe bomb at Kishida campaign stop',
				'A man threw a pipe-shaped explosive at Prime Minister Fumio Kishida on Saturday morning as he prepared to give a campaign speech at the Saikazaki fishing port in Wakayama city.',
				"Officials said security for next month's leaders' summit in Hiroshima, from May 19 to May 21, would be reviewed after Saturday's attack."
			),
			[
				['When did the attack in Prime Minister Fumio Kishida take place?', '15 April 2023', false],
				[
					'From a report on the attack in Prime Minister Fumio Kishida: Who is the Prime Minister?',
					'Fumio Kishida',
					false
				],
				[
					"From a report on the attack in Prime Minister Fumio Kishida: Officials said security for ____'s leaders' summit in Hiroshima, from May 19 to May 21, would be reviewed after Saturday's attack.",
					'May 2023',
					false
				]
			]
		],
		[
			'"Wednesday: The National Police Agency is due to present a report on the Wakayama attack": a diary\'s day heads what follows its colon, here still to come (CW 05-15)',
			'2023-04-17',
			doc(
				'Wednesday: The National Police Agency is due to present a report on the Wakayama attack to the National Public Safety Commission.'
			),
			[
				[
					'____: The National Police Agency is due to present a report on the Wakayama attack to the National Public Safety Commission.',
					'19 April 2023',
					false
				]
			]
		],
		[
			'"The head of the National Police Agency, Itaru Nakamura, resigned in August": a role its holder left is asked in the past (CW 05-8, 05-9)',
			'2023-04-17',
			doc('The head of the National Police Agency, Itaru Nakamura, resigned in August over the security failures.'),
			[
				[
					'The head of the National Police Agency, Itaru Nakamura, resigned in ____ over the security failures.',
					'August 2022',
					false
				],
				['Who was the head of the National Police Agency?', 'Itaru Nakamura', false],
				['Which organisation was Itaru Nakamura with?', 'National Police Agency', false]
			]
		],
		[
			'"The best-known Greek armed group, November 17, killed 23 people", then \'"closer to a gang than to November 17," said …\': the group\'s name written again is no day (CV 09-12)',
			'2010-07-22',
			doc(
				'The best-known Greek armed group, November 17, killed 23 people between 1975 and 2000 before its members were arrested in 2002.',
				'"The Sect is closer to a gang than to November 17," said Dimitra Kallergi, who studies political violence at the Institute for Mediterranean Security in Piraeus.'
			),
			[]
		],
		[
			'a series told item by item, "The first was Boulkessi, in Mali\'s Mopti region, on 30 September", "The second was Mondoro, on 2 October": each an attack at its place, with its own counts; an army post is a venue',
			'2020-04-14',
			doc(
				"Six weeks have passed since hundreds of gunmen on motorcycles overran the army post at Tessit, in Mali's Gao region. On the evening of the attack, 3 March, the army said 33 soldiers had been killed.",
				"The raid followed a pattern seen twice since the summer. The first was Boulkessi, in Mali's Mopti region, on 30 September. Reinforcements found 38 bodies, 36 of them soldiers. The second was Mondoro, on 2 October, when fighters breached the camp at dawn. The army put the toll at 25 soldiers killed.",
				'"Three attacks, one method," said Awa Traoré, a research fellow at the Sahel Policy Centre in Bamako.'
			),
			[
				['When did the attack on the army post in Tessit take place?', '3 March 2020', false],
				['How many soldiers were killed in the 3 March 2020 attack on the army post in Tessit?', '33', false],
				['When did the attack in Boulkessi take place?', '30 September 2019', false],
				['How many people were killed in the 30 September 2019 attack in Boulkessi?', '38', false],
				['How many soldiers were killed in the 30 September 2019 attack in Boulkessi?', '36', false],
				['When did the attack in Mondoro take place?', '2 October 2019', false],
				['How many soldiers were killed in the 2 October 2019 attack in Mondoro?', '25', false],
				['Who is the research fellow at the Sahel Policy Centre in Bamako?', 'Awa Traoré', false]
			]
		],
		[
			'"On July 1, 2015, hundreds of fighters stormed army posts around Sheikh Zuweid", after the El-Arish attacks: army posts are a venue, and the counts after it are not El-Arish\'s (CZ 09-17, 09-18)',
			'2018-02-12',
			doc(
				'On January 29, 2015, coordinated attacks on a military base, a police headquarters and other targets in El-Arish killed at least 30 people, most of them soldiers. On July 1, 2015, hundreds of fighters stormed army posts around Sheikh Zuweid. The army said 17 soldiers and more than 100 militants were killed, although security officials speaking anonymously put the military toll far higher.'
			),
			[
				['When did the attacks on a military base in El-Arish take place?', '29 January 2015', false],
				[
					'How many people were killed in the 29 January 2015 attacks on a military base in El-Arish?',
					'at least 30',
					false
				],
				['When did the attack on army posts take place?', '1 July 2015', false],
				['How many soldiers were killed in the 1 July 2015 attack on army posts?', '17', true],
				['How many militants were killed in the 1 July 2015 attack on army posts?', 'more than 100', true]
			]
		],
		[
			'"In November 2014, … pledged allegiance … Weeks earlier, on October 24, its fighters had attacked an army checkpoint", read in 2018: a short span counted back from the story\'s month keeps its year (CZ 09-12, 09-13)',
			'2018-02-12',
			doc(
				'In November 2014, Ansar Bait al-Maqdis pledged allegiance to Abu Bakr al-Baghdadi and renamed itself Wilayat Sinai, or Sinai Province. Weeks earlier, on October 24, its fighters had attacked an army checkpoint at Karm al-Qawadis near Sheikh Zuweid, killing at least 30 soldiers.'
			),
			[
				[
					'In ____, Ansar Bait al-Maqdis pledged allegiance to Abu Bakr al-Baghdadi and renamed itself Wilayat Sinai',
					'November 2014',
					false
				],
				['When did the attack at an army checkpoint in Karm al-Qawadis take place?', '24 October 2014', false],
				[
					'How many soldiers were killed in the 24 October 2014 attack at an army checkpoint in Karm al-Qawadis?',
					'at least 30',
					false
				]
			]
		],
		[
			'"Of the wounded, 52 were taken to the Anuradhapura Teaching Hospital and 34 to the hospitals at Kebithigollewa and Padaviya": where the hurt were taken, each a part of the wounded, no two attacks in those towns (CY 07-4)',
			'2006-06-16',
			doc(
				'KEBITHIGOLLEWA - A mine exploded under a crowded passenger bus near Kebithigollewa on Thursday morning.',
				'Sixty-four people were killed. Eighty-six people were wounded. Of the wounded, 52 were taken to the Anuradhapura Teaching Hospital and 34 to the hospitals at Kebithigollewa and Padaviya.'
			),
			[
				['When did the bombing on a crowded passenger bus in Kebithigollewa take place?', '15 June 2006', false],
				[
					'How many people were killed in the 15 June 2006 bombing on a crowded passenger bus in Kebithigollewa?',
					'Sixty-four',
					false
				],
				[
					'How many people were injured in the 15 June 2006 bombing on a crowded passenger bus in Kebithigollewa?',
					'Eighty-six',
					false
				],
				[
					'How many of those injured in the 15 June 2006 bombing on a crowded passenger bus in Kebithigollewa were taken to the Anuradhapura Teaching Hospital?',
					'52',
					false
				],
				[
					'How many of those injured in the 15 June 2006 bombing on a crowded passenger bus in Kebithigollewa were taken to the hospitals at Kebithigollewa and Padaviya?',
					'34',
					false
				]
			]
		],
		[
			'"was hanged in April last year for the Sylhet attack": the hanging\'s day, not the attack\'s (CY 03-14)',
			'2018-10-10',
			doc(
				'Its leader, Mufti Abdul Hannan, was hanged in April last year for the Sylhet attack and was therefore dropped from this case.'
			),
			[
				[
					'Its leader, Mufti Abdul Hannan, was hanged in ____ for the Sylhet attack and was therefore dropped from this case.',
					'April 2017',
					false
				],
				['From a report on the attack in Sylhet: Who was the leader?', 'Mufti Abdul Hannan', false]
			]
		],
		[
			'"ahead of the general election due in December", in October: what is due is still to come (CY 03-16)',
			'2018-10-10',
			doc(
				'Its secretary general, Mirza Fakhrul Islam Alamgir, said the ruling was meant to keep Tarique Rahman out of politics ahead of the general election due in December.'
			),
			[
				[
					'Its secretary general, Mirza Fakhrul Islam Alamgir, said the ruling was meant to keep Tarique Rahman out of politics ahead of the general election due in ____.',
					'December 2018',
					false
				],
				['Who is the secretary general?', 'Mirza Fakhrul Islam Alamgir', false]
			]
		],
		[
			'"In 2010 he was briefly detained … It came 16 months after a bomb at the police station in Bugojno": what came is the story\'s event, counted back from its day, not from the year told just before (CV 06-7, 06-8, 06-9)',
			'2011-11-01',
			doc(
				'A court in Sarajevo on Monday ordered the man who opened fire on the U.S. embassy last Friday to be held in custody for one month, as police in Bosnia and Serbia raided the homes of people suspected of links to him.',
				'Serbian officials said Jasarevic had been known to the police. In 2010 he was briefly detained in Novi Pazar after he was found carrying a knife during a visit by the U.S. ambassador to the town.',
				'The shooting was the most serious attack on a foreign mission in Bosnia since the war. It came 16 months after a bomb at the police station in Bugojno killed one officer and injured six others, an attack for which a local man has been charged.'
			),
			[
				[
					'A court in Sarajevo on ____ ordered the man who opened fire on the U.S. embassy last Friday to be held in custody for one month, as police in Bosnia and Serbia raided the homes of people suspected of links to him.',
					'31 October 2011',
					false
				],
				['When did the attack on the U.S. embassy in Bosnia take place?', '28 October 2011', false],
				[
					'In ____ he was briefly detained in Novi Pazar after he was found carrying a knife during a visit by the U.S. ambassador to the town.',
					'2010',
					false
				],
				['When did the bombing at the police station in Bugojno take place?', 'June 2010', false],
				['How many officers were killed in the June 2010 bombing at the police station in Bugojno?', 'one', false],
				['How many people were injured in the June 2010 bombing at the police station in Bugojno?', 'six', false]
			]
		],
		[
			'"Eight other people were wounded", then "UPDATE: The number of wounded has been updated to seven" after an earlier attack that counted no wounded: the update corrects the synagogue\'s count, and "other people" are all the wounded (CZ 04-3, 04-13)',
			'2014-11-18',
			doc(
				'Israel Police statement on the terrorist attack at the Har Nof synagogue, Jerusalem',
				'Eight other people were wounded and evacuated to Shaare Zedek and Hadassah Ein Kerem hospitals, four of them in serious condition.',
				'It follows a series of attacks in recent weeks. On October 22, a driver struck passengers at the Ammunition Hill light rail station, killing a three-month-old baby girl and a 22-year-old woman from Ecuador.',
				'UPDATE, 13:30: The number of wounded has been updated to seven after one person was found to have been counted twice.'
			),
			[
				['How many people were injured in the terrorist attack on the Har Nof synagogue?', 'seven', false],
				[
					'How many people in serious condition were injured in the terrorist attack on the Har Nof synagogue?',
					'four',
					false
				],
				['When did the attack at the Ammunition Hill light rail station take place?', '22 October 2014', false]
			]
		]
	])('%s', (_why, published, text, expected) => {
		expect(all(text, published)).toEqual(expected);
	});

	it('names the story by an anniversary headline, "Twenty years after the Dolphinarium, …" (CZ 07-6)', () => {
		const text = doc(
			'Twenty-one people were killed and some 120 were wounded in the bombing, which took place shortly before midnight on June 1, 2001. Sixteen of the dead were teenagers.',
			'The bomber, Saeed Hotari, was a 22-year-old from the West Bank town of Qalqilya. Hamas later claimed the attack.'
		);
		const { cards, checks } = generate(text, {
			id: 'wire',
			title: 'Twenty years after the Dolphinarium, the survivors are still teenagers in the photographs',
			published: '2021-06-01'
		});
		expect(cards.map((c) => [c.prompt, c.answer, c.id in checks])).toEqual([
			[
				'Twenty-one people were killed and some 120 were wounded in the bombing, which took place shortly before midnight on ____.',
				'June 1, 2001',
				false
			],
			['How many people were killed in the attack on the Dolphinarium?', 'Twenty-one', false],
			['How many people were injured in the attack on the Dolphinarium?', 'some 120', false],
			['How many teenagers were killed in the attack on the Dolphinarium?', 'Sixteen', false],
			['From a report on the attack on the Dolphinarium: Who is the bomber?', 'Saeed Hotari', false],
			['Who claimed responsibility for the attack on the Dolphinarium?', 'Hamas', false]
		]);
	});
});

describe('readings mended in review 51, each on its minimal text', () => {
	it.each<[string, string, string, (string | boolean)[][]]>([
		// review 51 rows
		[
			"'UPDATE 2-Sri Lanka bus bombing toll rises to 64': a wire's version tag is no part of the place (GC 01)",
			'2006-06-16',
			doc(
				'UPDATE 2-Sri Lanka bus bombing toll rises to 64, 15 of them children',
				'By Ruwan Dissanayake',
				'ANURADHAPURA, Sri Lanka, June 16 (Palmyra News Service) - The number of people killed when a crowded bus was torn apart by roadside mines in north-central Sri Lanka on Thursday rose to 64 on Friday, hospital officials said, making it the deadliest attack on civilians since a ceasefire was signed more than four years ago.'
			),
			[['How many people were killed in the attack in Anuradhapura?', '64', false]]
		],
		[
			"'police recorded 10 shooting incidents last year, in which one person was killed and four wounded', in a report on the Abe shooting: a year's counts are no attack's (GA 08-8, 08-9)",
			'2022-07-09',
			doc(
				"TOKYO, July 9 (Pacific Daybook) - Former Prime Minister Shinzo Abe, Japan's longest-serving leader, died on Friday after being shot while giving a campaign speech in the western city of Nara, two days before an upper house election.",
				'2:45 p.m. - Kishida, close to tears, tells reporters the shooting was a barbaric act that cannot be forgiven, and says doctors are doing everything they can.',
				'Gun killings are rare in Japan: police recorded 10 shooting incidents last year, in which one person was killed and four wounded.'
			),
			[
				[
					"Former Prime Minister Shinzo Abe, Japan's longest-serving leader, died on ____ after being shot while giving a campaign speech in the western city of Nara, two days before an upper house election.",
					'8 July 2022',
					false
				],
				["Who was Japan's longest-serving leader?", 'Former Prime Minister Shinzo Abe', false],
				["From a report on the shooting in Tokyo: Who was Japan's Former Prime Minister?", 'Shinzo Abe', false],
				['Police recorded 10 shooting incidents ____, in which one person was killed and four wounded.', '2021', false]
			]
		],
		[
			"'six attackers have been killed, four in Makhachkala and two in Derbent': each place's part is of attackers, as the whole is (GE 08-8)",
			'2024-06-24',
			doc(
				'Gunmen opened fire at a synagogue in Derbent and at a police post in Makhachkala.',
				'Officials say six attackers have been killed, four in Makhachkala and two in Derbent.'
			),
			[
				['Officials say ____ attackers have been killed, four in Makhachkala and two in Derbent.', 'six', false],
				['How many attackers were killed in the attack in Makhachkala?', 'four', false],
				['How many attackers were killed in the attack on a synagogue in Derbent?', 'two', false]
			]
		],
		[
			"'Four of the seven were killed': the killed are the four, the seven who they were among (GE 06-2)",
			'2018-08-01',
			doc(
				"Two Americans who had quit their jobs to ride around the world, a Dutch psychologist and a Swiss traveller were killed in Sunday's attack in Danghara",
				'Four of the seven were killed.'
			),
			[
				['When did the attack in Danghara take place?', '29 July 2018', false],
				['How many people were killed in the 29 July 2018 attack in Danghara?', 'Four', false]
			]
		],
		[
			"'The claim follows the December bombing of St Peter and St Paul's Church …, which killed 29 worshippers', after the twin bombings of Sunday: an earlier bombing, not a site of Sunday's, and not dated by it (GD 03-6, 03-9)",
			'2017-04-13',
			doc(
				'Analysis',
				"The twin suicide bombings that struck Coptic churches in Tanta and Alexandria on Sunday were the bloodiest day for Egypt's Christians in decades.",
				"The claim follows the December bombing of St Peter and St Paul's Church, next to the Coptic cathedral in Cairo's Abbasiya district, which killed 29 worshippers, most of them women."
			),
			[
				[
					'When did the two suicide bombings at Coptic churches in Tanta and Alexandria take place?',
					'9 April 2017',
					false
				],
				["How many worshippers were killed in the bombing in St Peter in Cairo's Abbasiya district?", '29', false]
			]
		],
		[
			"'on August 9, 2001, a Hamas suicide bomber killed 15 people at the Sbarro pizzeria in central Jerusalem … On March 27, 2002, a bomber killed 30 people at a Passover meal in the Park Hotel in Netanya': a pizzeria is a venue and a meal in a hotel is at the hotel, so the second day is the Park Hotel's, not Sbarro's (GD 07-9, 07-10, 07-11)",
			'2021-06-01',
			doc(
				"Two months later, on August 9, 2001, a Hamas suicide bomber killed 15 people at the Sbarro pizzeria in central Jerusalem, seven of them children. On March 27, 2002, a bomber killed 30 people at a Passover meal in the Park Hotel in Netanya, prompting Israel's largest military operation in the West Bank since 1967."
			),
			[
				['When did the attack on the Sbarro pizzeria in Jerusalem take place?', '9 August 2001', false],
				['How many people were killed in the 9 August 2001 attack on the Sbarro pizzeria in Jerusalem?', '15', false],
				[
					'How many children were killed in the 9 August 2001 attack on the Sbarro pizzeria in Jerusalem?',
					'seven',
					false
				],
				['When did the attack on the Park Hotel in Netanya take place?', '27 March 2002', false],
				[
					"On March 27, 2002, a bomber killed 30 people at a Passover meal in the Park Hotel in Netanya, prompting Israel's largest military operation in the West Bank since ____.",
					'1967',
					false
				],
				['How many people were killed in the 27 March 2002 attack on the Park Hotel in Netanya?', '30', false]
			]
		],
		[
			"'LIVE: Uganda school attack - death toll rises to 42 as army pursues rebels into Congo': a place past 'as army pursues' is that clause's, not the attack's (GB 02-1)",
			'2023-06-17',
			doc('LIVE: Uganda school attack - death toll rises to 42 as army pursues rebels into Congo'),
			[['How many people were killed in the attack in Congo?', '42', false]]
		],
		[
			"'The final assault on the gas plant took place on Saturday', after a statement on the In Amenas attack: the forces' last assault dates no attack (ED 07-5)",
			'2013-01-21',
			doc(
				"Mr Speaker, with permission, I would like to make a statement on the terrorist attack at the In Amenas gas facility in eastern Algeria and on the Government's response.",
				'The final assault on the gas plant took place on Saturday.'
			),
			[['The final assault on the gas plant took place on ____.', '19 January 2013', false]]
		],
		[
			"'The Casablanca attacks come just over a year after the bombing of the El Ghriba synagogue in Djerba, in Tunisia, which killed 21 people': the 21 are Djerba's (ED 09-13)",
			'2003-05-17',
			doc(
				'Morocco had been spared this kind of violence since the attack on the Atlas Asni hotel in Marrakesh in August 1994, in which two Spanish tourists were killed. The Casablanca attacks come just over a year after the bombing of the El Ghriba synagogue in Djerba, in Tunisia, which killed 21 people in April 2002, and four days after the suicide attacks in Riyadh.'
			),
			[
				['When did the attack on the Atlas Asni hotel in Marrakesh take place?', 'August 1994', false],
				[
					'How many Spanish tourists were killed in the August 1994 attack on the Atlas Asni hotel in Marrakesh?',
					'two',
					false
				],
				[
					'The Casablanca attacks come just over a year after the bombing of the El Ghriba synagogue in Djerba, in Tunisia, which killed 21 people in ____',
					'April 2002',
					false
				],
				['How many people were killed in the bombing at the El Ghriba synagogue in Djerba?', '21', false]
			]
		],
		[
			"'A court in Salé, near Rabat, … sentenced Adil el-Atmani to death for the bombing of the Argana café on Marrakesh's Jemaa el-Fna square': the café is in Marrakesh, not the court's town (ED 05-4, 05-5, 05-6)",
			'2011-10-31',
			doc(
				"A court in Salé, near Rabat, on Friday sentenced Adil el-Atmani to death for the bombing of the Argana café on Marrakesh's Jemaa el-Fna square on April 28. The blast killed 17 people, eight of them French, and wounded more than 20."
			),
			[
				[
					"A court in Salé, near Rabat, on ____ sentenced Adil el-Atmani to death for the bombing of the Argana café on Marrakesh's Jemaa el-Fna square on April 28.",
					'28 October 2011',
					false
				],
				[
					"A court in Salé, near Rabat, on Friday sentenced Adil el-Atmani to death for the bombing of the Argana café on Marrakesh's Jemaa el-Fna square on ____.",
					'28 April 2011',
					false
				],
				['How many people were killed in the bombing at the Argana café in Marrakesh?', '17', false],
				['How many French were killed in the bombing at the Argana café in Marrakesh?', 'eight', false],
				['How many people were injured in the bombing at the Argana café in Marrakesh?', 'more than 20', false]
			]
		],
		[
			"'…, which was due to be held next month, now takes place on Friday': a main clause that says the plan changed keeps its future (probe)",
			'2017-05-30',
			doc(
				'MANCHESTER, England - A memorial for the 22 people killed in the Manchester Arena bombing, which was due to be held next month, now takes place on Friday at the cathedral, organisers said.'
			),
			[
				[
					'A memorial for the 22 people killed in the Manchester Arena bombing, which was due to be held ____, now takes place on Friday at the cathedral, organisers said.',
					'June 2017',
					false
				],
				[
					'A memorial for the 22 people killed in the Manchester Arena bombing, which was due to be held next month, now takes place on ____ at the cathedral, organisers said.',
					'2 June 2017',
					false
				],
				['How many people were killed in the bombing in Manchester Arena?', '22', false]
			]
		],
		[
			"'was due to appear before a Brussels judge on Thursday', in a Saturday paper: a court appearance's day, checked as a plan told in the past, dates no attack (probe)",
			'2016-03-26',
			doc(
				'PARIS - Salah Abdeslam, the only surviving suspect of the November attacks in Paris, was due to appear before a Brussels judge on Thursday over a shootout in Forest, his lawyer said. He was arrested in Molenbeek on March 18.'
			),
			[
				[
					'Salah Abdeslam, the only surviving suspect of the November attacks in Paris, was due to appear before a Brussels judge on ____ over a shootout in Forest, his lawyer said.',
					'24 March 2016',
					true
				],
				['Who is the only surviving suspect of the November attacks in Paris?', 'Salah Abdeslam', false]
			]
		],
		[
			"'The France-England friendly, which was due to go ahead next week, is now played on Tuesday': the Tuesday to come (probe)",
			'2015-11-15',
			doc(
				'PARIS - The France-England friendly, which was due to go ahead next week, is now played on Tuesday at Wembley as a tribute to the 130 people killed in the Paris attacks.'
			),
			[
				[
					'The France-England friendly, which was due to go ahead next week, is now played on ____ at Wembley as a tribute to the 130 people killed in the Paris attacks.',
					'17 November 2015',
					false
				],
				['How many people were killed in the attacks in Paris?', '130', false]
			]
		],
		[
			"'As in the Westgate mall attack of 2013, security forces took hours to end the siege, in which 21 people were killed': the siege is the story's, not the one compared (probe)",
			'2019-01-17',
			doc(
				'NAIROBI - Al-Shabab gunmen stormed the DusitD2 hotel complex in Nairobi on Tuesday afternoon.',
				'As in the Westgate mall attack of 2013, security forces took hours to end the siege, in which 21 people were killed.'
			),
			[
				[
					'When did the attack by Al-Shabab gunmen on the DusitD2 hotel in Nairobi take place?',
					'15 January 2019',
					false
				],
				['When did the attack on Westgate mall take place?', '2013', false],
				[
					'How many people were killed in the 15 January 2019 attack by Al-Shabab gunmen on the DusitD2 hotel in Nairobi?',
					'21',
					true
				]
			]
		],
		[
			"'Like the Beslan school siege of 2004, … the hostage crisis ended when police stormed the building; 90 people were killed in the hall': the Bataclan's 90 stay its own (probe)",
			'2015-11-15',
			doc(
				'PARIS - Gunmen stormed the Bataclan concert hall on Friday night. Like the Beslan school siege of 2004, in which 334 people died, the hostage crisis ended when police stormed the building; 90 people were killed in the hall.'
			),
			[
				['When did the attack on the Bataclan concert hall take place?', '13 November 2015', false],
				['When did the siege at Beslan school take place?', '2004', false],
				[
					'Like the Beslan school siege of 2004, in which ____ people died, the hostage crisis ended when police stormed the building',
					'334',
					true
				],
				['How many people were killed in the 13 November 2015 attack on the Bataclan concert hall?', '90', false]
			]
		],
		[
			"'2. UAE: TERROR LIST' over a foreign minister: an acronym in a capitals heading is kept as written, and the minister is not Indonesia's (probe)",
			'2016-01-21',
			doc(
				'Gulf Security Weekly: Jakarta and beyond',
				'1. INDONESIA: JAKARTA ATTACK',
				'Gunmen and suicide bombers attacked a Starbucks cafe and a police post on Jalan Thamrin in Jakarta on Thursday, killing four civilians.',
				'2. UAE: TERROR LIST',
				"Foreign Minister Abdullah bin Zayed said 83 groups would stay on the country's list of terrorist organisations."
			),
			[
				['When did the attack on a Starbucks cafe in Jakarta take place?', '21 January 2016', false],
				['How many civilians were killed in the 21 January 2016 attack on a Starbucks cafe in Jakarta?', 'four', false],
				[
					'From a report on the attack on a Starbucks cafe in Jakarta: Who is the Foreign Minister?',
					'Abdullah bin Zayed',
					false
				]
			]
		],
		[
			"'2. US: DRONE STRIKES' over 'President Barack Obama', in a newsletter led by the Bamako siege: not Mali's President (probe)",
			'2015-11-27',
			doc(
				'Sahel Security Weekly: Bamako siege aftermath',
				'1. MALI: ARRESTS AFTER THE RADISSON BLU SIEGE',
				'Malian security forces said on Thursday they had arrested two men suspected of links to the gunmen who stormed the Radisson Blu hotel in Bamako last Friday. Twenty people were killed in the siege.',
				'2. US: DRONE STRIKES',
				'President Barack Obama said drone strikes against al Qaeda would continue.'
			),
			[
				['When did the attack on the Radisson Blu hotel in Bamako take place?', '20 November 2015', false],
				[
					'How many men were arrested over the 20 November 2015 attack on the Radisson Blu hotel in Bamako?',
					'two',
					false
				],
				[
					'How many people were killed in the 20 November 2015 attack on the Radisson Blu hotel in Bamako?',
					'Twenty',
					false
				],
				[
					'From a report on the attack on the Radisson Blu hotel in Bamako: Who is the President?',
					'Barack Obama',
					false
				]
			]
		],
		[
			"'2. DRC: BENI MASSACRES' over 'President Joseph Kabila': not Burkina Faso's President (probe)",
			'2016-01-21',
			doc(
				'Africa Security Weekly: Ouagadougou',
				'1. BURKINA FASO: OUAGADOUGOU HOTEL',
				'Gunmen stormed the Splendid Hotel and the Cappuccino cafe in Ouagadougou on Friday night, killing 30 people.',
				'2. DRC: BENI MASSACRES',
				'President Joseph Kabila said the army would hunt down the rebels behind the killings near Beni.'
			),
			[
				['When did the attack on the Splendid Hotel in Ouagadougou take place?', '15 January 2016', false],
				[
					'How many people were killed in the 15 January 2016 attack on the Splendid Hotel in Ouagadougou?',
					'30',
					false
				],
				[
					'From a report on the attack on the Splendid Hotel in Ouagadougou: Who is the President?',
					'Joseph Kabila',
					false
				]
			]
		],
		[
			"'in an ambush led by a Taliban commander in Helmand': the ambush is in Helmand (probe)",
			'2018-10-20',
			doc(
				'KABUL - Eleven soldiers were killed on Friday in an ambush led by a Taliban commander in Helmand, officials said.'
			),
			[
				['When did the ambush in Helmand take place?', '19 October 2018', false],
				['How many soldiers were killed in the 19 October 2018 ambush in Helmand?', 'Eleven', false]
			]
		],
		[
			"'A statement from the police commander in Kandahar said 12 people were killed when a bomb struck a crowded market': the market is in Kandahar (probe)",
			'2018-10-20',
			doc(
				'KABUL - A statement from the police commander in Kandahar said 12 people were killed when a bomb struck a crowded market on Friday.'
			),
			[
				['When did the attack at a crowded market in Kandahar take place?', '19 October 2018', false],
				['How many people were killed in the 19 October 2018 attack at a crowded market in Kandahar?', '12', false]
			]
		],
		[
			"'Four people were killed in Jalalabad on Saturday, a spokesman for the hospital in Jalalabad said': a town the count's own words name is its place, whatever hospital is there too (probe)",
			'2019-09-10',
			doc(
				'KABUL - A suicide bomber killed 20 people at a mosque in Kabul on Friday.',
				'Four people were killed in Jalalabad on Saturday, a spokesman for the hospital in Jalalabad said.'
			),
			[
				['When did the attack on a mosque in Kabul take place?', '6 September 2019', false],
				['How many people were killed in the 6 September 2019 attack on a mosque in Kabul?', '20', false],
				[
					'From a report on the attack on a mosque in Kabul: Four people were killed in Jalalabad on ____, a spokesman for the hospital in Jalalabad said.',
					'7 September 2019',
					false
				],
				['How many people were killed in the attack in Jalalabad?', 'Four', false]
			]
		],
		[
			"'on 12 November cell members drove from Brussels': a day before 'cell members' with no 'the' is a day (probe)",
			'2016-03-19',
			doc(
				'PARIS - Prosecutors said that on 12 November cell members drove from Brussels to Paris in rented cars and on 13 November carried out attacks that killed 130 people.'
			),
			[
				[
					'Prosecutors said that on ____ cell members drove from Brussels to Paris in rented cars and on 13 November carried out attacks that killed 130 people.',
					'12 November 2015',
					false
				],
				[
					'Prosecutors said that on 12 November cell members drove from Brussels to Paris in rented cars and on ____ carried out attacks that killed 130 people.',
					'13 November 2015',
					false
				],
				[
					'Prosecutors said that on 12 November cell members drove from Brussels to Paris in rented cars and on 13 November carried out attacks that killed ____ people.',
					'130',
					true
				]
			]
		],
		[
			"'struck mourners at the funeral, on 13 May, of a tribal elder': a funeral is where the attack was, and its day the attack's (probe)",
			'2018-05-14',
			doc(
				'PESHAWAR, Pakistan - A suicide bomber struck mourners at the funeral, on 13 May, of a tribal elder in Bajaur, killing 20 people.'
			),
			[
				['When did the attack at the funeral take place?', '13 May 2018', false],
				['How many people were killed in the 13 May 2018 attack at the funeral?', '20', false]
			]
		],
		[
			"'The first figures, announced on Sunday evening by President Alassane Ouattara …, had spoken of 14 civilians and two soldiers killed', after the revised toll: the first figures' counts are replaced ones (FB 09-6)",
			'2016-03-15',
			doc(
				"Abidjan, le mardi 15 mars 2016 (L'Écho de la Lagune) - The government on Monday revised the toll of Sunday's attack on the beach resort of Grand-Bassam: 19 people were killed, 16 civilians and three soldiers of the special forces, and three assailants were shot dead by the security forces, bringing the number of dead to 22.",
				'The first figures, announced on Sunday evening by President Alassane Ouattara on his visit to the scene, had spoken of 14 civilians and two soldiers killed and of six attackers "neutralised".'
			),
			[
				['When did the attack on the beach resort of Grand-Bassam take place?', '13 March 2016', false],
				['How many people were killed in the 13 March 2016 attack on the beach resort of Grand-Bassam?', '22', false],
				[
					'How many civilians were killed in the 13 March 2016 attack on the beach resort of Grand-Bassam?',
					'16',
					false
				],
				[
					'How many soldiers of the special forces were killed in the 13 March 2016 attack on the beach resort of Grand-Bassam?',
					'three',
					false
				],
				[
					'How many assailants were killed in the 13 March 2016 attack on the beach resort of Grand-Bassam?',
					'three',
					false
				],
				['How many soldiers were killed in the 13 March 2016 attack on the beach resort of Grand-Bassam?', 'two', true],
				[
					'From a report on the attack on the beach resort of Grand-Bassam: Who is the President?',
					'Alassane Ouattara',
					false
				]
			]
		],
		[
			"'11 Marines, one Navy sailor and one Army soldier were among the dead': the one is an Army soldier, not the only soldier (FD 01-7)",
			'2021-08-27',
			doc(
				"KABUL, Aug 27 (Lakeside Wire) - The number of people killed in Thursday's suicide bombing outside Kabul airport rose to at least 183 on Friday, among them 13 U.S. service members, as Western governments hurried to finish their evacuations before the Aug. 31 withdrawal deadline.",
				'U.S. Central Command said 11 Marines, one Navy sailor and one Army soldier were among the dead, and that 18 other service members had been wounded and flown out of the country for treatment.'
			),
			[
				['When did the suicide bombing at Kabul airport take place?', '26 August 2021', false],
				[
					"The number of people killed in Thursday's suicide bombing outside Kabul airport rose to at least 183 on ____, among them 13 U.S. service members, as Western governments hurried to finish their evacuations before the Aug. 31 withdrawal deadline.",
					'27 August 2021',
					false
				],
				[
					"The number of people killed in Thursday's suicide bombing outside Kabul airport rose to at least 183 on Friday, among them 13 U.S. service members, as Western governments hurried to finish their evacuations before the ____ withdrawal deadline.",
					'31 August 2021',
					false
				],
				['How many people were killed in the 26 August 2021 suicide bombing at Kabul airport?', 'at least 183', false],
				['How many Army soldiers were killed in the 26 August 2021 suicide bombing at Kabul airport?', 'one', false],
				[
					'How many other service members were injured in the 26 August 2021 suicide bombing at Kabul airport?',
					'18',
					false
				]
			]
		],
		[
			"'A TTP commander claimed it on Monday, and then the TTP denied it': a claim the sentence says was denied is checked (FD 04-4)",
			'2023-02-02',
			doc(
				"PESHAWAR, Feb 2 (Crosswind Press) - The following is an edited transcript of a news conference given on Thursday at the Central Police Office in Peshawar by Moazzam Jah Ansari, Inspector General of Police for Khyber Pakhtunkhwa, on Monday's suicide bombing at the mosque inside the Police Lines compound.",
				'A TTP commander claimed it on Monday, and then the TTP denied it.'
			),
			[
				['When did the suicide bombing at the mosque take place?', '2 February 2023', true],
				['Who claimed responsibility for the 2 February 2023 suicide bombing at the mosque?', 'TTP', true]
			]
		],
		[
			"'more than 5,000 people had been detained and 216 of them formally arrested': the arrests are the 216 (FD 03-13)",
			'2016-03-29',
			doc(
				"A suicide bombing at a crowded park in Lahore on Sunday evening has become one of the deadliest attacks in Pakistan's second-largest city.",
				'By Tuesday officials said more than 5,000 people had been detained and 216 of them formally arrested.'
			),
			[
				['When did the suicide bombing in a crowded park in Lahore take place?', '27 March 2016', false],
				[
					'How many people were arrested over the 27 March 2016 suicide bombing in a crowded park in Lahore?',
					'216',
					true
				]
			]
		],
		[
			"'16 people had been wounded and that more than 100 people, three of them foreigners, had been brought out of the building alive': the three are of those saved, no count of the wounded (FD 09-6)",
			'2020-05-13',
			doc(
				'Kabul, 24 Sawr - Three gunmen dressed in police uniforms attacked the maternity ward of the Dasht-e-Barchi hospital in the west of the capital on Tuesday morning, killing 24 people, among them mothers who had just given birth, newborn babies and a nurse, the Ministry of Interior said.',
				'He said 16 people had been wounded and that more than 100 people, three of them foreigners, had been brought out of the building alive.'
			),
			[
				['When did the attack on the maternity ward of the Dasht-e-Barchi take place?', '12 May 2020', false],
				[
					'How many people were killed in the 12 May 2020 attack on the maternity ward of the Dasht-e-Barchi?',
					'24',
					false
				],
				[
					'How many people were injured in the 12 May 2020 attack on the maternity ward of the Dasht-e-Barchi?',
					'16',
					false
				]
			]
		],
		[
			"'to report on the attack on the Abuja-Kaduna train and on the release, last Wednesday, 5 October, of the last 23 passengers': the day set off after 'the release' is the release's, not the attack's (FB 07-2)",
			'2022-10-11',
			doc(
				'I thank the House for the opportunity to report on the attack on the Abuja-Kaduna train and on the release, last Wednesday, 5 October, of the last 23 passengers who were held by the attackers.'
			),
			[
				[
					'I thank the House for the opportunity to report on the attack on the Abuja-Kaduna train and on the release, last ____, of the last 23 passengers who were held by the attackers.',
					'5 October 2022',
					false
				]
			]
		],
		[
			"'since the fall of the November 17 group': a group named by a day names no day (FE 07-6)",
			'2020-07-19',
			doc(
				"Ballistic tests showed that the same weapons had been used in the group's earlier attacks: the shooting of anti-terrorism police officer Nektarios Savvas, 41, who was killed while guarding a witness's home in the Patissia district on June 17, 2009, and a gun and grenade attack on the Alter television station in February 2009 that caused damage but no injuries.",
				'The summer of 2010 was among the most violent in Greece since the fall of the November 17 group.'
			),
			[
				[
					"The shooting of anti-terrorism police officer Nektarios Savvas, 41, who was killed while guarding a witness's home in the Patissia district on ____",
					'June 17, 2009',
					false
				],
				['When did the attack at the Alter television station take place?', 'February 2009', false],
				[
					'From a report on the attack at the Alter television station: ____ was among the most violent in Greece since the fall of the November 17 group.',
					'The summer of 2010',
					false
				]
			]
		],
		[
			"'the attack on the Jaffar Express', under an ISLAMABAD dateline: a named train is a venue, so the hostages' toll is the train's attack, not one in the dateline's city (FD 07-6)",
			'2025-03-14',
			doc(
				"ISLAMABAD, March 14 (Stonebridge Wire) - The following is the text of a statement made in the National Assembly on Friday by the Federal Minister for Interior on Tuesday's hijacking of the Jaffar Express in Balochistan, as released by the ministry in English.",
				'Mr Speaker, with your permission I wish to inform the House of the attack on the Jaffar Express and of the operation to free its passengers.',
				'Mr Speaker, it is my sad duty to report that 26 hostages were martyred.'
			),
			[
				[
					"The following is the text of a statement made in the National Assembly on ____ by the Federal Minister for Interior on Tuesday's hijacking of the Jaffar Express in Balochistan, as released by the ministry in English.",
					'14 March 2025',
					false
				],
				[
					"The following is the text of a statement made in the National Assembly on Friday by the Federal Minister for Interior on ____'s hijacking of the Jaffar Express in Balochistan, as released by the ministry in English.",
					'11 March 2025',
					false
				],
				['How many hostages were killed in the attack on the Jaffar Express?', '26', false]
			]
		],
		[
			"'On Aug. 15, 2018, a bomber walked into a maths class at the Mawoud Academy and killed 34 students. On Oct. 24, 2020, another bomber killed at least 24 people at the Kawsar-e-Danish education centre': an education centre is a venue, so the second day is its attack's, not the academy's (FD 10-19, 10-20)",
			'2021-05-15',
			doc(
				'On Aug. 15, 2018, a bomber walked into a maths class at the Mawoud Academy and killed 34 students. On Oct. 24, 2020, another bomber killed at least 24 people at the Kawsar-e-Danish education centre, most of them students.'
			),
			[
				[
					'On ____, a bomber walked into a maths class at the Mawoud Academy and killed 34 students.',
					'Aug. 15, 2018',
					false
				],
				['How many students were killed in the attack on the Mawoud Academy?', '34', false],
				['When did the attack on the Kawsar-e-Danish education centre take place?', '24 October 2020', false],
				[
					'How many people were killed in the 24 October 2020 attack on the Kawsar-e-Danish education centre?',
					'at least 24',
					false
				]
			]
		],
		[
			"'Lady Reading Hospital in Peshawar says it is treating 14 of the wounded': the hospital's town is no scene of an attack (FD 08-8)",
			'2016-01-20',
			doc(
				'Lady Reading Hospital in Peshawar says it is treating 14 of the wounded, two of them in critical condition.'
			),
			[
				[
					'Lady Reading Hospital in Peshawar says it is treating ____ of the wounded, two of them in critical condition.',
					'14',
					true
				]
			]
		],
		[
			"'The Royal London Hospital in Whitechapel alone received more than 200 casualties': no attack in Whitechapel (EB 08-11)",
			'2006-07-07',
			doc(
				'The toll rose over the following days to 52 as bodies were recovered from the Piccadilly Line tunnel. The Royal London Hospital in Whitechapel alone received more than 200 casualties.'
			),
			[['The Royal London Hospital in Whitechapel alone received ____ casualties.', 'more than 200', true]]
		],
		[
			"'Officials said eight foreign citizens were among the dead': the group is foreign citizens, not citizens (FC 01-6)",
			'2011-01-25',
			doc(
				"MOSCOW, Jan 25 (Eastbridge Wire) - A suicide bomber set off an explosive device among crowds waiting in the international arrivals hall of Moscow's Domodedovo airport on Monday, killing 35 people and wounding about 180, in the deadliest attack on the Russian capital since the metro bombings of last March.",
				'Officials said eight foreign citizens were among the dead, including a Briton, a German and an Austrian.'
			),
			[
				[
					"When did the bombing at the international arrivals hall of Moscow's Domodedovo take place?",
					'24 January 2011',
					false
				],
				[
					"A suicide bomber set off an explosive device among crowds waiting in the international arrivals hall of Moscow's Domodedovo airport on Monday, killing 35 people and wounding about 180, in the deadliest attack on the Russian capital since the metro bombings of ____.",
					'March 2010',
					false
				],
				[
					"How many people were killed in the 24 January 2011 bombing at the international arrivals hall of Moscow's Domodedovo?",
					'35',
					false
				],
				[
					"How many people were injured in the 24 January 2011 bombing at the international arrivals hall of Moscow's Domodedovo?",
					'about 180',
					false
				],
				[
					"How many foreign citizens were killed in the 24 January 2011 bombing at the international arrivals hall of Moscow's Domodedovo?",
					'eight',
					false
				]
			]
		],
		[
			"'In December 2017 a homemade bomb hidden in a locker at a Perekrestok supermarket injured 13 people; Islamic State claimed that attack', in a report on the metro bombing's trial: the supermarket bombing is an event of its own, with its count and its claim (FC 08-12, 08-13)",
			'2019-12-10',
			doc(
				'ST PETERSBURG, Dec 10 - A military court on Tuesday sentenced Abror Azimov to life imprisonment for organising the suicide bombing on the St Petersburg metro in April 2017, and jailed ten other defendants for between 19 and 28 years.',
				'In December 2017 a homemade bomb hidden in a locker at a Perekrestok supermarket injured 13 people; Islamic State claimed that attack.'
			),
			[
				[
					'ST PETERSBURG, Dec 10 - A military court on ____ sentenced Abror Azimov to life imprisonment for organising the suicide bombing on the St Petersburg metro in April 2017',
					'10 December 2019',
					false
				],
				['When did the suicide bombing on the St Petersburg metro take place?', 'April 2017', false],
				['When did the bombing at a Perekrestok supermarket take place?', 'December 2017', false],
				['How many people were injured in the December 2017 bombing at a Perekrestok supermarket?', '13', false],
				[
					'Who claimed responsibility for the December 2017 bombing at a Perekrestok supermarket?',
					'Islamic State',
					false
				]
			]
		],
		[
			"'Akbarzhon Jalilov, a 22-year-old Russian citizen born in Kyrgyzstan, set off a bomb in a train carriage': where the bomber was born is no place of the bombing (FC 08-7)",
			'2019-12-10',
			doc(
				'On April 3, 2017, Akbarzhon Jalilov, a 22-year-old Russian citizen born in Kyrgyzstan, set off a bomb in a train carriage as it travelled between Sennaya Ploshchad and Tekhnologichesky Institut stations at about 2:40 p.m.'
			),
			[['When did the bombing on a train take place?', '3 April 2017', false]]
		],
		[
			"'paid for the attack, acting on instructions from an Islamist commander in Syria': where the one who gave the orders is, is no place of the attack (FC 08-10)",
			'2019-12-10',
			doc(
				"Prosecutors said Abror Azimov had trained Jalilov and paid for the attack, acting on instructions from an Islamist commander in Syria who remains at large. A little-known group, the Imam Shamil Battalion, claimed the bombing three weeks later, saying it acted on the orders of al-Qaeda's leader."
			),
			[['Who claimed responsibility for the attack?', 'the Imam Shamil Battalion', true]]
		],
		[
			"'carried out the attack on the orders of Islamic State commanders in Raqqa', then 'Islamic State claimed the massacre': no attack in Raqqa, and the claim is the Reina nightclub's (EA 08-10)",
			'2020-09-07',
			doc(
				"SILIVRI, Istanbul, Sept 7 - A Turkish court on Monday sentenced Abdulkadir Masharipov, the Uzbek gunman who killed 39 people at Istanbul's Reina nightclub in the first hour of 2017, to 40 aggravated life sentences, closing a trial that had run for almost three years.",
				"Masharipov, 37, had told investigators that he carried out the attack on the orders of Islamic State commanders in Raqqa, who first wanted him to strike Taksim Square on New Year's Eve.",
				'Islamic State claimed the massacre the next day, saying a "soldier of the caliphate" had struck a gathering of Christians celebrating their holiday.'
			),
			[
				[
					"A Turkish court on ____ sentenced Abdulkadir Masharipov, the Uzbek gunman who killed 39 people at Istanbul's Reina nightclub in the first hour of 2017, to 40 aggravated life sentences",
					'7 September 2020',
					false
				],
				["When did the attack on Istanbul's Reina nightclub take place?", '2017', false],
				["How many people were killed in the attack on Istanbul's Reina nightclub in 2017?", '39', false],
				['Who is the Uzbek gunman?', 'Abdulkadir Masharipov', false],
				[
					"From a report on the attack on Istanbul's Reina nightclub: Masharipov, 37, had told investigators that he carried out the attack on the orders of Islamic State commanders in Raqqa, who first wanted him to strike Taksim Square on ____.",
					'31 December 2017',
					false
				],
				["Who claimed responsibility for the attack on Istanbul's Reina nightclub in 2017?", 'Islamic State', false]
			]
		],
		[
			"'3. NIGERIA: THE DECEMBER DEADLINE' over 'President Muhammadu Buhari has told his commanders …', in a newsletter led by the Bamako siege: a heading in capitals names its country, which is not the siege's (FB 05-22)",
			'2015-11-27',
			doc(
				'West Africa Security Weekly: Bamako siege aftermath, twin blasts in Yola and Kano',
				'Malian security forces said on Thursday they had arrested two men suspected of links to the gunmen who stormed the Radisson Blu hotel in Bamako last Friday.',
				'3. NIGERIA: THE DECEMBER DEADLINE',
				'President Muhammadu Buhari has told his commanders to defeat Boko Haram by the end of December.'
			),
			[
				['When did the siege at the Radisson Blu hotel in Bamako take place?', '20 November 2015', false],
				[
					'How many men were arrested over the 20 November 2015 siege at the Radisson Blu hotel in Bamako?',
					'two',
					false
				],
				[
					'From a report on the siege at the Radisson Blu hotel in Bamako: Who is the President?',
					'Muhammadu Buhari',
					false
				]
			]
		],
		[
			"'died of a heart attack in hospital on Monday': an illness's attack is no attack on the hospital (FB 06-5)",
			'2016-01-20',
			doc(
				'She was shot while sitting in a car outside the Cappuccino and died of a heart attack in hospital on Monday, after surgery.'
			),
			[
				[
					'She was shot while sitting in a car outside the Cappuccino and died of a heart attack in hospital on ____, after surgery.',
					'18 January 2016',
					false
				]
			]
		],
		[
			"'a string of suicide attacks … targeted army checkpoints and a base. Islamic State claimed the bombings, the first of them a car bomb at a checkpoint': the car bomb is one of the attacks, and the toll after it is theirs (FA 05-12)",
			'2016-07-01',
			doc(
				'In the southern port city of Mukalla, a string of suicide attacks on Monday evening targeted army checkpoints and a base as soldiers were breaking their fast. Islamic State claimed the bombings, the first of them a car bomb at a checkpoint on the western edge of the city. Medical sources first put the toll at 38 soldiers killed, and by Tuesday it had risen to 42. At least 24 soldiers were wounded.'
			),
			[
				['When did the attack on army checkpoints and a base in Mukalla take place?', '27 June 2016', false],
				[
					'Who claimed responsibility for the 27 June 2016 attack on army checkpoints and a base in Mukalla?',
					'Islamic State',
					false
				],
				[
					'How many soldiers were killed in the 27 June 2016 attack on army checkpoints and a base in Mukalla?',
					'38',
					true
				],
				[
					'How many people were killed in the 27 June 2016 attack on army checkpoints and a base in Mukalla?',
					'42',
					false
				],
				[
					'How many soldiers were injured in the 27 June 2016 attack on army checkpoints and a base in Mukalla?',
					'at least 24',
					false
				]
			]
		],
		[
			"'gunmen stormed an oil company office … in Khobar and took hostages; 22 people were killed before security forces ended the siege', after the Riyadh compound's toll: the siege is the Khobar storming the sentence named (FA 07-9)",
			'2013-05-12',
			doc(
				'On Nov. 8, 2003, a suicide bomber struck the al-Muhaya compound in western Riyadh, killing 17 people and wounding 122, many of them Arab expatriates and their children. On May 29, 2004, gunmen stormed an oil company office and a housing compound in Khobar and took hostages; 22 people were killed before security forces ended the siege.'
			),
			[
				['When did the attack on the al-Muhaya compound in Riyadh take place?', '8 November 2003', false],
				['How many people were killed in the 8 November 2003 attack on the al-Muhaya compound in Riyadh?', '17', false],
				[
					'How many people were injured in the 8 November 2003 attack on the al-Muhaya compound in Riyadh?',
					'122',
					false
				],
				[
					'When did the attack on an oil company office and a housing compound in Khobar take place?',
					'29 May 2004',
					false
				],
				[
					'How many people were killed in the 29 May 2004 attack on an oil company office and a housing compound in Khobar?',
					'22',
					false
				]
			]
		],
		[
			"'the couple were due to fly home on Thursday', in a Friday report: a plan told in the past is the nearer Thursday, the day gone, and checked (EB 06-6)",
			'2017-03-24',
			doc(
				'LONDON, March 24 (Capital Ledger) - Four people were killed and about 50 injured when Khalid Masood, 52, drove a hired car into pedestrians on Westminster Bridge on Wednesday afternoon and then stabbed a police officer inside the gates of parliament, before he was shot dead by an armed officer.',
				'Kurt Cochran, 54, from Utah in the United States, was in Europe with his wife Melissa to celebrate their 25th wedding anniversary, and the couple were due to fly home on Thursday.'
			),
			[
				['When did the attack on Westminster Bridge take place?', '22 March 2017', false],
				['How many people were killed in the 22 March 2017 attack on Westminster Bridge?', 'Four', false],
				['How many people were injured in the 22 March 2017 attack on Westminster Bridge?', 'about 50', false],
				[
					'From a report on the attack on Westminster Bridge: The couple were due to fly home on ____.',
					'23 March 2017',
					true
				]
			]
		],
		[
			"'players, who were due to stay at the Ritz-Carlton next week, train in Kuala Lumpur on Friday': the relative clause's plan does not govern the main clause's day (EC 10-13)",
			'2009-07-18',
			doc(
				"JAKARTA, July 18 (Archipelago Photo Service) - Two suicide bombers struck the J.W. Marriott and Ritz-Carlton hotels in Jakarta's Kuningan district within ten minutes of each other on Friday morning, ending four years without a major bombing in Indonesia.",
				"8. Manchester United's players, who were due to stay at the Ritz-Carlton next week, train in Kuala Lumpur on Friday after the club called off its match in Jakarta."
			),
			[
				[
					"When did the attack on the J.W. Marriott and Ritz-Carlton hotels in Jakarta's Kuningan take place?",
					'17 July 2009',
					false
				],
				[
					"Manchester United's players, who were due to stay at the Ritz-Carlton next week, train in Kuala Lumpur on ____ after the club called off its match in Jakarta.",
					'17 July 2009',
					false
				]
			]
		],
		[
			"'Saturday's test match against New Zealand has been called off', in a Friday report: the nearer Saturday, the next day (EC 02-10)",
			'2019-03-15',
			doc(
				"The Bangladesh cricket team, whose players were arriving at the Deans Avenue mosque for Friday prayers when the shooting began, are all safe, a team official says. Saturday's test match against New Zealand has been called off."
			),
			[["____'s test match against New Zealand has been called off.", '16 March 2019', false]]
		],
		[
			"'On January 30, three days after the cathedral bombing, a grenade thrown into a mosque in Zamboanga City killed two men': a grenade thrown into a venue is an attack of its own, and the place past the opening span's comma is not the cathedral's (EC 06-10)",
			'2019-02-05',
			doc(
				'On January 30, three days after the cathedral bombing, a grenade thrown into a mosque in Zamboanga City killed two men who were sleeping inside and wounded four others.'
			),
			[
				[
					'On ____, three days after the cathedral bombing, a grenade thrown into a mosque in Zamboanga City killed two men who were sleeping inside and wounded four others.',
					'30 January 2019',
					false
				],
				['How many men were killed in the attack on a mosque in Zamboanga City?', 'two', false],
				['How many people were injured in the attack on a mosque in Zamboanga City?', 'four', false]
			]
		],
		[
			"'Maduro and his wife, Cilia Flores, were unhurt', after 'over Avenida Bolivar': the name right before 'and his' is whose (EE 08-5)",
			'2022-08-05',
			doc(
				'The First Special Trial Court, which hears terrorism cases, handed down the sentences late on Thursday, exactly four years to the day after two drones carrying explosives blew up over Avenida Bolivar in central Caracas as Maduro addressed a parade of the National Guard. Maduro and his wife, Cilia Flores, were unhurt.'
			),
			[
				[
					'The First Special Trial Court, which hears terrorism cases, handed down the sentences late on ____, exactly four years to the day after two drones carrying explosives blew up over Avenida Bolivar in central Caracas as Maduro addressed a parade of the National Guard.',
					'4 August 2022',
					false
				],
				['Who is the wife of Maduro?', 'Cilia Flores', false]
			]
		],
		[
			"'Correction: An earlier version of this story said 53 people had been injured. The number of injured is 81.': the note's own figure corrects the story's event (a read of review 50's changes, probe correction-fact)",
			'2022-11-14',
			doc(
				'A bomb exploded on Istiklal Avenue in Istanbul on Sunday, killing six people.',
				'Correction: An earlier version of this story said 53 people had been injured. The number of injured is 81.'
			),
			[
				['When did the bombing on Istiklal Avenue in Istanbul take place?', '13 November 2022', false],
				['How many people were killed in the 13 November 2022 bombing on Istiklal Avenue in Istanbul?', 'six', false],
				['How many people were injured in the 13 November 2022 bombing on Istiklal Avenue in Istanbul?', '81', false]
			]
		],
		[
			"'Three days earlier on Thursday', with no commas, counts from the attack 'on Sunday' (probe days-earlier-nocomma)",
			'2015-05-30',
			doc(
				'MANDERA, Kenya - Gunmen killed 12 quarry workers near Mandera on Sunday. Three days earlier on Thursday gunmen stopped a passenger bus on the same road and killed two people.'
			),
			[
				['Gunmen killed 12 quarry workers near Mandera on ____.', '24 May 2015', false],
				['How many quarry workers were killed in the attack in Mandera?', '12', false],
				[
					'From a report on the attack in Mandera: Three days earlier on ____ gunmen stopped a passenger bus on the same road and killed two people.',
					'21 May 2015',
					false
				],
				['How many people were killed in the attack in Mandera?', 'two', true]
			]
		],
		[
			"'That very Monday', after 'on Monday 15 March': that Monday (probe that-very-monday)",
			'2021-03-22',
			doc(
				'NIAMEY - Gunmen killed 58 villagers near Banibangou on Monday 15 March. That very Monday, about a hundred fighters attacked an army unit near Tessit, killing 33 soldiers.'
			),
			[
				['Gunmen killed 58 villagers near Banibangou on ____.', '15 March 2021', false],
				['How many villagers were killed in the attack in Banibangou?', '58', false],
				['When did the attack on an army unit in Tessit take place?', '15 March 2021', false],
				['How many soldiers were killed in the 15 March 2021 attack on an army unit in Tessit?', '33', false]
			]
		],
		[
			"'Irving Younger, 69, of suburban Mount Washington, a former real estate agent': no role for where he is from (probe of-suburban)",
			'2018-10-29',
			doc(
				'PITTSBURGH - Among the dead was Irving Younger, 69, of suburban Mount Washington, a former real estate agent.'
			),
			[]
		],
		[
			"'over the weekend before being shot dead by police early on Sunday': the day of what ended the shootings (probe before-being)",
			'2015-02-16',
			doc(
				'COPENHAGEN - A gunman killed two people in two shootings in Copenhagen over the weekend before being shot dead by police early on Sunday.'
			),
			[
				[
					'A gunman killed two people in two shootings in Copenhagen over the weekend before being shot dead by police early on ____.',
					'15 February 2015',
					false
				],
				['How many people were killed in the two shootings in Copenhagen?', 'two', false]
			]
		],
		[
			"'- April 3, 2016 — … Maelbeek station reopens on April 25': a dash ends a list item's day as a colon does (probe list-item-dash)",
			'2017-03-20',
			doc(
				'Timeline of the Brussels attacks:',
				'- March 22, 2016 - Suicide bombers kill 32 people at the airport and Maelbeek station.',
				'- April 3, 2016 — The airport partially reopens. Maelbeek station reopens on April 25.'
			),
			[
				['How many people were killed in the attack at the airport and Maelbeek station?', '32', false],
				['Maelbeek station reopens on ____.', '25 April 2016', false]
			]
		],
		[
			"'The Bible study meets on Tuesday and Wednesday nights': both days said in the plural, neither is one day (probe plural-two-days)",
			'2015-06-26',
			doc(
				'CHARLESTON, South Carolina - The Bible study meets on Tuesday and Wednesday nights, the pastor said, a week after a gunman killed nine people at the Emanuel AME Church.'
			),
			[['How many people were killed in the attack on the Emanuel AME Church?', 'nine', false]]
		],
		[
			"'near the Central Police Station and the Parliament building in Kampala': a second site with its 'building' (probe and-building-uncovered)",
			'2021-11-17',
			doc(
				'KAMPALA - Three suicide bombers struck near the Central Police Station and the Parliament building in Kampala on Tuesday, killing four people.'
			),
			[
				[
					'When did the attack on the Central Police Station and the Parliament building in Kampala take place?',
					'16 November 2021',
					false
				],
				[
					'How many people were killed in the 16 November 2021 attack on the Central Police Station and the Parliament building in Kampala?',
					'four',
					false
				]
			]
		],
		[
			"'Eight days earlier, on Wednesday', after an attack on Thursday 2 April: the Wednesday eight days back (a read of review 51's changes)",
			'2015-04-06',
			doc(
				'GARISSA, Kenya - Gunmen killed 148 people at Garissa University College on Thursday, April 2.',
				'Eight days earlier, on Wednesday, a bomb killed four people at a bar in Mandera.'
			),
			[
				['When did the attack on Garissa University College take place?', '2 April 2015', false],
				['How many people were killed in the 2 April 2015 attack on Garissa University College?', '148', false],
				['When did the bombing at a bar in Mandera take place?', '25 March 2015', false],
				['How many people were killed in the 25 March 2015 bombing at a bar in Mandera?', 'four', false]
			]
		],
		[
			"'A week earlier, on Thursday', after an attack on Thursday 2 April: the Thursday a week back (a read of review 51's changes)",
			'2015-04-13',
			doc(
				'NAIROBI - Al Shabaab gunmen attacked Garissa University College on Thursday, April 2, killing 148 people.',
				'A week earlier, on Thursday, a bomb killed three people at a market in Wajir.'
			),
			[
				['When did the attack by Al Shabaab gunmen on Garissa University College take place?', '2 April 2015', false],
				[
					'How many people were killed in the 2 April 2015 attack by Al Shabaab gunmen on Garissa University College?',
					'148',
					false
				],
				['When did the bombing at a market in Wajir take place?', '26 March 2015', false],
				['How many people were killed in the 26 March 2015 bombing at a market in Wajir?', 'three', false]
			]
		],
		[
			"'condemnation … from Pope Francis, the leader of the world's Catholics, to …': a person after 'from' keeps the role (a read of review 51's changes, probe from-condemnation)",
			'2015-11-15',
			doc(
				"PARIS - The attacks drew condemnation from across the world, from Pope Francis, the leader of the world's Catholics, to Russian President Vladimir Putin."
			),
			[
				["Who is the leader of the world's Catholics?", 'Pope Francis', false],
				['Who is the Russian President?', 'Vladimir Putin', false]
			]
		],
		[
			"'Interior Minister Christophe Castaner told France Inter radio': a broadcaster named by its country is no state he addresses (probe told-radio)",
			'2018-12-12',
			doc(
				'STRASBOURG, France - Interior Minister Christophe Castaner told France Inter radio that the gunman, who killed two people at the Christmas market on Tuesday, had been on a watch list.'
			),
			[
				['When did the attack at the Christmas market take place?', '11 December 2018', false],
				['How many people were killed in the 11 December 2018 attack at the Christmas market?', 'two', false],
				[
					"From a report on the attack at the Christmas market: Who is France's Interior Minister?",
					'Christophe Castaner',
					false
				]
			]
		],
		[
			"'Gunmen killed 12 villagers … before they fled into the forest on Monday': the doers' getaway, told with the killing, keeps the day the attack's (probe before-fled)",
			'2019-04-23',
			doc(
				'GUSAU, Nigeria - Gunmen killed 12 villagers in Zamfara state before they fled into the forest on Monday, police said.'
			),
			[
				['When did the attack in Zamfara take place?', '22 April 2019', false],
				['How many villagers were killed in the 22 April 2019 attack in Zamfara?', '12', false]
			]
		],
		[
			"'Twenty guests were killed in the restaurant', after an attack on a hotel: a part of the building is no other venue (probe hotel-restaurant)",
			'2008-11-29',
			doc(
				'MUMBAI - Gunmen attacked the Taj Mahal Palace hotel on Wednesday night. Twenty guests were killed in the restaurant, witnesses said.'
			),
			[
				['When did the attack on the Taj Mahal Palace hotel take place?', '26 November 2008', false],
				['How many guests were killed in the 26 November 2008 attack on the Taj Mahal Palace hotel?', 'Twenty', false]
			]
		],
		[
			"'40 were wounded in the hall', after a bombing at a railway station: a part of the building is no other venue (probe station-hall)",
			'2013-12-30',
			doc(
				'VOLGOGRAD, Russia - A suicide bomber blew herself up at the Volgograd railway station on Sunday, killing 17 people. Most of them were killed inside the hall near the metal detectors, and 40 were wounded in the hall.'
			),
			[
				['When did the bombing at the Volgograd railway station take place?', '29 December 2013', false],
				['How many people were killed in the 29 December 2013 bombing at the Volgograd railway station?', '17', false],
				['How many people were injured in the 29 December 2013 bombing at the Volgograd railway station?', '40', false]
			]
		],
		[
			"'stormed the Taj Mahal Palace hotel and Mumbai, India's financial capital, was paralysed': a name set off by a comma for what the clause says of it is no second site (probe and-city-appos)",
			'2008-11-29',
			doc(
				"MUMBAI - Gunmen stormed the Taj Mahal Palace hotel and Mumbai, India's financial capital, was paralysed for three days. At least 160 people were killed."
			),
			[['How many people were killed in the attack on the Taj Mahal Palace hotel?', 'at least 160', false]]
		],
		[
			"'attacked the Serena Hotel and President Hamid Karzai, speaking on television, condemned …': a person by title is no second site (probe and-person)",
			'2008-01-15',
			doc(
				'KABUL - Taliban gunmen attacked the Serena Hotel and President Hamid Karzai, speaking on television, condemned the assault, which killed six people on Monday.'
			),
			[
				['When did the attack by Taliban gunmen on the Serena Hotel take place?', '14 January 2008', false],
				[
					'How many people were killed in the 14 January 2008 attack by Taliban gunmen on the Serena Hotel?',
					'six',
					false
				],
				[
					'From a report on the attack by Taliban gunmen on the Serena Hotel: Who is the President?',
					'Hamid Karzai',
					false
				]
			]
		],
		[
			"'have in the past attacked the Serena Hotel and the Kabul City Center, both popular with foreigners': no second site that renames the Intercontinental attack in view (probe and-separate)",
			'2011-06-30',
			doc(
				'KABUL - Suicide bombers attacked the Intercontinental Hotel in Kabul on Tuesday night, killing 10 people.',
				'Taliban fighters have in the past attacked the Serena Hotel and the Kabul City Center, both popular with foreigners.'
			),
			[
				['When did the attack on the Intercontinental Hotel in Kabul take place?', '28 June 2011', false],
				['How many people were killed in the 28 June 2011 attack on the Intercontinental Hotel in Kabul?', '10', false]
			]
		],
		[
			"'In Niger alone, close to 200 civilians were killed in two attacks six days apart', after '33 soldiers killed at Tessit': attacks counted as two, told in a place the one attack in view is not placed at, are others, and their count is checked (DC 05-2)",
			'2021-03-22',
			doc(
				'Sahel security week: massacres in Tahoua and Tillaberi, 33 soldiers killed at Tessit',
				'In Niger alone, close to 200 civilians were killed in two attacks six days apart, while in Mali an army post came under the heaviest assault it has faced this year.',
				'On the same Monday, about a hundred fighters attacked an army unit near Tessit, close to the borders with Niger and Burkina Faso.'
			),
			[
				['How many soldiers were killed in the attack on an army unit in Tessit?', '33', false],
				['In Niger alone, ____ civilians were killed in two attacks six days apart', 'close to 200', true]
			]
		],
		[
			"'three suicide bombers struck near the Central Police Station and Parliament in Kampala, killing four people': a second named site joined by 'and' names the attack with the first (DE 09-19)",
			'2023-06-21',
			doc(
				'In October 2021 a bomb at a roadside eatery in Komamboga, north of Kampala, killed a waitress, and two days later a suicide bomber blew himself up on a bus near Mpigi. On November 16 of that year three suicide bombers struck near the Central Police Station and Parliament in Kampala, killing four people.'
			),
			[
				['When did the bombing in Komamboga take place?', 'October 2021', false],
				['When did the attack on the Central Police Station and Parliament take place?', '16 November 2021', false],
				[
					'How many people were killed in the 16 November 2021 attack on the Central Police Station and Parliament?',
					'four',
					false
				]
			]
		],
		[
			"'…, and in December the group killed 36 quarry workers in the same county': a count in a clause joined by ', and' on a time of its own is of the attack of that time (DE 01-16)",
			'2015-04-03',
			doc(
				'Last November gunmen stopped a bus near Mandera and killed 28 passengers, and in December the group killed 36 quarry workers in the same county.'
			),
			[
				['When did the attack on a bus in Mandera take place?', 'November 2014', false],
				['In ____ the group killed 36 quarry workers in the same county.', 'December 2014', false],
				['How many passengers were killed in the November 2014 attack on a bus in Mandera?', '28', false],
				['How many quarry workers were killed in the December 2014 attack?', '36', false]
			]
		],
		[
			"'they were not there last Tuesday', in a Wednesday paper a week after the bombing: the Tuesday of the week before, the day before being 'yesterday' (DA 06-8)",
			'2016-09-07',
			doc(
				"BISHKEK, Sept. 7 (Tien Shan Herald) - The suicide bomber who drove a minivan through the gates of the Chinese embassy in Bishkek last week was an ethnic Uighur carrying a Tajik passport, and the attack was ordered by Uighur militant groups fighting in Syria, Kyrgyzstan's State Committee for National Security (GKNB) said on Tuesday.",
				'"The police are everywhere now, but they were not there last Tuesday."'
			),
			[
				[
					'From a report on the attack on the Chinese embassy in Bishkek: "The police are everywhere now, but they were not there ____."',
					'30 August 2016',
					false
				]
			]
		],
		[
			"'QUESTION: The Colorado Springs clinic shooting last Friday killed three people', at a news conference on another shooting: a place and a venue before the noun, told of a day with 'last', name another event (DB 04-13, 04-2)",
			'2015-12-03',
			doc(
				'SAN BERNARDINO, Calif., Dec. 3 (Mojave Gate News) - Following is an edited transcript of a news conference held on Thursday morning outside the San Bernardino Police Department, the day after 14 people were shot dead at the Inland Regional Center.',
				'QUESTION: The Colorado Springs clinic shooting last Friday killed three people, including a police officer.'
			),
			[
				[
					'Following is an edited transcript of a news conference held on ____ outside the San Bernardino Police Department, the day after 14 people were shot dead at the Inland Regional Center.',
					'3 December 2015',
					false
				],
				['How many people were killed in the attack in the Inland Regional Center?', '14', false],
				['When did the shooting at Colorado Springs clinic take place?', '27 November 2015', false],
				['How many people were killed in the 27 November 2015 shooting at Colorado Springs clinic?', 'three', false]
			]
		],
		[
			"'On the same Monday', with no Monday told before it, dates nothing, not the Monday of publication (DC 05-1)",
			'2021-03-22',
			doc(
				'Sahel security week: massacres in Tahoua and Tillaberi, 33 soldiers killed at Tessit',
				'On the same Monday, about a hundred fighters attacked an army unit near Tessit, close to the borders with Niger and Burkina Faso.'
			),
			[['How many soldiers were killed in the attack on an army unit in Tessit?', '33', false]]
		],
		[
			"'On the same Monday', after 'On Monday, March 15': that Monday (DC 05-1)",
			'2021-03-22',
			doc(
				'On Monday, March 15, gunmen on motorbikes killed 58 villagers returning from a market near Banibangou.',
				'On the same Monday, about a hundred fighters attacked an army unit near Tessit, close to the borders with Niger and Burkina Faso.'
			),
			[
				[
					'On ____, gunmen on motorbikes killed 58 villagers returning from a market near Banibangou.',
					'15 March 2021',
					false
				],
				['How many villagers were killed in the attack in Banibangou?', '58', false],
				['When did the attack on an army unit in Tessit take place?', '15 March 2021', false]
			]
		],
		[
			"'Eighty-nine people were killed inside the hall', after a bomber blew himself up near a fast-food restaurant: a count at a venue of another kind than the event in view's, named nowhere, is checked (DD 08-10)",
			'2015-11-15',
			doc(
				'9:53 p.m. - A third bomber blows himself up near a fast-food restaurant close to the stadium.',
				"Eighty-nine people were killed inside the hall, the deadliest of the night's attacks."
			),
			[['How many people were killed in the bombing at a fast-food restaurant?', 'Eighty-nine', true]]
		],
		[
			"'in two shootings in Copenhagen over the weekend before he was shot dead by police early on Sunday': the day is of what ended them, with no comma before 'before' too (DD 05-3)",
			'2015-02-16',
			doc(
				'A gunman killed two people and wounded five police officers in two shootings in Copenhagen over the weekend before he was shot dead by police early on Sunday.'
			),
			[
				[
					'A gunman killed two people and wounded five police officers in two shootings in Copenhagen over the weekend before he was shot dead by police early on ____.',
					'15 February 2015',
					false
				],
				['How many people were killed in the two shootings in Copenhagen?', 'two', false],
				['How many police officers were injured in the two shootings in Copenhagen?', 'five', false]
			]
		],
		[
			"'Eleven people wounded by the bomb', after 'a car bomb in the government quarter and a shooting at a … youth camp': an anaphor of another kind than the event in view is the last event of its own kind (DD 04-4)",
			'2011-07-25',
			doc(
				'OSLO, July 25 (Fjordline Broadcasting) - The following is an edited transcript of the police briefing held at 4 p.m. on Monday at the Oslo police headquarters, three days after a car bomb in the government quarter and a shooting at a Labour Party youth camp on the island of Utoya.',
				'POLICE CHIEF OF STAFF: Eleven people wounded by the bomb are still in hospital.',
				"The bomb went off at 3:26 p.m. on Friday outside the tower housing the prime minister's office."
			),
			[
				[
					'The following is an edited transcript of the police briefing held at 4 p.m. on ____ at the Oslo police headquarters, three days after a car bomb in the government quarter and a shooting at a Labour Party youth camp on the island of Utoya.',
					'25 July 2011',
					false
				],
				['How many people were injured in the car bombing at the government quarter?', 'Eleven', false],
				[
					"The bomb went off at 3:26 p.m. on ____ outside the tower housing the prime minister's office.",
					'22 July 2011',
					false
				]
			]
		],
		[
			"'The number killed by the bomb in the government quarter has risen to eight, … after we found another body': a body found is no bomb found, and the toll is the bomb's, not the Utoya shooting's (DD 04-3)",
			'2011-07-25',
			doc(
				'OSLO, July 25 (Fjordline Broadcasting) - The following is an edited transcript of the police briefing held at 4 p.m. on Monday at the Oslo police headquarters, three days after a car bomb in the government quarter and a shooting at a Labour Party youth camp on the island of Utoya.',
				'OSLO POLICE CHIEF: The number killed by the bomb in the government quarter has risen to eight, from seven, after we found another body in the rubble.',
				"The bomb went off at 3:26 p.m. on Friday outside the tower housing the prime minister's office."
			),
			[
				[
					'The following is an edited transcript of the police briefing held at 4 p.m. on ____ at the Oslo police headquarters, three days after a car bomb in the government quarter and a shooting at a Labour Party youth camp on the island of Utoya.',
					'25 July 2011',
					false
				],
				[
					'How many people were killed in the 22 July 2011 car bombing at the government quarter in Oslo?',
					'eight',
					false
				],
				['When did the car bombing at the government quarter in Oslo take place?', '22 July 2011', false]
			]
		],
		[
			"'It was the deadliest … since the Nice truck attack of July 2016 …, and came two years after a truck attack … in Berlin': not counted back from Nice's month (DD 06-14)",
			'2018-12-17',
			doc(
				'It was the deadliest attack in France since the Nice truck attack of July 2016, which killed 86 people, and came two years after a truck attack at a Christmas market in Berlin killed 12 people.'
			),
			[
				['When did the truck attack in Nice take place?', 'July 2016', false],
				['How many people were killed in the July 2016 truck attack in Nice?', '86', true],
				['How many people were killed in the truck attack at a Christmas market in Berlin?', '12', false]
			]
		],
		[
			"'- April 3, 2016: … Maelbeek station reopens on April 25': a day of a dated list item is the first such after the item's (DD 02-13)",
			'2017-03-22',
			doc(
				'- April 3, 2016: The airport reopens with a handful of flights, using temporary check-in areas. Maelbeek station reopens on April 25.'
			),
			[
				['____: The airport reopens with a handful of flights', 'April 3, 2016', false],
				['Maelbeek station reopens on ____.', '25 April 2016', false]
			]
		],
		[
			"'Irving Younger, 69, of Mount Washington, a former real estate agent': where someone is from is no person with a role (DB 06-12)",
			'2018-10-29',
			doc(
				'The 11 worshippers killed at the Tree of Life synagogue in Squirrel Hill on Saturday morning ranged in age from 54 to 97.',
				'Irving Younger, 69, of Mount Washington, a former real estate agent and youth baseball coach, was a regular at the Saturday service.'
			),
			[
				[
					'The 11 worshippers killed at the Tree of Life synagogue in Squirrel Hill on ____ ranged in age from 54 to 97.',
					'27 October 2018',
					false
				],
				['How many worshippers were killed in the attack on the Tree of Life synagogue in Squirrel Hill?', '11', false]
			]
		],
		[
			"'Foreign Minister Wang Yi had urged Bishkek', under a Bishkek dateline: a title whose holder urges a state is not that state's (DA 06-6)",
			'2016-09-07',
			doc(
				"BISHKEK, Sept. 7 (Tien Shan Herald) - The suicide bomber who drove a minivan through the gates of the Chinese embassy in Bishkek last week was an ethnic Uighur carrying a Tajik passport, and the attack was ordered by Uighur militant groups fighting in Syria, Kyrgyzstan's State Committee for National Security (GKNB) said on Tuesday.",
				'Foreign Minister Wang Yi had urged Bishkek last week to "find out the truth as soon as possible" and punish those responsible.'
			),
			[
				[
					'From a report on the attack on the Chinese embassy in Bishkek: Who is the Foreign Minister?',
					'Wang Yi',
					false
				]
			]
		],
		[
			"'a lecturer … at Mountains of the Moon University': 'of the' inside an institution's name does not end it (DE 09-21)",
			'2023-06-21',
			doc(
				'"Mpondwe shows that the pressure in Congo pushes them back towards Uganda," said Dr. Esther Kabasinguzi, a lecturer in security studies at Mountains of the Moon University.'
			),
			[
				['Who is the lecturer in security studies at Mountains of the Moon University?', 'Esther Kabasinguzi', false],
				['Which organisation is Esther Kabasinguzi with?', 'Mountains of the Moon University', false]
			]
		],
		[
			"'On Wednesday nights the Bible study still meets': a weekday said in the plural is no one day (DB 10-1)",
			'2016-06-16',
			doc(
				'CHARLESTON, S.C., June 16 (Lowcountry Review) - On Wednesday nights the Bible study still meets in the fellowship hall of Emanuel African Methodist Episcopal Church, and the door to Calhoun Street is still left unlocked.'
			),
			[]
		],
		[
			"'Three days earlier, on Thursday,' after an attack 'on Sunday': the Thursday three days back, not the one before publication (DE 05-7)",
			'2020-01-11',
			doc(
				'KENYA - MANDA BAY. Al Shabaab fighters attacked Camp Simba, a Kenyan military base used by U.S. forces at Manda Bay, before dawn on Sunday.',
				'KENYA - LAMU ROAD. Three days earlier, on Thursday, gunmen stopped a passenger bus at Nyongoro, on the road between Lamu and Garsen, and shot dead three passengers.'
			),
			[
				['When did the attack by Al Shabaab fighters on Camp Simba in Manda Bay take place?', '5 January 2020', false],
				[
					'Three days earlier, on ____, gunmen stopped a passenger bus at Nyongoro, on the road between Lamu and Garsen',
					'2 January 2020',
					false
				],
				['How many passengers were killed in the 2 January 2020 shooting in Nyongoro?', 'three', false]
			]
		],
		[
			"'July 11 remains the date that changed the city', after 'Ten years ago tonight': the year is checked, the text named 11 July 2010 (DE 07-13)",
			'2020-07-11',
			doc(
				'Ten years ago tonight, thousands of Ugandans gathered in front of big screens to watch Spain and the Netherlands play the World Cup final.',
				'The anniversary will be marked quietly this year because of coronavirus restrictions.',
				'For survivors, however, July 11 remains the date that changed the city, and the Kyadondo ground is still where many of them go to remember.'
			),
			[
				[
					'____, thousands of Ugandans gathered in front of big screens to watch Spain and the Netherlands play the World Cup final.',
					'11 July 2010',
					false
				],
				['For survivors, however, ____ remains the date that changed the city', '11 July 2020', true]
			]
		],
		[
			"a day in the 'who died when … ten years ago' clause running on to the attack is its, not the day the carnations were laid (DA 07-1)",
			'2024-12-04',
			doc(
				'GROZNY - Relatives laid carnations on Wednesday at the memorial to the police officers who died when militants fought their way into the centre of the Chechen capital ten years ago, in the last large-scale rebel attack on a city in the North Caucasus.',
				'The Chechen branch of the Caucasus Emirate claimed the attack in a video posted on a rebel website hours before the shooting ended.'
			),
			[
				[
					'Who claimed responsibility for the attack in the North Caucasus?',
					'The Chechen branch of the Caucasus Emirate',
					false
				]
			]
		]
	])('%s', (_why, published, text, expected) => {
		expect(all(text, published)).toEqual(expected);
	});

	it('"… and one person died at Christchurch Hospital": where the hurt died is no attack on the hospital (review 52, EC 02-3)', () => {
		const text = doc(
			'Forty-one people were killed at the Al Noor mosque on Deans Avenue and seven at the Linwood mosque, and one person died at Christchurch Hospital.'
		);
		const { cards } = generate(text, { id: 'wire', title: 'Christchurch mosque shootings', published: '2019-03-15' });
		expect(cards.filter((c) => /Christchurch Hospital/.test(c.prompt) && !c.prompt.includes('____'))).toEqual([]);
	});
});
