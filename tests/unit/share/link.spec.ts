import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_KINDS, type Deck } from '../../../src/lib/decks/schema';
import { assignedCards, restrictToKinds, type Assignment } from '../../../src/lib/share/assignment';
import type { Body } from '../../../src/lib/share/body';
import { realisticAssignment } from '../../../src/lib/share/capacity';
import { canonicalJson, crc32 } from '../../../src/lib/share/checksum';
import { cardFingerprints, contentHash } from '../../../src/lib/share/crypto';
import { packText } from '../../../src/lib/share/packing';
import {
	decodeAssignmentLink,
	encodeAssignmentLink,
	LINK_ERRORS,
	LINK_LIMIT,
	QR_LIMIT,
	tooLongMessage
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
			version: fc.integer({ min: 1, max: 1000 }),
			secret: fc.stringMatching(/^[A-Za-z0-9_-]{22}$/)
		},
		{
			requiredKeys: [
				'id',
				'title',
				'instructions',
				'from',
				'dueDate',
				'target',
				'deck',
				'createdAt',
				'version',
				'secret'
			]
		}
	)
	.map((a) => {
		// An assignment must leave at least one card: make sure the first card's kind is among those assigned.
		const first = a.deck.cards[0]!.kind;
		return a.kinds && !a.kinds.includes(first) ? { ...a, kinds: [...a.kinds, first] } : a;
	});

/** A link whose payload is built by hand, to get past the checksum with content of our choosing. */
function linkWith(content: unknown): string {
	return linkWithJson(canonicalJson(content));
}

function linkWithJson(json: string): string {
	return `${BASE}#a=2.${packText(crc32(json) + json)}`;
}

/** What decoding an inline link gives back for `a`: the assignment cut to its kinds, split into meta and deck. */
function inline(a: Assignment): Body {
	const { deck, ...meta } = restrictToKinds(a);
	return { meta, kind: 'inline', deck };
}

async function decodeInline(a: Assignment, url?: string) {
	return decodeAssignmentLink(url ?? (await encodeAssignmentLink(a, BASE, false)).url);
}

describe('assignment links with the deck inside', () => {
	it(
		'round-trip any valid assignment, text fields of any Unicode included',
		async () => {
			await fc.assert(
				fc.asyncProperty(assignment, async (a) => {
					expect(await decodeInline(a)).toEqual({ ok: true, body: inline(a) });
				}),
				{ numRuns: 150 }
			);
		},
		PROPERTY_TIMEOUT
	);

	it('carry the assignment in the fragment, never in the query', async () => {
		const { url } = await encodeAssignmentLink(realisticAssignment(3), `${BASE}#old`, false);
		expect(url.startsWith(`${BASE}#a=2.`)).toBe(true);
		expect(url).not.toContain('?');
		expect(url).not.toContain('#old');
	});

	it('send only the cards of the assigned kinds', async () => {
		const a = { ...realisticAssignment(12), kinds: ['toll' as const, 'actor' as const] };
		const decoded = await decodeInline(a);
		if (!decoded.ok || decoded.body.kind !== 'inline') throw new Error('not an inline body');
		expect(decoded.body.deck.cards.map((c) => c.kind).sort()).toEqual(['actor', 'actor', 'toll', 'toll']);
	});

	it('say whether a link fits a link and a QR code', async () => {
		for (const n of [3, 30, 90]) {
			const link = await encodeAssignmentLink(realisticAssignment(n), BASE, false);
			expect(link.chars).toBe(link.url.length);
			expect(link.fits).toBe(link.chars <= LINK_LIMIT);
			expect(link.fitsQr).toBe(link.chars <= QR_LIMIT);
		}
		expect((await encodeAssignmentLink(realisticAssignment(3), BASE, false)).fitsQr).toBe(true);
		expect((await encodeAssignmentLink(realisticAssignment(90), BASE, false)).fits).toBe(false);
	});

	it('refuse to encode an assignment that is not valid', async () => {
		const a = { ...realisticAssignment(2), dueDate: '2024-02-30' };
		await expect(encodeAssignmentLink(a, BASE, false)).rejects.toThrow(/dueDate is not a real date/);
	});

	it('survive what copying does to a link: line breaks, quotes, angle brackets, percent-encoding', async () => {
		const a = realisticAssignment(4);
		const { url } = await encodeAssignmentLink(a, BASE, false);
		const mangled = [
			`  "${url}"  `,
			`<${url}>`,
			url.replace(/(.{60})/g, '$1\n'),
			url.replace(/-/g, '%2D'),
			`Here is the link: ${url}`
		];
		for (const m of mangled) expect(decodeAssignmentLink(m)).toEqual({ ok: true, body: inline(a) });
	});
});

describe('assignment links to a shipped deck', () => {
	it('name the deck, the hash of the exact cards assigned and each card’s fingerprint', async () => {
		const a = { ...realisticAssignment(66), kinds: ['date' as const, 'toll' as const] };
		const link = await encodeAssignmentLink(a, BASE, true);
		expect(link.byReference).toBe(true);
		const decoded = decodeAssignmentLink(link.url);
		if (!decoded.ok || decoded.body.kind !== 'shipped') throw new Error('not a reference');
		const cards = assignedCards(a);
		expect(decoded.body.ref).toMatchObject({
			id: a.deck.id,
			hash: await contentHash(cards),
			fingerprints: await cardFingerprints(cards)
		});
		const { deck: _deck, ...meta } = a;
		expect(decoded.body.meta).toEqual(meta);
	});

	it('stay short and QR-sized for a 66-card deck', async () => {
		const link = await encodeAssignmentLink(realisticAssignment(66), BASE, true);
		expect(link.chars).toBeLessThanOrEqual(600);
		expect(link.fitsQr).toBe(true);
	});
});

