/**
 * Editing one proposed card. The form holds text; applying it gives either the edited card or a message per field.
 * The evidence rule of the generator holds for edits too: the quote must still stand verbatim in its paragraph, so
 * an edit can sharpen a card but never cut it loose from its source.
 */
import type { DeckCard } from '../decks/schema';
import { splitParagraphs } from '../decks/paragraphs';
import { checkEvidence } from '../generator/provenance';

export interface EditFields {
	prompt: string;
	answer: string;
	/** Other accepted answers, one a line (answers such as "March 22, 2024" hold commas). */
	accept: string;
	explanation: string;
	quote: string;
	/** The paragraph the quote is cited from, as typed (any paragraph of the document may be cited). */
	paragraph: string;
}

export type EditErrors = Partial<Record<keyof EditFields, string>>;
export type EditResult = { ok: true; card: DeckCard } | { ok: false; errors: EditErrors };

export function editFields(card: DeckCard): EditFields {
	return {
		prompt: card.prompt,
		answer: card.answer,
		accept: (card.accept ?? []).join('\n'),
		explanation: card.explanation ?? '',
		quote: card.source.quote,
		paragraph: String(card.source.paragraph)
	};
}

const lines = (s: string) =>
	s
		.split('\n')
		.map((l) => l.trim())
		.filter((l, i, all) => l.length > 0 && all.indexOf(l) === i);

/** Applies the form to `card`, checking the quote against the documents' texts (keyed by source id). */
export function applyEdit(card: DeckCard, fields: EditFields, texts: Record<string, string>): EditResult {
	const errors: EditErrors = {};
	const prompt = fields.prompt.trim();
	const answer = fields.answer.trim();
	const quote = fields.quote.trim();
	const explanation = fields.explanation.trim();
	const accept = lines(fields.accept).filter((a) => a.toLowerCase() !== answer.toLowerCase());

	if (!prompt) errors.prompt = 'Prompt: write the question.';
	else if (card.format === 'cloze' && !prompt.includes('____'))
		errors.prompt = 'Prompt: a fill-in-the-gap card needs ____ where the answer goes.';
	if (!answer) errors.answer = 'Answer: write the expected answer.';
	const paragraph = Number(fields.paragraph.trim());
	const paragraphs = splitParagraphs(texts[card.source.doc] ?? '').length;
	if (!Number.isInteger(paragraph) || paragraph < 1 || paragraph > paragraphs)
		errors.paragraph = `Paragraph: write a number from 1 to ${paragraphs}.`;
	if (!quote) errors.quote = 'Quote: the card needs its evidence.';
	else if (!errors.paragraph && checkEvidence({ ...card.source, paragraph, quote }, texts)) {
		errors.quote = `Quote: not found word for word in paragraph ${paragraph}. Copy it exactly from that paragraph of the document.`;
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };

	// An edited answer may now equal a distractor or an accepted answer; neither may then stay a wrong choice.
	const right = new Set([answer, ...accept].map((a) => a.toLowerCase()));
	const choices = (card.choices ?? []).filter((c) => !right.has(c.toLowerCase()));
	const edited: DeckCard = { ...card, prompt, answer, source: { ...card.source, paragraph, quote } };
	delete edited.accept;
	delete edited.explanation;
	delete edited.choices;
	return {
		ok: true,
		card: {
			...edited,
			...(accept.length ? { accept } : {}),
			...(explanation ? { explanation } : {}),
			...(choices.length ? { choices } : {})
		}
	};
}
