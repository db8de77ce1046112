/**
 * Parses and validates one deck file. Errors name the file and line, so an author can fix a deck from the build log:
 * `decks/x.yaml:12: card "kerman-toll": answer is missing`.
 */
import * as v from 'valibot';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { DeckSchema, type Deck } from './schema';

export interface DeckError {
	file: string;
	line: number;
	message: string;
}

export type ParseResult = { ok: true; deck: Deck } | { ok: false; errors: DeckError[] };

export function formatDeckError(e: DeckError): string {
	return `${e.file}:${e.line}: ${e.message}`;
}

/** Parses deck YAML text. `file` is only used in messages. */
export function parseDeck(text: string, file: string): ParseResult {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);

	if (doc.errors.length > 0) {
		return {
			ok: false,
			errors: doc.errors.map((e) => ({ file, line: lineOf(e.pos[0]), message: e.message.split('\n')[0] ?? e.message }))
		};
	}

	const data: unknown = doc.toJS();
	const result = v.safeParse(DeckSchema, data, { abortEarly: false });
	if (!result.success) {
		const errors = result.issues.map((issue) => {
			const keys = (issue.path ?? []).map((p) => p.key as string | number);
			const { node, missing } = nodeAt(doc.contents as Node | null, keys);
			const field = keys.length > 0 ? String(keys[keys.length - 1]) : 'deck';
			const what = missing ? `${field} is missing` : `${field} ${issue.message}`;
			return { file, line: lineOf(node?.range?.[0]), message: `${context(data, keys)}${what}` };
		});
		return { ok: false, errors: dedupe(errors) };
	}

	const errors = crossCheck(result.output, doc.contents as Node | null, file, lineOf);
	return errors.length > 0 ? { ok: false, errors } : { ok: true, deck: result.output };
}

/** Walks the YAML tree along a valibot path; when the last key is absent, returns its parent (the card's line). */
function nodeAt(root: Node | null, keys: (string | number)[]): { node: Node | null; missing: boolean } {
	let node: Node | null = root;
	for (const key of keys) {
		let next: unknown = undefined;
		if (isMap(node)) next = node.get(key, true);
		else if (isSeq(node) && typeof key === 'number') next = node.get(key, true);
		if (next === undefined || next === null) return { node, missing: true };
		node = next as Node;
	}
	return { node, missing: false };
}

/** `card "kerman-toll": ` when the path is inside a card, so the message says which card. */
function context(data: unknown, keys: (string | number)[]): string {
	if (keys[0] === 'cards' && typeof keys[1] === 'number' && keys.length > 2) {
		const cards = (data as { cards?: unknown[] }).cards;
		const card = cards?.[keys[1]] as { id?: unknown } | undefined;
		const id = typeof card?.id === 'string' ? card.id : `#${keys[1] + 1}`;
		return `card "${id}": `;
	}
	if (keys[0] === 'sources' && typeof keys[1] === 'number' && keys.length > 2) return `source #${keys[1] + 1}: `;
	return '';
}

function dedupe(errors: DeckError[]): DeckError[] {
	const seen = new Set<string>();
	return errors.filter((e) => {
		const key = formatDeckError(e);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Rules the schema cannot express: unique ids, evidence pointing at a listed source, well-formed cloze and choices. */
function crossCheck(
	deck: Deck,
	root: Node | null,
	file: string,
	lineOf: (o: number | undefined) => number
): DeckError[] {
	const errors: DeckError[] = [];
	const at = (keys: (string | number)[]) => lineOf(nodeAt(root, keys).node?.range?.[0]);
	const sourceIds = new Set(deck.sources.map((s) => s.id));
	const seen = new Map<string, number>();

	deck.cards.forEach((card, i) => {
		const where = `card "${card.id}": `;
		const first = seen.get(card.id);
		if (first !== undefined) {
			errors.push({ file, line: at(['cards', i, 'id']), message: `${where}id is used twice (first on line ${first})` });
		} else {
			seen.set(card.id, at(['cards', i, 'id']));
		}
		const evidences = [
			{ doc: card.source.doc, keys: ['cards', i, 'source', 'doc'] },
			...(card.variants ?? []).map((vr, j) => ({
				doc: vr.source.doc,
				keys: ['cards', i, 'variants', j, 'source', 'doc']
			}))
		];
		for (const e of evidences) {
			if (!sourceIds.has(e.doc)) {
				errors.push({
					file,
					line: at(e.keys),
					message: `${where}source doc "${e.doc}" is not one of the deck's sources`
				});
			}
		}
		if (card.format === 'cloze' && !card.prompt.includes('____')) {
			errors.push({ file, line: at(['cards', i, 'prompt']), message: `${where}a cloze prompt needs a ____ gap` });
		}
		if (card.choices?.some((c) => c.trim().toLowerCase() === card.answer.trim().toLowerCase())) {
			errors.push({ file, line: at(['cards', i, 'choices']), message: `${where}choices must not repeat the answer` });
		}
	});
	return errors;
}
