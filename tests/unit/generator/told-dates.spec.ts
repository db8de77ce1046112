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
		]
	])('%s', (_why, text) => {
		expect(dateAnswers(text)).toEqual(['29 October 2022']);
	});
});
