/**
 * The evaluation bench's scoring rules, one row each: what makes a card right, wrong or merely unmatched, counting
 * the event its prompt names. The report is a small invented one with two attacks, so every row can say why.
 */
import { describe, expect, it } from 'vitest';
import type { DeckCard } from '../../../src/lib/decks/schema';
import type { EvalLabels } from '../../../scripts/bench/eval-labels';
import { scoreDraft, type CardVerdict } from '../../../scripts/bench/eval-score';
import { blankedSpan } from '../../../scripts/bench/eval-read';

const TEXT = [
	'Bomb kills 22 at Manchester Arena',
	'A man set off a bomb at Manchester Arena late on Monday, killing 22 people and injuring 59. Police had said 19 were dead.',
	'At least 29 of the dead in the Lahore park bombing on Sunday were children; 72 people died there.',
	'Islamic State claimed the Manchester attack. No group has claimed the Lahore bombing.',
	'It was the worst attack since July 7, 2005, when bombers killed 52 people in London; four suspects were held.',
	'"This was planned," said Anja Berglund, a senior fellow at the Halvorsen Centre.'
].join('\n\n');

const LABELS: EvalLabels = {
	meta: { id: 'r99-test', title: 'Test', publisher: 'Test Wire', published: '2017-05-23', genre: 'test' },
	events: [
		{ id: 'arena', what: 'bombing', names: ['Manchester Arena', 'Manchester'], date: '2017-05-22' },
		{ id: 'lahore', what: 'bombing', names: ['Lahore'], date: '2017-05-21' },
		{ id: 'london', what: 'bombing', names: ['London'], date: '2005-07-07' }
	],
	tolls: [
		{ event: 'arena', measure: 'killed', value: 19, latest: false },
		{ event: 'arena', measure: 'killed', value: 22, latest: true },
		{ event: 'arena', measure: 'wounded', value: 59, latest: true },
		{ event: 'lahore', measure: 'killed', value: 72, latest: true },
		{ event: 'lahore', measure: 'killed', value: 29, qualifier: 'at least', victims: 'children', latest: true },
		{ event: 'london', measure: 'killed', value: 52, latest: true },
		{ event: 'london', measure: 'arrested', value: 4, victims: 'suspects', latest: true }
	],
	dates: [
		{ event: 'arena', iso: '2017-05-22', precision: 'day', written: 'late on Monday' },
		{ event: 'lahore', iso: '2017-05-21', precision: 'day', written: 'on Sunday' },
		{ event: 'london', iso: '2005-07-07', precision: 'day', written: 'July 7, 2005' }
	],
	claims: [
		{ event: 'arena', claimant: 'Islamic State', aliases: ['ISIS'] },
		{ event: 'lahore', none: true }
	],
	roles: [
		{ person: 'Anja Berglund', role: 'senior fellow', affiliation: 'Halvorsen Centre' },
		{ person: 'Theresa May', role: 'Prime Minister' }
	]
};

let n = 0;
function makeCard(kind: DeckCard['kind'], prompt: string, answer: string, extra: Partial<DeckCard> = {}): DeckCard {
	return {
		id: `card-${++n}`,
		kind,
		format: prompt.includes('____') ? 'cloze' : 'qa',
		prompt,
		answer,
		source: { doc: 'r99-test', paragraph: 2, quote: 'q' },
		...extra
	};
}
const verdictOf = (card: DeckCard): CardVerdict => scoreDraft({ cards: [card] }, LABELS, TEXT).verdicts[0]!;

type Row = [string, DeckCard['kind'], string, string, CardVerdict['verdict']];

