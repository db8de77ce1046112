import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/lib/decks/parse';
import { CARD_KINDS } from '../../../src/lib/decks/schema';
import { generate, generateDeck, type DocMeta } from '../../../src/lib/generator/index';
import { checkCard } from '../../../src/lib/generator/provenance';
import { labelledDocs, scoreDoc } from '../../../scripts/bench/generator';

const fixtures = join(__dirname, '../../fixtures/generator');
const read = (file: string) => readFileSync(join(fixtures, file), 'utf8');
const blog: DocMeta = {
	id: 'selvik-blog',
	title: 'Drone strike on Selvik refinery: what we know',
	author: 'Ravi Anand',
	published: '2025-03-03'
};
const wire: DocMeta = {
	id: 'selvik-wire',
	title: 'Selvik refinery attack leaves three dead',
	author: 'Tom Hale',
	published: '2025-03-02'
};
const valdora: DocMeta = {
	id: 'valdora-market',
	title: 'Bomb at Valdora harbour market kills dozens',
	author: 'Elena Marsh',
	published: '2024-10-14'
};

describe('generateDeck over two sources', () => {
	const result = generateDeck(
		[
			{ text: read('selvik-blog.md'), meta: blog },
			{ text: read('selvik-wire.html'), meta: wire }
		],
		{ id: 'selvik', title: 'Selvik refinery strike' }
	);
	const cards = result.deck.cards;

	it('keeps both values when the sources differ, with an explanation saying so', () => {
		const toll = cards.find((c) => c.kind === 'toll' && /killed/.test(c.prompt) && /Selvik/.test(c.prompt));
		expect(toll?.answer).toBe('Two');
		expect(toll?.variants).toEqual([
			{
				answer: 'Three',
				source: {
					doc: 'selvik-wire',
					paragraph: expect.any(Number),
					quote: expect.stringContaining('Three workers were killed')
				}
			}
		]);
		expect(toll?.explanation).toMatch(/sources differ/);
	});

	it('never offers the answer, an accepted answer or another source’s value as a choice', () => {
		for (const card of cards) {
			const banned = [card.answer, ...(card.accept ?? []), ...(card.variants ?? []).map((v) => v.answer)].map((a) =>
				a.toLowerCase()
			);
			expect((card.choices ?? []).filter((c) => banned.includes(c.toLowerCase()))).toEqual([]);
		}
	});

	it('cites only verbatim quotes of the documents as converted to text', () => {
		expect(cards.flatMap((c) => checkCard(c, result.texts))).toEqual([]);
	});

	it('gives unique, readable ids', () => {
		const ids = cards.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.every((id) => /^[a-z0-9][a-z0-9-]{0,63}$/.test(id))).toBe(true);
		expect(ids).toContain('selvik-refinery-killed-workers');
	});

	it('writes YAML that the deck parser accepts', () => {
		const parsed = parseDeck(stringify(result.deck), 'selvik.yaml');
		expect(parsed.ok ? parsed.deck.cards.length : parsed.errors).toBe(cards.length);
		expect(cards.every((c) => (CARD_KINDS as readonly string[]).includes(c.kind))).toBe(true);
	});
});

describe('generate', () => {
	const { cards, facts } = generate(read('valdora-market.txt'), valdora);

	it('asks tolls in plain words and answers as the source words it', () => {
		const toll = cards.find((c) => c.kind === 'toll' && c.answer === 'at least 41');
		expect(toll?.prompt).toBe(
			'How many people were killed in the 12 October 2024 bombing at the crowded harbour market in Valdora?'
		);
		const academy = cards.find((c) => c.kind === 'toll' && c.answer === '17');
		expect(academy?.prompt).toBe('How many cadets were killed in the 2 June 2021 attack on a police academy?');
	});

	it('asks motives as questions naming who says so, with the sentence as evidence', () => {
		const motive = cards.find((c) => c.kind === 'motive' && c.answer === 'show that no port is safe');
		expect(motive?.format).toBe('qa');
		expect(motive?.prompt).toBe('According to Reyes, the Northern Front wants to do what?');
		expect(motive?.source.quote).toContain('wants to show that no port is safe');
		const why = cards.find((c) => c.kind === 'motive' && c.answer === "it is the city's busiest public space");
		expect(why?.prompt).toBe('Why, according to Reyes, is it that the group chose the market?');
	});

	it('gives dates a precision and takes nothing from the photo caption (paragraph 4)', () => {
		const dates = cards.filter((c) => c.kind === 'date');
		expect(dates.every((c) => c.precision !== undefined)).toBe(true);
		expect(facts.some((f) => f.evidence.paragraph === 4)).toBe(false);
	});

	it.each([
		[
			'a clause after "and" (r141)',
			'It was the third attack in Britain in four months: on 22 May a suicide bomber killed 22 people at Manchester Arena, and on 19 June a man stabbed a worshipper outside his home in Finsbury Park.',
			'On ____ a man stabbed a worshipper outside his home in Finsbury Park.'
		],
		[
			'a clause after a semicolon (r149)',
			// (Shots "in Greektown" would now name a shooting there, asked by name; "along the avenue" names no town.)
			'Security was tightened after the attack in Greektown; a gunman opened fire on diners and passers-by along the avenue on Sunday night, killing two people and wounding 13 before he died.',
			'A gunman opened fire on diners and passers-by along the avenue on ____'
		]
	])('asks a gap cut from inside a sentence as a sentence of its own: %s', (_name, text, prompt) => {
		const gaps = generate(text, { id: 'w', title: 'Wire', published: '2017-06-20' }).cards.filter(
			(c) => c.format === 'cloze'
		);
		expect(gaps.map((c) => c.prompt)).toEqual([prompt]);
		// The quote beside it is the text as written.
		expect(text).toContain(gaps[0]!.source.quote);
	});
});

describe('measured quality on labelled documents', () => {
	const docs = labelledDocs();
	it.each(docs.map((d) => [d.labels.meta.id, d] as const))(
		'%s: dates and tolls fully recalled, motives mostly',
		(_id, { labels, text }) => {
			const scores = Object.fromEntries(scoreDoc(generate(text, labels.meta).facts, labels).map((s) => [s.kind, s]));
			expect(scores.dates!.tp / scores.dates!.expected).toBeGreaterThanOrEqual(0.95);
			expect(scores.tolls!.tp / scores.tolls!.expected).toBeGreaterThanOrEqual(0.95);
			expect(scores.roles!.tp / scores.roles!.expected).toBeGreaterThanOrEqual(0.85);
			expect(scores.motives!.tp / scores.motives!.expected).toBeGreaterThanOrEqual(0.5);
		}
	);
});
