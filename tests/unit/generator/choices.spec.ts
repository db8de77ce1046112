/**
 * Wrong choices for a date question: never the answer written another way, and never a date the answer falls within
 * or that falls within it, which a trainee would be right to pick.
 */
import { describe, expect, it } from 'vitest';
import type { DeckCard } from '../../../src/lib/decks/schema';
import { addChoices } from '../../../src/lib/generator/choices';

const date = (id: string, answer: string): DeckCard =>
	({ id, kind: 'date', format: 'qa', prompt: `When did ${id} take place?`, answer }) as DeckCard;

/** The choices the first card gets among all of them, each card its own fact. */
function choicesOf(answers: string[]): string[] {
	const cards = answers.map((a, i) => date(`event-${i}`, a));
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
