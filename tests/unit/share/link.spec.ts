import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_KINDS, type Deck } from '../../../src/lib/decks/schema';
import { restrictToKinds, type Assignment } from '../../../src/lib/share/assignment';
import { realisticAssignment } from '../../../src/lib/share/capacity';
import { canonicalJson, crc32 } from '../../../src/lib/share/checksum';
import { compressToEncodedURIComponent } from '../../../src/lib/lz';
import {
	decodeAssignmentLink,
	encodeAssignmentLink,
	LINK_ERRORS,
	LINK_LIMIT,
	QR_LIMIT
} from '../../../src/lib/share/link';

/** Hundreds of generated cases each; generous, because the test machine may be shared and slow. */
const PROPERTY_TIMEOUT = 30_000;

const BASE = 'https://trainer.example.org/assignment';

/** Text as the deck format keeps it (trimmed, not empty), from any Unicode, with markup among the candidates. */
const text = fc
	.oneof(
		fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
		fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '{{x}}', 'Крокус Сити Холл', '🇷🇺 ✈︎')
	)
	.map((s) => `x${s}`.trim());
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const day = fc
	.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));
const evidence = fc.record({ doc: id, paragraph: fc.integer({ min: 1, max: 500 }), quote: text });

const card = fc.record(
	{
		id,
		kind: fc.constantFrom(...CARD_KINDS),
		format: fc.constantFrom('qa' as const, 'cloze' as const),
		prompt: text,
		answer: text,
		accept: fc.array(text, { maxLength: 2 }),
		explanation: text,
		choices: fc.array(text, { maxLength: 3 }),
		precision: fc.constantFrom('year' as const, 'month' as const, 'day' as const),
		tolerance: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
		source: evidence,
		variants: fc.array(fc.record({ answer: text, source: evidence }), { maxLength: 2 })
	},
	{ requiredKeys: ['id', 'kind', 'format', 'prompt', 'answer', 'source'] }
);

const deck: fc.Arbitrary<Deck> = fc.record(
	{
		id,
		title: text,
		description: text,
		sources: fc.array(
			fc.record(
				{
					id,
					title: text,
					publisher: text,
					author: text,
					published: fc.oneof(
						day,
						day.map((d) => d.slice(0, 7))
					),
					url: text
				},
				{ requiredKeys: ['id', 'title', 'published'] }
			),
			{ minLength: 1, maxLength: 2 }
		),
		aliases: fc.array(fc.array(text, { minLength: 1, maxLength: 3 }), { maxLength: 2 }),
		cards: fc.uniqueArray(card, { minLength: 1, maxLength: 5, selector: (c) => c.id })
	},
	{ requiredKeys: ['id', 'title', 'description', 'sources', 'cards'] }
);

const assignment: fc.Arbitrary<Assignment> = fc
	.record(
		{
			id,
			title: text,
			instructions: fc.string({ unit: 'binary', maxLength: 60 }),
			from: text,
			dueDate: day,
			target: fc.record({ allStudied: fc.boolean(), minRecall: fc.integer({ min: 0, max: 100 }).map((n) => n / 100) }),
			kinds: fc.subarray([...CARD_KINDS], { minLength: 1 }),
			deck,
			createdAt: fc
				.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
				.map((d) => d.toISOString()),
			version: fc.integer({ min: 1, max: 1000 })
		},
		{ requiredKeys: ['id', 'title', 'instructions', 'from', 'dueDate', 'target', 'deck', 'createdAt', 'version'] }
	)
	.map((a) => {
		// An assignment must leave at least one card: make sure the first card's kind is among those assigned.
		const first = a.deck.cards[0]!.kind;
		return a.kinds && !a.kinds.includes(first) ? { ...a, kinds: [...a.kinds, first] } : a;
	});

/** A link whose payload is built by hand, to get past the checksum with content of our choosing. */
function linkWith(content: unknown): string {
	const json = canonicalJson(content);
	return `${BASE}#a=1.${compressToEncodedURIComponent(crc32(json) + json)}`;
}

describe('assignment links', () => {
	it(
		'round-trip any valid assignment, text fields of any Unicode included',
		() => {
			fc.assert(
				fc.property(assignment, (a) => {
					const decoded = decodeAssignmentLink(encodeAssignmentLink(a, BASE).url);
					expect(decoded).toEqual({ ok: true, assignment: restrictToKinds(a) });
				}),
				{ numRuns: 200 }
			);
		},
		PROPERTY_TIMEOUT
	);

	it('carry the assignment in the fragment, never in the query', () => {
		const { url } = encodeAssignmentLink(realisticAssignment(3), `${BASE}#old`);
		expect(url.startsWith(`${BASE}#a=1.`)).toBe(true);
		expect(url).not.toContain('?');
		expect(url).not.toContain('#old');
	});

	it('send only the cards of the assigned kinds', () => {
		const a = { ...realisticAssignment(12), kinds: ['toll' as const, 'actor' as const] };
		const decoded = decodeAssignmentLink(encodeAssignmentLink(a, BASE).url);
		if (!decoded.ok) throw new Error(decoded.error);
		expect(decoded.assignment.deck.cards.map((c) => c.kind).sort()).toEqual(['actor', 'actor', 'toll', 'toll']);
	});

	it.each([
		{ cards: 3, fits: true, fitsQr: true },
		{ cards: 15, fits: true, fitsQr: false },
		{ cards: 60, fits: false, fitsQr: false }
	])('say whether a $cards-card assignment fits a link ($fits) and a QR code ($fitsQr)', ({ cards, fits, fitsQr }) => {
		const link = encodeAssignmentLink(realisticAssignment(cards), BASE);
		expect(link.chars).toBe(link.url.length);
		expect({ fits: link.fits, fitsQr: link.fitsQr }).toEqual({ fits, fitsQr });
		expect(link.fits).toBe(link.chars <= LINK_LIMIT);
		expect(link.fitsQr).toBe(link.chars <= QR_LIMIT);
	});

	it('refuse to encode an assignment that is not valid', () => {
		const a = { ...realisticAssignment(2), dueDate: '2024-02-30' };
		expect(() => encodeAssignmentLink(a, BASE)).toThrow(/dueDate is not a real date/);
	});

	it('survive what copying does to a link: line breaks, quotes, angle brackets, percent-encoding', () => {
		const a = realisticAssignment(4);
		const { url } = encodeAssignmentLink(a, BASE);
		const mangled = [
			`  "${url}"  `,
			`<${url}>`,
			url.replace(/(.{60})/g, '$1\n'),
			url.replace(/\$/g, '%24'),
			`Here is the link: ${url}`
		];
		for (const m of mangled) expect(decodeAssignmentLink(m)).toEqual({ ok: true, assignment: a });
	});
});

