import { describe, expect, it } from 'vitest';
import { generate, type DocMeta } from '../../../src/lib/generator/index';

const meta = (title: string): DocMeta => ({
	id: 'wire',
	title,
	publisher: 'Northgate Wire',
	published: '2031-05-06'
});
const doc = (title: string, ...paragraphs: string[]) => [title, ...paragraphs].join('\n\n');
const tollPrompts = (title: string, ...paragraphs: string[]) =>
	generate(doc(title, ...paragraphs), meta(title))
		.cards.filter((c) => c.kind === 'toll')
		.map((c) => [c.prompt, c.answer]);

describe('the headline names the story’s event', () => {
	it.each([
		[
			'an attack named by its vehicle ("Truck attack kills 84") is no doer, and "Lorry" no place',
			'Truck attack kills 84 in Lisk',
			['A truck drove into crowds on the seafront in Lisk late on Sunday, killing 84 people.'],
			[['How many people were killed in the 4 May 2031 truck attack on the seafront in Lisk?', '84']]
		],
		[
			'a headline opening with a vehicle that names no place',
			'Lorry attack kills 84 in Lisk',
			['A lorry drove into crowds on the seafront in Lisk late on Sunday, killing 84 people.'],
			[['How many people were killed in the 4 May 2031 attack on the seafront in Lisk?', '84']]
		],
		[
			'a count in the first sentence that names no event',
			'Harbin stadium bombing: 12 dead, dozens hurt',
			['Officials said on Monday that 12 people had been killed and 40 wounded.'],
			[
				['How many people were killed in the bombing at Harbin stadium?', '12'],
				['How many people were injured in the bombing at Harbin stadium?', '40']
			]
		],
		[
			'the body’s own words replacing the headline’s clipped ones',
			'Gunman kills 9 at Lisk rail station',
			['A gunman opened fire at the Lisk rail station on Sunday evening.', 'Nine people were killed.'],
			[['How many people were killed in the 4 May 2031 attack at the Lisk rail station?', 'Nine']]
		],
		[
			'a headline whose toll has risen past the count the body gives',
			'Lisk cafe bomb toll rises to 17',
			['A bomb exploded at the Argo cafe in Lisk on Saturday, killing 16 people.'],
			[['How many people were killed in the 3 May 2031 bombing at the Argo cafe in Lisk?', '17']]
		],
		[
			'a wounded victim who died, "bringing it to" the latest count',
			'Lisk cafe bomb kills 16',
			[
				'A bomb exploded at the Argo cafe in Lisk on Saturday, killing 16 people.',
				'A Swiss woman died in a Zurich hospital on Tuesday, bringing it to 17.'
			],
			[['How many people were killed in the 3 May 2031 bombing at the Argo cafe in Lisk?', '17']]
		],
		[
			"of counts told on different days, the later day's, whatever the order of the text",
			'Orsa blasts toll lowered to 61',
			[
				"The state government on Tuesday lowered the number of people killed in Sunday's serial bombings in Orsa to 61.",
				'The count has swung widely. Late on Sunday the chief minister spoke of 60 dead, while unofficial tallies reached 85.'
			],
			[['How many people were killed in the 4 May 2031 bombings in Orsa?', '61']]
		],
		[
			"a headline's revised count is told on the day of publication, after the night's tallies",
			'Orsa blasts toll lowered to 61',
			[
				'Bombs exploded at the central market in Orsa on Sunday.',
				'Late on Sunday the chief minister spoke of 60 dead, while unofficial tallies reached 85.'
			],
			[['How many people were killed in the 4 May 2031 bombing at the central market in Orsa?', '61']]
		]
	])('%s', (_name, title, paragraphs, expected) => {
		expect(tollPrompts(title, ...paragraphs)).toEqual(expected);
	});
});

describe('dates that belong to no event', () => {
	const title = 'Dunmore hotel attack';
	const cards = generate(
		doc(
			title,
			'The Free Hills Front on Tuesday claimed the attack on the Lodge Hotel in Dunmore, which killed six guests.',
			'Rescuers search the rubble of the Lodge Hotel in Dunmore on 5 May 2031. (Northgate Wire/Ana Pell)',
			'Gunmen attacked the Lodge Hotel in Dunmore on Saturday night.'
		),
		meta(title)
	).cards;
	it('dates the event by the attack, not by the claim or the photo', () => {
		const date = cards.find((c) => c.kind === 'date' && c.format === 'qa');
		expect([date?.prompt, date?.answer]).toEqual([
			'When did the attack on the Lodge Hotel in Dunmore take place?',
			'3 May 2031'
		]);
	});
});

describe('a count inside the words that name its event', () => {
	it('is that event’s, with no check, beside another event the clause names', () => {
		const title = 'Velda report';
		const out = generate(
			doc(
				title,
				'The last deadly attack on Velda soil was in 2019, when a gunman killed three sailors at the naval station in Karsk.'
			),
			meta(title)
		);
		const toll = out.cards.find((c) => c.kind === 'toll' && c.answer === 'three');
		expect([toll?.prompt, toll && toll.id in out.checks]).toEqual([
			'How many sailors were killed in the attack at the naval station in Karsk?',
			false
		]);
	});

	it('so is a count in the relative clause right after a mention, before the next event (review 17, g01)', () => {
		const title = 'Velda report';
		const out = generate(
			doc(
				title,
				'The group has struck Velda before, including an assault on the parliament in Karsk in June 2017 that killed 18 people, and a shooting at the Orsa shrine in Tarn in October 2022 that killed 13.'
			),
			meta(title)
		);
		const tolls = out.cards.filter((c) => c.kind === 'toll');
		expect(tolls.map((c) => [c.prompt, c.answer, c.id in out.checks])).toEqual([
			['How many people were killed in the June 2017 assault on the parliament in Karsk?', '18', false],
			['How many people were killed in the October 2022 shooting at the Orsa shrine in Tarn?', '13', false]
		]);
	});
});
