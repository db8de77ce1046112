import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, generateDeck, MAX_DOCUMENT_CHARS, type DocMeta } from '../../../src/lib/generator/index';

const meta = (over: Partial<DocMeta> = {}): DocMeta => ({
	id: 'wire',
	title: 'Wire',
	published: '2024-05-20',
	...over
});
const doc = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('a draft an instructor can trust', () => {
	it('asks the latest of a revised toll and keeps the earlier one as context', () => {
		const { cards, checks } = generate(
			doc(
				'Gunmen attacked the central market in Rell on Saturday, killing at least 60 people.',
				'By Sunday evening the toll from the attack had risen to 143.'
			),
			meta()
		);
		const toll = cards.find((c) => c.kind === 'toll' && /killed/.test(c.prompt));
		expect(toll?.answer).toBe('143');
		expect(toll?.explanation).toContain('at least 60');
		expect(checks[toll!.id]).toBeUndefined();
	});

	it.each([
		[
			'a live blog, newest first, whose revised count leads',
			[
				'Updates from Rell, latest first.',
				'21:10 - The death toll has risen to 71, the Red Cross says.',
				'17:45 - Officials say 52 people were killed in the attack on the central market in Rell.'
			],
			'71',
			'52'
		],
		[
			'a toll that grows with no word saying so',
			[
				'Gunmen attacked the central market in Rell on Saturday, killing 20 people.',
				'Hospital staff later counted 26 people killed in the attack.'
			],
			'26',
			'20'
		],
		[
			'a toll lowered after a recount',
			[
				'Gunmen attacked the central market in Rell on Saturday, killing 64 people.',
				'On Monday officials revised the toll from the attack down to 51.'
			],
			'51',
			'64'
		],
		[
			'a count the text says was replaced',
			[
				'Gunmen attacked the central market in Rell on Saturday, killing 48 people.',
				'The toll had stood at 31 before dawn.'
			],
			'48',
			'31'
		]
	])('asks the latest count: %s', (_name, paragraphs, latest, earlier) => {
		const { cards } = generate(doc(...paragraphs), meta());
		const toll = cards.find((c) => c.kind === 'toll' && /killed/.test(c.prompt) && /Rell/.test(c.prompt));
		expect([toll?.answer, toll?.explanation]).toEqual([latest, expect.stringContaining(earlier)]);
	});

	it.each([
		['named only by a place the story’s event shares', 'The last attack in Rell came in May 2019.', true],
		['told apart by its doer', 'In May 2019, the Vesk Front attacked Rell.', false]
	])('a date question about an earlier event %s: needs check %s', (_name, background, marked) => {
		const { cards, checks } = generate(
			doc('Gunmen attacked the central market in Rell on Saturday, killing 20 people.', background),
			meta()
		);
		const date = cards.find((c) => c.kind === 'date' && c.format === 'qa' && c.answer === 'May 2019');
		expect(date && Boolean(checks[date.id])).toBe(marked);
	});

	it('points the reviewer to where the body names an event, not to the headline above it', () => {
		const { events } = generate(
			doc(
				'Gunmen storm Harlow theatre',
				'On Friday, gunmen opened fire at the Harlow theatre in Denvik, killing 37 people.'
			),
			meta({ title: 'Gunmen storm Harlow theatre' })
		);
		expect(events.map((e) => e.seen)).toEqual([[{ doc: 'wire', paragraph: 2 }]]);
	});

	it('marks a toll whose sentence names no event, after the story moved on, with the reason', () => {
		const { cards, checks } = generate(
			doc(
				'A car bomb exploded outside the police station in Darra on Monday, killing 12 people.',
				'Officials gave no further details.',
				'Separately, 9 people were killed overnight.'
			),
			meta()
		);
		const nine = cards.find((c) => c.answer === '9');
		expect(nine).toBeDefined();
		expect(checks[nine!.id]).toMatch(/names no event/);
		const twelve = cards.find((c) => c.answer === '12');
		expect(twelve?.prompt).toBe(
			'How many people were killed in the 20 May 2024 car bombing at the police station in Darra?'
		);
		expect(checks[twelve!.id]).toBeUndefined();
	});

	it.each([
		[
			'a count two sentences on in the paragraph that named the event is trusted',
			doc(
				'Gunmen attacked the Velda concert hall in March.',
				'The bombing at the north gate of Rell airport was the deadliest attack in Ostrania this year. On May 14, a bomber walked into a queue of travellers. About 60 people were killed.'
			),
			undefined
		],
		[
			'a count in a later paragraph that names no event is checked',
			doc(
				'Gunmen attacked the Velda concert hall in March.',
				'The bombing at the north gate of Rell airport was the deadliest attack in Ostrania this year.',
				'About 60 people were killed.'
			),
			/names no event/
		]
	])('%s', (_name, text, reason) => {
		const { cards, checks } = generate(text, meta());
		const sixty = cards.find((c) => c.kind === 'toll' && c.answer === 'about 60');
		expect(sixty?.prompt).toMatch(/^How many people were killed in the .*bombing at the north gate of Rell airport/);
		if (reason) expect(checks[sixty!.id]).toMatch(reason);
		else expect(checks[sixty!.id]).toBeUndefined();
	});

	it('proposes no motive that no one is named as giving', () => {
		const { cards } = generate(
			doc('Gunmen attacked the central market in Rell, killing 12 people, to punish traders who paid the army.'),
			meta()
		);
		expect(cards.filter((c) => c.kind === 'motive')).toEqual([]);
		const { cards: said } = generate(
			doc(
				'Gunmen attacked the central market in Rell, killing 12 people.',
				'“They attacked the market to punish traders who paid the army,” said Mara Lind, a researcher at the Tarn Institute.'
			),
			meta()
		);
		expect(said.filter((c) => c.kind === 'motive').map((c) => c.prompt)).toEqual([
			expect.stringMatching(/according to Lind/)
		]);
	});

	it('proposes no claimant for a denial', () => {
		const { cards } = generate(
			doc(
				'A suicide bomber struck a wedding in Kunduz on Friday, killing 30 people.',
				'No group has so far claimed responsibility for the attack.'
			),
			meta()
		);
		expect(cards.filter((c) => /claimed responsibility/.test(c.prompt))).toEqual([]);
	});

	it('never asks the same question twice', () => {
		const { cards } = generate(
			doc(
				'Gunmen attacked a hotel in Mogadishu on Sunday, killing 20 people.',
				'The attack on the hotel in Mogadishu killed 20 people, officials said.'
			),
			meta()
		);
		const prompts = cards.map((c) => c.prompt);
		expect(new Set(prompts).size).toBe(prompts.length);
	});

	it('merges one event reported by two documents, keeping each source’s toll', () => {
		const result = generateDeck(
			[
				{
					text: 'Gunmen stormed the Serena hotel in Kabul on 20 January, killing 18 people.',
					meta: meta({ id: 'a', published: '2024-01-21' })
				},
				{
					text: 'An attack on the Serena hotel in Kabul on 20 January killed 22 people.',
					meta: meta({ id: 'b', published: '2024-01-22' })
				}
			],
			{ id: 'd', title: 'd' }
		);
		const merged = result.events.filter((e) => new Set(e.seen.map((s) => s.doc)).size === 2);
		expect(merged.map((e) => e.description)).toEqual(['the 20 January 2024 attack on the Serena hotel in Kabul']);
		const toll = result.deck.cards.find((c) => c.kind === 'toll');
		expect([toll?.answer, ...(toll?.variants ?? []).map((v) => v.answer)]).toEqual(['18', '22']);
	});

	it('refuses a document over the size cap with a message saying so', () => {
		expect(() => generate('x'.repeat(MAX_DOCUMENT_CHARS + 1), meta())).toThrow(/at most 200,000 characters/);
	});
});

