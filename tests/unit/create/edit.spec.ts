import { describe, expect, it } from 'vitest';
import { applyEdit, editFields, type EditFields } from '../../../src/lib/create/edit';
import { makeCard, NEWS } from './factories';

const texts = { 'gunmen-storm-harlow-theatre': NEWS };
const fields = (over: Partial<EditFields> = {}): EditFields => ({
	...editFields(makeCard({ choices: ['more than 90', '37'] })),
	...over
});

describe('editing a card', () => {
	it.each<[string, Partial<EditFields>, keyof EditFields, RegExp]>([
		['an empty prompt', { prompt: '  ' }, 'prompt', /^Prompt: write the question/],
		['an empty answer', { answer: '' }, 'answer', /^Answer: write the expected answer/],
		['an empty quote', { quote: ' ' }, 'quote', /^Quote: the card needs its evidence/],
		[
			'a quote from another paragraph',
			{ quote: 'claimed responsibility' },
			'quote',
			/not found word for word in paragraph 3/
		],
		['a quote reworded', { quote: 'killing at least 37 persons' }, 'quote', /not found word for word/]
	])('refuses %s with a message on that field', (_, over, field, message) => {
		const result = applyEdit(makeCard({ choices: ['more than 90', '37'] }), fields(over), texts);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors[field]).toMatch(message);
	});

	it('refuses a fill-in-the-gap prompt without its gap', () => {
		const result = applyEdit(
			makeCard({ format: 'cloze', prompt: 'killing ____ people' }),
			{ ...fields(), prompt: 'killing 37 people' },
			texts
		);
		expect(result.ok ? null : result.errors.prompt).toMatch(/needs ____/);
	});

	it('trims fields, reads alternatives one a line without repeats or the answer itself, drops an empty explanation and a choice now accepted', () => {
		const result = applyEdit(
			makeCard({ explanation: 'old', choices: ['more than 90', '37'] }),
			fields({
				answer: ' at least 37 ',
				accept: '37\n\nAt least 37\n37\nover 36',
				explanation: ' ',
				quote: ' at least 37 people '
			}),
			texts
		);
		expect(result).toEqual({
			ok: true,
			card: {
				...makeCard(),
				accept: ['37', 'over 36'],
				source: { ...makeCard().source, quote: 'at least 37 people' },
				choices: ['more than 90']
			}
		});
	});

	it('drops a wrong choice that the edit made a right answer', () => {
		const result = applyEdit(makeCard({ choices: ['more than 90', '37'] }), fields({ answer: 'More than 90' }), texts);
		expect(result.ok && result.card.choices).toEqual(['37']);
	});
});