describe('eval scoring: tolls count the event', () => {
	it.each<Row>([
		[
			'the right number on the named attack',
			'toll',
			'How many people were killed in the Manchester Arena bombing?',
			'22',
			'right'
		],
		[
			'the right number on the wrong attack',
			'toll',
			'How many people were killed in the bombing in London?',
			'22',
			'wrong'
		],
		['a prompt naming no event', 'toll', 'How many people were killed in the attack?', '22', 'unmatched'],
		[
			'stray capitalised words for an event',
			'toll',
			'How many people were killed in the Are these attacks?',
			'22',
			'unmatched'
		],
		['a wounded count asked as killed', 'toll', 'How many people were killed in Manchester?', '59', 'wrong'],
		['"injured" reads as wounded', 'toll', 'How many people were injured in Manchester?', '59', 'right'],
		['"died" reads as killed', 'toll', 'How many people died in Lahore?', '72', 'right'],
		['a qualifier and a number in words', 'toll', 'How many people were killed in London?', 'fifty-two', 'right'],
		[
			'a count of a group asked for the group',
			'toll',
			'How many children were killed in Lahore?',
			'at least 29',
			'right'
		],
		['a count of a group asked as everyone', 'toll', 'How many people were killed in Lahore?', '29', 'wrong'],
		['the only count of a kind, kept by a group', 'toll', 'How many people were arrested in London?', '4', 'right'],
		[
			'a name outranks the date of another event',
			'toll',
			'How many died in the 22 May 2017 bombing in Lahore?',
			'72',
			'right'
		],
		[
			'a date written out names its event',
			'toll',
			'How many people were killed in the 7 July 2005 attack?',
			'52',
			'right'
		],
		[
			'a date that is not the event’s names nothing',
			'toll',
			'How many were killed in the 8 July 2005 attack?',
			'52',
			'unmatched'
		],
		[
			'the longest name wins',
			'toll',
			'How many were killed at Manchester Arena, twelve years after London?',
			'22',
			'right'
		],
		[
			'a cloze reads the measure nearest the blank',
			'toll',
			'killing 22 people and injuring ____ at Manchester Arena',
			'59',
			'right'
		],
		['an answer with no number', 'toll', 'How many people were killed in Manchester?', 'dozens', 'unmatched']
	])('%s', (_why, kind, prompt, answer, verdict) => {
		expect(verdictOf(makeCard(kind, prompt, answer)).verdict).toBe(verdict);
	});

	it('counts a superseded toll as right but stale, and gives it no recall', () => {
		const score = scoreDraft(
			{ cards: [makeCard('toll', 'How many people were killed in Manchester?', '19')] },
			LABELS,
			TEXT
		);
		expect(score.verdicts[0]!.verdict).toBe('right');
		expect(score.stale).toBe(1);
		expect(score.kinds.tolls.recalled).toBe(0);
	});

	it('credits a count of a group to that group, not to a count of everyone with the same number', () => {
		// "Three suicide bombers struck …, killing three people … All three bombers were killed": two counts of three.
		const labels: EvalLabels = {
			...LABELS,
			tolls: [
				{ event: 'arena', measure: 'killed', value: 3, latest: true },
				{ event: 'arena', measure: 'killed', value: 3, victims: 'bombers', latest: true }
			]
		};
		const score = scoreDraft(
			{ cards: [makeCard('toll', 'How many bombers were killed at Manchester Arena?', 'three')] },
			labels,
			TEXT
		);
		expect(score.kinds.tolls.recalled).toBe(1);
		expect(score.missed.filter((m) => m.kind === 'tolls')).toEqual([{ kind: 'tolls', label: labels.tolls[0] }]);
	});
});

describe('eval scoring: dates', () => {
	it.each<Row>([
		[
			'a question with the event date',
			'date',
			'When did the Manchester Arena bombing take place?',
			'22 May 2017',
			'right'
		],
		[
			'a question with another event’s date',
			'date',
			'When did the Manchester Arena bombing take place?',
			'7 July 2005',
			'wrong'
		],
		[
			'a vaguer but consistent date',
			'date',
			'When did the Manchester Arena bombing take place?',
			'May 2017',
			'unmatched'
		],
		[
			'a cloze whose blank is read right',
			'date',
			'A man set off a bomb at Manchester Arena ____, killing 22 people',
			'22 May 2017',
			'right'
		],
		[
			'a cloze whose blank is read wrong',
			'date',
			'A man set off a bomb at Manchester Arena ____, killing 22 people',
			'15 May 2017',
			'wrong'
		],
		[
			'a cloze naming no event, read right',
			'date',
			'It was the worst attack since ____, when bombers killed 52 people',
			'July 7, 2005',
			'unmatched'
		],
		['a cloze on an unlabelled date', 'date', '____', '23 May 2017', 'unmatched']
	])('%s', (_why, kind, prompt, answer, verdict) => {
		expect(verdictOf(makeCard(kind, prompt, answer)).verdict).toBe(verdict);
	});
});

describe('eval scoring: claims and roles', () => {
	it.each<Row>([
		[
			'the labelled claimant',
			'actor',
			'Who claimed responsibility for the Manchester Arena bombing?',
			'Islamic State',
			'right'
		],
		['an alias of the claimant', 'actor', 'Who claimed the attack in Manchester?', 'ISIS', 'right'],
		[
			'"No group" read as a claimant',
			'actor',
			'Who claimed responsibility for the bombing in Lahore?',
			'No group',
			'wrong'
		],
		[
			'a claimant moved to another attack',
			'actor',
			'Who claimed responsibility for the bombing in London?',
			'Islamic State',
			'wrong'
		],
		['a claim on no event', 'actor', 'Who claimed responsibility for the attack?', 'Islamic State', 'unmatched'],
		['a person with their role', 'actor', 'Who is the senior fellow quoted?', 'Anja Berglund', 'right'],
		['a person with their affiliation', 'actor', 'Who works at the Halvorsen Centre?', 'Berglund', 'right'],
		['a person with someone else’s role', 'actor', 'Who is the Prime Minister?', 'Anja Berglund', 'wrong'],
		['a person nobody labelled', 'actor', 'Who is the bomber?', 'Salman Abedi', 'unmatched']
	])('%s', (_why, kind, prompt, answer, verdict) => {
		expect(verdictOf(makeCard(kind, prompt, answer)).verdict).toBe(verdict);
	});

	it('does not score blame or warning cards as roles', () => {
		const score = scoreDraft(
			{ cards: [makeCard('actor', 'Whom did Theresa May blame?', 'Islamic State')] },
			LABELS,
			TEXT
		);
		expect(score.verdicts).toEqual([]);
	});
});

