/**
 * Every shipped deck cites quotes that stand verbatim in the paragraph they name. The documents live outside the
 * repo (BRIEFING_SOURCES, default ../shared/briefings); without them the check is skipped and says why.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/lib/decks/parse';
import { checkCard } from '../../../src/lib/generator/provenance';

const root = resolve(__dirname, '../../..');
const sourcesDir = resolve(root, process.env.BRIEFING_SOURCES ?? '../shared/briefings');
const deckFiles = readdirSync(join(root, 'decks')).filter((f) => /\.ya?ml$/.test(f));

/** Source id → text, via sources.json's `file` when it lists the id, else `<id>.txt`. */
function loadTexts(ids: string[]): Record<string, string> | undefined {
	const listing = join(sourcesDir, 'sources.json');
	const files: Record<string, string> = {};
	if (existsSync(listing)) {
		for (const d of (JSON.parse(readFileSync(listing, 'utf8')) as { documents?: { id: string; file?: string }[] })
			.documents ?? [])
			if (d.file) files[d.id] = d.file;
	}
	const texts: Record<string, string> = {};
	for (const id of ids) {
		const path = join(sourcesDir, files[id] ?? `${id}.txt`);
		if (!existsSync(path)) return undefined;
		texts[id] = readFileSync(path, 'utf8');
	}
	return texts;
}

describe.each(deckFiles)('decks/%s', (file) => {
	const parsed = parseDeck(readFileSync(join(root, 'decks', file), 'utf8'), `decks/${file}`);

	it('parses', () => {
		expect(parsed.ok ? [] : parsed.errors).toEqual([]);
	});

	const deck = parsed.ok ? parsed.deck : undefined;
	const texts = deck ? loadTexts(deck.sources.map((s) => s.id)) : undefined;
	const name = texts
		? 'provenance: every card and variant quotes its paragraph verbatim'
		: `provenance (skipped: source documents not found at ${sourcesDir}; set BRIEFING_SOURCES)`;

	it.skipIf(!texts || !deck)(name, () => {
		const problems = deck!.cards.flatMap((card) => checkCard(card, texts!));
		expect(problems).toEqual([]);
		expect(deck!.cards.length).toBeGreaterThan(0);
	});
});
