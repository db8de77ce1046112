/**
 * Days that tell when a report was filed, a count given or the aftermath went on — a wire's dateline typed with two
 * hyphens, a live page's or a press release's date line, "the toll as of Thursday night", "the market reopened on
 * Friday" — are no event's day, so no card asks them as one.
 */
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/lib/generator/index';

const lead = 'A car bomb killed 20 people at the Karsk market on Saturday.';
/** The answers of a draft's date cards. */
const dateAnswers = (text: string) =>
	generate(text, { id: 'wire', title: 'Car bomb at Karsk market', published: '2022-10-31' })
		.cards.filter((c) => c.kind === 'date')
		.map((c) => c.answer);

describe('days that are no event’s', () => {
	it.each([
		['a dateline with two hyphens', `KARSK, Oct. 31 (Horn Agency) -- ${lead}`],
		['a dateline with a colon after the agency', `KARSK, Oct 31 (Horn Agency): ${lead}`],
		['a live page’s date line', `Lakeside Radio live page, Monday 31 October 2022.\n\n${lead}`],
		['a live page’s date line, "live coverage"', `Harbourline TV live coverage, Monday 31 October 2022.\n\n${lead}`],
		['a press release’s date line', `Press Release, 31 October 2022.\n\n${lead}`],
		['the time of a count, after "as of"', `${lead}\n\nThe toll as of Monday morning: 20 dead, 41 wounded.`],
		['a place reopening', `${lead}\n\nThe ferry terminal reopened on Monday under heavy guard.`],
		['a memorial gathering', `${lead}\n\nThe city held a memorial gathering at the cathedral on Monday.`],
		['a step in a bomber’s own life', `${lead}\n\nThe bomber had joined the outfit in 2018, his family said.`],
		[
			'a planner’s move abroad',
			`${lead}\n\nIt was planned by Bahrun Naim, who left for Syria in 2015 and urges attacks.`
		],
		[
			'a ruler’s coming to power',
			`${lead}\n\nThe junta led by Colonel Ossa Venn, who seized power in 2020 and again in 2021, said all was calm.`
		],
		['a visit of officials to the scene', `${lead}\n\nThe president said he would travel to Karsk on Tuesday.`],
		[
			'a statement opened by its day, its speaker described',
			`${lead}\n\nOn Sunday, the Amaq news agency, which is linked to the group, said its fighters had done it.`
		],
		[
			'the day an inquiry into it reported (review 11)',
			`${lead}\n\nThe police missed a chance to prevent the bombing, the chairman of the inquiry into the attack concluded on Monday.`
		],
		['the day a siege ended (review 11)', `${lead}\n\nThe siege of the market ended on Monday morning.`],
		[
			'the end of a span joined to the day before it (review 11)',
			`${lead}\n\nFor roughly 12 hours on Saturday night and Sunday morning, gunmen held the market.`
		],
		[
			'the day a claim came out in a statement, set off before what it claimed (review 47, CJ min/09-3)',
			`${lead}\n\nThe group claimed, in a statement published on internet sites on Monday, responsibility for the bombing at the Karsk market.`
		],
		[
			'a statement opened by its day, its speaker a title of four words (review 47, CH min/07-5)',
			`${lead}\n\nOn Monday, the Inspector-General of Police confirmed that the bombing was the first successful attack in Karsk carried out on the orders of the group.`
		],
		[
			'the day of a later death, the wounds told after it (review 11)',
			`${lead}\n\nA second man died on Monday morning of wounds sustained in the bombing at the market.`
		]
	])('%s', (_why, text) => {
		expect(dateAnswers(text)).toEqual(['29 October 2022']);
	});
});

