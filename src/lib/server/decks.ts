/**
 * Reads `decks/*.yaml` once, at build time. A bad deck throws with every problem as `file:line: message`, which stops
 * the prerender and therefore the build: a broken deck never reaches a learner.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatDeckError, parseDeck, type DeckError } from '../decks/parse';
import type { Deck } from '../decks/schema';

export const DECKS_DIR = 'decks';

export class DeckLoadError extends Error {
	constructor(readonly errors: DeckError[]) {
		super(`Deck files have errors:\n${errors.map(formatDeckError).join('\n')}`);
		this.name = 'DeckLoadError';
	}
}

/** Parses every deck file in `dir`; throws DeckLoadError listing all problems across all files. */
export function loadDecks(dir: string = DECKS_DIR, root: string = process.cwd()): Deck[] {
	const abs = join(root, dir);
	const files = readdirSync(abs)
		.filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
		.sort();
	const decks: Deck[] = [];
	const errors: DeckError[] = [];
	const ids = new Map<string, string>();
	for (const f of files) {
		const path = join(abs, f);
		const name = relative(root, path);
		const result = parseDeck(readFileSync(path, 'utf8'), name);
		if (!result.ok) {
			errors.push(...result.errors);
			continue;
		}
		const other = ids.get(result.deck.id);
		if (other) {
			errors.push({ file: name, line: 1, message: `deck id "${result.deck.id}" is already used by ${other}` });
			continue;
		}
		ids.set(result.deck.id, name);
		decks.push(result.deck);
	}
	if (errors.length > 0) throw new DeckLoadError(errors);
	return decks;
}

let cached: Deck[] | undefined;

/** The decks for this build, read once per process. */
export function buildDecks(): Deck[] {
	cached ??= loadDecks();
	return cached;
}
