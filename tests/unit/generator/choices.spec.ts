/**
 * Wrong choices for a date question: never the answer written another way, and never a date the answer falls within
 * or that falls within it, which a trainee would be right to pick. Dates and counts are drawn from those nearest the
 * answer, so no wrong choice can be ruled out without knowing the answer.
 */
import { describe, expect, it } from 'vitest';
import type { DeckCard } from '../../../src/lib/decks/schema';
import { addChoices } from '../../../src/lib/generator/choices';

const card = (kind: 'date' | 'toll', id: string, answer: string): DeckCard =>
	({ id, kind, format: 'qa', prompt: `When did ${id} take place?`, answer }) as DeckCard;

/** The choices the first card gets among all of them, each card its own fact. */
function choicesOf(answers: string[], kind: 'date' | 'toll' = 'date'): string[] {
	const cards = answers.map((a, i) => card(kind, `event-${i}`, a));
	addChoices(cards, new Map(cards.map((c) => [c, c.id])));
	return [...(cards[0]!.choices ?? [])].sort();
}

describe('wrong choices for a date', () => {
	it.each<[string, string[], string[]]>([
		[
			'the answer written another way is no wrong choice (review 32: "January 3, 2024" beside "3 January 2024")',
			['January 3, 2024', '3 January 2024', '17 August 2019'],
			['17 August 2019']
		],
		[
			'a day within the month asked is no wrong choice',
			['July 2016', '23 July 2016', '2020', '17 August 2019'],
			['17 August 2019', '2020']
		],
		['a day within the year asked is none either', ['2022', 'March 4, 2022', 'July 13, 2018'], ['July 13, 2018']],
		['nor the year a day asked is in', ['March 4, 2022', '2022', '2019', 'July 2023'], ['2019', 'July 2023']],
		[
			'other days of the same month are wrong choices',
			['23 July 2016', '30 July 2016', '4 July 2016', '13 July 2018'],
			['13 July 2018', '30 July 2016', '4 July 2016']
		]
	])('%s', (_why, answers, expected) => {
		expect(choicesOf(answers)).toEqual([...expected].sort());
	});
});

describe('wrong choices near the answer', () => {
	const days2016 = ['22 March 2016', '30 June 2016', '1 February 2016', '13 May 2016', '4 April 2016'];
	const farDays = [
		'11 September 2001',
		'7 July 2005',
		'11 March 2004',
		'22 July 2011',
		'26 November 2008',
		'12 October 2002',
		'1 September 2004',
		'3 September 2009',
		'7 January 2015',
		'19 April 1995',
		'24 July 1998',
		'30 April 2010'
	];
	it.each<[string, string[], 'date' | 'toll', (choice: string) => boolean]>([
		[
			'days of the answer\'s year, not "11 September 2001" (seen drilling the year-in-review of review 32)',
			['15 January 2016', ...farDays, ...days2016],
			'date',
			(c) => c.endsWith('2016')
		],
		[
			'days, not a year or a month, beside a day',
			['15 January 2016', '2014', 'March 2013', 'June 2012', '2011', ...farDays],
			'date',
			(c) => /^\d+ \w+ \d{4}$/.test(c)
		],
		[
			'counts of the answer\'s size: hundreds beside "more than 300"',
			[
				'more than 300',
				'2',
				'three',
				'5',
				'7',
				'9',
				'11',
				'14',
				'17',
				'22',
				'250',
				'at least 280',
				'410',
				'320',
				'190'
			],
			'toll',
			(c) => /^(?:250|at least 280|410|320|190)$/.test(c)
		],
		[
			'small counts beside a small one',
			['4', '137', '300', '250', '2', 'three', '5', '6', '8'],
			'toll',
			(c) => !/\d{3}/.test(c)
		]
	])('%s', (_why, answers, kind, near) => {
		const choices = choicesOf(answers, kind);
		expect(choices).toHaveLength(3);
		expect(choices.filter((c) => !near(c))).toEqual([]);
	});
});