describe('a live page whose entries give their weekday', () => {
	it('reads an entry’s "tonight" as the day it was posted, not the page’s', () => {
		const text = [
			'Twin blasts outside Karsk stadium - live',
			'Sun 17:30 - The Interior Minister, Ivo Marek, is to speak to reporters within the hour.',
			'Sat 23:10 - Marek says 29 people were killed in the two blasts outside the Tarn Arena in Karsk tonight.'
		].join('\n\n');
		const cards = generate(text, { id: 'live', title: 'Twin blasts', published: '2016-12-11' }).cards;
		expect(cards.filter((c) => c.kind === 'date').map((c) => c.answer)).toEqual(['10 December 2016']);
		expect(cards.find((c) => c.kind === 'toll')?.prompt).toBe(
			'How many people were killed in the 10 December 2016 blasts at the Tarn Arena in Karsk?'
		);
	});

	it('dates an entry after publication when the page is dated by its first entry, and reads no place out of a stamp', () => {
		const text = [
			'Twin blasts near Karsk stadium - live',
			'Sat 22:45 - Two explosions have hit the district near the football stadium, killing at least 20 people.',
			"Sun 10:10 - The interior minister says 38 people were killed in Saturday night's twin bombings."
		].join('\n\n');
		const { cards } = generate(text, { id: 'live', title: 'Twin blasts', published: '2016-12-10' });
		expect(cards.filter((c) => c.kind === 'date').map((c) => c.answer)).toEqual(['10 December 2016']);
		expect(cards.map((c) => c.prompt).filter((p) => / in -\?$/.test(p))).toEqual([]);
	});

	it('asks the count of the later day’s entry, though its time of day is earlier', () => {
		const text = [
			'Twin blasts outside Karsk stadium - live',
			'Sun 09:00 - Officials say 38 people were killed in the two blasts outside the Tarn Arena in Karsk.',
			'Sat 23:10 - Officials say 29 people were killed in the two blasts outside the Tarn Arena in Karsk tonight.'
		].join('\n\n');
		const { cards, checks } = generate(text, { id: 'live', title: 'Twin blasts', published: '2016-12-11' });
		const toll = cards.find((c) => c.kind === 'toll')!;
		expect([toll.answer, toll.id in checks]).toEqual(['38', false]);
	});

	it('takes no time of day as an answer to when (review 8)', () => {
		const text = [
			'Ferry bombing live',
			'Monday 23 August',
			'22:40 - The ministry says 23 people were killed in the explosion aboard the ferry.',
			'Sunday 22 August',
			'23:55 - At least 16 people were killed when a bomb went off on a ferry in the port of Kavala at about 20:10 local time.'
		].join('\n\n');
		const date = generate(text, { id: 'live', title: 'Ferry bombing live', published: '2021-08-23' }).cards.find(
			(c) => c.kind === 'date'
		)!;
		expect([date.answer, date.accept]).toEqual(['22 August 2021', undefined]);
	});
});

describe('a profile that lists attacks under year headings', () => {
	it('reads a day or month without its year in the heading’s year, up to the next heading (review 11)', () => {
		const text = [
			'Who are the Kelm Brigades?',
			'The Kelm Brigades were founded in the early 1990s on the island of Basilan.',
			'1995',
			'Kelm fighters raided the town of Ipil on April 4, robbing banks. Fifty-three people were killed.',
			'2004',
			'On February 27, a bomb exploded on a ferry shortly after it left Manila. The attack killed 116 people.',
			'What next?',
			'Officials say the group was weakened in May.'
		].join('\n\n');
		const { cards } = generate(text, { id: 'p', title: 'Who are the Kelm Brigades?', published: '2019-01-29' });
		expect(cards.filter((c) => c.kind !== 'actor').map((c) => [c.prompt, c.answer])).toEqual([
			['When did the raid by Kelm fighters in Ipil take place?', '4 April 1995'],
			['How many people were killed in the 4 April 1995 raid by Kelm fighters in Ipil?', 'Fifty-three'],
			['When did the bombing on a ferry take place?', '27 February 2004'],
			['How many people were killed in the 27 February 2004 bombing on a ferry?', '116'],
			['Officials say the group was weakened in ____.', 'May 2018']
		]);
	});
});

