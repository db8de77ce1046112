/**
 * The deck generator: documents in, candidate facts and draft cards out, every card traceable to its sentence.
 * No network and no DOM, so the same code runs in the `generate` CLI and in the browser's review screen.
 */
import type { Deck, DeckCard } from '../decks/schema';
import { buildCards } from './cards';
import { extractFacts } from './facts';
import { groupFacts } from './merge';
import { describe, enrich, restartEventIds, sameEvent, type StoryEvent } from './model';
import { checkCard } from './provenance';
import { toText } from './text';
import type { DocMeta, Fact } from './types';

export type { DocMeta, Fact, FactKind, Precision } from './types';
export { toText, htmlToText, markdownToText } from './text';
export { checkCard, checkEvidence } from './provenance';

/** The longest document the generator reads, in characters (a long report is about 60,000). */
export const MAX_DOCUMENT_CHARS = 200_000;

/** An event of the draft as the review screen lists it: how it is named and which documents report it. */
export interface DraftEvent {
	id: string;
	description: string;
	/** Source ids and paragraphs that name the event; more than one document means the event was merged. */
	seen: { doc: string; paragraph: number }[];
}

export interface GeneratedDoc {
	/** The document as plain text: what evidence paragraphs are counted in, and what should be stored as the source. */
	text: string;
	facts: Fact[];
	cards: DeckCard[];
	/** Card id → the reason the card needs a reviewer's check; a card without an entry is trusted. */
	checks: Record<string, string>;
	events: DraftEvent[];
	warnings: string[];
}

/** Facts and cards of one document. Markdown or HTML input is turned into text first. */
export function generate(doc: string, meta: DocMeta): GeneratedDoc {
	const deck = generateDeck([{ text: doc, meta }], { id: meta.id, title: meta.title });
	return {
		text: deck.texts[meta.id]!,
		facts: deck.facts,
		cards: deck.deck.cards,
		checks: deck.checks,
		events: deck.events,
		warnings: deck.warnings
	};
}

export interface DeckMeta {
	id: string;
	title: string;
	description?: string;
}

export interface GeneratedDeck {
	deck: Deck;
	facts: Fact[];
	/** Card id → the reason the card needs a reviewer's check; a card without an entry is trusted. */
	checks: Record<string, string>;
	events: DraftEvent[];
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
	/** Events of all documents; an event another document already reported points at that one. */
	const canonical = new Map<string, StoryEvent>();
	const events: StoryEvent[] = [];
	restartEventIds();
	for (const { text, meta: m } of docs) {
		if (text.length > MAX_DOCUMENT_CHARS)
			throw new Error(
				`Document "${m.id}" is ${text.length.toLocaleString('en-GB')} characters long; the generator reads documents of at most ${MAX_DOCUMENT_CHARS.toLocaleString('en-GB')} characters. Split it into parts.`
			);
		texts[m.id] = toText(text);
		const found = extractFacts(texts[m.id]!, m);
		const earlier = [...events];
		for (const e of found.events) {
			const same = earlier.find((x) => x.seen[0]?.doc !== m.id && sameEvent(x, e));
			if (same) {
				enrich(same, e, m.id, e.seen[0]?.paragraph ?? 1);
				for (const s of e.seen)
					if (!same.seen.some((x) => x.doc === s.doc && x.paragraph === s.paragraph)) same.seen.push(s);
			}
			canonical.set(e.id, same ?? e);
			if (!same) events.push(e);
		}
		facts.push(
			...found.facts.map((f) =>
				f.eventId
					? { ...f, eventId: canonical.get(f.eventId)?.id ?? f.eventId }
					: f.story
						? { ...f, story: canonical.get(f.story)?.id ?? f.story }
						: f
			)
		);
		if (found.facts.length === 0) warnings.push(`${m.id}: no facts found`);
	}
	const titles = Object.fromEntries(docs.map((d) => [d.meta.id, d.meta.publisher ?? d.meta.author ?? d.meta.title]));
	const built = buildCards(groupFacts(facts), titles, new Map(events.map((e) => [e.id, e])));
	const checks: Record<string, string> = {};
	const cards = built.cards.filter((card) => {
		const problems = checkCard(card, texts);
		for (const p of problems) warnings.push(`dropped card "${p.card}": ${p.message}`);
		if (problems.length === 0 && built.checks[card.id]) checks[card.id] = built.checks[card.id]!;
		return problems.length === 0;
	});
	const used = new Set(facts.map((f) => f.eventId));
	const draftEvents = events
		.filter((e) => used.has(e.id))
		.map((e) => ({ id: e.id, description: describe(e), seen: e.seen }));
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
	return {
		deck: { id: meta.id, title: meta.title, description, sources, cards },
		facts,
		checks,
		events: draftEvents,
		texts,
		warnings
	};
}
