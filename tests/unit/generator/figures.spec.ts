import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/lib/generator/figures';

const tolls = (sentence: string) =>
	findFigures(sentence)
		.filter((f) => f.kind === 'toll')
		.map((f) => [f.measure, f.value, f.normalized]);
/** Toll figures of a sentence, each as `pick` gives it. */
const tollsWith = (sentence: string, pick: (f: ReturnType<typeof findFigures>[number]) => unknown[]) =>
	findFigures(sentence)
		.filter((f) => f.kind === 'toll')
		.map(pick);
/** Toll figures as [value, measure, victims]. */
const groups = (sentence: string) => tollsWith(sentence, (f) => [f.value, f.measure, f.victims]);
const counts = (sentence: string) =>
	findFigures(sentence)
		.filter((f) => f.kind === 'toll')
		.map((f) => [f.value, f.measure]);

describe('casualty figures', () => {
	it('names a group among the dead with where it comes from (review 19, min/k07-3: it was asked as "Quebecs")', () => {
		expect(groups('Six Canadians from Quebec were among the dead.')).toEqual([
			['Six', 'killed', 'Canadians from Quebec']
		]);
	});

	it.each([
		[
			'a date in figures is no count (review 19, min/k08-3)',
			'Prosecutors said on 14.10.2015 that 43 people had been detained in raids across the country.',
			[['arrested', '43', 'arrested:43']]
		],
		[
			'number first, passive',
			'More than 130 people have been killed, including three children, and over 100 others have been injured.',
			[
				['killed', 'More than 130'.toLowerCase(), 'killed:>130'],
				// (The children are a group of the dead, asked on their own.)
				['killed', 'three', 'killed:3'],
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
		['a duration', 'the worst attack in 20 years.'],
		['the killers counted, not the killed', 'Police named the two men who killed the officer.'],
		['a time after "dead"', 'Officers shot him dead eight minutes later.'],
		['a time after "killed"', 'The second blast killed 20 minutes after the first.'],
		[
			'a part of a count given only as "dozens" (review 25, min/w01-1)',
			'A spokesman said dozens of people had been killed, including seven who died when a convoy was ambushed.'
		],
		[
			'… or as "scores", after "among them"',
			'Scores of people were killed in the siege, among them 12 who died at the port.'
		]
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

	it.each([
		[
			'a headline count',
			'32 killed, 100+ wounded in Kabul blast',
			[
				['32', 'killed'],
				['100', 'injured']
			]
		],
		[
			'a second count sharing the first verb',
			'34 killed and more than 100 injured',
			[
				['34', 'killed'],
				['more than 100', 'injured']
			]
		],
		['"left … dead"', 'The bomb left 22 dead.', [['22', 'killed']]],
		['a revised toll', 'The toll has risen to 37.', [['37', 'killed']]],
		['"have died" without "been"', '30 people have died', [['30', 'killed']]],
		['"wounded another"', 'The blast wounded another 63.', [['63', 'injured']]],
		['bodies received', 'The hospital received 33 bodies.', [['33', 'killed']]],
		['a relative clause', '110 people who were wounded', [['110', 'injured']]],
		['"also" before the verb', 'Police said 50 people were also injured.', [['50', 'injured']]],
		['a date before the verb', 'An attack on March 8 killed 39 people.', [['39', 'killed']]],
		['people still missing', 'Rescuers said about 45 people are still missing.', [['about 45', 'missing']]],
		['a count that remains missing', 'Of the pupils, 17 remain missing.', [['17', 'missing']]],
		['an abduction count', 'Police said 120 schoolgirls had been abducted.', [['120', 'abducted']]],
		['a kidnapping, verb first', 'The gang kidnapped 14 hostages from the bus.', [['14', 'abducted']]],
		['"missing" before a number is no count', 'The flight was missing 40 minutes later.', []],
		['those who escaped', 'Thirty-one escaped in the following days.', [['Thirty-one', 'escaped']]],
		['hostages who had escaped', 'Police said 12 of the hostages had escaped.', [['12', 'escaped']]],
		['escaping is no count of the escaped', 'The gunman escaped 20 minutes later.', []],
		['"shot dead" before the count', 'The gunman shot dead five guards at the gate.', [['five', 'killed']]],
		['arrests, verb first', 'Detectives arrested 14 people in dawn raids.', [['14', 'arrested']]],
		['arrests, number first', 'He said that nine suspects had been detained.', [['nine', 'arrested']]],
		['arrests in a passive with no noun', 'Six were arrested at the border.', [['Six', 'arrested']]],
		['the injured counted by the hospital', 'Sixty-one people were taken to hospital.', [['Sixty-one', 'injured']]],
		['hospitalised', 'At least 20 people were hospitalised.', [['at least 20', 'injured']]],
		[
			'two subjects sharing one verb',
			'About 80 villagers and 12 police officers were killed.',
			[
				['about 80', 'killed'],
				['12', 'killed']
			]
		],
		[
			'perpetrators before an active verb are not a toll',
			'when three gunmen killed 19 people at the bank.',
			[['19', 'killed']]
		],
		['no arrest in "arrested development"', 'The series was called Arrested Development.', []],
		['things seized are no arrests', 'Police detained the van and 40 boxes.', []],
		['a toll put at a figure', 'Officials put the death toll at 63.', [['63', 'killed']]],
		['a toll in the present tense', 'Death toll climbs to 128', [['128', 'killed']]],
		['lives lost', 'Seventy-one people lost their lives.', [['Seventy-one', 'killed']]],
		['lives claimed', 'The blast claimed the lives of at least 90 people.', [['at least 90', 'killed']]],
		['confirmed dead', 'Eight people have been confirmed dead.', [['Eight', 'killed']]],
		['lives saved are no toll', 'Quick surgery saved the lives of 20 people.', []],
		[
			'one person',
			'One person was killed and four were hurt.',
			[
				['One', 'killed'],
				['four', 'injured']
			]
		],
		['a toll brought to a figure', 'Two more victims died on Monday, bringing the toll to 58.', [['58', 'killed']]],
		[
			'the injured counted by treatment',
			'More than 200 people were treated for injuries.',
			[['more than 200', 'injured']]
		],
		['injuries sustained', 'Around 30 others sustained minor injuries.', [['around 30', 'injured']]],
		['"a person" is no count', 'A person familiar with the inquiry said so.', []],
		['the attacker and the others', 'The bomber killed himself and 22 others.', [['22', 'killed']]],
		['hostages taken', 'The gunmen took 300 people hostage at the plant.', [['300', 'abducted']]],
		['hostages seized', 'They seized 28 foreign hostages.', [['28', 'abducted']]],
		['taken hostage, number first', 'About 90 workers were taken hostage.', [['about 90', 'abducted']]],
		['people held for questioning are no hostages', 'Police held 12 people for questioning.', []],
		[
			'the attacker and the others, with a qualifier',
			'killing himself and at least 15 people',
			[['at least 15', 'killed']]
		]
	])('reads %s', (_name, sentence, expected) => {
		expect(counts(sentence)).toEqual(expected);
	});

	it('marks a revised count as the latest and keeps the earlier one', () => {
		const found = findFigures('At least 60 people were killed; the toll later rose to 143 on Sunday.');
		expect(found.map((f) => [f.value, f.update ?? false])).toEqual([
			['at least 60', false],
			['143', true]
		]);
	});

	it.each([
		['The ministry revised the toll down to 212 on Thursday.', '212'],
		['The death toll was lowered to 96 after bodies were counted twice.', '96'],
		['The number of dead has fallen to 41.', '41']
	])('marks a lowered count as the latest in "%s"', (sentence, value) => {
		expect(findFigures(sentence).map((f) => [f.value, f.update ?? false])).toEqual([[value, true]]);
	});

	it('marks a count whose sentence says it revises earlier figures as the latest', () => {
		expect(
			findFigures('Police said 251 girls had been abducted, revising earlier figures.').map((f) => f.update)
		).toEqual([true]);
	});

	it('marks a count the text says was replaced, and only that one', () => {
		const found = findFigures('The toll had stood at 36 overnight; by noon it had risen to 44 dead.');
		expect(found.map((f) => [f.value, f.superseded ?? false, f.update ?? false])).toEqual([
			['36', true, false],
			['44', false, true]
		]);
	});

	it.each([
		['Among the dead were 13 foreigners, officials said.', [['13', 'killed', 'foreigners']]],
		['Of the dead, 27 were foreign nationals.', [['27', 'killed', 'foreign nationals']]],
		['Of the injured, at least 40 were children.', [['at least 40', 'injured', 'children']]],
		['Among those killed were four gunmen.', [['four', 'killed', 'gunmen']]],
		['The dead included three police officers.', [['three', 'killed', 'police officers']]]
	])('reads a group within a toll in "%s"', (sentence, expected) => {
		expect(groups(sentence)).toEqual(expected);
	});

	it.each([
		[
			'"N of them" takes the measure of the count before it',
			'At least 40 people were killed, 11 of them children, and 90 were wounded.',
			[
				['at least 40', 'killed', undefined],
				['11', 'killed', 'children'],
				['90', 'injured', undefined]
			]
		],
		[
			'a condition within the injured',
			'Sixty people were injured, nine of them critically.',
			[
				['Sixty', 'injured', undefined],
				['nine', 'injured', 'people in critical condition']
			]
		],
		['a group "among the dead"', 'Three firefighters were also among the dead.', [['Three', 'killed', 'firefighters']]],
		['"N of the dead were"', 'Five of the dead were tourists.', [['Five', 'killed', 'tourists']]],
		[
			'those the police shot are the attackers',
			'Police officers shot all four dead within minutes.',
			[['four', 'killed', 'attackers']]
		],
		['a count "of them" with no count before it', 'Twelve of them were released.', []],
		[
			'"N of those killed were"',
			'At least nine of those killed were children.',
			[['at least nine', 'killed', 'children']]
		],
		[
			'"N of those injured were"',
			'Five of those injured were police officers.',
			[['Five', 'injured', 'police officers']]
		],
		[
			'an age names a group of the victims',
			'Eleven of the victims were under 18.',
			[['Eleven', 'killed', 'people under 18']]
		],
		[
			'what a group were members of names it',
			'Seven of the victims were members of one family.',
			[['Seven', 'killed', 'members of one family']]
		],
		[
			'"members of the same family" among the dead',
			'Four members of the same family were among the dead.',
			[['Four', 'killed', 'members of the same family']]
		],
		[
			'those treated for wounds are the injured (review 48, CO min/01-3)',
			'Health officials said 182 people had been treated for wounds.',
			[['182', 'injured', undefined]]
		],
		[
			'victims told as hurt are no dead',
			'The victims were two women aged 19 and 22, who were taken to hospital with minor injuries.',
			[]
		],
		[
			'"members of a single family" named whole',
			'Seven of the victims were members of a single family.',
			[['Seven', 'killed', 'members of a single family']]
		],
		[
			'a group named by its nation (review 48, CP min/02-4 asked it of "nationals")',
			'Hammond says at least five British nationals are among the dead.',
			[['at least five', 'killed', 'British nationals']]
		],
		[
			'a group "among the victims", the dead',
			'Five pilgrims were among the victims.',
			[['Five', 'killed', 'pilgrims']]
		],
		[
			'a group "among the N people killed"',
			'Nineteen security personnel were among the 31 people killed.',
			[
				['Nineteen', 'killed', 'security personnel'],
				['31', 'killed', undefined]
			]
		],
		['"the victims included"', 'The victims included seven foreigners.', [['seven', 'killed', 'foreigners']]],
		[
			'"the N dead include"',
			'The 26 dead include seven Americans, officials said.',
			[
				['26', 'killed', undefined],
				['seven', 'killed', 'Americans']
			]
		],
		[
			'"the dead comprised" a list',
			'The dead comprised 20 soldiers and five civilians.',
			[
				['20', 'killed', 'soldiers'],
				['five', 'killed', 'civilians']
			]
		],
		[
			'"the victims were" a list',
			'The victims were 12 soldiers, four policemen and two civilians.',
			[
				['12', 'killed', 'soldiers'],
				['four', 'killed', 'policemen'],
				['two', 'killed', 'civilians']
			]
		]
	])('reads %s', (_name, sentence, expected) => {
		expect(groups(sentence)).toEqual(expected);
	});

	it.each([
		[
			'The two blasts killed 52 people: 30 in Karsk and 22 on Tørvik.',
			[
				['52', undefined],
				['30', 'Karsk'],
				['22', 'Tørvik']
			]
		],
		[
			'At least 60 people died: 40 at the Velda Stadium, 20 elsewhere.',
			[
				['At least 60'.toLowerCase(), undefined],
				['40', 'the Velda Stadium']
			]
		],
		['Nine were hurt: two of them badly.', [['Nine', undefined]]]
	])('reads the parts of a toll split by place in "%s"', (sentence, expected) => {
		expect(tollsWith(sentence, (f) => [f.value, f.where])).toEqual(expected);
	});

	it('marks a count of "the dead" as a group within an earlier toll', () => {
		const found = findFigures('Among the dead were 13 foreigners.');
		expect(found.map((f) => f.back)).toEqual([true]);
	});

	it('takes no verb or linking word for the victims of a headline count', () => {
		expect(findFigures('147 killed as gunmen storm university').map((f) => [f.value, f.victims])).toEqual([
			['147', undefined]
		]);
	});

	it('names the victims a count is of when they are not just people', () => {
		const found = findFigures('bombings that killed at least 175 civilians and 13 US soldiers.');
		expect(found.map((f) => f.victims)).toEqual(['civilians', 'US soldiers']);
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
			'a count within a count of things (one of people is a group of the toll: toll-forms.spec.ts)',
			'Police seized 40 weapons, including 12 rifles.',
			[['12', 'rifles']]
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