describe('caps before work', () => {
	it('refuse a link over the limit by its length alone, saying how long it is', () => {
		const huge = `${BASE}#a=2.${'A'.repeat(300_000)}`;
		expect(decodeAssignmentLink(huge)).toEqual({ ok: false, error: tooLongMessage(huge.length) });
		expect(tooLongMessage(huge.length)).toContain('300,0');
	});

	it('stop a link that would unpack to megabytes', () => {
		const bomb = `${BASE}#a=2.${packText('x'.repeat(5_000_000))}`;
		expect(bomb.length).toBeLessThan(LINK_LIMIT);
		expect(decodeAssignmentLink(bomb)).toEqual({ ok: false, error: LINK_ERRORS.tooLarge });
	});

	it('refuse 20,000 nested brackets with a message, not a stack overflow', () => {
		expect(decodeAssignmentLink(linkWithJson(`${'['.repeat(20_000)}${']'.repeat(20_000)}`))).toEqual({
			ok: false,
			error: LINK_ERRORS.tooDeep
		});
	});
});

describe('damaged or foreign links', () => {
	it.each([
		{ input: '', error: LINK_ERRORS.notALink },
		{ input: BASE, error: LINK_ERRORS.notALink },
		{ input: 'https://example.org/#section-2', error: LINK_ERRORS.notALink },
		{ input: '#a=hello', error: LINK_ERRORS.notALink },
		{ input: `${BASE}#a=`, error: LINK_ERRORS.incomplete },
		{ input: `${BASE}#a=2`, error: LINK_ERRORS.incomplete },
		{ input: `${BASE}#a=2.`, error: LINK_ERRORS.incomplete },
		{ input: `${BASE}#a=3.N4IgLgFg`, error: LINK_ERRORS.newer },
		{ input: `${BASE}#a=1.N4IgLgFg`, error: LINK_ERRORS.older },
		{ input: `${BASE}#a=0.N4IgLgFg`, error: LINK_ERRORS.notALink }
	])('$input → $error', ({ input, error }) => {
		expect(decodeAssignmentLink(input)).toEqual({ ok: false, error });
	});

	const body = (a: Assignment) => {
		const { deck, ...assignment } = a;
		return { assignment, deck };
	};
	it.each([
		{
			change: (a: Assignment) => body({ ...a, target: { ...a.target, minRecall: 2 } }),
			field: 'target.minRecall must be 1 or less'
		},
		{
			change: (a: Assignment) => body({ ...a, dueDate: '22 March' }),
			field: 'dueDate must be a date written YYYY-MM-DD'
		},
		{ change: (a: Assignment) => body({ ...a, secret: 'short' }), field: 'secret must be an assignment secret' },
		{
			change: (a: Assignment) => body({ ...a, deck: { ...a.deck, cards: [{ ...a.deck.cards[0]!, answer: '  ' }] } }),
			field: 'deck.cards[0].answer is empty'
		},
		{
			change: (a: Assignment) => body({ ...a, deck: { ...a.deck, cards: [a.deck.cards[0]!, a.deck.cards[0]!] } }),
			field: 'deck.cards: the id "card-0'
		},
		{
			change: (a: Assignment) => ({ ...body(a), deckRef: { id: 'x', title: 'x', hash: 'x', cards: '' } }),
			field: 'either a deck or a deckRef'
		},
		{ change: () => ['not', 'an', 'assignment'], field: 'must be an assignment' }
	])('reject a well-formed link holding a wrong assignment, naming the field: $field', ({ change, field }) => {
		const decoded = decodeAssignmentLink(linkWith(change(realisticAssignment(2))));
		expect(decoded.ok).toBe(false);
		if (!decoded.ok) expect(decoded.error).toContain(field);
	});

	it(
		'a cut-off link is refused or, if nothing was lost, is the same assignment — never another one',
		async () => {
			await fc.assert(
				fc.asyncProperty(assignment, fc.nat(), async (a, cut) => {
					const { url } = await encodeAssignmentLink(a, BASE, false);
					const decoded = decodeAssignmentLink(url.slice(0, cut % url.length));
					if (decoded.ok) expect(decoded.body).toEqual(inline(a));
					else expect(decoded.error).toMatch(/\w/);
				}),
				{ numRuns: 200 }
			);
		},
		PROPERTY_TIMEOUT
	);

	it(
		'a link with one character changed is refused or is the same assignment — never another one',
		async () => {
			const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-$#.=&%';
			await fc.assert(
				fc.asyncProperty(assignment, fc.nat(), fc.nat(), async (a, at, pick) => {
					const { url } = await encodeAssignmentLink(a, BASE, false);
					const i = at % url.length;
					const damaged = url.slice(0, i) + alphabet[pick % alphabet.length]! + url.slice(i + 1);
					const decoded = decodeAssignmentLink(damaged);
					if (decoded.ok) expect(decoded.body).toEqual(inline(a));
					else expect(decoded.error).toMatch(/\w/);
				}),
				{ numRuns: 200 }
			);
		},
		PROPERTY_TIMEOUT
	);

	it(
		'foreign text is refused with a message, whatever it is',
		() => {
			const foreign = fc.oneof(
				fc.string({ unit: 'binary' }),
				fc.string().map((s) => `#a=2.${s}`),
				fc.stringMatching(/^[A-Za-z0-9_-]{0,200}$/).map((s) => `${BASE}#a=2.${s}`)
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
