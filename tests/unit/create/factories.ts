/**
 * Inputs for the review screen's tests: a short news text run through the real generator, so the tests review the
 * cards an instructor would see, plus small hand-made cards where a rule needs one exact case.
 */
import type { DeckCard } from '../../../src/lib/decks/schema';
import { generateDeck } from '../../../src/lib/generator/index';
import { docMetas, type DocFields } from '../../../src/lib/create/meta';
import { Review } from '../../../src/lib/create/review.svelte';

export const NEWS = [
	'Gunmen storm Harlow theatre',
	'By Mara Quist',
	'On Friday, March 8, 2024, gunmen opened fire at the Harlow theatre in Denvik, killing at least 37 people and wounding more than 90 others.',
	'The following day, a group calling itself the Eastern Shield claimed responsibility in a statement posted online.',
	'"The Eastern Shield wants to prove that no city is safe," said Lena Ortiz, a senior analyst at the Denvik Institute for Security Studies.',
	'A leaflet left at the scene read <script>alert(1)</script> in large letters.'
].join('\n\n');

export function makeDoc(over: Partial<DocFields> = {}): DocFields {
	return {
		text: NEWS,
		title: 'Gunmen storm Harlow theatre',
		publisher: 'Denvik Courier',
		author: '',
		published: '2024-03-09',
		url: '',
		...over
	};
}

/** The generator's draft for `docs`, as the screen builds it. */
export function makeDraft(docs: DocFields[] = [makeDoc()]) {
	const metas = docMetas(docs);
	const generated = generateDeck(
		docs.map((d, i) => ({ text: d.text, meta: metas[i]! })),
		{ id: 'harlow', title: 'Harlow theatre attack' }
	);
	return { generated, metas };
}

export function makeReview(docs?: DocFields[]): Review {
	const { generated } = makeDraft(docs);
	return new Review({
		cards: generated.deck.cards,
		texts: generated.texts,
		sources: generated.deck.sources,
		warnings: generated.warnings,
		checks: generated.checks,
		events: generated.events
	});
}

export function makeCard(over: Partial<DeckCard> = {}): DeckCard {
	return {
		id: 'harlow-killed',
		kind: 'toll',
		format: 'qa',
		prompt: 'How many people were killed in the attack on the Harlow theatre?',
		answer: 'at least 37',
		source: { doc: 'gunmen-storm-harlow-theatre', paragraph: 3, quote: 'killing at least 37 people' },
		...over
	};
}
