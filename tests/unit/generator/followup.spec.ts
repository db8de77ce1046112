import { describe, expect, it } from 'vitest';
import { followUpClause, statementDate } from '../../../src/lib/generator/followup';
import { generate } from '../../../src/lib/generator/index';
import type { StoryEvent } from '../../../src/lib/generator/model';

const at = (sentence: string, written: string) => {
	const i = sentence.indexOf(written);
	return statementDate(sentence, i, i + written.length, !/\d{4}$/.test(written));
};

describe('statementDate', () => {
	it.each([
		['Harbour police on Friday named the driver as a local fisherman.', 'on Friday', 'the date of a statement'],
		['By Sunday night, port officials said 14 people had died.', 'By Sunday night', 'the date of a statement'],
		[
			'On Friday, the Dunmore news agency, which is linked to the Front, said the bombing was theirs.',
			'Friday',
			'the date of a statement'
		],
		['On Friday, gunmen stormed the ferry pier, which was crowded, and police said 14 died.', 'Friday', undefined],
		['The Dunmore Front claimed responsibility on Saturday in a video.', 'on Saturday', 'the date of a claim'],
		['The Dunmore Front claimed the bombing late on Saturday.', 'late on Saturday', 'the date of a claim'],
		[
			'The Dunmore Front claimed responsibility through its news agency on Thursday.',
			'on Thursday',
			'the date of a claim'
		],
		// ", officials said" at the end attributes the sentence: the date is when the blast happened.
		['A car bomb killed 14 people at the ferry pier late on Friday, port officials said.', 'late on Friday', undefined],
		[
			'The toll from the pier bombing rose to five on Sunday, when a wounded man died.',
			'on Sunday',
			'the date of a count'
		],
		['The toll was revised to 84 late on Thursday.', 'late on Thursday', 'the date of a count'],
		['The toll rose through Sunday.', 'Sunday', 'the date of a count'],
		['By Monday afternoon three of the wounded had died.', 'By Monday afternoon', 'the date a state was reached'],
		['By Friday traffic was flowing again on the pier road.', 'By Friday', 'the date a state was reached'],
		['The Front had lost most of its territory by the end of 2017.', 'by the end of 2017', undefined],
		['Anna Berg, 25, died in hospital on 6 June.', 'on 6 June', 'the date of a later death'],
		['The harbour master died of his wounds early on Saturday.', 'on Saturday', 'the date of a later death'],
		['A nurse among the injured, Anna Berg, died on Sunday.', 'on Sunday', 'the date of a later death'],
		// The attack's own dead: the day they died is the day of the blast.
		['Two people died on Friday when a bomb exploded at the ferry pier.', 'on Friday', undefined],
		['A guard stood at the gate on Sunday.', 'on Sunday', undefined],
		['The ferry pier reopened on Monday after repairs.', 'on Monday', undefined]
	])('%s (%s) → %s', (sentence, written, why) => {
		expect(at(sentence, written)).toBe(why);
	});
});

