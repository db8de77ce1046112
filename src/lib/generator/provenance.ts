/**
 * The verbatim-quote check: a card may only cite a quote that stands, character for character, in the paragraph it
 * names. The generator drops any card that fails it; the provenance test runs it over every shipped deck.
 */
import { splitParagraphs } from '../decks/paragraphs';
import type { DeckCard, Evidence } from '../decks/schema';

export interface ProvenanceProblem {
	card: string;
	/** "source" or "variants[0]" */
	where: string;
	message: string;
}

/** The paragraphs of the text checked last: a draft checks every card against the same few documents. */
let last: { text: string; paragraphs: string[] } | undefined;
function paragraphsOf(text: string): string[] {
	if (last?.text !== text) last = { text, paragraphs: splitParagraphs(text) };
	return last.paragraphs;
}

/** Checks one piece of evidence against the documents' texts (keyed by source id). */
export function checkEvidence(evidence: Evidence, texts: Record<string, string>): string | undefined {
	const text = texts[evidence.doc];
	if (text === undefined) return `document "${evidence.doc}" is not available`;
	if (!paragraphsOf(text)[evidence.paragraph - 1]?.includes(evidence.quote))
		return `quote "${evidence.quote}" is not in paragraph ${evidence.paragraph} of ${evidence.doc}`;
	return undefined;
}

/** Every evidence problem of a card: its own source and each variant's. */
export function checkCard(card: DeckCard, texts: Record<string, string>): ProvenanceProblem[] {
	const all: [string, Evidence][] = [
		['source', card.source],
		...(card.variants ?? []).map((v, i) => [`variants[${i}]`, v.source] as [string, Evidence])
	];
	return all.flatMap(([where, e]) => {
		const message = checkEvidence(e, texts);
		return message ? [{ card: card.id, where, message }] : [];
	});
}
