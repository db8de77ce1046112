/**
 * A date asked as a gap in its own sentence must read as English with the answer in the gap: the gap holds a date, so
 * a preposition the text wrote stays outside it, a clause that shares its subject is read with the clause before, and
 * words that are no date ("came six days after") are never cut out.
 */
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/lib/generator/index';

/** The date cards of a short wire, as [prompt, answer]. */
const dateCards = (text: string) =>
	generate(text, { id: 'wire', title: 'Wire', published: '2024-05-21' })
		.cards.filter((c) => c.kind === 'date')
		.map((c) => [c.prompt, c.answer]);

describe('a date’s gap', () => {
	it.each([
		[
			'a verb after a list set off by dashes is read with the subject before the list (review 19, min/j05-2)',
			'Three of the men convicted over the Karsk bombings — Arne Holm, his brother Olav, and Per Dahl — were executed in November 2008.',
			[
				'Three of the men convicted over the Karsk bombings — Arne Holm, his brother Olav, and Per Dahl — were executed in ____.',
				'November 2008'
			]
		],
		[
			'a verb right after a bracket is read with the subject before the bracket (review 20, min/m10-1)',
			'The Velda Front ("Army of the North") was founded in 1959 under the dictatorship.',
			['The Velda Front ("Army of the North") was founded in ____ under the dictatorship.', '1959']
		],
		[
			'so is a verb after the last name of a list set off by commas (review 19, min/j06-2)',
			'Two men, Arne Holm, also known as Olav, and Per Dahl, have been on trial at a military court since 2016.',
			[
				'Two men, Arne Holm, also known as Olav, and Per Dahl, have been on trial at a military court since ____.',
				'2016'
			]
		],
		[
			'"since" stays outside the gap',
			'In the seven months since June the sect has bombed the police headquarters in Karsk.',
			['In the seven months since ____ the sect has bombed the police headquarters in Karsk.', 'June 2023']
		],
		[
			'"in" before a month stays outside the gap',
			'It was the fourth attack in a Velda city this year, following bombings in Karsk in February and March.',
			[
				'It was the fourth attack in a Velda city this year, following bombings in Karsk in ____ and March.',
				'February 2024'
			]
		],
		[
			'"on" before a weekday stays outside the gap',
			'The interior minister of Velda submitted his resignation on Sunday.',
			['The interior minister of Velda submitted his resignation on ____.', '19 May 2024']
		],
		[
			'"He" opening the gap\'s clause is the one person the paragraph named with a role (review 17, f02)',
			'A gunman killed four people in Karsk on Monday. The gunman has been named as Omar Haddad. He was sentenced in April 2019 to 22 months in prison for trying to join the Velda Front.',
			['Omar Haddad was sentenced in ____ to 22 months in prison for trying to join the Velda Front.', 'April 2019']
		],
		[
			'… not where the clause speaks of someone of the other pronoun',
			'A gunman killed four people in Karsk on Monday. The gunman has been named as Omar Haddad. She was released in April 2019, but he is still held by the Velda Front.',
			['She was released in ____, but he is still held by the Velda Front.', 'April 2019']
		]
	])('%s', (_why, text, card) => {
		expect(dateCards(text)).toContainEqual(card);
	});

	it.each([
		[
			'a span counted to what follows "after" is cut out of no sentence',
			'A car bomb killed 20 people at the Karsk market on Saturday.\n\nThe bombing came six days after voters in Karsk approved a new charter.',
			/____ voters/
		],
		[
			'a clause that shares its subject is never asked without it',
			'A gunman killed two people at a cafe in Karsk on Saturday.\n\nTwo men were arrested later on Sunday, suspected of helping the gunman to hide, and were charged on Monday with being accessories to the shootings.',
			/^Were /
		],
		[
			'… nor one whose verb is an irregular past (review 11)',
			'A drone attack killed three people in Karsk on Monday.\n\nThe country has been a member of the coalition since 2015, but withdrew most of its troops from the region in 2019.',
			/^Withdrew /
		],
		[
			'… nor one that opens on a relative clause, after another (review 11)',
			'Two car bombs exploded in Karsk on Saturday.\n\nThe group, whose name means "the youth" in Arabic, emerged as the militant wing of the Courts Union, which controlled much of the south in 2006.',
			/^Whose /
		],
		[
			'… back past a relative clause and a verb that shares its subject (review 12)',
			'Four soldiers were killed when gunmen ambushed an army patrol in Karsk on Sunday.\n\nThe faction has been linked to the Dawlah Islamiyah, and is distinct from the Karialan faction, whose members surrendered to the government in 2022.',
			/^Is distinct/
		],
		[
			'a clause that opens on another place is not put under the story’s event (review 11)',
			'In Karsk in December, a man drove a truck into a Christmas market, killing 12.\n\nIn Velda in April, a man killed five people with a stolen lorry.',
			/^From a report on .*In Velda/
		],
		[
			'… nor one that opens after a name in brackets (review 11)',
			'Gunmen raided the village of Tizegorou on Saturday, killing 16 civilians. The Armed Conflict Location and Event Data project (ACLED) recorded more than 10,000 deaths from political violence in the three countries last year.',
			/^Recorded /
		],
		[
			'a year in a quoted name is no date, and the year of the date is the one blanked (review 11)',
			'Militants attacked a pumping station in Karsk on Saturday.\n\nIn February 2018, the army launched a campaign known as "Comprehensive Operation Karsk 2018" to clear the region.',
			/February ____|Karsk ____/
		]
	])('%s', (_why, text, bad) => {
		expect(dateCards(text).filter(([prompt]) => bad.test(prompt!))).toEqual([]);
	});
});

