import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DeckCard } from '../../../src/lib/decks/schema';
import {
	buriedSince,
	findSiblings,
	findSiblingsInSlices,
	spacedPick,
	withoutBuried
} from '../../../src/lib/study/siblings';
import { makeCard } from './factories';

const TOLL = makeCard({
	id: 'toll',
	source: { doc: 'aj', paragraph: 8, quote: 'More than 130 people have been killed, including three children' }
});
const CHILDREN = makeCard({
	id: 'children',
	kind: 'figure',
	format: 'cloze',
	prompt: 'More than 130 people have been killed, including ____ children',
	answer: 'three',
	source: { doc: 'aj', paragraph: 8, quote: 'including three children' }
});
const PUTIN = makeCard({
	id: 'putin-blame',
	kind: 'actor',
	prompt: 'Whom does Russian President Vladimir Putin blame for the attack?',
	answer: 'Ukraine',
	source: { doc: 'byman', paragraph: 6, quote: 'point the finger at Ukraine' }
});
const ROLE = makeCard({
	id: 'putin-role',
	kind: 'actor',
	prompt: 'Who is Russia’s president?',
	answer: 'Vladimir Putin',
	source: { doc: 'byman', paragraph: 6, quote: 'Russian President Vladimir Putin' }
});
const YEAR = makeCard({
	id: 'soleimani',
	kind: 'date',
	prompt: 'In what year did the U.S. kill Qassem Soleimani?',
	answer: '2020',
	source: { doc: 'byman', paragraph: 9, quote: 'killed in 2020' }
});
const KABUL = makeCard({
	id: 'kabul',
	kind: 'date',
	prompt: 'When did ISKP attack Kabul University ("six months later" after May 2020)?',
	answer: 'November 2020',
	source: { doc: 'aj', paragraph: 20, quote: 'Six months later' }
});

describe('findSiblings', () => {
	const s = findSiblings([TOLL, CHILDREN, PUTIN, ROLE, YEAR, KABUL]);
	it.each([
		['one quote holds the other (same document)', 'toll', 'children', true],
		['a prompt states the other card’s answer', 'putin-blame', 'putin-role', true],
		['either way round', 'putin-role', 'putin-blame', true],
		['a short answer ("2020") inside a prompt is no give-away', 'soleimani', 'kabul', false],
		['unrelated cards', 'toll', 'putin-blame', false]
	])('%s', (_what, a, b, expected) => {
		expect(s.get(a)!.has(b)).toBe(expected);
	});

	it('needs the same document for a shared quote', () => {
		const other = {
			...CHILDREN,
			id: 'elsewhere',
			prompt: 'x ____',
			answer: 'y',
			source: { ...CHILDREN.source, doc: 'byman' }
		};
		expect(findSiblings([TOLL, other]).get('toll')!.size).toBe(0);
	});
});

describe('burying and spacing', () => {
	const siblings = findSiblings([TOLL, CHILDREN, PUTIN, ROLE]);
	const dayStart = 1_000_000;

	it('buries the siblings of cards answered today, not of cards answered before', () => {
		const log = [
			{ cardId: 'putin-blame', at: dayStart - 1 },
			{ cardId: 'toll', at: dayStart + 5 }
		];
		expect([...buriedSince(siblings, log, dayStart)]).toEqual(['children']);
	});

	it('keeps buried learning cards (mid-step) but holds back buried reviews and new cards', () => {
		const q = { learning: ['children'], review: ['children', 'putin-role'], fresh: ['children', 'toll'], dayEnd: 0 };
		expect(withoutBuried(q, new Set(['children']))).toEqual({
			learning: ['children'],
			review: ['putin-role'],
			fresh: ['toll'],
			dayEnd: 0
		});
	});

	it.each([
		['skips a sibling of a card among the last three', ['children', 'putin-blame'], ['toll'], 'putin-blame'],
		['a sibling four cards back is allowed', ['children', 'putin-blame'], ['toll', 'a', 'b', 'c'], 'children'],
		['when every candidate is a sibling, the first is shown', ['children'], ['toll'], 'children'],
		['nothing to show', [], ['toll'], null]
	])('%s', (_what, candidates, recent, expected) => {
		expect(spacedPick(candidates, recent, siblings)).toBe(expected);
	});
});

/** The rule as first written: every pair of cards compared directly. */
function siblingsPairwise(cards: readonly DeckCard[]): Map<string, Set<string>> {
	const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
	const out = new Map(cards.map((c) => [c.id, new Set<string>()]));
	const gives = (a: DeckCard, b: DeckCard) => {
		const answer = fold(b.answer);
		return answer.length >= 6 && fold(a.prompt).includes(answer);
	};
	for (const a of cards)
		for (const b of cards) {
			if (a === b) continue;
			const [qa, qb] = [fold(a.source.quote), fold(b.source.quote)];
			const quote = a.source.doc === b.source.doc && (qa.includes(qb) || qb.includes(qa));
			if (quote || gives(a, b) || gives(b, a)) out.get(a.id)!.add(b.id);
		}
	return out;
}

describe('finding siblings in a large deck', () => {
	// Few words, so texts often hold each other; short and empty quotes, answers under and over six characters.
	const word = fc.constantFrom('the', 'toll', 'rose', 'to', '130', 'killed', 'three children', 'ISKP', 'Moscow', '');
	const text = fc.array(word, { maxLength: 6 }).map((ws) => ws.join(' '));
	const arbCards = fc.uniqueArray(
		fc.record({
			id: fc.stringMatching(/^[a-z]{1,6}$/),
			prompt: text,
			answer: text,
			doc: fc.constantFrom('a', 'b'),
			quote: text
		}),
		{ selector: (c) => c.id, maxLength: 25 }
	);

	it('finds exactly the pairs the card-by-card comparison finds', () => {
		fc.assert(
			fc.property(arbCards, (raw) => {
				const cards = raw.map((c) =>
					makeCard({
						id: c.id,
						prompt: c.prompt,
						answer: c.answer,
						source: { doc: c.doc, paragraph: 1, quote: c.quote }
					})
				);
				expect(findSiblings(cards)).toEqual(siblingsPairwise(cards));
			}),
			{ numRuns: 300 }
		);
	});

	it('finds the same pairs in slices, pausing between them, as in one go', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(arbCards, { minLength: 1, maxLength: 9 }), async (decks) => {
				// Decks of up to 225 cards, so a scan spans more than one slice.
				const cards = decks.flat().map((c, k) =>
					makeCard({
						id: `${k}-${c.id}`,
						prompt: c.prompt,
						answer: c.answer,
						source: { doc: c.doc, paragraph: 1, quote: c.quote }
					})
				);
				let pauses = 0;
				const sliced = await findSiblingsInSlices(cards, async () => void pauses++);
				expect(sliced).toEqual(findSiblings(cards));
				// Folding the cards' texts stops after each 50; each of the two searches stops after each 50 needles and
				// before each 50 haystacks.
				const n = cards.length;
				expect(pauses).toBe(Math.floor(n / 50) + 2 * (Math.floor(n / 50) + Math.ceil(n / 50)));
			}),
			{ numRuns: 40 }
		);
	});
});