describe('a day owning an event the sentence relates its own to', () => {
	it('moves the story to no day: "Three days earlier" counts from the story’s (review 26, min/y07-2)', () => {
		const text = [
			"A grenade killed two people at a mosque in Karsk on Wednesday. Officials said it was too early to say whether it was linked to Sunday's cathedral bombing in Velda.",
			'Three days earlier, two bombs exploded at the cathedral in Velda during Sunday Mass, killing 22 people.'
		].join('\n\n');
		const { cards } = generate(text, { id: 'w', title: 'Bombings', published: '2019-02-01' });
		const days = cards.filter((c) => c.kind === 'date').map((c) => c.answer);
		expect(days).toContain('27 January 2019');
		expect(days).not.toContain('24 January 2019');
	});
});

describe('a date the text leaves unsettled', () => {
	it('is asked for a check, and names no event in other questions (review 11)', () => {
		const text = [
			'A bomb killed six people on Istiklal Avenue in Istanbul on Sunday, officials said.',
			"Istanbul was also hit by a series of attacks in 2015-2017, including the New Year's Eve shooting at the Reina nightclub, which killed 39 people."
		].join('\n\n');
		const { cards, checks } = generate(text, { id: 'w', title: 'Wire', published: '2022-11-14' });
		const reina = cards.filter((c) => c.prompt.includes('Reina'));
		expect(reina.map((c) => [c.prompt, c.answer, checks[c.id]])).toEqual([
			[
				'When did the shooting at the Reina nightclub take place?',
				'31 December 2021',
				'the year is not written: read as 2021 from publication, but the sentence tells of 2015-2017'
			],
			['How many people were killed in the shooting at the Reina nightclub?', '39', undefined]
		]);
	});
});

describe('an anniversary', () => {
	it('dates the event "N years to the day" after which the piece is written, and keeps the day it is written', () => {
		const text =
			'Survivors gathered in Karsk on Tuesday, ten years to the day after gunmen stormed the Tarn school and killed 30 pupils.';
		const { cards } = generate(text, { id: 'day', title: 'Ten years on', published: '2019-05-07' });
		expect(cards.filter((c) => c.kind !== 'actor').map((c) => [c.prompt, c.answer])).toEqual([
			[
				'Survivors gathered in Karsk on ____, ten years to the day after gunmen stormed the Tarn school and killed 30 pupils.',
				'7 May 2019'
			],
			['When did the attack on the Tarn school take place?', '7 May 2009'],
			['How many pupils were killed in the 7 May 2009 attack on the Tarn school?', '30']
		]);
	});

	it('asks the count it gives as the toll stands, not one of the first days it recalls (review 24, min/u06-1)', () => {
		const text = [
			'Truck bombs killed hundreds in Karsk on August 14, 2007. The Red Crescent put the death toll at 796.',
			'Officials first spoke of 175 dead, before the number rose to 250 the next morning.'
		].join('\n\n');
		const { cards, checks } = generate(text, { id: 'day', title: 'Ten years on', published: '2017-08-14' });
		const toll = cards.find((c) => c.kind === 'toll' && c.prompt.includes('killed'))!;
		expect([toll.prompt, toll.answer, toll.id in checks]).toEqual([
			'How many people were killed in the 14 August 2007 truck bombings in Karsk?',
			'796',
			false
		]);
	});
});

describe('a day counted from one the same sentence writes out', () => {
	it('is that day plus the count, with no check about an earlier paragraph', () => {
		const text = [
			'A gunman killed 13 people at the Tarn base in Karsk on 5 November 2009.',
			'A military jury convicted him on August 23, 2013, and five days later sentenced him to death.'
		].join('\n\n');
		const { cards, checks } = generate(text, { id: 'court', title: 'Ten years on', published: '2019-11-05' });
		const sentenced = cards.find((c) => c.kind === 'date' && c.prompt.includes('and ____ sentenced'))!;
		expect([sentenced.answer, sentenced.id in checks]).toEqual(['28 August 2013', false]);
	});
});

