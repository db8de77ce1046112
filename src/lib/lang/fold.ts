/**
 * Text folding: what two pieces of English must have in common before numbers, dates or names in them are compared.
 * Pure string work, safe to run in Node and in the browser.
 */

/**
 * Lowercase, strip accents ("Kurílla" → "kurilla"), unify quotes and dashes, and drop the dots of abbreviations
 * ("U.S." → "us", "Gen." → "gen") so punctuation never decides a reading.
 */
export function fold(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[\u2018\u2019\u02bc`´]/g, "'")
		.replace(/[\u201c\u201d«»]/g, '"')
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/(\p{L})\.(?=\p{L}|\s|$)/gu, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}