describe('damaged or foreign links', () => {
	it.each([
		{ input: '', error: LINK_ERRORS.notALink },
		{ input: BASE, error: LINK_ERRORS.notALink },
		{ input: 'https://example.org/#section-2', error: LINK_ERRORS.notALink },
		{ input: '#a=hello', error: LINK_ERRORS.notALink },
		{ input: `${BASE}#a=`, error: LINK_ERRORS.incomplete },
		{ input: `${BASE}#a=1`, error: LINK_ERRORS.incomplete },
		{ input: `${BASE}#a=1.`, error: LINK_ERRORS.incomplete },
		{ input: `${BASE}#a=2.N4IgLgFg`, error: LINK_ERRORS.newer },
		{ input: `${BASE}#a=0.N4IgLgFg`, error: LINK_ERRORS.notALink }
	])('$input → $error', ({ input, error }) => {
		expect(decodeAssignmentLink(input)).toEqual({ ok: false, error });
	});

	it.each([
		{
			change: (a: Assignment) => ({ ...a, target: { ...a.target, minRecall: 2 } }),
			field: 'target.minRecall must be 1 or less'
		},
		{ change: (a: Assignment) => ({ ...a, dueDate: '22 March' }), field: 'dueDate must be a date written YYYY-MM-DD' },
		{ change: (a: Assignment) => ({ ...a, from: undefined }), field: 'from is missing' },
		{
			change: (a: Assignment) => ({ ...a, deck: { ...a.deck, cards: [{ ...a.deck.cards[0]!, answer: '  ' }] } }),
			field: 'deck.cards[0].answer is empty'
		},
		{
			change: (a: Assignment) => ({ ...a, deck: { ...a.deck, cards: [a.deck.cards[0]!, a.deck.cards[0]!] } }),
			field: 'deck.cards: the id "card-0'
		},
		{ change: () => ['not', 'an', 'assignment'], field: 'must be an assignment' }
	])('reject a well-formed link holding a wrong assignment, naming the field: $field', ({ change, field }) => {
		const decoded = decodeAssignmentLink(linkWith(change(realisticAssignment(2))));
		expect(decoded.ok).toBe(false);
		if (!decoded.ok) expect(decoded.error).toContain(field);
	});

	it(
		'a cut-off link is refused or, if nothing was lost, is the same assignment — never another one',
		() => {
			fc.assert(
				fc.property(assignment, fc.nat(), (a, cut) => {
					const { url } = encodeAssignmentLink(a, BASE);
					const decoded = decodeAssignmentLink(url.slice(0, cut % url.length));
					if (decoded.ok) expect(decoded.assignment).toEqual(restrictToKinds(a));
					else expect(decoded.error).toMatch(/\w/);
				}),
				{ numRuns: 300 }
			);
		},
		PROPERTY_TIMEOUT
	);

	it(
		'a link with one character changed is refused or is the same assignment — never another one',
		() => {
			const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$#.=&%';
			fc.assert(
				fc.property(assignment, fc.nat(), fc.nat(), (a, at, pick) => {
					const { url } = encodeAssignmentLink(a, BASE);
					const i = at % url.length;
					const damaged = url.slice(0, i) + alphabet[pick % alphabet.length]! + url.slice(i + 1);
					const decoded = decodeAssignmentLink(damaged);
					if (decoded.ok) expect(decoded.assignment).toEqual(restrictToKinds(a));
					else expect(decoded.error).toMatch(/\w/);
				}),
				{ numRuns: 300 }
			);
		},
		PROPERTY_TIMEOUT
	);

	it(
		'foreign text is refused with a message, whatever it is',
		() => {
			const foreign = fc.oneof(
				fc.string({ unit: 'binary' }),
				fc.string().map((s) => `#a=1.${s}`),
				fc.stringMatching(/^[A-Za-z0-9+$-]{0,200}$/).map((s) => `${BASE}#a=1.${s}`)
			);
			fc.assert(
				fc.property(foreign, (s) => {
					const decoded = decodeAssignmentLink(s);
					expect(decoded.ok).toBe(false);
					if (!decoded.ok) expect(decoded.error.length).toBeGreaterThan(10);
				}),
				{ numRuns: 300 }
			);
		},
		PROPERTY_TIMEOUT
	);
});
