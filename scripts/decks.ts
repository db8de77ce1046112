/**
 * `npm run decks` lists the decks in decks/ and validates them; `--json` prints every deck as JSON with the deck
 * file's field names; `--schema` writes the JSON Schema editors use to check deck files (static/deck.schema.json).
 */
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { DeckSchema } from '../src/lib/decks/schema';
import { DeckLoadError, loadDecks } from '../src/lib/server/decks';

export const SCHEMA_FILE = 'static/deck.schema.json';

export function deckJsonSchema(): string {
	const schema = toJsonSchema(DeckSchema, { errorMode: 'ignore' });
	return JSON.stringify({ ...schema, title: 'Briefing Trainer deck', $id: 'deck.schema.json' }, null, '\t') + '\n';
}

function main(args: string[]): number {
	if (args.includes('--schema')) {
		writeFileSync(SCHEMA_FILE, deckJsonSchema());
		console.log(`wrote ${SCHEMA_FILE}`);
		return 0;
	}
	let decks;
	try {
		decks = loadDecks();
	} catch (e) {
		if (e instanceof DeckLoadError) {
			console.error(e.message);
			return 1;
		}
		throw e;
	}
	if (args.includes('--json')) {
		console.log(JSON.stringify(decks, null, 2));
		return 0;
	}
	for (const d of decks) {
		const kinds = new Map<string, number>();
		for (const c of d.cards) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
		const byKind = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
		console.log(`${d.id}: ${d.title} — ${d.cards.length} cards (${byKind})`);
	}
	return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
