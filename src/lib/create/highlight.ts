/**
 * The document panel's text, cut into parts so the screen can wrap the evidence in <mark> elements while every
 * character of the document stays text. Imported documents are data: nothing here produces markup.
 */
import { splitParagraphs } from '../decks/paragraphs';
import type { Evidence } from '../decks/schema';

export interface TextPart {
	text: string;
	/** Whether this part is the evidence quote. */
	mark: boolean;
}

export interface ShownParagraph {
	/** 1-based, as evidence counts paragraphs. */
	n: number;
	parts: TextPart[];
	/** The paragraph the selected card cites. */
	cited: boolean;
}

/** Splits `paragraph` around the first occurrence of `quote`; the whole paragraph unmarked when it is not there. */
export function splitAround(paragraph: string, quote: string): TextPart[] {
	const i = quote ? paragraph.indexOf(quote) : -1;
	if (i < 0) return [{ text: paragraph, mark: false }];
	const parts: TextPart[] = [
		{ text: paragraph.slice(0, i), mark: false },
		{ text: quote, mark: true },
		{ text: paragraph.slice(i + quote.length), mark: false }
	];
	return parts.filter((p) => p.text.length > 0);
}

/** The document's paragraphs, numbered as evidence numbers them, with the cited one's quote marked. */
export function showDocument(text: string, evidence: Evidence | null): ShownParagraph[] {
	return splitParagraphs(text).map((p, i) => {
		const cited = evidence !== null && evidence.paragraph === i + 1;
		return { n: i + 1, cited, parts: cited ? splitAround(p, evidence.quote) : [{ text: p, mark: false }] };
	});
}