const sources = resolve(process.env.BRIEFING_SOURCES ?? '../shared/briefings');
const haveSources = existsSync(resolve(sources, 'sources.json'));
describe.skipIf(!haveSources)('the briefing documents', () => {
	// A skipped block's body still runs to collect its tests: without the documents it reads nothing.
	const listing = (
		haveSources ? JSON.parse(readFileSync(resolve(sources, 'sources.json'), 'utf8')) : { documents: [] }
	) as {
		documents: (DocMeta & { file: string })[];
	};
	const docs = listing.documents.map((d) => ({ text: readFileSync(resolve(sources, d.file), 'utf8'), meta: d }));

	it.each(docs.map((d) => [d.meta.id, d] as const))('%s: every toll and date question names its event', (_id, d) => {
		const { cards } = generate(d.text, d.meta);
		for (const c of cards.filter((c) => c.kind === 'toll' && c.format !== 'cloze'))
			expect(c.prompt).toMatch(/^How many \w+( \w+)? were (killed|injured) in the .*(in|at|on) [A-Z]/);
		expect(new Set(cards.map((c) => c.prompt)).size).toBe(cards.length);
	});

	it('asks for the Moscow attack, not an attack "in Ukraine", who claimed and whom Putin blamed', () => {
		const { deck } = generateDeck(docs, { id: 'crocus', title: 'Crocus' });
		const prompts = deck.cards.map((c) => c.prompt);
		expect(prompts.some((p) => /Ukraine\?/.test(p))).toBe(false);
		const blame = deck.cards.find((c) => c.prompt.startsWith('Whom did Vladimir Putin blame'));
		expect(blame?.prompt).toMatch(/Crocus City Hall theater in Moscow/);
		expect(blame?.answer).toBe('Ukraine');
		const kerman = deck.cards.find(
			(c) => c.kind === 'toll' && /Kerman, Iran/.test(c.prompt) && /killed/.test(c.prompt)
		);
		expect([kerman?.answer, ...(kerman?.variants ?? []).map((v) => v.answer)]).toEqual(['more than 90', 'almost 100']);
	});
});
