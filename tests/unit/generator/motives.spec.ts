import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/lib/generator/index';
import { findMotives } from '../../../src/lib/generator/motives';

describe('motives and reasons', () => {
	it.each([
		[
			'purpose after "crucial for"',
			'the attacks in Russia and Iran are crucial for the group “to remain relevant, amplify its reputation and sustain its strategically diverse cadre”, Jadoon said',
			'to remain relevant, amplify its reputation and sustain its strategically diverse cadre'
		],
		[
			'a tactic within a strategy',
			'orchestrating international attacks is a deliberate tactic within ISKP’s strategy to globalise its campaign,” she said.',
			'a deliberate tactic within ISKP’s strategy to globalise its campaign'
		],
		[
			'a form of propaganda',
			'Within such circumstances, high-profile terrorist attacks become a form of propaganda for a weak group.',
			'a form of propaganda for a weak group'
		],
		[
			'because',
			'Many militant organizations embrace terrorism because they are failing in their original strategy.',
			'they are failing in their original strategy'
		],
		[
			'new wording: in retaliation for',
			'The militia shelled the depot in retaliation for the killing of its commander.',
			'the killing of its commander'
		],
		[
			'new wording: in a bid to',
			'The cell struck the port in a bid to cut the army’s supply lines.',
			'cut the army’s supply lines'
		],
		[
			'new wording: seen by … as',
			'France — seen by the group as the leading enemy of its cause — was targeted.',
			'the leading enemy of its cause'
		]
	])('%s', (_name, sentence, gap) => {
		expect(findMotives(sentence).map((m) => m.gap)).toContain(gap);
	});

	it.each([
		['a plain statement of fact', 'The river rose two metres overnight.'],
		['an infinitive of capacity is no purpose', 'The agency has the capacity to monitor the group.'],
		[
			'why a source asked not to be named (review 22, min/p01-3)',
			'About 20 people were wounded, a health official said, asking not to be named because he was not authorised to speak to the media.'
		],
		[
			'"a shift to soft targets": "to" after a noun is a preposition (review 22, min/p07-3)',
			'Analysts said the attacks show a shift to soft targets after a military offensive retook territory.'
		]
	])('finds no motive in %s', (_name, sentence) => {
		expect(findMotives(sentence)).toEqual([]);
	});
});

