/**
 * Parses and validates one deck file. Errors name the file and line, so an author can fix a deck from the build log:
 * `decks/x.yaml:12: card "kerman-toll": answer is missing`.
 */
import * as v from 'valibot';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { deepestLine, MAX_ALIAS_COUNT, MAX_ALIASES, MAX_DECK_CHARS, scanTree, tooDeep } from './guard';
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

/**
 * Parses deck YAML text. `file` is only used in messages. Never throws: oversized input, deep nesting, alias bombs
 * and aliases without an anchor come back as errors with a line, like any other mistake in a deck.
 */
export function parseDeck(text: string, file: string): ParseResult {
	const fail = (line: number, message: string): ParseResult => ({ ok: false, errors: [{ file, line, message }] });
	if (text.length > MAX_DECK_CHARS) {
		return fail(1, `the file has ${text.length} characters; a deck may have at most ${MAX_DECK_CHARS}`);
	}
	const deep = deepestLine(text);
	if (deep) return fail(deep.line, deep.message);

	const lineCounter = new LineCounter();
	const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
	let doc: Document;
	let data: unknown;
	try {
		doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
		if (doc.errors.length > 0) {
			return {
				ok: false,
				errors: doc.errors.map((e) => ({ file, line: lineOf(e.pos[0]), message: firstLine(e.message) }))
			};
		}
		const tree = scanTree(doc);
		if (tree.unresolved) {
			const name = tree.unresolved.source;
			return fail(lineOf(tree.unresolved.offset), `alias *${name} refers to no anchor &${name} set before it`);
		}
		if (tree.duplicate) {
			const { key, offset } = tree.duplicate;
			return fail(lineOf(offset), `key "${key}" appears twice in one mapping`);
		}
		if (tree.tooMany !== null) {
			return fail(lineOf(tree.tooMany), `more than ${MAX_ALIASES} aliases; write the repeated parts out`);
		}
		try {
			data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
		} catch (err) {
			if (!(err instanceof ReferenceError)) throw err;
			// The only other ReferenceError `yaml` throws here is its alias-bomb guard.
			return fail(
				lineOf(tree.first ?? undefined),
				`aliases expand to more than ${MAX_ALIAS_COUNT} copies of their anchors; write the repeated part out`
			);
		}
	} catch (err) {
		// Nesting hidden from the depth scan (aliases of nested anchors) can still exhaust the stack.
		if (err instanceof RangeError) return fail(1, tooDeep());
		throw err;
	}
	return validate(data, doc, file, lineOf);
}

function validate(data: unknown, doc: Document, file: string, lineOf: (o: number | undefined) => number): ParseResult {
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

const firstLine = (message: string) => message.split('\n')[0] ?? message;

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