describe('eval scoring: a whole draft', () => {
	const right = makeCard('toll', 'How many people were killed in the Manchester Arena bombing?', '22');
	const again = makeCard('toll', 'How many people were killed in the Manchester Arena bombing?', '19');
	const wrongChecked = makeCard('toll', 'How many people were killed in London?', '22');
	const unnamed = makeCard('date', 'When did the attack happen?', '22 May 2017');
	const score = scoreDraft(
		{ cards: [right, again, wrongChecked, unnamed], checks: { [wrongChecked.id]: 'the sentence names no place' } },
		LABELS,
		TEXT
	);

	it('counts recall once per latest toll and precision per card', () => {
		expect(score.kinds.tolls).toEqual({ expected: 6, recalled: 1, found: 3, right: 2 });
	});
	it('leaves a needs-check card out of the wrong count but in the needs-check rate', () => {
		expect(score.wrong).toBe(0);
		expect(score.needsCheck).toBe(1);
		expect(score.verdicts.find((v) => v.id === wrongChecked.id)?.verdict).toBe('wrong');
	});
	it('counts identical questions and prompts that name no event', () => {
		expect(score.duplicates).toBe(1);
		expect(score.unnamed).toBe(1);
	});
	it('counts every labelled claimant, date and role for recall', () => {
		expect([score.kinds.claims.expected, score.kinds.dates.expected, score.kinds.roles.expected]).toEqual([1, 3, 2]);
	});
});

describe('eval scoring: a date written twice for one event', () => {
	// The Manchester bombing's day, written "late on Monday" and again "last night": one fact, asked once.
	const labels: EvalLabels = {
		...LABELS,
		dates: [...LABELS.dates, { event: 'arena', iso: '2017-05-22', precision: 'day', written: 'last night' }]
	};
	const question = makeCard('date', 'When did the Manchester Arena bombing take place?', '22 May 2017');

	it("is one unit of recall, found by the question that asks the event's day", () => {
		const score = scoreDraft({ cards: [question] }, labels, TEXT);
		expect(score.kinds.dates).toMatchObject({ expected: 3, recalled: 1 });
	});
	it('is still two labelled mentions, one of them found, in the figure per mention', () => {
		expect(scoreDraft({ cards: [question] }, labels, TEXT).dateMentions).toEqual({ expected: 4, recalled: 1 });
	});
	it('keeps two days of one event as two units', () => {
		const twoDays: EvalLabels = {
			...LABELS,
			dates: [...LABELS.dates, { event: 'arena', iso: '2017-05-23', precision: 'day', written: 'on Tuesday' }]
		};
		expect(scoreDraft({ cards: [question] }, twoDays, TEXT).kinds.dates).toMatchObject({ expected: 4, recalled: 1 });
	});
});

describe('eval scoring: where the missed tolls were lost', () => {
	it('tells an event no card names, a number asked of another event, and a count of a named event no card gives', () => {
		const score = scoreDraft(
			{
				cards: [
					makeCard('toll', 'How many people were killed in the Manchester Arena bombing?', '22'),
					makeCard('toll', 'How many people were killed in London?', '72')
				]
			},
			LABELS,
			TEXT
		);
		// Missed: Manchester's 59 wounded and London's 52 dead and 4 arrested (their events are named, no card gives the
		// count), Lahore's 72 (asked of London) and Lahore's 29 children (no card names Lahore).
		expect(score.tollsLost).toEqual({ unformed: 1, elsewhere: 1, unread: 3 });
	});
});

describe('eval scoring: where a cloze blank stands in the text', () => {
	const text = 'Four were held on Sunday, and police said about 20 suspects had been taken into custody on Monday.';
	it.each([
		['a prompt quoting the text as written', 'and police said about 20 suspects had been taken into custody ____.'],
		// The generator asks a gap cut from inside a sentence as a sentence of its own (asSentence).
		['a prompt opening as a sentence', 'Police said about 20 suspects had been taken into custody ____.'],
		// A gap in a clause that names no event opens with the event of the report it is from.
		[
			'a prompt led by the name of its report’s event',
			'From a report on the attack in Lahore: Police said about 20 suspects had been taken into custody ____.'
		]
	])('%s', (_why, prompt) => {
		const span = blankedSpan(prompt, text);
		expect(span && text.slice(...span)).toBe('on Monday');
	});
});
