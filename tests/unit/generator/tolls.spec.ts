import { describe, expect, it } from 'vitest';
import { generate, type DocMeta } from '../../../src/lib/generator/index';

const meta: DocMeta = { id: 'wire', title: 'Wire', published: '2024-05-20' };
const doc = (...paragraphs: string[]) => paragraphs.join('\n\n');
/** Toll cards as [prompt, answer, needs check]. */
const tolls = (text: string) => {
	const { cards, checks } = generate(text, meta);
	return cards.filter((c) => c.kind === 'toll').map((c) => [c.prompt, c.answer, c.id in checks]);
};

describe('tolls tied to their event', () => {
	it.each([
		[
			'a larger count told later than one the text calls revised',
			'14:20 The prosecutor now puts the death toll at 127.',
			'18:45 The prosecutor says 129 people were killed.',
			'129'
		],
		[
			'a revised count told later than a plain one',
			'14:20 The prosecutor says 127 people were killed.',
			'18:45 The prosecutor now puts the death toll at 129.',
			'129'
		],
		[
			'a plain count told later but smaller than a revised one stays out of date',
			'14:20 The toll has risen to 129.',
			'18:45 Officials say 127 people were killed.',
			'129'
		]
	])('on a live page, %s', (_why, first, second, toll) => {
		const page = doc(
			'Live: attacks in Karsk',
			'08:05 Gunmen struck the Velda theatre in Karsk on Sunday night. At least 120 people died.',
			first,
			second
		);
		const killed = tolls(page).filter((c) => /killed/.test(c[0] as string));
		expect(killed.map((c) => c[1])).toEqual([toll]);
	});

	it('drops a guessed count whose own clause names nothing ("it later rose to ____.")', () => {
		const cards = tolls(
			doc(
				'In less than four months, gunmen have struck Karsk in November and Velda in January. The three attacks together killed 69 people.',
				'On 15 January it was the turn of Ostrania. Three attackers opened fire on the terrace of the Cappuccino cafe in central Velda. By the time forces had retaken the hotel the next morning, 30 people were dead.',
				'Then, on Sunday 13 March, gunmen walked along the beach at Tarvo, firing at bathers. President Ivo Marek at first put the toll at 16, fourteen civilians and two soldiers; it later rose to 19.'
			)
		);
		expect(cards.map((c) => c[0])).not.toContain('it later rose to ____.');
		expect(cards).toContainEqual([
			'How many people were killed in the attack on the terrace of the Cappuccino cafe in Velda?',
			'30',
			false
		]);
	});

	it.each([
		['the dead', 'Security sources had earlier put the dead at 27.'],
		['the toll', 'Security sources had earlier put the toll at 27.']
	])('asks the latest count when an earlier one "had earlier put %s at" a number (r223)', (_what, earlier) => {
		expect(
			tolls(
				doc(
					'Two car bombs went off outside mosques in Karsk on Friday, killing at least 42 people, the health ministry said.',
					earlier
				)
			)
		).toEqual([
			['How many people were killed in the two car bombings at mosques in Karsk on 17 May 2024?', 'at least 42', false]
		]);
	});

	it('keeps the counts of a recalled attack on people of a faith apart from the story’s attack', () => {
		expect(
			tolls(
				doc(
					'Gunmen ambushed a bus carrying pilgrims in Velda district on Sunday, killing nine people, police said.',
					'It was the first major attack on Hindu pilgrims in the region since the night of July 10, 2017, when militants fired on a bus carrying pilgrims. Eight were killed and 19 were wounded.'
				)
			).filter((c) => /Velda/.test(c[0] as string))
		).toEqual([['How many people were killed in the 19 May 2024 attack on a bus in Velda district?', 'nine', false]]);
	});

	it.each([
		[
			'"one" inside "someone"',
			'Separately, a police officer said someone threw a grenade late on Saturday evening, and one person was killed.',
			'Separately, a police officer said someone threw a grenade late on Saturday evening, and ____ person was killed.'
		],
		[
			'"2" inside "12"',
			'Separately, officers said that late on Saturday evening 12 men on motorbikes threw grenades, and 2 people were killed.',
			'Separately, officers said that late on Saturday evening 12 men on motorbikes threw grenades, and ____ people were killed.'
		]
	])('cuts a count’s gap where the count stands, not at %s', (_where, second, gap) => {
		const cards = tolls(
			doc('A suicide bomber struck a wedding in Karsk on Saturday, killing 63 people, officials said.', second)
		);
		expect(cards.map((c) => c[0])).toContain(gap);
	});

	it('takes "at least 38" and a later "38" for one count, and asks the exact one with no check', () => {
		expect(
			tolls(
				doc(
					'Two car bombs went off outside the Tarn Arena in Karsk on Saturday night, killing at least 38 people.',
					'The final toll is 38 dead.'
				)
			)
		).toEqual([
			['How many people were killed in the two car bombings at the Tarn Arena in Karsk on 18 May 2024?', '38', false]
		]);
	});

	it('asks the risen count when "earlier" says when it rose, not that it was replaced', () => {
		expect(
			tolls(
				doc(
					'A suicide bomber struck a crowded market in Karsk on Monday, killing at least 25 people, officials said.',
					'The death toll earlier rose to 30 after five of the wounded died in hospital, the health ministry said on Tuesday.'
				)
			)
		).toEqual([['How many people were killed in the 20 May 2024 attack at a crowded market in Karsk?', '30', false]]);
	});

	it('asks a count that names no event as a gap in its clause, not in the words that happen to stand near it', () => {
		expect(
			tolls(
				'Late on Friday the defence ministry of Norland put the toll at 71 soldiers killed and 12 wounded, with some 30 more soldiers unaccounted for after the fighting.'
			)
		).toEqual([
			[
				'Late on Friday the defence ministry of Norland put the toll at ____ soldiers killed and 12 wounded, with some 30 more soldiers unaccounted for after the fighting.',
				'71',
				true
			],
			[
				'Late on Friday the defence ministry of Norland put the toll at 71 soldiers killed and ____ wounded, with some 30 more soldiers unaccounted for after the fighting.',
				'12',
				true
			]
		]);
	});

	it.each([
		[
			'a toll split by place gives each place its own count, and the total to no event',
			doc(
				'Gunmen attacked the Velda concert hall and the Karsk market on Friday.',
				'The two attacks killed 61 people: 44 at the Velda concert hall and 17 in Karsk.'
			),
			[
				['How many people were killed in the 17 May 2024 attack on the Velda concert hall?', '44', false],
				['How many people were killed in the attack in Karsk?', '17', false]
			]
		],
		[
			'a group of "the dead" shares the event of the toll before it',
			doc(
				'A bomb exploded at the Velda railway station on Friday, killing 31 people.',
				'Among the dead were nine tourists, the ministry said.'
			),
			[
				['How many people were killed in the 17 May 2024 bombing at the Velda railway station?', '31', false],
				['How many tourists were killed in the 17 May 2024 bombing at the Velda railway station?', 'nine', false]
			]
		],
		[
			'a group within a count is asked with its count',
			doc('Gunmen attacked the Velda railway station on Friday, killing 31 people, 12 of them children.'),
			[
				['How many people were killed in the 17 May 2024 attack at the Velda railway station?', '31', false],
				['How many children were killed in the 17 May 2024 attack at the Velda railway station?', '12', false]
			]
		],
		[
			'a group within a count keeps its event when the words after it name another attack',
			doc(
				'A bomb exploded at the Velda railway station on Friday.',
				'Gunmen stormed the Karsk market on Saturday and killed 40 people, 15 of them women, in the worst attack the town has seen.'
			),
			[
				['How many people were killed in the 18 May 2024 attack at the Karsk market?', '40', false],
				['How many women were killed in the 18 May 2024 attack at the Karsk market?', '15', false]
			]
		],
		[
			'the injured in hospital, counted in the next sentence, share the event of the injured',
			doc(
				'A bomb exploded at the Velda railway station on Friday, killing 31 people. Fifty people were injured. Twenty of them remain in hospital, four in intensive care.'
			),
			[
				['How many people were killed in the 17 May 2024 bombing at the Velda railway station?', '31', false],
				['How many people were injured in the 17 May 2024 bombing at the Velda railway station?', 'Fifty', false],
				[
					'How many people in hospital were injured in the 17 May 2024 bombing at the Velda railway station?',
					'Twenty',
					false
				],
				[
					'How many people in intensive care were injured in the 17 May 2024 bombing at the Velda railway station?',
					'four',
					false
				]
			]
		],
		[
			"arrests in a raid are the raid's",
			doc(
				'Gunmen attacked the Velda railway station on Friday, killing 31 people.',
				'On Sunday police raided three flats in Karsk and arrested six people.'
			),
			[
				['How many people were killed in the 17 May 2024 attack at the Velda railway station?', '31', false],
				['How many people were arrested in the raid in Karsk?', 'six', false]
			]
		]
	])('%s', (_name, text, expected) => {
		expect(tolls(text)).toEqual(expected);
	});

	it.each([
		[
			'a total split by place',
			doc(
				'Gunmen attacked the Velda concert hall and the Karsk market on Friday.',
				'The two attacks killed 61 people: 44 at the Velda concert hall and 17 in Karsk.'
			),
			'61'
		],
		[
			'a total over several places',
			doc(
				'Three bombings in three cities in a week have killed more than 80 people.',
				'On Monday a bomb exploded at the Velda railway station, killing 31 people.'
			),
			'more than 80'
		],
		[
			"a group's toll over a year",
			doc(
				'On Monday a bomb exploded at the Velda railway station, killing 31 people.',
				'The group has killed more than 900 people this year, according to a monitoring group.'
			),
			'more than 900'
		],
		[
			'a toll across a region so far this year',
			doc(
				'On Monday a bomb exploded at the Velda railway station, killing 31 people.',
				'Jihadist violence has killed more than 5,000 people across the Sahel so far this year, the UN says.'
			),
			'more than 5,000'
		],
		[
			'a toll of a province this year, the verb first',
			doc(
				'On Monday a bomb exploded at the Velda railway station, killing 31 people.',
				'Militants have killed 1,200 civilians in the province this year.'
			),
			'1,200'
		],
		[
			'a toll across the country in a year the sentence opens on',
			doc(
				'On Monday a bomb exploded at the Velda railway station, killing 31 people.',
				'In 2019, two people died in such attacks across the country.'
			),
			'two'
		],
		[
			'a conflict’s toll, told by the conflict as the killer (review 11)',
			doc(
				'On Monday a bomb exploded at the Velda railway station, killing 31 people.',
				'The insurgency in the province, which began with an attack on police stations in October 2017, has killed more than 6,000 people.'
			),
			'more than 6,000'
		],
		[
			'… and a series of attacks as the killer (review 16)',
			doc(
				'On Monday a bomb exploded at the Velda railway station, killing 31 people.',
				'A wave of bombings across Ostrania and Valdor over the past ten days has killed more than 100 people.'
			),
			'more than 100'
		],
		[
			'… in a relative clause',
			doc(
				'On Monday a bomb exploded at the Velda railway station, killing 31 people.',
				'The group has fought the state since 1984 in a conflict that has killed more than 40,000 people.'
			),
			'more than 40,000'
		],
		[
			'… counted "since" an insurgency flared',
			doc(
				'On Monday a bomb exploded at the Velda railway station, killing 31 people.',
				'In the south, more than 7,000 people have been killed since a separatist insurgency flared.'
			),
			'more than 7,000'
		],
		[
			'… "since then"',
			doc(
				'On Monday a bomb exploded at the Velda railway station, killing 31 people.',
				'Tensions have soared since the October 2023 war began, with more than 380 people killed in the region since then.'
			),
			'more than 380'
		],
		[
			'… since the start of the year',
			doc(
				'On Monday a bomb exploded at the Velda railway station, killing 31 people.',
				'Since the start of the year, 34 people have been killed in such attacks in the region.'
			),
			'34'
		],
		[
			'… a count between two years (review 17, f03)',
			doc(
				'On Monday a bomb exploded at the Velda railway station, killing 31 people.',
				'Between 2000 and 2007 the Northern Front murdered ten people.'
			),
			'ten'
		],
		[
			'… the overall toll of a region, raised by a death in one attack (review 17, f07)',
			doc(
				'Thirteen people were killed when a van drove into crowds in Velda on Thursday.',
				'On Friday, five men drove into pedestrians on the seafront of Karsk. A woman was stabbed and later died, raising the overall toll in Ostrania to 14.'
			),
			'14'
		],
		[
			'… a count by the end of the year (review 25, min/w05-3)',
			doc(
				'The killings began on October 15, 2014, when attackers killed at least 26 people in the villages of Velda and Karsk. By the end of that year more than 250 civilians had died.'
			),
			'more than 250'
		],
		[
			'… over the same period',
			doc(
				'On Monday a bomb exploded at the Velda railway station, killing 31 people.',
				'Since the start of the year, 34 people have been killed in such attacks. Over the same period, more than 200 militants have been killed in the region.'
			),
			'more than 200'
		]
	])("keeps %s as a key figure, not as any event's toll", (_name, text, total) => {
		const { cards } = generate(text, meta);
		expect(cards.filter((c) => c.kind === 'toll').map((c) => c.answer)).not.toContain(total);
		expect(cards.find((c) => c.kind === 'figure' && c.answer === total)?.prompt).toContain('____');
	});

	it.each([
		[
			'one attack across the country on one day',
			'A missile attack killed at least 41 people across the country on Monday.',
			'at least 41'
		],
		['a day "this year"', 'Gunmen killed 22 people at a mosque in Karsk on March 3 this year.', '22'],
		[
			'a comparison with a possessive',
			"A car bomb at a market in Karsk killed more than 140 people in the city's deadliest attack this year.",
			'more than 140'
		],
		['a comparison by order', 'Gunmen killed eight people in the first attack on the capital this year.', 'eight'],
		[
			'the start of a siege, not of a span',
			'At least 39 hostages have been killed since the start of the siege at the Velda mall on Saturday.',
			'at least 39'
		]
	])('keeps %s as the toll of an attack, not a key figure', (_name, sentence, toll) => {
		const { cards } = generate(doc(sentence), meta);
		expect(cards.filter((c) => c.kind === 'toll').map((c) => c.answer)).toContain(toll);
		expect(cards.filter((c) => c.kind === 'figure').map((c) => c.answer)).not.toContain(toll);
	});

	it.each([
		[
			'a count over a region so far this year',
			'More than 5,000 people have been killed across the Sahel so far this year.'
		],
		['the overall toll of an insurgency', 'The overall toll of the insurgency is 20,000, according to ACLED.']
	])("leaves the event's toll alone beside %s", (_name, sentence) => {
		const { cards, checks } = generate(
			doc('On Monday a bomb exploded at the Velda railway station, killing 31 people.', sentence),
			meta
		);
		expect(cards.filter((c) => c.kind === 'toll').map((c) => [c.answer, c.id in checks])).toEqual([['31', false]]);
	});

	it('asks the count that says it revises the earlier one, for the group however it is named', () => {
		const { cards } = generate(
			doc(
				'On Friday night gunmen abducted more than 200 schoolgirls from the town of Marda.',
				'On Monday police said that 251 girls had been abducted, revising earlier figures.'
			),
			meta
		);
		const abducted = cards.filter((c) => c.kind === 'toll');
		expect(abducted.map((c) => [c.prompt, c.answer])).toEqual([
			['How many girls were seized in the 17 May 2024 abduction in Marda?', '251']
		]);
		expect(abducted[0]?.explanation).toContain('more than 200');
	});

	it('asks how many were arrested where the arrests were made, not "arrested in the arrests"', () => {
		const { cards } = generate(doc('Eight people have since been arrested in St Petersburg.'), meta);
		expect(cards.filter((c) => c.kind === 'toll').map((c) => [c.prompt, c.answer])).toEqual([
			['How many people were arrested in St Petersburg?', 'Eight']
		]);
	});

	it('reads a year-like number after "not include" as no count, and still makes the draft', () => {
		const { cards } = generate(
			doc(
				'Officials said 40 people were killed in the attack on the market in Kano.',
				'The toll of 40 does not include the 2,000 militants the army says it killed last year.'
			),
			meta
		);
		expect(cards.filter((c) => c.kind === 'toll').map((c) => c.answer)).toEqual(['40']);
	});

	it('leaves out a group within a count whose event the text does not settle', () => {
		const found = tolls(
			doc(
				'Gunmen attacked the Velda railway station on Friday. A day later a bomb exploded in Karsk.',
				'Officials said 40 people were killed, 12 of them children.'
			)
		);
		expect(found.some(([, answer]) => answer === '12')).toBe(false);
		expect(found.find(([, answer]) => answer === '40')?.[2]).toBe(true);
	});
});

it("a live page's later counts are of the attack its first entry named at a part of a venue (review 16)", () => {
	const page = doc(
		'Karsk airport attack: live updates',
		"00:15 The justice minister says at least 10 people have been killed in a terrorist attack on the arrivals hall at Karsk's Velda Airport.",
		'01:05 The governor now puts the toll at 28 dead and about 60 wounded.',
		"09:20 The governor's office has issued a fresh figure: 36 people were killed and 147 injured."
	);
	expect(tolls(page)).toEqual([
		["How many people were killed in the terrorist attack at the arrivals hall at Karsk's Velda Airport?", '36', false],
		[
			"How many people were injured in the terrorist attack at the arrivals hall at Karsk's Velda Airport?",
			'147',
			false
		]
	]);
});

it('a count the same sentence says was raised later is out of date (review 16)', () => {
	const text = doc(
		'Gunmen attacked the Velda mosque in Karsk during Friday prayers on 17 May, killing 305 people.',
		'On Friday evening state media had reported 235 dead; the figure was raised the next day as more bodies were identified.'
	);
	expect(tolls(text)).toEqual([
		['How many people were killed in the 17 May 2024 attack on the Velda mosque in Karsk?', '305', false]
	]);
});