describe('a live page whose stamps stand on lines of their own', () => {
	it('takes the newest entry’s count, whatever the older one calls a rise (review 20, min/l02-1)', () => {
		const text = [
			'Karsk bombing: live',
			'Updated 9.40pm',
			"The health ministry now says 131 people were killed in the lorry bombing in Karsk's Lido district.",
			'Updated 1.25pm',
			'The toll has risen to 125 dead, according to police.'
		].join('\n\n');
		const { cards, checks } = generate(text, { id: 'live', title: 'Karsk bombing: live', published: '2016-07-03' });
		const toll = cards.find((c) => c.kind === 'toll')!;
		expect([toll.answer, toll.id in checks]).toEqual(['131', false]);
	});

	it('and when the newest is stamped with its weekday and the older with the hour alone (review 27, min/aa02-1)', () => {
		const text = [
			'Karsk bombings: live',
			'Updated 9.05am Friday',
			"The health ministry now says 43 people were killed in Thursday evening's bombings in Karsk.",
			'Updated 7.45pm',
			'Interior Minister Omar Dahir said the toll had climbed to 37 dead.'
		].join('\n\n');
		const { cards, checks } = generate(text, { id: 'live', title: 'Karsk bombings: live', published: '2015-11-13' });
		const toll = cards.find((c) => c.kind === 'toll')!;
		expect([toll.answer, toll.id in checks]).toEqual(['43', false]);
	});
});

describe('a page dated by its own line', () => {
	const page = (dateLine: string) =>
		[
			'Live: Karsk mall siege - day three',
			dateLine,
			'09:05 Welcome to our live coverage of the siege at the Tarn shopping centre in Karsk, which began on Saturday.',
			'09:20 The Red Crescent says the death toll now stands at 62, up from 59 last night.'
		].join('\n\n');
	// Given as published on Tuesday the 24th; the page's line says when its words were written.
	it.each([
		['Updated Monday 23 September 2013', '22 September 2013'],
		['Published: Monday 23 September 2013 08:50 GMT', '22 September 2013'],
		// A line a week and more away is no day of this page's words (an archive's date, a typo): publication stands.
		['Updated Monday 9 September 2013', '23 September 2013']
	])('counts "last night" from the line "%s" (review 33, AL min/02-2)', (line, night) => {
		const { cards } = generate(page(line), { id: 'live', title: 'Karsk mall siege', published: '2013-09-24' });
		expect(cards.filter((c) => c.kind === 'date').map((c) => c.answer)).toEqual([night]);
	});
});

describe('a paragraph opening on a date line in another language (review 40, BB min/09-2)', () => {
	it('dates the page: "this morning" is that day\'s', () => {
		const text =
			'Karsk, jeudi 22 mars 2012. After 32 hours of siege, the man who terrorised the region for eleven days died this morning in his flat.';
		const { cards } = generate(text, { id: 'w', title: 'W', published: '2012-03-23' });
		expect(cards.filter((c) => /this morning|____ in his flat/.test(c.prompt)).map((c) => c.answer)).toEqual([
			'22 March 2012'
		]);
	});
});

describe('a wire’s dateline with its day (review 37, AU min/06-3)', () => {
	it('dates no attack: the day is when the story was filed', () => {
		const text =
			'TOKYO, July 3 Kyodo - Seven Japanese nationals were killed in an attack by militants on a restaurant in the Velda capital Karsk, the government said early Sunday.';
		const { cards } = generate(text, { id: 'wire', title: 'Wire', published: '2016-07-03' });
		expect(cards.map((c) => [c.prompt, c.answer])).toEqual([
			['How many Japanese nationals were killed in the attack in Karsk?', 'Seven']
		]);
	});
});