describe('followUpClause', () => {
	const pier: StoryEvent = {
		id: 'pier',
		noun: 'bombing',
		target: 'the Calder ferry pier',
		place: 'Dunmore',
		alsoIn: [],
		seen: [{ doc: 'd', paragraph: 1 }]
	};
	it.each([
		['A 31-year-old man was arrested near the bus station on Sunday.', 'on Sunday', true],
		['Hospital staff counted 14 dead on Saturday.', 'on Saturday', true],
		['Bus services resumed on Tuesday morning.', 'on Tuesday morning', true],
		['The interior minister, who flew to the capital on Friday, laid a wreath at the memorial.', 'on Friday', true],
		['A police spokesman told reporters Friday that the driver had acted alone.', 'Friday', true],
		['In a recording posted online on Thursday, the group praised the attack.', 'on Thursday', true],
		['Islamic State released a video of him the next day.', 'the next day', true],
		['The government revises the death toll down from 15 to 14 the following week.', 'the following week', true],
		// The venue's common noun alone does not name the event in the days after it.
		['The pier reopened on Monday under heavy guard.', 'on Monday', true],
		['Vigils were held on Thursday night across the city.', 'on Thursday night', true],
		['Special forces found him dead in his flat early on Thursday.', 'on Thursday', true],
		['On Sunday, the mayor, speaking at the scene, had put the toll at 14 dead.', 'On Sunday', true],
		['He pleaded not guilty at a brief hearing on Monday.', 'on Monday', true],
		['Injured tourists were flown to Darwin on a military plane on Sunday.', 'on Sunday', true],
		['Federal prosecutors, who took over the case on Thursday, say he acted alone.', 'on Thursday', true],
		// The clause names the story's own event by its target: the date may be asked about it.
		['Mourners laid flowers at the Calder ferry pier on Sunday.', 'on Sunday', false],
		// What happened, not its aftermath.
		['The number of people killed by the car bomb on Friday has been counted again.', 'on Friday', false],
		["Campaigning for Thursday's council election resumed.", 'Thursday', false],
		['The harbour master retired in 2019.', 'in 2019', false],
		// What comes round every year is no event, even where the story's event is named.
		['The Calder ferry pier regatta is held every year on the first Sunday in May.', 'Sunday', true],
		['The regatta at the Calder ferry pier in May drew a crowd.', 'in May', false]
	])('%s → %s', (clause, written, followUp) => {
		expect(followUpClause(clause, written, [pier])).toBe(followUp);
	});

	it('months on, a venue reopening is an occasion of its own, named by its common noun', () => {
		const clause = 'The pier, which reopened in November with a concert, is guarded.';
		expect(followUpClause(clause, 'in November', [pier], false)).toBe(false);
		expect(followUpClause(clause, 'in November', [pier], true)).toBe(true);
	});
});

describe('dates of statements and the aftermath in a draft', () => {
	const text = [
		'A car bomb killed 14 people at the Calder ferry pier in Dunmore late on Friday, port officials said.',
		'Police on Saturday named the driver as a local fisherman.',
		'A 31-year-old man was arrested near the bus station on Sunday.',
		'The harbour master, who took over the port in 2019, said the pier would reopen.'
	].join('\n\n');
	const out = generate(text, { id: 'pier', title: 'Car bomb at Dunmore ferry pier', published: '2025-06-09' });
	const dates = out.cards.filter((c) => c.kind === 'date');

	it('asks the event date, naming the event', () => {
		const pier = dates.find((c) => c.answer === '6 June 2025');
		expect(pier?.prompt).toMatch(/^When did .*\bCalder\b.* take place\?$/);
	});
	it('proposes no card for the day of a statement or of an arrest', () => {
		expect(dates.filter((c) => /named the driver|was arrested/.test(c.prompt))).toEqual([]);
	});
	it('keeps a date of the story that is no aftermath', () => {
		expect(dates.some((c) => c.prompt.includes('____') && c.answer.includes('2019'))).toBe(true);
	});
});

describe('an event told in what was said', () => {
	it('takes no date from the day it was said', () => {
		const text = [
			'Two brothers forced their way into the editorial meeting of the Velda Herald and opened fire, killing 12 people.',
			'On Wednesday the Karsk Front released a video in which one of its leaders said it had planned the Velda Herald attack.'
		].join('\n\n');
		const out = generate(text, { id: 'herald', title: 'Gunmen kill 12 at Velda Herald', published: '2015-01-16' });
		const dates = out.cards
			.filter((c) => c.kind === 'date')
			.map((c) => [c.prompt.startsWith('On ____ the Karsk Front'), c.answer]);
		expect(dates).toEqual([[true, '14 January 2015']]);
	});
});

describe('a day counted back from another paragraph', () => {
	const meta = { id: 'pier', title: 'Car bomb at Dunmore ferry pier', published: '2025-06-09' };
	const lead = 'A car bomb killed 14 people at the Calder ferry pier in Dunmore on Saturday.';
	const raid = 'A day earlier, officers raided two flats in Harwick and seized a laptop.';
	const checkOf = (text: string) => {
		const out = generate(text, meta);
		const card = out.cards.find((c) => c.kind === 'date' && c.prompt.includes('officers raided two flats'));
		return card && { answer: card.answer, check: out.checks[card.id] };
	};
	it.each([
		['the next paragraph', `${lead}\n\nThe pier was closed.\n\n${raid}`, true],
		['the same paragraph', `${lead} ${raid}`, false]
	])('in %s: marked needs check → %s', (_, text, checked) => {
		const card = checkOf(text);
		expect(card?.answer).toBe('6 June 2025');
		expect(Boolean(card?.check)).toBe(checked);
	});
});
