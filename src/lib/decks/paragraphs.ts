/**
 * How evidence is located: a paragraph is a non-blank line of the document's text, numbered from 1. News text as
 * delivered has one paragraph a line, and captions that sit on adjacent lines stay separate, so a caption can never
 * be cited as if it were part of the story beside it.
 */
export function splitParagraphs(text: string): string[] {
	return text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line.length > 0);
}

/** Whether `quote` stands verbatim in paragraph `n` (1-based) of `text`. */
export function quoteIsIn(text: string, n: number, quote: string): boolean {
	const paragraph = splitParagraphs(text)[n - 1];
	return paragraph !== undefined && paragraph.includes(quote);
}
