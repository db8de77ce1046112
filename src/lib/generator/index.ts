/**
 * The deck generator: documents in, candidate facts and draft cards out, every card traceable to its sentence.
 * No network and no DOM, so the same code runs in the `generate` CLI and in the browser's review screen.
 */
import type { Deck, DeckCard } from '../decks/schema';
import { buildCards } from './cards';
import { extractFacts } from './facts';
import { groupFacts } from './merge';
import { checkCard } from './provenance';
import { toText } from './text';
import type { DocMeta, Fact } from './types';

export type { DocMeta, Fact, FactKind, Precision } from './types';
export { toText, htmlToText, markdownToText } from './text';
export { checkCard, checkEvidence } from './provenance';

export interface GeneratedDoc {
	/** The document as plain text: what evidence paragraphs are counted in, and what should be stored as the source. */
	text: string;
	facts: Fact[];
	cards: DeckCard[];
	warnings: string[];
}

/** Facts and cards of one document. Markdown or HTML input is turned into text first. */
export function generate(doc: string, meta: DocMeta): GeneratedDoc {
	const deck = generateDeck([{ text: doc, meta }], { id: meta.id, title: meta.title });
	return { text: deck.texts[meta.id]!, facts: deck.facts, cards: deck.deck.cards, warnings: deck.warnings };
}

export interface DeckMeta {
	id: string;
	title: string;
	description?: string;
}

export interface GeneratedDeck {
	deck: Deck;
	facts: Fact[];
	texts: Record<string, string>;
	warnings: string[];
}

/**
 * A draft deck from several documents: facts are read per document, the same fact across documents becomes one card
 * (with variants where the sources differ), and any card whose quote is not verbatim in its paragraph is dropped.
 */
export function generateDeck(docs: { text: string; meta: DocMeta }[], meta: DeckMeta): GeneratedDeck {
	const texts: Record<string, string> = {};
	const facts: Fact[] = [];
	const warnings: string[] = [];
	for (const { text, meta: m } of docs) {
		texts[m.id] = toText(text);
		const found = extractFacts(texts[m.id]!, m);
		facts.push(...found.facts);
		if (found.facts.length === 0) warnings.push(`${m.id}: no facts found`);
	}
	const titles = Object.fromEntries(docs.map((d) => [d.meta.id, d.meta.publisher ?? d.meta.author ?? d.meta.title]));
	const cards = buildCards(groupFacts(facts), titles).filter((card) => {
		const problems = checkCard(card, texts);
		for (const p of problems) warnings.push(`dropped card "${p.card}": ${p.message}`);
		return problems.length === 0;
	});
	const sources = docs.map(({ meta: m }) => ({
		id: m.id,
		title: m.title,
		...(m.publisher ? { publisher: m.publisher } : {}),
		...(m.author ? { author: m.author } : {}),
		published: m.published,
		...(m.url ? { url: m.url } : {})
	}));
	const description =
		meta.description ?? `Draft deck generated from ${docs.length} document${docs.length === 1 ? '' : 's'}.`;
	return { deck: { id: meta.id, title: meta.title, description, sources, cards }, facts, texts, warnings };
}
