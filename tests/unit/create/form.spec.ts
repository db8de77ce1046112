import { describe, expect, it } from 'vitest';
import { CreateForm } from '../../../src/lib/create/form.svelte';
import { makeDoc } from './factories';

describe('the create form', () => {
	it('takes the deck title from the first document and the id from the deck title, until either is typed', () => {
		const form = new CreateForm();
		form.docs[0]!.title = 'Gunmen storm Harlow theatre';
		expect([form.deckTitle, form.deckId]).toEqual(['Gunmen storm Harlow theatre', 'gunmen-storm-harlow-theatre']);
		form.deckTitle = 'Harlow: the attack';
		expect(form.deckId).toBe('harlow-the-attack');
		form.deckId = 'harlow';
		form.deckTitle = 'Harlow theatre attack';
		form.docs[0]!.title = 'Something else';
		expect(form.deck).toEqual({ title: 'Harlow theatre attack', id: 'harlow', description: '' });
	});

	it('lists every problem, naming the document when there are several, and passes once they are fixed', () => {
		const form = new CreateForm();
		form.docs[0] = makeDoc();
		form.addDoc();
		form.docs[1] = makeDoc({ published: '2024-3-9', publisher: '' });
		expect(form.check()).toBe(false);
		expect(form.messages).toEqual([
			'Document 2 — Publisher or author: fill in at least one.',
			'Document 2 — Publication date: write it as YYYY-MM-DD, e.g. 2024-03-24.'
		]);
		form.removeDoc(1);
		expect(form.check()).toBe(true);
		expect(form.messages).toEqual([]);
	});

	it('gives the generator each document with its own source id', () => {
		const form = new CreateForm();
		form.docs[0] = makeDoc();
		form.addDoc();
		form.docs[1] = makeDoc({ text: 'Second story.' });
		expect(form.inputs().map((d) => [d.text.slice(0, 13), d.meta.id])).toEqual([
			['Gunmen storm ', 'gunmen-storm-harlow-theatre'],
			['Second story.', 'gunmen-storm-harlow-theatre-2']
		]);
	});
});
