/**
 * The review screen's form fields: one set per document and one for the deck. Fields are kept as typed text and
 * checked here, so each field can say what is wrong with it in words ("Publication date: write it as YYYY-MM-DD").
 */
import type { DocMeta } from '../generator/types';

export interface DocFields {
	/** The document as pasted or opened (already turned into text when it came from a Markdown or HTML file). */
	text: string;
	title: string;
	publisher: string;
	author: string;
	/** YYYY-MM-DD: the generator resolves "last Friday" and "a day later" from it. */
	published: string;
	url: string;
}

export interface DeckFields {
	title: string;
	id: string;
	description: string;
}

export type DocErrors = Partial<Record<'text' | 'title' | 'publisher' | 'published', string>>;
export type DeckErrors = Partial<Record<keyof DeckFields, string>>;

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function emptyDoc(): DocFields {
	return { text: '', title: '', publisher: '', author: '', published: '', url: '' };
}

/** "Moscow: the attack on Crocus City Hall" → "moscow-the-attack-on-crocus-city-hall", at most 64 characters. */
export function slugify(title: string): string {
	const slug = title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	// Cut at a dash where possible, so an id never ends in half a word or a dangling dash.
	if (slug.length <= 64) return slug;
	const cut = slug.slice(0, 64);
	const dash = cut.lastIndexOf('-');
	return dash > 20 ? cut.slice(0, dash) : cut.replace(/-+$/, '');
}

/** Whether `s` is a real calendar day written YYYY-MM-DD (2024-02-30 is not). */
export function isIsoDay(s: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Problems with one document's fields, by field; an empty object when it can go to the generator. */
export function checkDoc(doc: DocFields): DocErrors {
	const errors: DocErrors = {};
	if (!doc.text.trim()) errors.text = 'Document: paste the text or open a file.';
	if (!doc.title.trim()) errors.title = 'Title: write the document’s title.';
	else if (!slugify(doc.title)) errors.title = 'Title: needs at least one letter or digit.';
	if (!doc.publisher.trim() && !doc.author.trim()) errors.publisher = 'Publisher or author: fill in at least one.';
	const published = doc.published.trim();
	if (!published) errors.published = 'Publication date: required, because dates like “last Friday” are read from it.';
	else if (!isIsoDay(published)) errors.published = 'Publication date: write it as YYYY-MM-DD, e.g. 2024-03-24.';
	return errors;
}

/** Problems with the deck's title and id. */
export function checkDeck(deck: DeckFields): DeckErrors {
	const errors: DeckErrors = {};
	if (!deck.title.trim()) errors.title = 'Deck title: write a title for the deck list.';
	const id = deck.id.trim();
	if (!id) errors.id = 'Deck id: required; it names the file and keeps progress together.';
	else if (!ID_PATTERN.test(id))
		errors.id = 'Deck id: use lowercase letters, digits and dashes (at most 64), starting with a letter or digit.';
	return errors;
}

/**
 * Source metadata for the generator. Each document's id is its title as a slug, numbered when two titles give the
 * same slug, because evidence names its document by id and two sources must never share one.
 */
export function docMetas(docs: DocFields[]): DocMeta[] {
	const used = new Set<string>();
	return docs.map((d) => {
		const base = slugify(d.title).slice(0, 60).replace(/-+$/, '') || 'document';
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		const opt = (k: 'publisher' | 'author' | 'url') => (d[k].trim() ? { [k]: d[k].trim() } : {});
		return {
			id,
			title: d.title.trim(),
			published: d.published.trim(),
			...opt('publisher'),
			...opt('author'),
			...opt('url')
		};
	});
}