describe('a clause that shares its subject', () => {
	it('"but rebuilt" is read with the subject before (review 19, min/j10-2)', () => {
		const text = [
			'The twin bombings of the Harbour and Lido hotels in Karsk on July 17, 2009, killed seven people.',
			'The group largely stopped attacking, but rebuilt under Arne Holm, who was arrested in 2019 and later jailed.'
		].join('\n\n');
		const prompts = dateCards(text).map(([prompt]) => prompt!.replace(/^From a report on [^:]*: /, ''));
		expect(prompts).toContain(
			'The group largely stopped attacking, but rebuilt under Arne Holm, who was arrested in ____ and later jailed.'
		);
	});
});

describe("a live entry's stamp (review 18, i02)", () => {
	const page = (entries: string[]) =>
		generate(['Karsk attack: live', ...entries].join('\n\n'), {
			id: 'live',
			title: 'Karsk attack: live',
			published: '2017-03-23'
		}).cards.filter((c) => c.kind === 'date');

	it('is no gap: its weekday is when the entry was posted', () => {
		expect(page(['Thursday 21:30 — The toll has risen again.']).map((c) => c.prompt)).toEqual([]);
	});

	it('dates the attack an entry tells of as it happens', () => {
		expect(
			page(['Wednesday 14:58 — A car has hit pedestrians.', 'Thursday 21:30 — The toll has risen again.']).map((c) => [
				c.prompt,
				c.answer
			])
		).toEqual([['When did the attack in Karsk take place?', '22 March 2017']]);
	});
});

describe('a span counted back from publication', () => {
	it('beside the day it agrees with is no gap of its own (review 11)', () => {
		const text =
			'A week ago, shortly after 9:30 a.m. on January 17, a pickup loaded with explosives drove through a checkpoint at the police academy in Karsk and exploded.';
		const { cards } = generate(text, { id: 'w', title: 'Wire', published: '2019-01-24' });
		expect(cards.filter((c) => c.kind === 'date').map((c) => c.answer)).toEqual(['17 January 2019']);
	});
});

describe('the day of an act the date follows', () => {
	it('"arrested later on Sunday" is the arrest’s day, not the shootings’ named further on', () => {
		const text = [
			'KARSK, Feb 16 - A gunman killed two people on Saturday.',
			'Two men were arrested later on Sunday, suspected of helping the gunman to hide, and were charged on Monday with being accessories to the shootings.'
		].join('\n\n');
		const cards = dateCards(text);
		expect(cards).not.toContainEqual(['When did the shootings in Karsk take place?', '19 May 2024']);
		expect(cards.filter(([, answer]) => answer === '19 May 2024').map(([prompt]) => prompt)).not.toContainEqual(
			expect.stringMatching(/^When did/)
		);
	});
});

describe('a year an event is measured against', () => {
	it('is no day the story stands on: "the following year" counts from the story’s (review 19, min/k03-4)', () => {
		const text = [
			'Gunmen killed 148 people at the university in Karsk on April 2, 2015, the deadliest attack in Velda since the 1998 embassy bombing.',
			'The government blamed Arne Holm as the mastermind; he was killed in Ostrania the following year.'
		].join('\n\n');
		expect(dateCards(text).find(([prompt]) => /the mastermind/.test(prompt!))?.[1]).toBe('2016');
	});
});

describe('the day of an attack, and days that are not its', () => {
	const whenOf = (text: string, published: string) =>
		generate(text, { id: 'wire', title: 'Wire', published })
			.cards.filter((c) => c.kind === 'date' && /^When did/.test(c.prompt))
			.map((c) => [c.prompt, c.answer]);

	it.each([
		[
			'a day the prosecutor spoke on, written in German with English in brackets (review 20, min/m08-1)',
			'The man accused of shooting two people dead in Halle has confessed, the federal prosecutor said on Donnerstag (Thursday). The attack took place on Mittwoch, 9.10.2019.',
			'2019-10-10',
			[['When did the shooting in Halle take place?', '9 October 2019']]
		],
		[
			'a day of the main clause, before a relative clause that tells the attack (review 20, min/m01-1)',
			'Police on Friday were hunting the driver of a van that ploughed into crowds on Las Ramblas, killing 13 people.',
			'2017-08-18',
			[]
		],
		[
			'a day the town found out on, before the attacks it learned of (review 34, AO min/09-1)',
			'This small town woke up on Saturday to find that most of the young men sought over the attacks in Barcelona and Cambrils had grown up in its streets.',
			'2017-08-19',
			[]
		],
		[
			'an attack told before its day is dated by it, whatever is found out after',
			'Gunmen attacked a church in Karsk on Saturday to find that the service had ended.',
			'2017-08-19',
			[['When did the attack on a church in Karsk take place?', '19 August 2017']]
		],
		[
			'a list item opening on its day and a colon is dated by it (review 20, min/l10-3)',
			'- October 24, 2014: a car bomb at a checkpoint at Karam al-Qawadis killed at least 30 soldiers.',
			'2018-02-20',
			[['When did the car bombing at a checkpoint in Karam al-Qawadis take place?', '24 October 2014']]
		],
		[
			'a day of the month the story stands in is of its year (review 20, min/m10-3)',
			'In July 2009, the group marked its 50th anniversary with two attacks. On 29 July a car bomb exploded outside a Civil Guard barracks in Burgos, injuring more than 60 people.',
			'2018-05-03',
			[['When did the car bombing at a Civil Guard barracks in Burgos take place?', '29 July 2009']]
		]
	])('%s', (_why, text, published, want) => {
		expect(whenOf(text, published)).toEqual(want);
	});
});
