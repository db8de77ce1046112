import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/lib/generator/figures';

const tolls = (sentence: string, context?: string) =>
	findFigures(sentence, context)
		.filter((f) => f.kind === 'toll')
		.map((f) => [f.measure, f.value, f.normalized]);

describe('casualty figures', () => {
	it.each([
		[
			'number first, passive',
			'More than 130 people have been killed, including three children, and over 100 others have been injured.',
			[
				['killed', 'More than 130'.toLowerCase(), 'killed:>130'],
				['injured', 'over 100', 'injured:>100']
			]
		],
		[
			'verb first with two tolls',
			'suicide bombings in Kerman, Iran, killed more than 90 people and injured nearly 300 others.',
			[
				['killed', 'more than 90', 'killed:>90'],
				['injured', 'nearly 300', 'injured:<300']
			]
		],
		[
			'two counts sharing one verb',
			'bombings at Kabul airport that killed at least 175 civilians and 13 US soldiers.',
			[
				['killed', 'at least 175', 'killed:>=175'],
				['killed', '13', 'killed:13']
			]
		],
		[
			'"killing" participle',
			'its fighters attacked Kabul University, killing at least 22 students and teachers.',
			[['killed', 'at least 22', 'killed:>=22']]
		],
		[
			'"died" with a number word',
			'In 2022, two people died in Europe from jihadi attacks',
			[['killed', 'two', 'killed:2']]
		],
		[
			'"wounded" counts as injured',
			'The blast wounded almost 40 shoppers near the gate.',
			[['injured', 'almost 40', 'injured:<40']]
		],
		['"dead" after the number', 'Officials said 12 people were dead after the fire.', [['killed', '12', 'killed:12']]],
		[
			'"those numbers were" pairs with the years',
			'In 2022, two people died in Europe; in 2015 and 2016, those numbers were 151 and 142.',
			[
				['killed', 'two', 'killed:2'],
				['killed', '151', 'killed:151'],
				['killed', '142', 'killed:142']
			]
		]
	])('%s', (_name, sentence, expected) => {
		expect(tolls(sentence)).toEqual(expected);
	});

	it.each([
		['a killing without a count', 'Ukraine has killed Russian commanders and politicians.'],
		['a year after "killed in"', 'the leader whom the U.S. killed in 2020.'],
		['a duration', 'the worst attack in 20 years.']
	])('finds no toll in %s', (_name, sentence) => {
		expect(tolls(sentence)).toEqual([]);
	});

	it('"more than" and "over" normalise alike; "almost" does not', () => {
		const [a] = findFigures('the attack that killed over 130 people');
		const [b] = findFigures('More than 130 people have been killed');
		const [c] = findFigures('a bombing that killed almost 130 people');
		expect(a?.normalized).toBe(b?.normalized);
		expect(c?.normalized).not.toBe(a?.normalized);
	});

	it('gives each toll the event named in its sentence, else the story’s current one', () => {
		expect(findFigures('an attack on a maternity ward in Kabul that killed 24 people')[0]?.event).toBe(
			'attack on a maternity ward in Kabul'
		);
		expect(findFigures('More than 130 people have been killed.', 'Moscow, Russia')[0]?.event).toBe('Moscow, Russia');
	});
});

describe('other key figures', () => {
	it.each([
		[
			'shares of territory',
			'ISIL controlled about a third of Syria and 40 percent of Iraq.',
			[
				['about a third', 'of Syria'],
				['40 percent', 'of Iraq']
			]
		],
		[
			'a percentage of a thing',
			'it lost 95 percent of that territory by the end of 2017.',
			[['95 percent', 'of that territory']]
		],
		[
			'a count within a toll',
			'More than 130 people have been killed, including three children',
			[['three', 'children']]
		],
		['per cent written apart', 'Turnout reached 62 per cent of voters.', [['62 per cent', 'of voters']]]
	])('%s', (_name, sentence, expected) => {
		expect(
			findFigures(sentence)
				.filter((f) => f.kind === 'figure')
				.map((f) => [f.value, f.measure])
		).toEqual(expected);
	});
});
