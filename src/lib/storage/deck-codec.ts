/** Importing this module makes the codec of decks kept in this browser available (see parts.ts). */
import * as v from 'valibot';
import { DeckSchema } from '../decks/schema';
import { compressToUTF16, decompressFromUTF16 } from '../lz';
import { provideDeckCodec } from './parts';

/**
 * A stored deck's JSON. Decks are kept as JSON text in IndexedDB (cold-keys.ts). In localStorage — where versions
 * before IndexedDB kept them, and where they stay when the browser refuses IndexedDB — they are compressed with
 * lz-string to save its space, which costs a phone about 180 ms a deck to open; once in IndexedDB, the reader rewrites
 * them as JSON (library.ts). lz-string's decompressor throws on some damaged input
 * (it reads past its dictionary): that is no deck either.
 */
const isJson = (text: string) => text.startsWith('{');

function parse(raw: string): unknown {
	try {
		return JSON.parse(isJson(raw) ? raw : (decompressFromUTF16(raw) ?? '')) as unknown;
	} catch {
		return undefined;
	}
}

provideDeckCodec({
	encode(deck, compact) {
		const valid = v.parse(DeckSchema, deck);
		const json = JSON.stringify(valid);
		return { deck: valid, text: compact ? compressToUTF16(json) : json };
	},
	decode(text) {
		const result = v.safeParse(DeckSchema, parse(text));
		return result.success ? result.output : null;
	},
	current: isJson
});