describe('a motive asked of who says so', () => {
	const lede = 'Bombs killed 88 people in the resort of Dahab on Saturday. Salim Rawi said the town would recover. ';
	it.each([
		[
			'what an act was aimed at, told to reporters by the last one named',
			'He told reporters the attacks were aimed at the tourist trade.',
			'What, according to Rawi, were the attacks aimed at?'
		],
		[
			'a pronoun is never the one who says so',
			'He told reporters the bombers wanted to frighten tourists away.',
			'According to Rawi, the bombers wanted to do what?'
		],
		[
			'"He told investigators" is the person the sentence before was about, not the last one heard (review 24, min/t06-1)',
			'The driver, Tarik Sand, was arrested the same evening. He told investigators he wanted to punish the town for its festival.',
			'According to Sand, he wanted to do what?'
		],
		[
			'"…," he said after a quote is the person the sentence before was about, named after a title (review 26, min/y01-1)',
			'Rebel leader Tarik Sand condemned the bombing. "Those behind this want to derail the peace we have worked for," he said.',
			'According to Sand, those behind this want to do what?'
		],
		[
			'what a finding showed the act was (review 36, AS 08)',
			'Salim Rawi told parliament that a preliminary investigation showed the attack was retaliation for the shootings in Velda.',
			'Why, according to Rawi, was the attack carried out?'
		],
		[
			'… and after the stamp that opens a live entry (review 35, AP min/02-6)',
			'\n\n4:05pm: Rebel leader Tarik Sand condemned the bombing. "Those behind this want to derail the peace we have worked for," he says in a statement.',
			'According to Sand, those behind this want to do what?'
		],
		[
			'a reason given as what the act was asks why it was done, and a group speaks by its whole name (r310)',
			'The Velda Front said it was revenge for the killing of its leader.',
			'Why, according to the Velda Front, was the attack carried out?'
		],
		[
			'how it was told ("by telephone") is no part of the claim',
			'Ali Mansoor, a spokesman for the group, told reporters by telephone that the bombing was revenge for the killing of its leader.',
			'Why, according to Mansoor, was the bombing carried out?'
		],
		[
			'"calling them revenge for": the acts told of (r109)',
			'The Velda Front said it was behind both raids, calling them revenge for the presence of foreign troops.',
			'Why, according to the Velda Front, was the attack carried out?'
		],
		[
			'of two things said, the reason is given for the last (r135)',
			'Ali Mansoor said the four attackers were his men and that the resort had been chosen because it was full of foreigners.',
			'Why, according to Mansoor, had the resort been chosen?'
		],
		[
			'what was said names no speaker ("said investigators believed Masood"): the one in apposition does (r23)',
			'Ali Mansoor, the head of counter-terrorism, said investigators believed Rawi had acted alone but wanted to know whether anyone had helped him.',
			'According to Mansoor, investigators believed Rawi had acted alone but wanted to do what?'
		],
		[
			'the name right before "said" speaks, not the one after it, who is what was said (review 16, d07)',
			'Judge Ali Mansoor said Rawi deserved the maximum penalty because he had bombed the resort.',
			'Why, according to Mansoor, is it that Rawi deserved the maximum penalty?'
		],
		[
			'a claim opening on "Every" or "Each" is lowered in the question (r67, r313)',
			'Each of these places was chosen because foreigners were there, Salim Rawi said.',
			'Why, according to Rawi, was each of these places chosen?'
		],
		[
			'what investigators believe is the claim, and how sure they are is no part of it (review 27, min/z02-1)',
			'Spokesman Ali Mansoor says investigators believe the attack was carried out by the Velda Front, possibly because the owners had refused to pay extortion money.',
			'Why, according to Mansoor, was the attack carried out by the Velda Front?'
		],
		[
			'the name before "initially said" speaks, and a clause joined by "but" is no part of the reason (review 27, min/z08-3)',
			'Ali Mansoor initially said the Velda Front was behind that attack because of a cocaine seizure, but authorities later pointed to another group.',
			'Why, according to Mansoor, was the Velda Front behind that attack?'
		],
		[
			'"\u201cHe told us …,\u201d Asrudin said": the name after the quote speaks, not the one the pronoun inside it would be (review 41, BD min/07-16)',
			'\u201cHe told us that he wanted to punish the town for its festival,\u201d Asrudin said.',
			'According to Asrudin, he told us that he wanted to do what?'
		],
		[
			'the person in apposition speaks, not a month after "said" (review 28, min/ab03-3)',
			'Ali Mansoor, a senior researcher at the Regional Conflict Monitor, said the January bombing looked like an attempt to prove the group still existed.',
			'According to Mansoor, the January bombing looked like what?'
		],
		[
			'where it was said ("on Twitter") is no speaker, and "Police said" is the police (r03, r141)',
			'The Velda Front says on Twitter that its fighters were sent to punish the town. Police said they had seen nothing so far to show that the group had any role.',
			'According to the police, they had seen nothing so far to show what?'
		]
	])('%s', (_name, sentence, prompt) => {
		const { cards } = generate(lede + sentence, { id: 'w', title: 'Wire', published: '2005-07-23' });
		expect(cards.filter((c) => c.kind === 'motive').map((c) => c.prompt)).toEqual([prompt]);
	});

	it.each([
		['a toll risen "to" a count is no purpose (review 13)', 'The toll from the attack in Dahab rose to 90, Rawi said.'],
		[
			'an attempt told in a clause of time is no purpose (r312)',
			'The device went off at about 7.15 p.m. when a waiter tried to open it, Salim Rawi said.'
		],
		[
			'"to" before a noun is a preposition, no purpose (review 17, g07)',
			'The Velda Front claimed the attack in a message to the Al Jazeera network, Salim Rawi said.'
		],
		[
			'nor is the day it was said a speaker',
			'PARIS, April 21 - The man who attacked police in Dahab had spent years in prison for trying to kill two policemen, officials said Friday.'
		]
	])('no motive: %s', (_name, sentence) => {
		const { cards } = generate(`Bombs killed 88 people in the resort of Dahab on Saturday. ${sentence}`, {
			id: 'w',
			title: 'Wire',
			published: '2005-07-23'
		});
		expect(cards.filter((c) => c.kind === 'motive').map((c) => c.prompt)).toEqual([]);
	});
});
