/**
 * From reviewed cards to a deck that the build, the `decks` CLI and the study screen all accept. The checks are
 * the deck parser's: the schema (valibot), the rules it adds (unique ids, cloze gaps, choices that are not the
 * answer) and the provenance check, so a deck kept in the browser would also pass as a file in decks/.
 */
import * as v from 'valibot';
import { DeckSchema, type Deck, type DeckCard, type DeckSource } from '../decks/schema';
import { checkCard } from '../generator/provenance';
import { checkDeck, type DeckFields } from './meta';

export type BuildResult = { ok: true; deck: Deck } | { ok: false; errors: string[] };

/**
 * Assembles and checks the deck. `texts` are the documents as the generator read them (keyed by source id), so every
 * quote is checked against the text its paragraph numbers refer to.
 */
export function buildDeck(
	fields: DeckFields,
	sources: DeckSource[],
	cards: DeckCard[],
	texts: Record<string, string>
): BuildResult {
	const errors: string[] = Object.values(checkDeck(fields));
	if (cards.length === 0) errors.push('Accept at least one card: a deck needs cards to study.');
	if (errors.length > 0) return { ok: false, errors };

	const title = fields.title.trim();
	const description = fields.description.trim() || `Cards from ${sources.map(describeSource).join('; ')}.`;
	const draft = { id: fields.id.trim(), title, description, sources, cards };
	const parsed = v.safeParse(DeckSchema, draft, { abortEarly: false });
	if (!parsed.success) {
		return {
			ok: false,
			errors: parsed.issues.map((i) => `${(i.path ?? []).map((p) => String(p.key)).join('.') || 'deck'}: ${i.message}`)
		};
	}
	const deck = parsed.output;
	const problems = [
		...ruleProblems(deck),
		...deck.cards.flatMap((c) => checkCard(c, texts).map((p) => `card "${p.card}": ${p.message}`))
	];
	return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, deck };
}

/** "Al Jazeera, 2024-03-24" — what the default description cites. */
function describeSource(s: DeckSource): string {
	return `${s.publisher ?? s.author ?? s.title}, ${s.published}`;
}

/** The rules parse.ts checks beyond the schema, in the same words. */
function ruleProblems(deck: Deck): string[] {
	const out: string[] = [];
	const seen = new Set<string>();
	const sourceIds = new Set(deck.sources.map((s) => s.id));
	for (const card of deck.cards) {
		const where = `card "${card.id}": `;
		if (seen.has(card.id)) out.push(`${where}id is used twice`);
		seen.add(card.id);
		for (const e of [card.source, ...(card.variants ?? []).map((x) => x.source)]) {
			if (!sourceIds.has(e.doc)) out.push(`${where}source doc "${e.doc}" is not one of the deck's sources`);
		}
		if (card.format === 'cloze' && !card.prompt.includes('____')) out.push(`${where}a cloze prompt needs a ____ gap`);
		if (card.choices?.some((c) => c.trim().toLowerCase() === card.answer.trim().toLowerCase()))
			out.push(`${where}choices must not repeat the answer`);
	}
	return out;
}

/** A deck already known by this id: one kept in this browser, or one built into the site. */
export interface Clash {
	id: string;
	title: string;
	origin: 'local' | 'built-in';
}

export function findClash(
	id: string,
	known: { id: string; title: string; origin: 'local' | 'built-in' }[]
): Clash | null {
	const hit = known.find((d) => d.id === id);
	return hit ? { id: hit.id, title: hit.title, origin: hit.origin } : null;
}
