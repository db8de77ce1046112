/**
 * A passage the instructor selected in the document panel, turned into evidence for a new card. The browser hands
 * over the selected text and the paragraph it started in; only a selection that stands word for word inside that one
 * paragraph becomes a quote, so a card added this way always passes the provenance check.
 */
import { splitParagraphs } from '../decks/paragraphs';

export interface Selected {
	doc: string;
	paragraph: number;
	quote: string;
}

/** Longest quote taken from a selection; evidence is a phrase or a sentence, not a page. */
export const MAX_QUOTE = 400;

/**
 * The evidence a selection gives, or a message saying why it gives none (empty, across paragraphs, too long).
 * Whitespace at either end is dropped; the rest must stand verbatim in paragraph `paragraph` of `text`.
 */
export function fromSelection(doc: string, text: string, paragraph: number, selected: string): Selected | string {
	const quote = selected.trim();
	if (!quote) return 'Select a passage of the document first.';
	if (/\n/.test(quote)) return 'Select within one paragraph: a quote cannot run across paragraphs.';
	if (quote.length > MAX_QUOTE) return `Select at most ${MAX_QUOTE} characters: a quote is a phrase or a sentence.`;
	const p = splitParagraphs(text)[paragraph - 1];
	if (p === undefined || !p.includes(quote)) return `The selection is not word for word in paragraph ${paragraph}.`;
	return { doc, paragraph, quote };
}
