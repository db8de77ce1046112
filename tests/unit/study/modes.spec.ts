import { describe, expect, it } from 'vitest';
import { State } from '../../../src/lib/scheduler/fsrs';
import type { AnswerMode } from '../../../src/lib/scheduler/settings';
import { cardMode, keyboardFor, type CardMode } from '../../../src/lib/study/modes';
import { makeCard } from './factories';

const withChoices = makeCard({ choices: ['more than 90', 'at least 175'] });
const noChoices = makeCard();
const onlyRightChoices = makeCard({ accept: ['over 130'], choices: ['Over 130', ' more than 130 '] });
const cloze = makeCard({
	kind: 'motive',
	format: 'cloze',
	prompt: 'ISKP wants to ____.',
	answer: 'amplify its reputation',
	choices: ['recruit']
});

describe('the way each card is answered', () => {
	it.each<[string, typeof withChoices, State, AnswerMode, CardMode]>([
		['auto: a new card is multiple choice', withChoices, State.New, 'auto', 'choice'],
		['auto: a card in its learning steps is multiple choice', withChoices, State.Learning, 'auto', 'choice'],
		['auto: a card in review is typed', withChoices, State.Review, 'auto', 'typed'],
		['auto: a lapsed card relearning is typed', withChoices, State.Relearning, 'auto', 'typed'],
		['auto: a new card without distractors is typed', noChoices, State.New, 'auto', 'typed'],
		['auto: distractors that are all right answers do not count', onlyRightChoices, State.New, 'auto', 'typed'],
		['choice: a card in review is still multiple choice', withChoices, State.Review, 'choice', 'choice'],
		['choice: without distractors falls back to typed', noChoices, State.New, 'choice', 'typed'],
		['typed: a new card is typed', withChoices, State.New, 'typed', 'typed'],
		['reveal: a card is revealed and self-graded', withChoices, State.Review, 'reveal', 'reveal'],
		['cloze in auto: the gap is typed', cloze, State.New, 'auto', 'cloze'],
		['cloze in choice: the gap is typed', cloze, State.Learning, 'choice', 'cloze'],
		['cloze in typed: the gap is typed', cloze, State.Review, 'typed', 'cloze'],
		['cloze in reveal: revealed', cloze, State.New, 'reveal', 'reveal']
	])('%s', (_what, card, state, mode, expected) => {
		expect(cardMode(card, state, mode)).toBe(expected);
	});
});

describe('the phone keyboard for an answer', () => {
	it.each([
		['a plain toll takes the number pad', 'toll', '130', 'numeric'],
		['a toll with thousands separators takes the number pad', 'figure', '1,500', 'numeric'],
		['a decimal figure takes the decimal pad', 'figure', '2.5', 'decimal'],
		['"more than 130" needs letters', 'toll', 'more than 130', 'text'],
		['a figure with a unit needs letters', 'figure', '40 percent', 'text'],
		['a date is written with a month name', 'date', '22 March 2024', 'text'],
		['a year-only date is still a date, typed as text', 'date', '2015', 'text'],
		['a number answering an actor card is not a count', 'actor', '13', 'text'],
		['a name needs letters', 'actor', 'Ukraine', 'text']
	] as const)('%s', (_what, kind, answer, inputmode) => {
		expect(keyboardFor({ kind, answer })).toEqual({ inputmode, enterkeyhint: 'done' });
	});
});
